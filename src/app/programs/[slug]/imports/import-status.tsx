import type { ImportStatus } from '@/gql/graphql';
import { Badge } from '@/components/ui/feedback';

const STATUS: Record<ImportStatus, { label: string; tone: 'gray' | 'green' | 'amber' | 'red' | 'brand' }> = {
  DRAFT: { label: 'Not started', tone: 'gray' },
  QUEUED: { label: 'Queued', tone: 'brand' },
  RUNNING: { label: 'Running', tone: 'brand' },
  COMPLETED: { label: 'Completed', tone: 'green' },
  CANCELLED: { label: 'Cancelled', tone: 'amber' },
  FAILED: { label: 'Failed', tone: 'red' },
};

/** Started and not finished yet: its progress changes, so the page polls it. */
export const ACTIVE_IMPORT_STATUSES: ReadonlySet<ImportStatus> = new Set(['QUEUED', 'RUNNING']);
/** Run to an end (completed, cancelled or failed): it has a report. */
export const FINISHED_IMPORT_STATUSES: ReadonlySet<ImportStatus> = new Set(['COMPLETED', 'CANCELLED', 'FAILED']);

/** How often a started import's progress is read while it runs. */
export const IMPORT_POLL_MS = 1000;

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

export const count = (n: number) => n.toLocaleString('en-GB');
export const rowCount = (n: number) => `${count(n)} row${n === 1 ? '' : 's'}`;
export const partnerCount = (n: number) => `${count(n)} partner${n === 1 ? '' : 's'}`;

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** "about 2 min left", "about 40 s left": an estimate, said as one. */
export function timeLeft(seconds: number | null | undefined): string | null {
  if (seconds == null) return null;
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const hours = Math.floor(seconds / 3600);
  return `about ${hours} h ${Math.round((seconds - hours * 3600) / 60)} min left`;
}
