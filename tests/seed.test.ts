import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { openDatabase, type Database } from '../src/server/db/client';
import {
  auditEvents,
  customFieldDefinitions,
  groups,
  invites,
  links,
  partnerKeys,
  partnerMembers,
  partners,
  partnershipGroupHistory,
  partnerships,
  programManagers,
  programs,
  users,
} from '../src/server/db/schema';
import { DEMO, seedDemo, seedDemoIfEmpty, seedGeneratedPartnerships } from '../src/server/db/seed';
import { startTestApp, type TestApp } from './support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const count = async (db: Database, table: PgTable) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

async function acme(db: Database) {
  const [program] = await db.select().from(programs).where(eq(programs.slug, DEMO.programSlug));
  return program;
}

/** Row counts of every table the seed writes, to show that nothing was added. */
async function snapshot(db: Database) {
  const tables = { users, programs, programManagers, groups, customFieldDefinitions, partners, partnerMembers, partnerships, partnerKeys, partnershipGroupHistory, links, invites, auditEvents };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = await count(db, table);
  return counts;
}

describe('the demo seed', () => {
  it('seeds an empty database once: seedDemoIfEmpty answers true, then false and adds nothing', async () => {
    expect(await count(app.db, programs)).toBe(0);
    expect(await seedDemoIfEmpty(app.db)).toBe(true);
    const seeded = await snapshot(app.db);
    // Acme and the two other programs listed in the marketplace.
    expect(seeded.programs).toBe(3);

    expect(await seedDemoIfEmpty(app.db)).toBe(false);
    expect(await snapshot(app.db)).toEqual(seeded);
  });

  it('creates program "acme" with two managers and a network reviewer', async () => {
    const program = await acme(app.db);
    expect(program).toMatchObject({ name: 'Acme', websiteUrl: 'https://acme.example' });
    const managers = await app.db
      .select({ email: users.email })
      .from(programManagers)
      .innerJoin(users, eq(users.id, programManagers.userId))
      .where(eq(programManagers.programId, program.id));
    expect(managers.map((m) => m.email).sort()).toEqual([DEMO.managerEmail, DEMO.secondManagerEmail].sort());
    const [reviewer] = await app.db.select().from(users).where(eq(users.email, DEMO.reviewerEmail));
    expect(reviewer.isNetworkReviewer).toBe(true);
  });

  it('creates the Default group (the default) and Resellers, and the custom fields tier, geography and industry', async () => {
    const program = await acme(app.db);
    const programGroups = await app.db.select().from(groups).where(eq(groups.programId, program.id)).orderBy(asc(groups.name));
    expect(programGroups.map((g) => [g.name, g.isDefault])).toEqual([
      ['Default', true],
      ['Resellers', false],
    ]);
    expect(new Set(programGroups.map((g) => g.joinToken)).size).toBe(2);

    const fields = await app.db
      .select()
      .from(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.programId, program.id), eq(customFieldDefinitions.entity, 'PARTNERSHIP')))
      .orderBy(asc(customFieldDefinitions.position));
    expect(fields.map((f) => [f.key, f.type])).toEqual([
      ['tier', 'SELECT'],
      ['geography', 'SELECT'],
      ['industry', 'TEXT'],
    ]);
    expect(fields[0].options).toEqual(['Gold', 'Silver', 'Bronze']);
  });

  it('has a partnership in every status, each with a key, a group history entry, a default link and an owner', async () => {
    const program = await acme(app.db);
    const rows = await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id));
    expect([...new Set(rows.map((p) => p.status))].sort()).toEqual(['ACTIVE', 'DECLINED', 'PENDING_APPROVAL', 'PENDING_CLAIM', 'REMOVED']);

    for (const partnership of rows) {
      expect(partnership.partnerKey).toMatch(/^[a-z0-9]+$/);
      const keys = await app.db.select().from(partnerKeys).where(eq(partnerKeys.partnershipId, partnership.id));
      expect(keys.map((k) => k.key)).toEqual([partnership.partnerKey]);
      const history = await app.db.select().from(partnershipGroupHistory).where(eq(partnershipGroupHistory.partnershipId, partnership.id));
      expect(history.map((h) => h.groupId)).toEqual([partnership.groupId]);
      const partnershipLinks = await app.db.select().from(links).where(eq(links.partnershipId, partnership.id));
      expect(partnershipLinks.filter((l) => l.isDefault)).toHaveLength(1);
      const owners = await app.db
        .select()
        .from(partnerMembers)
        .where(and(eq(partnerMembers.partnerId, partnership.partnerId), eq(partnerMembers.accessLevel, 'OWNER')));
      expect(owners).toHaveLength(1);
      expect(owners[0].isPrimaryContact).toBe(true);
    }

    // Invited partners have open claim invites; nobody else does.
    const pendingClaim = rows.filter((p) => p.status === 'PENDING_CLAIM').map((p) => p.id);
    const seededInvites = await app.db.select().from(invites).where(eq(invites.programId, program.id));
    expect(seededInvites.length).toBeGreaterThan(0);
    expect(seededInvites.every((i) => pendingClaim.includes(i.partnershipId!) && i.status === 'SENT')).toBe(true);
    expect(seededInvites.filter((i) => i.kind === 'PARTNER_CLAIM')).toHaveLength(pendingClaim.length);
  });

  it('removes partners with and without deactivating their links', async () => {
    const program = await acme(app.db);
    const removed = await app.db
      .select({ id: partnerships.id, removedAt: partnerships.removedAt, linksDeactivatedAt: partnerships.linksDeactivatedAt, linkDeactivatedAt: links.deactivatedAt })
      .from(partnerships)
      .innerJoin(links, eq(links.partnershipId, partnerships.id))
      .where(and(eq(partnerships.programId, program.id), eq(partnerships.status, 'REMOVED')));
    expect(removed.length).toBeGreaterThanOrEqual(2);
    expect(removed.every((p) => p.removedAt instanceof Date)).toBe(true);

    const deactivated = removed.filter((p) => p.linksDeactivatedAt);
    expect(deactivated.length).toBeGreaterThanOrEqual(1);
    expect(deactivated.every((p) => p.linkDeactivatedAt instanceof Date)).toBe(true);
    const kept = removed.filter((p) => !p.linksDeactivatedAt);
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.every((p) => p.linkDeactivatedAt === null)).toBe(true);

    // Links of live partnerships all work.
    const live = await app.db
      .select({ deactivatedAt: links.deactivatedAt })
      .from(links)
      .innerJoin(partnerships, eq(partnerships.id, links.partnershipId))
      .where(and(eq(partnerships.programId, program.id), notInArray(partnerships.status, ['REMOVED'])));
    expect(live.every((l) => l.deactivatedAt === null)).toBe(true);
  });

  it('lists Acme and two other programs in the marketplace, each with a description, a category and its listing date', async () => {
    const listed = await app.db.select().from(programs).where(eq(programs.listedInMarketplace, true)).orderBy(asc(programs.slug));
    expect(listed.map((p) => [p.slug, p.marketplaceCategory])).toEqual([
      ['acme', 'Productivity'],
      ['globex', 'Analytics'],
      ['initech', 'Education'],
    ]);
    expect(listed.every((p) => (p.marketplaceDescription ?? '').length > 20 && p.listedAt instanceof Date)).toBe(true);
  });

  it('refuses to seed the demo a second time: the slug is taken and the transaction leaves nothing behind', async () => {
    const before = await snapshot(app.db);
    await expect(seedDemo(app.db)).rejects.toThrow(/slug/);
    expect(await snapshot(app.db)).toEqual(before);
  });
});

