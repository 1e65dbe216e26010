import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { invites } from '../db/schema';
import { INVITE_STATUS, OPEN_INVITE_STATUSES, type InviteRow } from './rules';

/**
 * Closes every invite of these partnerships that could still let someone in (waiting or sent),
 * in the caller's transaction and one statement; their links then say they are no longer valid.
 * Returns what was revoked, so the caller can let the people who never joined go.
 */
export async function revokeOpenInvites(tx: Executor, partnershipIds: string[]): Promise<Pick<InviteRow, 'kind' | 'memberId'>[]> {
  if (partnershipIds.length === 0) return [];
  return tx
    .update(invites)
    .set({ status: INVITE_STATUS.REVOKED })
    .where(and(inArray(invites.partnershipId, partnershipIds), inArray(invites.status, [...OPEN_INVITE_STATUSES])))
    .returning({ kind: invites.kind, memberId: invites.memberId });
}
