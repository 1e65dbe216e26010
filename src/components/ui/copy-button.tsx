'use client';

import { useState } from 'react';

export function CopyButton({ value, label, full = false }: { value: string; label: string; full?: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="flex items-center gap-2">
      <code className={`rounded bg-gray-50 px-1.5 py-0.5 text-xs text-gray-600 ${full ? 'select-all break-all' : 'max-w-[9rem] truncate'}`} title={value} data-testid={full ? 'copy-value' : undefined}>
        {value}
      </code>
      <button
        type="button"
        aria-label={label}
        onClick={async () => {
          await navigator.clipboard?.writeText(value).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
        className="text-xs font-semibold text-brand-600 hover:underline"
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </span>
  );
}