describe('seedGeneratedPartnerships', () => {
  it('adds exactly the number asked for, in batches, each with a unique valid key, an owner, a key alias, group history and a default link', async () => {
    const program = await acme(app.db);
    const existing = (await app.db.select({ id: partnerships.id }).from(partnerships)).map((p) => p.id);
    const before = await snapshot(app.db);

    // A batch size that does not divide the count exercises the batch boundaries.
    expect(await seedGeneratedPartnerships(app.db, DEMO.programSlug, 500, 180)).toBe(500);

    const after = await snapshot(app.db);
    expect(after.partnerships - before.partnerships).toBe(500);
    expect(after.partners - before.partners).toBe(500);
    expect(after.partnerMembers - before.partnerMembers).toBe(500);
    expect(after.partnerKeys - before.partnerKeys).toBe(500);
    expect(after.partnershipGroupHistory - before.partnershipGroupHistory).toBe(500);
    expect(after.links - before.links).toBe(500);
    expect(after.programs).toBe(before.programs);

    const generated = await app.db
      .select()
      .from(partnerships)
      .where(existing.length ? notInArray(partnerships.id, existing) : undefined);
    expect(generated).toHaveLength(500);
    expect(generated.every((p) => p.programId === program.id && p.source === 'IMPORT')).toBe(true);
    expect(generated.every((p) => /^[a-z0-9]+$/.test(p.partnerKey))).toBe(true);
    const allKeys = await app.db.select({ key: partnerships.partnerKey }).from(partnerships).where(eq(partnerships.programId, program.id));
    expect(new Set(allKeys.map((k) => k.key)).size).toBe(allKeys.length);
    expect(new Set(generated.map((p) => p.partnerId)).size).toBe(500);

    const ids = generated.map((p) => p.id);
    const perPartnership = (await app.db.execute(sql`
      select
        (select count(*)::int from ${partnerMembers} m where m.partner_id = p.partner_id and m.access_level = 'OWNER' and m.is_primary_contact) as owners,
        (select count(*)::int from ${partnerKeys} k where k.partnership_id = p.id and k.key = p.partner_key) as keys,
        (select count(*)::int from ${links} l where l.partnership_id = p.id and l.is_default and l.deactivated_at is null) as default_links,
        (select count(*)::int from ${partnershipGroupHistory} h where h.partnership_id = p.id and h.group_id = p.group_id) as history
      from ${partnerships} p where p.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`)) as unknown as {
      rows: { owners: number; keys: number; default_links: number; history: number }[];
    };
    expect(perPartnership.rows).toHaveLength(500);
    expect(perPartnership.rows.filter((r) => r.owners !== 1 || r.keys !== 1 || r.default_links !== 1 || r.history !== 1)).toEqual([]);

    // They spread over the program's groups and live statuses.
    const programGroupIds = (await app.db.select({ id: groups.id }).from(groups).where(eq(groups.programId, program.id))).map((g) => g.id);
    expect(new Set(generated.map((p) => p.groupId))).toEqual(new Set(programGroupIds));
    expect(generated.every((p) => ['ACTIVE', 'PENDING_CLAIM', 'PENDING_APPROVAL'].includes(p.status))).toBe(true);
    const emails = await app.db.select({ email: partnerMembers.email }).from(partnerMembers).where(inArray(partnerMembers.partnerId, generated.map((p) => p.partnerId)));
    expect(new Set(emails.map((e) => e.email.toLowerCase())).size).toBe(500);
  });

  it('can run again on the same program without a key collision', async () => {
    const before = await count(app.db, partnerships);
    expect(await seedGeneratedPartnerships(app.db, DEMO.programSlug, 40)).toBe(40);
    expect(await count(app.db, partnerships)).toBe(before + 40);
  });

  it('refuses an unknown program', async () => {
    await expect(seedGeneratedPartnerships(app.db, 'no-such-program', 5)).rejects.toThrow('No program with slug "no-such-program"');
  });
});

