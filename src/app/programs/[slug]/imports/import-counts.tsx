import { count } from './import-status';

type Tone = 'green' | 'brand' | 'gray' | 'red';
const TONES: Record<Tone, string> = {
  green: 'text-green-700',
  brand: 'text-brand-700',
  gray: 'text-gray-700',
  red: 'text-red-700',
};

/** The four outcomes of an import's rows, side by side: what the preview expects, or what the run did. */
export function ImportCounts({ items, label }: { items: { label: string; value: number; tone: Tone; testId: string }[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-gray-200">
          <dt className="text-xs font-medium text-gray-500">{item.label}</dt>
          <dd className={`mt-1 text-2xl font-semibold tabular-nums ${item.value === 0 ? 'text-gray-400' : TONES[item.tone]}`} data-testid={item.testId}>
            {count(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
