import { inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client';
import { partnerMembers, partnerships } from '../db/schema';
import { LIVE_PARTNERSHIP_STATUSES, REMOVED_PARTNERSHIP_STATUSES } from '../partnerships/rules';

const removed = alias(partnerships, 'removed');
const removedTeam = alias(partnerMembers, 'removed_team');
const live = alias(partnerships, 'live');

/**
 * The rule as an SQL condition on a program id (a value or a column of the outer query, so a list
 * of programs asks it in one statement): this email belongs to a partner the program removed and
 * has not added again. The article: such a partner cannot rejoin with the same email unless a
 * manager re-adds them.
 */
export function removedFromProgramCondition(programId: SQL | string, email: string): SQL {
  return sql`exists (select 1 from ${partnerships} as removed
      join ${partnerMembers} as removed_team on ${removedTeam.partnerId} = ${removed.partnerId} and lower(${removedTeam.email}) = lower(${email})
      where ${removed.programId} = ${programId} and ${inArray(removed.status, [...REMOVED_PARTNERSHIP_STATUSES])}
        and not exists (select 1 from ${partnerships} as live where ${live.programId} = ${removed.programId} and ${live.partnerId} = ${removed.partnerId}
                        and ${inArray(live.status, [...LIVE_PARTNERSHIP_STATUSES])}))`;
}

/** Whether this email belongs to a partner the program removed and has not added again. */
export async function removedFromProgram(db: Executor, programId: string, email: string): Promise<boolean> {
  const [row] = await queryRows<{ removed: boolean }>(db, sql`select ${removedFromProgramCondition(programId, email)} as removed`);
  return Boolean(row?.removed);
}
