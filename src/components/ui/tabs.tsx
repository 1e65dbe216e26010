'use client';

import { useState, type ReactNode } from 'react';
import * as RadixTabs from '@radix-ui/react-tabs';

/**
 * Tabs (Radix Tabs, the WAI-ARIA tab pattern): arrow keys move between tabs and select them,
 * Home and End jump to the ends. Only the selected panel's content is mounted.
 */
export function Tabs({
  tabs,
  value,
  onValueChange,
  label,
}: {
  tabs: { id: string; label: ReactNode; content: ReactNode }[];
  /** Controlled: the selected tab (e.g. kept in the URL), changed through onValueChange. */
  value?: string;
  onValueChange?: (id: string) => void;
  /** The tab list's accessible name. */
  label?: string;
}) {
  const [own, setOwn] = useState(tabs[0]?.id);
  const active = value ?? own;
  const setActive = (id: string) => (onValueChange ? onValueChange(id) : setOwn(id));
  return (
    <RadixTabs.Root value={active} onValueChange={setActive}>
      <RadixTabs.List aria-label={label} className="flex gap-1 border-b border-gray-200">
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
