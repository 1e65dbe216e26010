import { importStatus, type imports } from '../db/schema';
import { enumNames } from '../shared/enum-names';
import type { CsvEncoding } from './read-csv';

export type ImportRow = typeof imports.$inferSelect;
export type ImportStatus = ImportRow['status'];

export const IMPORT_STATUS = enumNames(importStatus.enumValues);

/** Waiting for a worker or held by one: a cancel stops it after the current batch. */
export const ACTIVE_IMPORT_STATUSES = [IMPORT_STATUS.QUEUED, IMPORT_STATUS.RUNNING] as const satisfies readonly ImportStatus[];

/** Nothing more happens to these. */
export const FINISHED_IMPORT_STATUSES = [IMPORT_STATUS.COMPLETED, IMPORT_STATUS.CANCELLED, IMPORT_STATUS.FAILED] as const satisfies readonly ImportStatus[];

/** GraphQL's ImportEncoding and the reader's encoding names. */
export const ENCODING_FROM_API = { UTF_8: 'utf-8', UTF_16LE: 'utf-16le', UTF_16BE: 'utf-16be', WINDOWS_1252: 'windows-1252' } as const satisfies Record<string, CsvEncoding>;
export type ApiEncoding = keyof typeof ENCODING_FROM_API;

export function encodingToApi(encoding: string): ApiEncoding {
  const found = (Object.keys(ENCODING_FROM_API) as ApiEncoding[]).find((k) => ENCODING_FROM_API[k] === encoding);
  return found ?? 'UTF_8';
}

/** How many non-empty cells per column the upload keeps to show beside the mapping. */
export const IMPORT_SAMPLES_PER_COLUMN = 3;
/** A sample is for recognising a column, not reading it whole. */
export const IMPORT_SAMPLE_MAX_CHARS = 120;

/** Imports a worker may take: waiting ones, and running ones whose worker's lease ran out (it died). */
export const CLAIMABLE_IMPORT_STATUSES = ACTIVE_IMPORT_STATUSES;

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
export function importPace(
  row: Pick<ImportRow, 'status' | 'processedRows' | 'totalRows' | 'runStartedAt' | 'runStartRows'>,
  now = new Date(),
): { rowsPerSecond: number | null; secondsLeft: number | null } {
  if (row.status !== IMPORT_STATUS.RUNNING || !row.runStartedAt) return { rowsPerSecond: null, secondsLeft: null };
  const seconds = (now.getTime() - row.runStartedAt.getTime()) / 1000;
  const rows = row.processedRows - row.runStartRows;
  if (seconds <= 0 || rows <= 0) return { rowsPerSecond: null, secondsLeft: null };
  const rowsPerSecond = rows / seconds;
  return { rowsPerSecond, secondsLeft: Math.max(0, Math.ceil((row.totalRows - row.processedRows) / rowsPerSecond)) };
}
