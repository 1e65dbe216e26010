import type { ReactNode } from 'react';

/** The compact select/input of a list page's search-and-filter bar. */
export const filterControl = 'block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600';

/** One filter of that bar: its small label above the control, which the label wraps (so it names it). */
export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block text-xs font-medium text-gray-600">
      {label}
      <div className="mt-1">{children}</div>
    </label>
  );
}
