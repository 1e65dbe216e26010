import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailChangeRequests, partnerMembers, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireProfileOwner, type Profile } from './rules';

/** The signed-in person's name and email, and a new address waiting for confirmation. */
export async function getProfile(db: Database, viewer: Viewer): Promise<Profile> {
  const user = requireProfileOwner(viewer);
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
