import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { partnerMembers, partnerships } from '../db/schema';
import { LIVE_PARTNERSHIP_STATUSES, REMOVED_PARTNERSHIP_STATUSES } from '../partnerships/rules';

const live = alias(partnerships, 'live');

/**
 * Whether this email belongs to a partner the program removed and has not added again. The
 * article: such a partner cannot rejoin with the same email unless a manager re-adds them.
 */
export async function removedFromProgram(db: Executor, programId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ partnerId: partnerships.partnerId })
    .from(partnerships)
    .innerJoin(partnerMembers, and(eq(partnerMembers.partnerId, partnerships.partnerId), sql`lower(${partnerMembers.email}) = lower(${email})`))
    .where(
      and(
        eq(partnerships.programId, programId),
        inArray(partnerships.status, [...REMOVED_PARTNERSHIP_STATUSES]),
        sql`not exists (select 1 from ${partnerships} as live where ${live.programId} = ${partnerships.programId} and ${live.partnerId} = ${partnerships.partnerId}
                        and ${inArray(live.status, [...LIVE_PARTNERSHIP_STATUSES])})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
