import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { invites, partnerMembers } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { sendInvites } from './send-invites';
import { effectiveInviteStatus, OPEN_INVITE_STATUSES, type InviteRow } from './rules';

export const inviteIdInput = z.object({ inviteId: z.string() });

/** An invite of a program the viewer manages; anyone else is told it does not exist. */
async function requireManagedInvite(tx: Executor, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  const { inviteId } = parseInput(inviteIdInput, rawInput);
  const id = fromGlobalId('Invite', inviteId);
  if (!id) throw notFound('Invite');
  const [invite] = await tx.select().from(invites).where(eq(invites.id, id)).for('update').limit(1);
  if (!invite || !canManageProgram(viewer, invite.programId)) throw notFound('Invite');
  return invite;
}

/** "Invites can be resent": a fresh link and expiry; the previous link stops working. */
export async function resendInvite(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return db.transaction(async (tx) => {
    const invite = await requireManagedInvite(tx, viewer, rawInput);
    const status = effectiveInviteStatus(invite);
    if (status === 'CLAIMED') throw invalid('inviteId', 'This invite has already been claimed.', 'CONFLICT');
    if (status === 'AWAITING_OWNER_APPROVAL') throw invalid('inviteId', "This invite waits for the partner team owner's approval; it is sent once approved.", 'CONFLICT');
    if (status === 'HELD') throw invalid('inviteId', 'This invite is sent automatically once the partnership is approved.', 'CONFLICT');
    if (status === 'REVOKED' || status === 'DECLINED') throw invalid('inviteId', 'This invite was deleted or declined; add the member again instead.', 'CONFLICT');
    const [sent] = await sendInvites(tx, [invite.id]);
    await recordEvent(tx, viewer, {
      programId: invite.programId,
      partnershipId: invite.partnershipId,
      action: 'invite.resent',
      subjectType: 'Invite',
      subjectId: invite.id,
      data: { email: invite.email, sentCount: sent.sentCount },
    });
    return sent;
  });
}

/** "Invites can be … deleted": the link then says it is no longer valid. */
export async function deleteInvite(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return db.transaction(async (tx) => {
    const invite = await requireManagedInvite(tx, viewer, rawInput);
    const [revoked] = await tx
      .update(invites)
      .set({ status: 'REVOKED' })
      .where(and(eq(invites.id, invite.id), inArray(invites.status, [...OPEN_INVITE_STATUSES])))
      .returning();
    if (!revoked) throw invalid('inviteId', invite.status === 'CLAIMED' ? 'This invite has already been claimed.' : 'This invite is already closed.', 'CONFLICT');
    // A team member who never joined leaves the team with their invite; a primary contact stays,
    // so the partner keeps its contact while the manager decides what to do.
    if (invite.kind === 'TEAM_JOIN') {
      await tx
        .update(partnerMembers)
        .set({ status: 'REMOVED' })
        .where(and(eq(partnerMembers.id, invite.memberId), inArray(partnerMembers.status, ['INVITED', 'AWAITING_OWNER_APPROVAL'])));
    }
    await recordEvent(tx, viewer, {
      programId: invite.programId,
      partnershipId: invite.partnershipId,
      action: 'invite.deleted',
      subjectType: 'Invite',
      subjectId: invite.id,
      data: { email: invite.email },
    });
    return revoked;
  });
}
