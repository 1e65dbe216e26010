import { z } from 'zod';
import { invalid } from './errors';
import { parseTimestamp, textProblem } from './safe-values';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Keyset cursor over (createdAt, id): stable while rows are inserted, no OFFSET scans. */
export interface CreatedCursor {
  createdAt: Date;
  id: string;
}

const keysetShape = z.tuple([z.string(), z.string().uuid()]);

/** Longer than any cursor we issue (a sort key of a few hundred characters and an id). */
const MAX_CURSOR_LENGTH = 4_000;

/** A keyset cursor over (sort key, id), the pair readKeysetCursor reads back. */
export function encodeKeysetCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function encodeCursor(c: CreatedCursor): string {
  return encodeKeysetCursor(c.createdAt.toISOString(), c.id);
}

/**
 * The [sort key, id] pair inside a keyset cursor, or null when the string is not one we issued:
 * not base64 JSON, too long, or holding text the database cannot compare against.
 */
export function readKeysetCursor(cursor: string): [string, string] | null {
  if (cursor.length > MAX_CURSOR_LENGTH) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = keysetShape.safeParse(json);
  return parsed.success && !textProblem(parsed.data[0]) ? parsed.data : null;
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): CreatedCursor | null {
  if (cursor == null) return null;
  const pair = readKeysetCursor(cursor);
  const createdAt = pair && parseTimestamp(pair[0]);
  if (!pair || !createdAt) throw invalid(field, 'is not a cursor returned by this list.');
  return { createdAt, id: pair[1] };
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw invalid('first', `must be between 1 and ${MAX_PAGE_SIZE}.`, 'OUT_OF_RANGE');
  }
  return n;
}

/** Builds a connection from `size + 1` fetched rows (the extra one only says there is more). */
export function toConnection<T extends CreatedCursor>(rows: T[], size: number, totalCount: number, hasPrevious: boolean): Connection<T> {
  return toKeysetConnection(rows, size, totalCount, hasPrevious, encodeCursor);
}

/** toConnection for a list sorted by another key: `cursorOf` makes each row's cursor. */
export function toKeysetConnection<T>(rows: T[], size: number, totalCount: number, hasPrevious: boolean, cursorOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
