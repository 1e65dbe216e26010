import { and, desc, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/server/db/client';
import {
  auditEvents,
  emailChangeRequests,
  emailOutbox,
  invites,
  inviteTemplates,
  partnerMembers,
  partners,
  partnershipMembers,
  partnerships,
  users,
} from '../../src/server/db/schema';
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

/** Invite rows for an address, newest first. */
export async function invitesTo(db: Database, address: string) {
  return db
    .select()
    .from(invites)
    .where(sql`lower(${invites.email}) = lower(${address})`)
    .orderBy(desc(invites.createdAt));
}

/** The token at the end of the newest emailed link under `path` (e.g. '/profile/confirm-email/') to an address. */
export async function linkTokenFor(db: Database, address: string, path: string): Promise<string> {
  const [email] = await db
    .select()
    .from(emailOutbox)
    .where(and(sql`lower(${emailOutbox.toAddress}) = lower(${address})`, sql`strpos(${emailOutbox.text}, ${path}) > 0`))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = email ? new RegExp(`${escaped}([A-Za-z0-9_-]+)`).exec(email.text) : null;
  if (!match) throw new Error(`No email to ${address} with a ${path} link`);
  return match[1];
}

/** Row counts of the tables partnership, team and invite changes write to. */
export async function partnershipRowCounts(db: Database) {
  return {
    partnerships: await countRows(db, partnerships),
    invites: await countRows(db, invites),
    partnerMembers: await countRows(db, partnerMembers),
    emailOutbox: await countRows(db, emailOutbox),
    auditEvents: await countRows(db, auditEvents),
  };
}

/**
 * A digest of every row of the tables a refused call must not touch (including updates that keep
 * row counts), so a test can assert that nothing at all changed.
 */
export async function stateDigest(db: Database): Promise<Record<string, string>> {
  const tables = { users, partners, partnerMembers, partnerships, partnershipMembers, invites, inviteTemplates, emailOutbox, emailChangeRequests, auditEvents };
  const digest: Record<string, string> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [{ d }] = await db
      .select({ d: sql<string>`md5(coalesce(string_agg(t::text, '|' order by t::text), ''))` })
      .from(sql`${table} as t`);
    digest[name] = d;
  }
  return digest;
}
