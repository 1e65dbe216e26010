import { and, asc, count, eq, gt, inArray, or } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { groups, partnerships } from '../db/schema';
import type { ProgramRow } from '../programs/access';
import { decodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import type { GroupRow } from './create-group';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';

export interface ListGroupsArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The groups of a program the caller was already authorised for, oldest first (the default group
 * is created with the program).
 */
export async function listGroups(db: Database, program: ProgramRow, args: ListGroupsArgs): Promise<Connection<GroupRow>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const inProgram = eq(groups.programId, program.id);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(groups)
      .where(
        after
          ? and(inProgram, or(gt(groups.createdAt, after.createdAt), and(eq(groups.createdAt, after.createdAt), gt(groups.id, after.id))))
          : inProgram,
      )
      .orderBy(asc(groups.createdAt), asc(groups.id))
      .limit(size + 1),
    db.select({ total: count() }).from(groups).where(inProgram),
  ]);
  return toConnection(rows, size, total, after !== null);
}

/** Live partnerships (pending or active) per group, for many groups in one statement (used by a DataLoader). */
export async function countPartnershipsByGroup(db: Database, groupIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ groupId: partnerships.groupId, n: count() })
    .from(partnerships)
    .where(and(inArray(partnerships.groupId, [...groupIds]), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
    .groupBy(partnerships.groupId);
  return new Map(rows.map((r) => [r.groupId, r.n]));
}

/** Every group of a program (a program has a handful), oldest first: for resolving groups named in a file. */
export function allProgramGroups(db: Executor, programId: string): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.programId, programId)).orderBy(asc(groups.createdAt), asc(groups.id));
}
