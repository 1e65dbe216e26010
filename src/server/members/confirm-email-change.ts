import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/client';
import { emailChangeRequests, partnerMembers, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { hashToken } from '../shared/tokens';
import { getProfile } from './get-profile';
import type { Profile } from './rules';

const theirTeams = alias(partnerMembers, 'their_teams');


export const confirmEmailChangeInput = z.object({ token: z.string().trim().min(1, 'The link is incomplete.').max(200, 'The link is not valid.') });
/** Applies a confirmed email change: the account and every partner membership take the new address. */
export async function confirmEmailChange(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const { token } = parseInput(confirmEmailChangeInput, rawInput);
  const userId = await db.transaction(async (tx) => {
    const [request] = await tx
      .update(emailChangeRequests)
      .set({ confirmedAt: sql`now()` })
      .where(
        and(
          eq(emailChangeRequests.tokenHash, hashToken(token)),
          isNull(emailChangeRequests.confirmedAt),
          isNull(emailChangeRequests.supersededAt),
          gt(emailChangeRequests.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!request) throw invalid('token', 'This confirmation link is not valid: it expired, was already used, or a newer one was sent.');
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${request.newEmail}`);
    if (taken) throw invalid('token', 'Another Partnerly account now uses this email address.', 'TAKEN');
    // A team of theirs may already list the new address for someone else (an invite not yet claimed).
    const [clash] = await tx
      .select({ id: partnerMembers.id })
      .from(partnerMembers)
      .where(
        and(
          sql`lower(${partnerMembers.email}) = ${request.newEmail}`,
          sql`${partnerMembers.userId} is distinct from ${request.userId}`,
          inArray(partnerMembers.partnerId, tx.select({ partnerId: theirTeams.partnerId }).from(theirTeams).where(eq(theirTeams.userId, request.userId))),
        ),
      )
      .limit(1);
    if (clash) throw invalid('token', 'One of your partner teams already lists this email address for another member.', 'TAKEN');
    await tx.update(users).set({ email: request.newEmail, emailVerified: sql`now()` }).where(eq(users.id, request.userId));
    await tx.update(partnerMembers).set({ email: request.newEmail }).where(eq(partnerMembers.userId, request.userId));
    await recordEvent(tx, viewer, { programId: null, action: 'profile.email_changed', subjectType: 'User', subjectId: request.userId, data: { newEmail: request.newEmail } });
    return request.userId;
  });
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return getProfile(db, { kind: 'user', user: { id: user.id, email: user.email, name: user.name, isNetworkReviewer: user.isNetworkReviewer }, managedProgramIds: [], partnerIds: [] });
}
