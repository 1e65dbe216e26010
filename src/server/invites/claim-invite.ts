import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { invites, partnerMembers, partners, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput, unauthenticated } from '../shared/errors';
import { hashToken } from '../shared/tokens';
import { releaseHeldInvites } from './send-invites';
import { CLOSED_INVITE_STATUSES, effectiveInviteStatus, EXPIRED_INVITE_STATUS, INVITE_KIND, INVITE_STATUS, isInviteStatusIn } from './rules';
import { MEMBER_STATUS } from '../members/rules';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';

export const claimInviteInput = z.object({ token: z.string().trim().min(1, 'The invite link is incomplete.').max(200, 'The invite link is not valid.') });

/**
 * The invited person claims their invite (a POST from a button, never the link's GET: mail
 * scanners open links). Single use: a compare-and-set decides between concurrent claims.
 */
export async function claimInvite(db: Database, viewer: Viewer, rawInput: unknown): Promise<{ partnershipId: string }> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in as the invited person to claim this invite.');
  const { token } = parseInput(claimInviteInput, rawInput);
  return db.transaction(async (tx) => {
    const [invite] = await tx.select().from(invites).where(eq(invites.tokenHash, hashToken(token))).limit(1);
    if (!invite) throw invalid('token', 'This invite link is no longer valid. It may have been replaced by a newer one: use the latest email.');
    const status = effectiveInviteStatus(invite);
    if (isInviteStatusIn(status, CLOSED_INVITE_STATUSES)) throw invalid('token', 'This invite is no longer valid: the program deleted it.');
    if (status === INVITE_STATUS.CLAIMED) throw invalid('token', 'This invite has already been claimed.', 'CONFLICT');
    if (status === EXPIRED_INVITE_STATUS) throw invalid('token', 'This invite has expired. Ask the program manager to resend it.');
    if (status !== INVITE_STATUS.SENT) throw invalid('token', 'This invite is not active yet.');
    if (invite.email.toLowerCase() !== viewer.user.email.toLowerCase()) {
      throw invalid(
        'token',
        `This invite is for ${invite.email}, but you are signed in as ${viewer.user.email}. Sign out, then sign in as ${invite.email} to claim it.`,
      );
    }
    const [claimed] = await tx
      .update(invites)
      .set({ status: INVITE_STATUS.CLAIMED, claimedAt: sql`now()`, claimedById: viewer.user.id })
      .where(and(eq(invites.id, invite.id), eq(invites.status, INVITE_STATUS.SENT), gt(invites.expiresAt, sql`now()`)))
      .returning();
    if (!claimed) throw invalid('token', 'This invite has already been claimed.', 'CONFLICT');

    await tx.update(partnerMembers).set({ userId: viewer.user.id, status: MEMBER_STATUS.ACTIVE }).where(eq(partnerMembers.id, invite.memberId));
    await recordEvent(tx, viewer, {
      programId: invite.programId,
      partnershipId: invite.partnershipId,
      action: 'invite.claimed',
      subjectType: 'Invite',
      subjectId: invite.id,
      data: { email: invite.email, kind: invite.kind },
    });
    if (invite.kind === INVITE_KIND.PARTNER_CLAIM && invite.partnershipId) {
      await tx.update(partners).set({ claimedAt: sql`now()` }).where(and(eq(partners.id, invite.partnerId), isNull(partners.claimedAt)));
      const [activated] = await tx
        .update(partnerships)
        .set({ status: PARTNERSHIP_STATUS.ACTIVE, approvedAt: sql`now()` })
        .where(and(eq(partnerships.id, invite.partnershipId), eq(partnerships.status, PARTNERSHIP_STATUS.PENDING_CLAIM)))
        .returning();
      if (activated) {
        await releaseHeldInvites(tx, activated.id);
        await recordEvent(tx, viewer, {
          programId: invite.programId,
          partnershipId: activated.id,
          action: 'partnership.claimed',
          subjectType: 'Partnership',
          subjectId: activated.id,
          data: { by: invite.email },
        });
      }
    }
    return { partnershipId: invite.partnershipId! };
  });
}
