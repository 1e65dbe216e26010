import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '../db/client';
import { networkApplications } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { invalid, parseInput } from '../shared/errors';
import { encodeKeysetCursor, pageSize, readKeysetCursor, toKeysetConnection, type Connection } from '../shared/pagination';
import { parseTimestamp } from '../shared/safe-values';
import { NETWORK_APPLICATION_STATUS, requireNetworkReviewer, type NetworkApplicationRow } from './rules';

export interface NetworkReviewQueueModel extends Connection<NetworkApplicationRow> {
  oldestWaitingSeconds: number | null;
  medianDecisionSeconds30d: number | null;
  decidedLast30Days: number;
}

const queueInput = z.object({
  status: z.enum([NETWORK_APPLICATION_STATUS.PENDING, NETWORK_APPLICATION_STATUS.APPROVED, NETWORK_APPLICATION_STATUS.DECLINED]).nullish(),
  first: z.number().nullish(),
  after: z.string().nullish(),
});

/** The window of the reviewers' pace figures. */
const FIGURES_WINDOW = sql`interval '30 days'`;

/**
 * The reviewers' queue: pending applications oldest first (first come, first served), decided
 * ones newest decision first, by keyset on (submitted or decided at, id); with the figures the
 * queue page shows, computed in SQL: how long the oldest has waited, the median time to decide
 * over the last 30 days and how many were decided then. Two statements.
 */
export async function listReviewQueue(db: Database, viewer: Viewer, rawInput: unknown): Promise<NetworkReviewQueueModel> {
  requireNetworkReviewer(viewer);
  const input = parseInput(queueInput, rawInput);
  const status = input.status ?? NETWORK_APPLICATION_STATUS.PENDING;
  const size = pageSize(input.first, 25);
  const pending = status === NETWORK_APPLICATION_STATUS.PENDING;
  const a = networkApplications;
  const key = pending ? a.createdAt : a.decidedAt;
  let after: { at: Date; id: string } | null = null;
  if (input.after != null) {
    const pair = readKeysetCursor(input.after);
    const at = pair && parseTimestamp(pair[0]);
    if (!pair || !at) throw invalid('after', 'is not a cursor returned by this list.');
    after = { at, id: pair[1] };
  }
  const afterCondition = after
    ? pending
      ? sql`(${key}, ${a.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
      : sql`(${key}, ${a.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  const [rows, [figures]] = await Promise.all([
    db
      .select()
      .from(a)
      .where(and(eq(a.status, status), afterCondition))
      .orderBy(...(pending ? [asc(key), asc(a.id)] : [desc(key), desc(a.id)]))
      .limit(size + 1),
    queryRows<{ total: number; oldest: number | null; median: number | null; decided: number }>(
      db,
      sql`select
            (select count(*)::int from ${a} where ${a.status} = ${status}) as total,
            (select floor(extract(epoch from now() - min(${a.createdAt})))::int from ${a} where ${a.status} = ${NETWORK_APPLICATION_STATUS.PENDING}) as oldest,
            (select round(percentile_cont(0.5) within group (order by extract(epoch from ${a.decidedAt} - ${a.createdAt})))::int
               from ${a} where ${a.decidedAt} >= now() - ${FIGURES_WINDOW}) as median,
            (select count(*)::int from ${a} where ${a.decidedAt} >= now() - ${FIGURES_WINDOW}) as decided`,
    ),
  ]);
  const connection = toKeysetConnection(rows, size, figures.total, after !== null, (row) =>
    encodeKeysetCursor(((pending ? row.createdAt : row.decidedAt) ?? row.createdAt).toISOString(), row.id),
  );
  return { ...connection, oldestWaitingSeconds: figures.oldest, medianDecisionSeconds30d: figures.median, decidedLast30Days: figures.decided };
}
