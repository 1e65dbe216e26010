import type { ReactNode } from 'react';
import { Spinner } from './spinner';

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border-2 border-dashed border-gray-200 px-6 py-12 text-center">
      <p className="text-sm font-semibold text-gray-900">{title}</p>
      {children && <div className="mt-1 text-sm text-gray-500">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-3 px-4 py-10 text-sm text-gray-500">
      <Spinner />
      {label}
    </div>
  );
}

export function ErrorNotice({ title, children, onRetry }: { title: string; children?: ReactNode; onRetry?: () => void }) {
  return (
    <div className="rounded-md bg-red-50 p-4 text-sm text-red-800 ring-1 ring-red-200" data-testid="error-notice">
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1">{children}</div>}
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-2 font-semibold underline">
          Try again
        </button>
      )}
    </div>
  );
}

export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  const tones = {
    success: 'bg-green-50 text-green-800 ring-green-200',
    info: 'bg-brand-50 text-brand-700 ring-brand-100',
    warning: 'bg-amber-50 text-amber-800 ring-amber-200',
  };
  return (
    <div role="status" className={`rounded-md p-3 text-sm ring-1 ${tones[tone]}`}>
      {children}
    </div>
  );
}

export function Badge({
  children,
  tone = 'gray',
  title,
  description,
  testId,
}: {
  children: ReactNode;
  tone?: 'gray' | 'green' | 'amber' | 'red' | 'brand';
  /** Explains a terse badge on hover. */
  title?: string;
  /** The same explanation for screen readers, read after the badge text. */
  description?: string;
  testId?: string;
}) {
  const tones = {
    gray: 'bg-gray-100 text-gray-700 ring-gray-200',
    green: 'bg-green-50 text-green-700 ring-green-200',
    amber: 'bg-amber-50 text-amber-800 ring-amber-200',
    red: 'bg-red-50 text-red-700 ring-red-200',
    brand: 'bg-brand-50 text-brand-700 ring-brand-100',
  };
  return (
    <span title={title} data-testid={testId} className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
      {description && <span className="sr-only">: {description}</span>}
    </span>
  );
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-gray-900">{title}</h1>
        {description && <p className="mt-1 max-w-2xl text-sm text-gray-600">{description}</p>}
      </div>
      {actions && <div className="flex gap-2">{actions}</div>}
    </div>
  );
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-lg bg-white shadow-sm ring-1 ring-gray-200 ${className}`}>{children}</section>;
}
