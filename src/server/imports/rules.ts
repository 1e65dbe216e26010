import { importStatus, type imports } from '../db/schema';
import { enumNames } from '../shared/enum-names';

export type ImportRow = typeof imports.$inferSelect;
export type ImportStatus = ImportRow['status'];

export const IMPORT_STATUS = enumNames(importStatus.enumValues);

/** Imports a worker may take: waiting ones, and running ones whose worker's lease ran out (it died). */
export const CLAIMABLE_IMPORT_STATUSES = ['QUEUED', 'RUNNING'] as const satisfies readonly ImportStatus[];

/** Imports that are over: nothing runs them again. */
export const FINISHED_IMPORT_STATUSES = ['COMPLETED', 'CANCELLED', 'FAILED'] as const satisfies readonly ImportStatus[];

/** How long a worker holds a run without renewing it (every batch renews it): IMPORT_LEASE_MS, default 30 s. */
export function importLeaseMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.IMPORT_LEASE_MS;
  if (raw === undefined || raw.trim() === '') return 30_000;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 100) throw new Error(`IMPORT_LEASE_MS must be a whole number of milliseconds, 100 or more, not "${raw}".`);
  return value;
}

/**
 * A running import's pace: rows per second since the current run began (its start, or the
 * resume after a worker died, so time spent dead does not count), and the seconds left at it.
 */
export function importPace(row: Pick<ImportRow, 'status' | 'processedRows' | 'totalRows' | 'runStartedAt' | 'runStartRows'>, now = new Date()): { rowsPerSecond: number | null; secondsLeft: number | null } {
  if (row.status !== IMPORT_STATUS.RUNNING || !row.runStartedAt) return { rowsPerSecond: null, secondsLeft: null };
  const seconds = (now.getTime() - row.runStartedAt.getTime()) / 1000;
  const rows = row.processedRows - row.runStartRows;
  if (seconds <= 0 || rows <= 0) return { rowsPerSecond: null, secondsLeft: null };
  const rowsPerSecond = rows / seconds;
  return { rowsPerSecond, secondsLeft: Math.max(0, Math.ceil((row.totalRows - row.processedRows) / rowsPerSecond)) };
}
