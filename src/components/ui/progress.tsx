import type { ReactNode } from 'react';

/**
 * A native <progress>: its fill needs no inline style, which the Content-Security-Policy forbids.
 * Under it, "n of m rows (p%)" unless a caption says what else is counted.
 */
export function ProgressBar({ value, max, label, caption }: { value: number; max: number; label: string; caption?: ReactNode }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div>
      <progress
        aria-label={label}
        value={Math.min(value, max)}
        max={max > 0 ? max : 1}
        className="block h-2 w-full appearance-none overflow-hidden rounded-full bg-gray-100 [&::-moz-progress-bar]:rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-gray-100 [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-brand-600"
      />
      <p className="mt-1 text-xs text-gray-500">
        {caption ?? `${value.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} rows (${percent}%)`}
      </p>
    </div>
  );
}

/** Work of unknown length under way (a bulk change the server is making): a pulsing bar and what is being done. */
export function Working({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label}>
      <div className="h-1.5 w-full overflow-hidden rounded-full bg-gray-100">
        <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600" />
      </div>
      <p className="mt-1 text-xs text-gray-500">{label}</p>
    </div>
  );
}
