import { and, desc, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/server/db/client';
import { emailOutbox, partnerMembers, partners } from '../../src/server/db/schema';
import { toGlobalId } from '../../src/server/shared/ids';
import { createUser, signInAs } from './factories';

type Level = 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER';

/** A partner that has claimed its account: each listed person has a user, an active membership and a session. */
export async function createClaimedPartner(db: Database, name: string, people: { email: string; level: Level }[]) {
  const [partner] = await db.insert(partners).values({ name, networkStatus: 'APPROVED', claimedAt: new Date() }).returning();
  const members: Record<string, { userId: string; memberId: string; cookie: string; email: string }> = {};
  for (const [i, person] of people.entries()) {
    const user = await createUser(db, { email: person.email, name: person.email.split('@')[0] });
    const [member] = await db
      .insert(partnerMembers)
      .values({ partnerId: partner.id, userId: user.id, email: person.email, firstName: person.email.split('@')[0], accessLevel: person.level, isPrimaryContact: i === 0, status: 'ACTIVE' })
      .returning();
    members[person.level] ??= { userId: user.id, memberId: member.id, cookie: await signInAs(db, user.id), email: person.email };
  }
  return { partner, partnerId: toGlobalId('Partner', partner.id), members };
}

/** Emails queued to an address, newest first. */
export async function emailsTo(db: Database, address: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(sql`lower(${emailOutbox.toAddress}) = lower(${address})`)
    .orderBy(desc(emailOutbox.createdAt));
}

/** The token in the newest invite link emailed to an address. */
export async function inviteTokenFor(db: Database, address: string): Promise<string> {
  const [email] = await db
    .select()
    .from(emailOutbox)
    .where(and(sql`lower(${emailOutbox.toAddress}) = lower(${address})`, sql`${emailOutbox.text} like '%/invite/%'`))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const match = email ? /\/invite\/([A-Za-z0-9_-]+)/.exec(email.text) : null;
  if (!match) throw new Error(`No invite email to ${address}`);
  return match[1];
}

export async function countRows(db: Database, table: PgTable): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return n;
}
