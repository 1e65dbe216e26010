/**
 * npm run bench — All Partners at scale, on PostgreSQL (not a test: it prints figures).
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/partnerly_bench) is created if
 * missing, migrated, seeded with the demo program and topped up to BENCH_PARTNERS generated
 * partnerships (default 1,000,000) in that one program; later runs reuse them.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../src/server/db/client';
import { groups, partnerships, programManagers, programs } from '../src/server/db/schema';
import { DEMO, seedDemoIfEmpty, seedGeneratedPartnerships } from '../src/server/db/seed';
import { viewerFromSessionToken, type Viewer } from '../src/server/auth/viewer';
import { listPartnerships } from '../src/server/partnerships/list-partnerships';
import { requireManagedProgram } from '../src/server/programs/access';
import { removePartners } from '../src/server/partnerships/remove-partners';
import { movePartners } from '../src/server/partnerships/move-partners';
import { partnershipsCsv } from '../src/server/exports/partnerships-csv';
import { toGlobalId } from '../src/server/shared/ids';
import { randomToken } from '../src/server/shared/tokens';
import { sessions } from '../src/server/db/schema';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/partnerly_bench';
const TARGET = Number(process.env.BENCH_PARTNERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function ensureDatabase(): Promise<void> {
  const url = new URL(URL_);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!rowCount) await admin.query(`create database ${name}`);
  await admin.end();
}

async function time(label: string, runs: number, run: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  await run(-1); // warm-up
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(ms(start));
  }
  return { label, runs, median: median(samples), p95: p95(samples) };
}

async function managerViewer(db: Database, programId: string): Promise<Viewer> {
  const [manager] = await db.select().from(programManagers).where(eq(programManagers.programId, programId)).limit(1);
  const token = randomToken();
  await db.insert(sessions).values({ sessionToken: token, userId: manager.userId, expires: new Date(Date.now() + 3_600_000) });
  return viewerFromSessionToken(db, token);
}

async function main() {
  await ensureDatabase();
  const handle = await openDatabase(URL_);
  const db = handle.db;
  await migrateDatabase(handle);
  await seedDemoIfEmpty(db);
  const [program] = await db.select().from(programs).where(eq(programs.slug, DEMO.programSlug));
  const [{ n: existing }] = await db.select({ n: sql<number>`count(*)::int` }).from(partnerships).where(eq(partnerships.programId, program.id));
  if (existing < TARGET) {
    const started = process.hrtime.bigint();
    console.log(`Seeding ${(TARGET - existing).toLocaleString('en-GB')} partnerships…`);
    await seedGeneratedPartnerships(db, program.slug, TARGET - existing);
    await db.execute(sql`analyze`);
    console.log(`Seeded in ${(ms(started) / 1000).toFixed(1)} s.`);
  }
  const viewer = await managerViewer(db, program.id);
  const programId = toGlobalId('Program', program.id);
  // As a request lists them: authorise the program, then list.
  const list = async (args: Parameters<typeof listPartnerships>[2]) => listPartnerships(db, await requireManagedProgram(db, viewer, programId), args);
  const [{ n: listed }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(partnerships)
    .where(and(eq(partnerships.programId, program.id), sql`${partnerships.status} <> 'REMOVED'`));
  console.log(`Program "${program.name}": ${listed.toLocaleString('en-GB')} listed partnerships.\n`);

  const terms = ['smith', 'olivia', 'garcia', 'tanaka', 'kenji', 'okafor', 'patel', 'dubois', 'walsh', 'larsen', 'priyanovak', 'example.com', 'partners 12345', 'zzzznomatch'];
  const results = [];
  results.push(await time('search (50 per page, count)', RUNS, (i) => list({ first: 50, filter: { search: terms[Math.abs(i) % terms.length] } })));
  results.push(await time('first page, newest first', RUNS, () => list({ first: 50 })));
  results.push(await time('first page, by name', RUNS, () => list({ first: 50, sort: { field: 'NAME', direction: 'ASC' } })));
  results.push(
    await time('filtered page (group + tier + invited)', RUNS, async () => {
      const [g] = await db.select().from(groups).where(and(eq(groups.programId, program.id), eq(groups.isDefault, true)));
      return list({ first: 50, filter: { groupIds: [toGlobalId('Group', g.id)], customFields: [{ key: 'tier', values: ['Gold'] }], invited: false } });
    }),
  );

  // A cursor 900,000 rows deep, as a client would hold after paging there.
  const depth = Math.min(900_000, listed - 100);
  const [deep] = await db
    .select({ createdAt: partnerships.createdAt, id: partnerships.id, partnerName: partnerships.partnerName })
    .from(partnerships)
    .where(and(eq(partnerships.programId, program.id), sql`${partnerships.status} <> 'REMOVED'`))
    .orderBy(sql`${partnerships.createdAt} desc, ${partnerships.id} desc`)
    .offset(depth)
    .limit(1);
  const deepCursor = Buffer.from(JSON.stringify([deep.createdAt.toISOString(), deep.id])).toString('base64url');
  results.push(await time(`page at depth ${depth.toLocaleString('en-GB')}`, RUNS, () => list({ first: 50, after: deepCursor })));
  const [deepByName] = await db
    .select({ id: partnerships.id, partnerName: partnerships.partnerName })
    .from(partnerships)
    .where(and(eq(partnerships.programId, program.id), sql`${partnerships.status} <> 'REMOVED'`))
    .orderBy(asc(partnerships.partnerName), asc(partnerships.id))
    .offset(depth)
    .limit(1);
  const deepNameCursor = Buffer.from(JSON.stringify([deepByName.partnerName, deepByName.id])).toString('base64url');
  results.push(
    await time(`page at depth ${depth.toLocaleString('en-GB')}, by name`, RUNS, () =>
      list({ first: 50, after: deepNameCursor, sort: { field: 'NAME', direction: 'ASC' } }),
    ),
  );

  // 10,000 consecutive partnerships by creation time (the seed spaces them one second apart).
  const [defaultGroup] = await db.select().from(groups).where(and(eq(groups.programId, program.id), eq(groups.isDefault, true)));
  const window = async (skip: number) => {
    const rows = await db
      .select({ createdAt: partnerships.createdAt })
      .from(partnerships)
      .where(and(eq(partnerships.programId, program.id), eq(partnerships.groupId, defaultGroup.id), sql`${partnerships.status} <> 'REMOVED'`))
      .orderBy(asc(partnerships.createdAt))
      .offset(skip)
      .limit(10_001);
    return { groupIds: [toGlobalId('Group', defaultGroup.id)], createdFrom: rows[0].createdAt, createdTo: rows[10_000].createdAt };
  };
  const [resellers] = await db.select().from(groups).where(and(eq(groups.programId, program.id), eq(groups.name, 'Resellers')));
  const moveWindow = await window(Math.floor(listed * 0.1));
  let start = process.hrtime.bigint();
  const moved = await movePartners(db, viewer, { selection: { programId, filter: moveWindow, allMatching: true }, groupId: toGlobalId('Group', resellers.id) });
  const moveMs = ms(start);
  const removeWindow = await window(Math.floor(listed * 0.05));
  start = process.hrtime.bigint();
  const removed = await removePartners(db, viewer, { selection: { programId, filter: removeWindow, allMatching: true }, deactivateLinks: true });
  const removeMs = ms(start);

  // Export every row, sampling memory as it streams.
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  start = process.hrtime.bigint();
  let rows = -1;
  let bytes = 0;
  for await (const chunk of partnershipsCsv(db, program)) {
    bytes += Buffer.byteLength(chunk);
    rows += chunk.split('\r\n').length - 1;
  }
  const exportMs = ms(start);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  console.log('| operation | runs | median | p95 |');
  console.log('| --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.label} | ${r.runs} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`);
  console.log(`| move ${moved.toLocaleString('en-GB')} partnerships to another group | 1 | ${moveMs.toFixed(0)} ms | |`);
  console.log(`| remove ${removed.toLocaleString('en-GB')} partnerships, links deactivated | 1 | ${removeMs.toFixed(0)} ms | |`);
  console.log(`| export ${rows.toLocaleString('en-GB')} rows (${(bytes / 1e6).toFixed(0)} MB CSV) | 1 | ${(exportMs / 1000).toFixed(1)} s | peak RSS ${(peak / 1e6).toFixed(0)} MB |`);
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
