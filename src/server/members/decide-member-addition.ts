import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { invites, partnerMembers, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { sendInvites } from '../invites/send-invites';
import { INVITE_STATUS, type InviteRow, type StoredInviteStatus } from '../invites/rules';
import { requirePartnerAccess } from '../partners/access';
import type { PartnershipStatus } from '../partnerships/rules';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { MemberStatus } from './rules';

export const inviteIdInput = z.object({ inviteId: z.string() });

/** Where a decision takes the invite and the member, given the partnership the member was added for. */
export interface MemberAdditionDecision {
  approved: boolean;
  next(partnershipStatus: PartnershipStatus | undefined): { invite: StoredInviteStatus; member: MemberStatus; sendNow: boolean };
}

/**
 * The guarded transition approval and decline share: the team owner takes the invite out of
 * AWAITING_OWNER_APPROVAL (a compare-and-set, so two clicks give one result), the member follows,
 * the invite goes out if the decision says so, and the decision is recorded.
 */
export async function decideMemberAddition(db: Database, viewer: Viewer, rawInput: unknown, decision: MemberAdditionDecision): Promise<InviteRow> {
  const { inviteId } = parseInput(inviteIdInput, rawInput);
  const id = fromGlobalId('Invite', inviteId);
  if (!id) throw notFound('Invite');
  return db.transaction(async (tx) => {
    const [invite] = await tx.select().from(invites).where(eq(invites.id, id)).limit(1);
    if (!invite) throw notFound('Invite');
    await requirePartnerAccess(tx, viewer, invite.partnerId, 'approveTeamAddition', 'Invite');
    const [partnership] = invite.partnershipId
      ? await tx.select({ status: partnerships.status }).from(partnerships).where(eq(partnerships.id, invite.partnershipId))
      : [];
    const next = decision.next(partnership?.status);
    const [decided] = await tx
      .update(invites)
      .set({ status: next.invite })
      .where(and(eq(invites.id, id), eq(invites.status, INVITE_STATUS.AWAITING_OWNER_APPROVAL)))
      .returning();
    if (!decided) throw invalid('inviteId', 'This addition has already been decided.', 'CONFLICT');
    await tx.update(partnerMembers).set({ status: next.member }).where(eq(partnerMembers.id, invite.memberId));
    const result = next.sendNow ? (await sendInvites(tx, [id]))[0] : decided;
    await recordEvent(tx, viewer, {
      programId: invite.programId,
      partnershipId: invite.partnershipId,
      action: decision.approved ? 'member_addition.approved' : 'member_addition.declined',
      subjectType: 'Invite',
      subjectId: id,
      data: { email: invite.email },
    });
    return result;
  });
}
