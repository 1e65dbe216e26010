import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { partnerMembers } from '../db/schema';
import { MEMBER_STATUS, UNJOINED_MEMBER_STATUSES } from './rules';

/**
 * People added to a team whose invite was closed before they joined leave the team with it;
 * anyone who joined in the meantime stays.
 */
export async function removeUnjoinedMembers(tx: Executor, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) return;
  await tx
    .update(partnerMembers)
    .set({ status: MEMBER_STATUS.REMOVED })
    .where(and(inArray(partnerMembers.id, memberIds), inArray(partnerMembers.status, [...UNJOINED_MEMBER_STATUSES])));
}
