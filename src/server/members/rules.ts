import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { partnerMembers } from '../db/schema';
import type { MemberRow } from '../partners/rules';

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
        eq(partnerMembers.status, 'REMOVED'),
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
      .where(and(eq(partnerMembers.id, old.id), eq(partnerMembers.status, 'REMOVED')))
      .returning();
    byEmail.set(key(person.email), revived);
  }
  return people.map((p) => byEmail.get(key(p.email))!);
}
