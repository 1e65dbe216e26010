import { z } from 'zod';
import { invalid } from './errors';

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

const cursorShape = z.tuple([z.iso.datetime({ offset: true }), z.string().uuid()]);

export function encodeCursor(c: CreatedCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): CreatedCursor | null {
  if (cursor == null) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return { createdAt: new Date(parsed.data[0]), id: parsed.data[1] };
  } catch {
    // fall through to the user-facing error
  }
  throw invalid(field, 'is not a cursor returned by this list.');
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
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
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
