import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { invites } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { removeUnjoinedMembers } from '../members/remove-unjoined-members';
import { invalid } from '../shared/errors';
import { requireManagedInvite } from './access';
import { INVITE_KIND, INVITE_STATUS, OPEN_INVITE_STATUSES, type InviteRow } from './rules';

/** "Invites can be … deleted": the link then says it is no longer valid. */
export async function deleteInvite(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return db.transaction(async (tx) => {
    const invite = await requireManagedInvite(tx, viewer, rawInput);
    const [revoked] = await tx
      .update(invites)
      .set({ status: INVITE_STATUS.REVOKED })
      .where(and(eq(invites.id, invite.id), inArray(invites.status, [...OPEN_INVITE_STATUSES])))
      .returning();
    if (!revoked) throw invalid('inviteId', invite.status === INVITE_STATUS.CLAIMED ? 'This invite has already been claimed.' : 'This invite is already closed.', 'CONFLICT');
    // A team member who never joined leaves the team with their invite; a primary contact stays,
    // so the partner keeps its contact while the manager decides what to do.
    if (invite.kind === INVITE_KIND.TEAM_JOIN) await removeUnjoinedMembers(tx, [invite.memberId]);
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
