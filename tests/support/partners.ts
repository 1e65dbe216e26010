import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/server/db/client';
import {
  auditEvents,
  emailChangeRequests,
  emailOutbox,
  groups,
  invites,
  inviteTemplates,
  partnerMembers,
  partners,
  partnershipMembers,
  partnerships,
  users,
} from '../../src/server/db/schema';
import { ANONYMOUS } from '../../src/server/auth/viewer';
import { createPartner } from '../../src/server/partners/create-partner';
import { openPartnership } from '../../src/server/partnerships/open-partnership';
import { toGlobalId } from '../../src/server/shared/ids';
import { createUser, signInAs } from './factories';

type Level = 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER';

/** A partner that has claimed its account: each listed person has a user, an active membership and a session. */
export async function createClaimedPartner(db: Database, name: string, people: { email: string; level: Level }[]) {
  const accounts: Awaited<ReturnType<typeof createUser>>[] = [];
  for (const person of people) accounts.push(await createUser(db, { email: person.email, name: person.email.split('@')[0] }));
  const team = people.map((person, i) => ({ userId: accounts[i].id, email: person.email, firstName: person.email.split('@')[0], accessLevel: person.level, status: 'ACTIVE' as const }));
  const created = await createPartner(db, { name, networkStatus: 'APPROVED', claimedAt: new Date() }, team as [(typeof team)[number], ...typeof team]);
  const members: Record<string, { userId: string; memberId: string; cookie: string; email: string }> = {};
  for (const [i, person] of people.entries()) {
    members[person.level] ??= { userId: accounts[i].id, memberId: created.members[i].id, cookie: await signInAs(db, accounts[i].id), email: person.email };
  }
  return { partner: created.partner, partnerId: toGlobalId('Partner', created.partner.id), members };
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

let insertedPartnerships = 0;

export interface InsertPartnershipOptions {
  /** Reuse an existing partner (its members stay as they are); otherwise a partner with one OWNER primary contact is made. */
  partnerId?: string;
  partnerName?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  key?: string;
  status?: 'PENDING_CLAIM' | 'PENDING_APPROVAL' | 'ACTIVE' | 'DECLINED';
  /** Database id of a group of the program; default: the program's default group. */
  groupId?: string;
  programManagerId?: string | null;
  customFieldValues?: Record<string, unknown>;
  createdAt?: Date;
}

/**
 * Opens a partnership the way every path of the app does (open-partnership): a new partner
 * with an OWNER primary contact (unless `partnerId` reuses one, whose active people then join
 * it), the partnership, its partner key, default link, open group-history row, partnership
 * members and the opening audit event. For tests that need many or specific partnerships.
 */
export async function insertPartnership(db: Database, programId: string, options: InsertPartnershipOptions = {}) {
  const n = ++insertedPartnerships;
  const tag = `${Date.now().toString(36)}${n}`;
  const status = options.status ?? 'ACTIVE';
  const createdAt = options.createdAt ?? new Date();
  return db.transaction(async (tx) => {
    let partnerId = options.partnerId;
    let member: typeof partnerMembers.$inferSelect | undefined;
    let people: { memberId: string }[];
    if (!partnerId) {
      const created = await createPartner(tx, { name: options.partnerName ?? `Partner ${tag}`, claimedAt: status === 'PENDING_CLAIM' ? null : createdAt, createdAt }, [
        {
          email: options.email ?? `contact-${tag}@partners.example`,
          firstName: options.firstName ?? 'Casey',
          lastName: options.lastName ?? 'Contact',
          accessLevel: 'OWNER',
          status: status === 'PENDING_CLAIM' ? 'INVITED' : 'ACTIVE',
        },
      ]);
      partnerId = created.partner.id;
      member = created.members[0];
      people = [{ memberId: member.id }];
    } else {
      const team = await tx.select({ id: partnerMembers.id }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, 'ACTIVE')));
      people = team.map((m) => ({ memberId: m.id }));
    }
    const groupId =
      options.groupId ??
      (await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.programId, programId), eq(groups.isDefault, true))))[0].id;
    // A declined partnership was first one waiting for the partner's approval.
    const opened = await openPartnership(tx, ANONYMOUS, {
      programId,
      partnerId,
      groupId,
      status: status === 'DECLINED' ? 'PENDING_APPROVAL' : status,
      source: 'IMPORT',
      partnerKey: { given: options.key ?? `key${tag}`, field: 'key' },
      programManagerId: options.programManagerId ?? null,
      customFieldValues: options.customFieldValues ?? {},
      members: people,
      event: { action: 'partnership.added', data: {} },
      whenTaken: { field: ['partnerId'], message: 'This partner is already in this program.', code: 'TAKEN' },
      openedAt: createdAt,
    });
    const [partnership] =
      status === 'DECLINED' ? await tx.update(partnerships).set({ status }).where(eq(partnerships.id, opened.id)).returning() : [opened];
    return { partnership, partnerId, member, id: toGlobalId('Partnership', partnership.id) };
  });
}

/** Audit actions recorded for a partnership, oldest first. */
export async function auditActionsFor(db: Database, partnershipId: string): Promise<string[]> {
  const rows = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.partnershipId, partnershipId)).orderBy(asc(auditEvents.id));
  return rows.map((r) => r.action);
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
