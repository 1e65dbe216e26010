'use client';

import { useId, useState, type ReactNode } from 'react';

/** Accessible tabs (WAI-ARIA tab pattern with arrow keys). */
export function Tabs({ tabs }: { tabs: { id: string; label: ReactNode; content: ReactNode }[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  const base = useId();
  return (
    <div>
      <div role="tablist" className="flex gap-1 border-b border-gray-200">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`${base}-${tab.id}-tab`}
            role="tab"
            type="button"
            aria-selected={active === tab.id}
            aria-controls={`${base}-${tab.id}-panel`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
              setActive(next.id);
              document.getElementById(`${base}-${next.id}-tab`)?.focus();
            }}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-semibold ${
              active === tab.id ? 'border-brand-600 text-brand-700' : 'border-transparent text-gray-600 hover:text-gray-900'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} id={`${base}-${tab.id}-panel`} role="tabpanel" aria-labelledby={`${base}-${tab.id}-tab`} hidden={active !== tab.id} className="pt-4">
          {active === tab.id && tab.content}
        </div>
      ))}
    </div>
  );
}