describe('the embedded database across restarts', () => {
  it('seeds a new data directory once and keeps its data when the app starts again', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerly-seed-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PARTNERLY_DATA_DIR: dataDir, NODE_OPTIONS: '' };
    delete env.DATABASE_URL;
    const cli = (...args: string[]) =>
      promisify(execFile)(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'src/cli/index.ts', ...args], { cwd: process.cwd(), env, timeout: 50_000 });
    /** Opens the directory the CLI used, once the CLI has exited (PGlite is single-process). */
    const inspect = async <T>(read: (db: Database) => Promise<T>): Promise<T> => {
      const handle = await openDatabase('', path.join(dataDir, 'pglite'));
      try {
        return await read(handle.db);
      } finally {
        await handle.close();
      }
    };
    try {
      const first = await cli('db', 'seed', '--partners', '25');
      expect(first.stdout).toContain('Added 25 generated partnerships');
      const afterFirst = await inspect(async (db) => ({ counts: await snapshot(db), program: await acme(db) }));
      expect(afterFirst.counts.programs).toBe(3);
      const demoPartnerships = afterFirst.counts.partnerships - 25;
      expect(demoPartnerships).toBeGreaterThanOrEqual(5);

      // Something a person did between the two starts.
      await inspect((db) => db.update(programs).set({ name: 'Acme (renamed)' }).where(eq(programs.slug, DEMO.programSlug)));

      const second = await cli('db', 'seed');
      expect(second.stdout).toContain('The demo program "Acme (renamed)" is already seeded.');
      const afterSecond = await inspect(async (db) => ({ counts: await snapshot(db), program: await acme(db) }));
      expect(afterSecond.counts).toEqual(afterFirst.counts);
      expect(afterSecond.program).toEqual({ ...afterFirst.program, name: 'Acme (renamed)' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
