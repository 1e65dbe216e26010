import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button';
import { ErrorNotice } from './feedback';

/**
 * The button under (or over) a cursor-paginated list that asks for its next page. A list the cache
 * merges (apollo-provider.tsx) passes `fetchMore({ variables: { after } })`; a polled list passes
 * the loader of useMorePages and its error.
 */
export function LoadMore({
  children,
  onLoad,
  busy,
  variant = 'secondary',
  className = 'border-t border-gray-100 p-3 text-center',
  error,
}: {
  children: ReactNode;
  onLoad: () => void;
  busy: boolean;
  variant?: ButtonProps['variant'];
  className?: string;
  /** Why the last page asked for did not come, under the button. */
  error?: { title: string; message: string | null };
}) {
  return (
    <div className={className}>
      <Button variant={variant} busy={busy} onClick={onLoad}>
        {children}
      </Button>
      {error?.message && <ErrorNotice title={error.title}>{error.message}</ErrorNotice>}
    </div>
  );
}
