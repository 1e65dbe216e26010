import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { emailChangeRequests, partnerMembers, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { emailChangeConfirmEmail, emailChangeNoticeEmail } from '../email/templates';
import { appUrl } from '../shared/app-url';
import { invalid, parseInput, unauthenticated } from '../shared/errors';
import { hashToken, randomToken } from '../shared/tokens';
import { emailShape, profileNameShape } from '../../shapes/people';

export const EMAIL_CHANGE_TTL_HOURS = 3;

export interface Profile {
  email: string;
  firstName: string;
  lastName: string;
  pendingEmail: string | null;
}

function requireUser(viewer: Viewer) {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to manage your profile.');
  return viewer.user;
}

export async function getProfile(db: Database, viewer: Viewer): Promise<Profile> {
  const user = requireUser(viewer);
  const [[row], [member], [pending]] = await Promise.all([
    db.select().from(users).where(eq(users.id, user.id)),
    db
      .select({ firstName: partnerMembers.firstName, lastName: partnerMembers.lastName })
      .from(partnerMembers)
      .where(eq(partnerMembers.userId, user.id))
      .orderBy(desc(partnerMembers.createdAt))
      .limit(1),
    db
      .select({ newEmail: emailChangeRequests.newEmail })
      .from(emailChangeRequests)
      .where(
        and(
          eq(emailChangeRequests.userId, user.id),
          isNull(emailChangeRequests.confirmedAt),
          isNull(emailChangeRequests.supersededAt),
          gt(emailChangeRequests.expiresAt, sql`now()`),
        ),
      )
      .limit(1),
  ]);
  const [first = '', ...rest] = (row.name ?? '').split(' ');
  return {
    email: row.email,
    firstName: member?.firstName || first,
    lastName: member?.lastName || rest.join(' '),
    pendingEmail: pending?.newEmail ?? null,
  };
}

const nameInput = profileNameShape;

/** Only the person changes their own name; it applies to every partner team they are on. */
export async function updateMyProfile(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const user = requireUser(viewer);
  const input = parseInput(nameInput, rawInput);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ name: `${input.firstName} ${input.lastName}`.trim() }).where(eq(users.id, user.id));
    await tx.update(partnerMembers).set({ firstName: input.firstName, lastName: input.lastName }).where(eq(partnerMembers.userId, user.id));
    await recordEvent(tx, viewer, { programId: null, action: 'profile.name_changed', subjectType: 'User', subjectId: user.id, data: input });
  });
  return getProfile(db, viewer);
}

/**
 * Asks for a new email address. It takes effect only when confirmed from a link sent to the new
 * address (valid 3 hours); the current address is told.
 */
export async function requestEmailChange(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const user = requireUser(viewer);
  const { newEmail } = parseInput(z.object({ newEmail: emailShape }), rawInput);
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

/** Applies a confirmed email change: the account and every partner membership take the new address. */
export async function confirmEmailChange(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const { token } = parseInput(z.object({ token: z.string().trim().min(1, 'The link is incomplete.').max(200, 'The link is not valid.') }), rawInput);
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
          sql`${partnerMembers.partnerId} in (select partner_id from partner_members where user_id = ${request.userId})`,
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
