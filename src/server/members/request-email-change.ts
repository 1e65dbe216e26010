import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { emailChangeRequests, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { emailChangeConfirmEmail, emailChangeNoticeEmail } from '../email/templates';
import { appUrl } from '../shared/app-url';
import { invalid, parseInput } from '../shared/errors';
import { hashToken, randomToken } from '../shared/tokens';
import { emailShape } from '../../shapes/people';
import { getProfile } from './get-profile';
import { EMAIL_CHANGE_TTL_HOURS, requireProfileOwner, type Profile } from './rules';


export const requestEmailChangeInput = z.object({ newEmail: emailShape });
/**
 * Asks for a new email address. It takes effect only when confirmed from a link sent to the new
 * address (valid 3 hours); the current address is told.
 */
export async function requestEmailChange(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const user = requireProfileOwner(viewer);
  const { newEmail } = parseInput(requestEmailChangeInput, rawInput);
  if (newEmail === user.email.toLowerCase()) throw invalid('newEmail', 'This is already your email address.');
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${newEmail}`);
    if (taken) throw invalid('newEmail', 'Another Partnerly account uses this email address.', 'TAKEN');
    await tx
      .update(emailChangeRequests)
      .set({ supersededAt: sql`now()` })
      .where(and(eq(emailChangeRequests.userId, user.id), isNull(emailChangeRequests.confirmedAt), isNull(emailChangeRequests.supersededAt)));
    const token = randomToken(32);
    await tx.insert(emailChangeRequests).values({
      userId: user.id,
      newEmail,
      tokenHash: hashToken(token),
      expiresAt: sql`now() + make_interval(hours => ${EMAIL_CHANGE_TTL_HOURS})` as unknown as Date,
    });
    await queueEmail(tx, newEmail, emailChangeConfirmEmail({ newEmail, url: `${appUrl()}/profile/confirm-email/${token}` }));
    await queueEmail(tx, user.email, emailChangeNoticeEmail({ newEmail }));
    await recordEvent(tx, viewer, { programId: null, action: 'profile.email_change_requested', subjectType: 'User', subjectId: user.id, data: { newEmail } });
  });
  return getProfile(db, viewer);
}
