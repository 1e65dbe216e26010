import type { ReactNode } from 'react';
import { ErrorNotice, Loading } from './feedback';

export interface QueryStateProps<T> {
  /** What the page renders from; null or undefined until the query answers. */
  data: T | null | undefined;
  loading: boolean;
  error?: { message: string } | null;
  /** Title of the notice when loading failed, e.g. "The groups could not be loaded." */
  errorTitle: string;
  onRetry?: () => void;
  loadingLabel?: string;
  /** Shown when the query answered without the object (not found, no access). */
  missing?: ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The loading, error, missing and empty states every page shows before its content. An error is
 * shown only when there is nothing to render: data already on screen stays while a refetch fails.
 */
export function QueryState<T>({ data, loading, error, errorTitle, onRetry, loadingLabel, missing = null, isEmpty, empty = null, children }: QueryStateProps<T>) {
  if (data == null) {
    if (error) {
      return (
        <ErrorNotice title={errorTitle} onRetry={onRetry}>
          {error.message}
        </ErrorNotice>
      );
    }
    if (loading) return <Loading label={loadingLabel} />;
    return <>{missing}</>;
  }
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}
