'use client';

import { useState, type ReactNode } from 'react';
import * as RadixTabs from '@radix-ui/react-tabs';

/**
 * Tabs (Radix Tabs, the WAI-ARIA tab pattern): arrow keys move between tabs and select them,
 * Home and End jump to the ends. Only the selected panel's content is mounted.
 */
export function Tabs({ tabs }: { tabs: { id: string; label: ReactNode; content: ReactNode }[] }) {
  const [active, setActive] = useState(tabs[0]?.id);
  return (
    <RadixTabs.Root value={active} onValueChange={setActive}>
      <RadixTabs.List className="flex gap-1 border-b border-gray-200">
        {tabs.map((tab) => (
          <RadixTabs.Trigger
            key={tab.id}
            value={tab.id}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-semibold ${
              active === tab.id ? 'border-brand-600 text-brand-700' : 'border-transparent text-gray-600 hover:text-gray-900'
            }`}
          >
            {tab.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id} className="pt-4">
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
