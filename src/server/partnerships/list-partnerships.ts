import { and, asc, desc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '../db/client';
import { partnerships } from '../db/schema';
import type { ProgramRow } from '../programs/access';
import { invalid, parseInput } from '../shared/errors';
import { encodeKeysetCursor, pageSize, readKeysetCursor, toKeysetConnection, type Connection } from '../shared/pagination';
import { parseTimestamp } from '../shared/safe-values';
import { partnershipConditions, partnershipFilterShape } from './selection';
import type { PartnershipRow } from './rules';

/** Counts up to this many rows exactly; beyond it the planner's estimate is returned, marked as such. */
export const EXACT_COUNT_LIMIT = 10_000;

const sortShape = z.object({ field: z.enum(['CREATED_AT', 'NAME']), direction: z.enum(['ASC', 'DESC']) });

const listInput = z.object({
  first: z.number().nullish(),
  after: z.string().nullish(),
  filter: partnershipFilterShape.nullish(),
  sort: sortShape.nullish(),
});

export interface PartnershipConnection extends Connection<PartnershipRow> {
  totalCountIsEstimate: boolean;
}

type Sort = z.infer<typeof sortShape>;

function encode(sort: Sort, row: PartnershipRow): string {
  return encodeKeysetCursor(sort.field === 'NAME' ? row.partnerName : row.createdAt.toISOString(), row.id);
}

function decode(sort: Sort, cursor: string): { key: string | Date; id: string } {
  const pair = readKeysetCursor(cursor);
  if (pair && sort.field === 'NAME') return { key: pair[0], id: pair[1] };
  const date = pair && parseTimestamp(pair[0]);
  if (pair && date) return { key: date, id: pair[1] };
  throw invalid('after', 'is not a cursor returned by this list with this sort.');
}

/**
 * Rows past the cursor in the sort order. A row-value comparison, (key, id) > (k, i), is a single
 * range on the (program, sort key, id) btree index, however deep the page.
 */
function afterCondition(sort: Sort, after: { key: string | Date; id: string }): SQL {
  const column = sort.field === 'NAME' ? partnerships.partnerName : partnerships.createdAt;
  const key = after.key instanceof Date ? sql`${after.key.toISOString()}::timestamptz` : sql`${after.key}`;
  return sort.direction === 'ASC'
    ? sql`(${column}, ${partnerships.id}) > (${key}, ${after.id}::uuid)`
    : sql`(${column}, ${partnerships.id}) < (${key}, ${after.id}::uuid)`;
}

/** How many rows match: exact up to EXACT_COUNT_LIMIT (cheap), else the planner's estimate. */
async function countMatching(db: Database, where: SQL): Promise<{ count: number; estimate: boolean }> {
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${partnerships} where ${where} limit ${EXACT_COUNT_LIMIT + 1}) capped`,
  );
  if (n <= EXACT_COUNT_LIMIT) return { count: n, estimate: false };
  const rows = await queryRows<{ 'QUERY PLAN': unknown }>(db, sql`explain (format json) select 1 from ${partnerships} where ${where}`);
  const raw = rows[0]['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: { 'Plan Rows': number } }[];
  return { count: Math.max(n, Math.round(parsed[0].Plan['Plan Rows'])), estimate: true };
}

/**
 * All Partners: the program's partnerships not removed, searched, filtered and sorted, by keyset.
 * The caller has authorised `program` already (once per request, through the context's loaders).
 */
export async function listPartnerships(db: Database, program: ProgramRow, rawArgs: unknown): Promise<PartnershipConnection> {
  const args = parseInput(listInput, rawArgs);
  const size = pageSize(args.first);
  const sort: Sort = args.sort ?? { field: 'CREATED_AT', direction: 'DESC' };
  const where = partnershipConditions(program.id, args.filter);
  const after = args.after ? decode(sort, args.after) : null;
  const column = sort.field === 'NAME' ? partnerships.partnerName : partnerships.createdAt;
  const order = sort.direction === 'ASC' ? asc : desc;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(partnerships)
      .where(after ? and(where, afterCondition(sort, after)) : where)
      .orderBy(order(column), order(partnerships.id))
      .limit(size + 1),
    countMatching(db, where),
  ]);
  return { ...toKeysetConnection(rows, size, total.count, after !== null, (row) => encode(sort, row)), totalCountIsEstimate: total.estimate };
}
