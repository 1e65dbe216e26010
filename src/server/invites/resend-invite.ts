import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid } from '../shared/errors';
import { requireManagedInvite } from './access';
import { sendInvites } from './send-invites';
import { CLOSED_INVITE_STATUSES, effectiveInviteStatus, INVITE_STATUS, isInviteStatusIn, type InviteRow } from './rules';

/** "Invites can be resent": a fresh link and expiry; the previous link stops working. */
export async function resendInvite(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return db.transaction(async (tx) => {
    const invite = await requireManagedInvite(tx, viewer, rawInput);
    const status = effectiveInviteStatus(invite);
    if (status === INVITE_STATUS.CLAIMED) throw invalid('inviteId', 'This invite has already been claimed.', 'CONFLICT');
    if (status === INVITE_STATUS.AWAITING_OWNER_APPROVAL) throw invalid('inviteId', "This invite waits for the partner team owner's approval; it is sent once approved.", 'CONFLICT');
    if (status === INVITE_STATUS.HELD) throw invalid('inviteId', 'This invite is sent automatically once the partnership is approved.', 'CONFLICT');
    if (isInviteStatusIn(status, CLOSED_INVITE_STATUSES)) throw invalid('inviteId', 'This invite was deleted or declined; add the member again instead.', 'CONFLICT');
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
