import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { invites, partnerMembers, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { sendInvites } from '../invites/send-invites';
import { TEAM_OWNERS, requirePartnerAccess } from '../partners/access';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { InviteRow } from '../invites/rules';

export const inviteIdInput = z.object({ inviteId: z.string() });

/**
 * The team owner approves or declines a member a program manager added. Approval sends the
 * invite, or holds it until the partnership itself is approved.
 */
export async function decideMemberAddition(db: Database, viewer: Viewer, rawInput: unknown, approve: boolean): Promise<InviteRow> {
  const { inviteId } = parseInput(inviteIdInput, rawInput);
  const id = fromGlobalId('Invite', inviteId);
  if (!id) throw notFound('Invite');
  return db.transaction(async (tx) => {
    const [invite] = await tx.select().from(invites).where(eq(invites.id, id)).limit(1);
    if (!invite) throw notFound('Invite');
    await requirePartnerAccess(tx, viewer, invite.partnerId, TEAM_OWNERS, 'Invite');
    const [partnership] = invite.partnershipId
      ? await tx.select({ status: partnerships.status }).from(partnerships).where(eq(partnerships.id, invite.partnershipId))
      : [];
    const next = !approve ? 'DECLINED' : partnership?.status === 'ACTIVE' ? 'SENT' : 'HELD';
    const [decided] = await tx
      .update(invites)
      .set({ status: next === 'SENT' ? 'HELD' : next })
      .where(and(eq(invites.id, id), eq(invites.status, 'AWAITING_OWNER_APPROVAL')))
      .returning();
    if (!decided) throw invalid('inviteId', 'This addition has already been decided.', 'CONFLICT');
    await tx
      .update(partnerMembers)
      .set({ status: approve ? 'INVITED' : 'REMOVED' })
      .where(eq(partnerMembers.id, invite.memberId));
    const result = next === 'SENT' ? (await sendInvites(tx, [id]))[0] : decided;
    await recordEvent(tx, viewer, {
      programId: invite.programId,
      partnershipId: invite.partnershipId,
      action: approve ? 'member_addition.approved' : 'member_addition.declined',
      subjectType: 'Invite',
      subjectId: id,
      data: { email: invite.email },
    });
    return result;
  });
}
