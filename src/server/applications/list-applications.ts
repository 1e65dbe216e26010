import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '../db/client';
import { applications } from '../db/schema';
import type { ProgramRow } from '../programs/access';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { pageSize, readKeysetCursor, encodeKeysetCursor, toKeysetConnection, type Connection } from '../shared/pagination';
import { parseTimestamp } from '../shared/safe-values';
import type { ApplicationRow } from './get-application';
import { APPLICATION_STATUS } from './rules';

export const SEARCH_MIN_LENGTH = 3;

const statusShape = z.enum([APPLICATION_STATUS.PENDING, APPLICATION_STATUS.APPROVED, APPLICATION_STATUS.DECLINED]);

export const applicationFilterShape = z.object({
  status: statusShape.nullish(),
  search: z.string().trim().max(100, 'Use at most 100 characters.').nullish(),
  groupId: z.string().nullish(),
  source: z.enum(['JOIN_LINK', 'MARKETPLACE']).nullish(),
});
export type ApplicationFilter = z.infer<typeof applicationFilterShape>;

const listInput = z.object({
  first: z.number().nullish(),
  after: z.string().nullish(),
  filter: applicationFilterShape.nullish(),
  sort: z.enum(['NEWEST', 'OLDEST']).nullish(),
});

export interface ApplicationConnection extends Connection<ApplicationRow> {
  statusCounts: { pending: number; approved: number; declined: number };
}

const LIKE_SPECIALS = /[\\%_]/g;

/**
 * The conditions of a filter other than its status: the tabs' counts use these, the list adds
 * the status. ILIKE on name, company and email is fine at a program's scale of applications.
 */
export function applicationConditions(programId: string, filter: ApplicationFilter | null | undefined, field = 'filter'): SQL {
  const f = filter ?? {};
  const conditions: SQL[] = [eq(applications.programId, programId)];
  if (f.search) {
    if (f.search.length < SEARCH_MIN_LENGTH) throw invalid(`${field}.search`, `Type at least ${SEARCH_MIN_LENGTH} characters to search.`);
    const pattern = `%${f.search.replace(LIKE_SPECIALS, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${applications.applicantName} ilike ${pattern} or ${applications.companyName} ilike ${pattern} or ${applications.email} ilike ${pattern})`);
  }
  if (f.groupId) {
    const groupId = fromGlobalId('Group', f.groupId);
    if (!groupId) throw invalid(`${field}.groupId`, 'is not a group id.');
    conditions.push(eq(applications.groupId, groupId));
  }
  if (f.source) conditions.push(eq(applications.source, f.source));
  return and(...conditions)!;
}

function decode(cursor: string): { createdAt: Date; id: string } {
  const pair = readKeysetCursor(cursor);
  const createdAt = pair && parseTimestamp(pair[0]);
  if (!pair || !createdAt) throw invalid('after', 'is not a cursor returned by this list.');
  return { createdAt, id: pair[1] };
}

/**
 * The Applications page: a program's applications in one tab (status), searched and filtered,
 * by date, by keyset on (created_at, id). Two statements whatever the page size: the page, and
 * the counts of every tab (one GROUP BY), which also give the total of the tab shown.
 * The caller has authorised `program` already.
 */
export async function listApplications(db: Database, program: ProgramRow, rawArgs: unknown): Promise<ApplicationConnection> {
  const args = parseInput(listInput, rawArgs);
  const size = pageSize(args.first);
  const oldestFirst = args.sort === 'OLDEST';
  const common = applicationConditions(program.id, args.filter);
  const status = args.filter?.status;
  const after = args.after ? decode(args.after) : null;
  const afterCondition = after
    ? oldestFirst
      ? sql`(${applications.createdAt}, ${applications.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
      : sql`(${applications.createdAt}, ${applications.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const order = oldestFirst ? asc : desc;
  const [rows, counts] = await Promise.all([
    db
      .select()
      .from(applications)
      .where(and(common, status ? eq(applications.status, status) : undefined, afterCondition))
      .orderBy(order(applications.createdAt), order(applications.id))
      .limit(size + 1),
    queryRows<{ status: ApplicationRow['status']; n: number }>(db, sql`select ${applications.status} as status, count(*)::int as n from ${applications} where ${common} group by 1`),
  ]);
  const countOf = (s: ApplicationRow['status']) => counts.find((c) => c.status === s)?.n ?? 0;
  const statusCounts = { pending: countOf(APPLICATION_STATUS.PENDING), approved: countOf(APPLICATION_STATUS.APPROVED), declined: countOf(APPLICATION_STATUS.DECLINED) };
  const total = status ? countOf(status) : statusCounts.pending + statusCounts.approved + statusCounts.declined;
  return {
    ...toKeysetConnection(rows, size, total, after !== null, (row) => encodeKeysetCursor(row.createdAt.toISOString(), row.id)),
    statusCounts,
  };
}
