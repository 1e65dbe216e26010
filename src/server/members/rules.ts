import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { memberStatus, partnerMembers } from '../db/schema';
import type { MemberRow } from '../partners/rules';
import type { Viewer } from '../auth/viewer';
import { unauthenticated } from '../shared/errors';
import { enumNames } from '../shared/enum-names';

export type MemberStatus = MemberRow['status'];

export const MEMBER_STATUS = enumNames(memberStatus.enumValues);

/** People on a team who never joined it: their invite or the owner's approval still outstanding. */
export const UNJOINED_MEMBER_STATUSES = ['INVITED', 'AWAITING_OWNER_APPROVAL'] as const satisfies readonly MemberStatus[];

/** A member as one program sees them: with that program's member custom field values. */
export interface TeamMemberModel {
  member: MemberRow;
  customFieldValues: Record<string, unknown>;
  programId: string;
}

export type NewTeamMember = Pick<typeof partnerMembers.$inferInsert, 'email' | 'firstName' | 'lastName' | 'accessLevel' | 'roleLabel' | 'status'>;

/**
 * Puts people on a partner's team, in the given order. A team lists an email once, so someone
 * removed earlier (an addition declined, an invite deleted) gets their old row back rather than
 * a second one.
 */
export async function addTeamMembers(tx: Executor, partnerId: string, people: NewTeamMember[]): Promise<MemberRow[]> {
  if (people.length === 0) return [];
  const key = (email: string) => email.toLowerCase();
  const removed = await tx
    .select()
    .from(partnerMembers)
    .where(
      and(
        eq(partnerMembers.partnerId, partnerId),
        eq(partnerMembers.status, MEMBER_STATUS.REMOVED),
        inArray(sql`lower(${partnerMembers.email})`, people.map((p) => key(p.email))),
      ),
    );
  const removedByEmail = new Map(removed.map((m) => [key(m.email), m]));
  const fresh = people.filter((p) => !removedByEmail.has(key(p.email)));
  const inserted = fresh.length > 0 ? await tx.insert(partnerMembers).values(fresh.map((p) => ({ ...p, partnerId }))).returning() : [];
  const byEmail = new Map(inserted.map((m) => [key(m.email), m]));
  for (const person of people) {
    const old = removedByEmail.get(key(person.email));
    if (!old) continue;
    const [revived] = await tx
      .update(partnerMembers)
      .set({ ...person, userId: null, isPrimaryContact: false })
      .where(and(eq(partnerMembers.id, old.id), eq(partnerMembers.status, MEMBER_STATUS.REMOVED)))
      .returning();
    byEmail.set(key(person.email), revived);
  }
  return people.map((p) => byEmail.get(key(p.email))!);
}

/** How long a link to confirm a new email address stays valid. */
export const EMAIL_CHANGE_TTL_HOURS = 3;

/** What a person sees and changes of themselves; the same on every partner team they are on. */
export interface Profile {
  email: string;
  firstName: string;
  lastName: string;
  pendingEmail: string | null;
}

/** Only the person themselves manages their profile. */
export function requireProfileOwner(viewer: Viewer) {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to manage your profile.');
  return viewer.user;
}
