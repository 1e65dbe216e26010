/**
 * npm run bench:import — the importer end to end (not a test: it prints figures).
 *
 * Generates a PartnerStack-shaped partner export of BENCH_IMPORT_ROWS rows (default 100,000) on
 * the fly (never held in memory), uploads it (streamed to the real upload route, which stores it in
 * chunks and reads it back for its headers, row count and detected mapping; then startImport),
 * and runs it as the background worker
 * does: parse, validate and write, in batches of BENCH_IMPORT_BATCH (default 2,000). Prints rows
 * per second end to end and the peak resident memory.
 *
 * BENCH_DB=postgres (default): a fresh database on DATABASE_URL's server (default
 * postgres://postgres@127.0.0.1:5432/postgres), created and dropped. BENCH_DB=pglite: a fresh
 * embedded database in a temporary folder. BENCH_IMPORT_NOTIFY=0 runs it quietly (no emails).
 * BENCH_IMPORT_UPLOAD_ONLY=1 stops after the upload (its time and peak memory).
 * BENCH_LOG_STATEMENTS=1 logs every statement's duration to the server's log; BENCH_EXPLAIN=<ms> the plans of those slower than that.
 * For the 1,000,000-row memory figure: BENCH_IMPORT_ROWS=1000000 (IMPORT_MAX_BYTES is raised here unless set).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database, type DatabaseHandle } from '../src/server/db/client';
import { emailOutbox, groups, imports, partnerships, sessions, users } from '../src/server/db/schema';
import { createProgram } from '../src/server/programs/create-program';
import { newJoinToken } from '../src/server/groups/rules';
import { viewerFromSessionToken } from '../src/server/auth/viewer';
import { provideDatabase } from '../src/server/db/bootstrap';
import { startImport } from '../src/server/imports/start-import';
import { claimImport, runImport } from '../src/server/imports/run-import';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BATCH = Number(process.env.BENCH_IMPORT_BATCH ?? 2_000);
const KIND = process.env.BENCH_DB === 'pglite' ? 'pglite' : 'postgres';
const NOTIFY = process.env.BENCH_IMPORT_NOTIFY !== '0';
// Only the upload (stream, store, scan): the memory figure of a file too long to run in a benchmark's time.
const UPLOAD_ONLY = process.env.BENCH_IMPORT_UPLOAD_ONLY === '1';
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GROUPS = ['Affiliates', 'Agencies', 'Resellers', 'Influencers', 'Referral Partners'];
const ROWS_PER_CHUNK = 1000;
// A 1,000,000-row file is about 105 MB: over the 50 MB an upload takes by default.
process.env.IMPORT_MAX_BYTES ??= String(1024 * 1024 * 1024);

/** A PartnerStack partner export: people with keys, groups, joined dates, companies and some multi-line notes. */
function* generate(): Generator<Buffer> {
  yield Buffer.from('Partner_first,Partner_last,Partner_email,partner_key,Partner_group,Partner_joined_date,Company Name,Notes\r\n');
  for (let start = 0; start < ROWS; start += ROWS_PER_CHUNK) {
    let chunk = '';
    for (let i = start; i < Math.min(ROWS, start + ROWS_PER_CHUNK); i++) {
      const notes = i % 10 === 0 ? `"Met at the ""Partner Summit"", ${i % 7} calls,\r\nfollow up in Q${(i % 4) + 1}"` : '';
      // A third of the rows keep a key from the old service; the others get one made from the name.
      const key = i % 3 === 0 ? `ana${i}k` : '';
      chunk += `Ana${i},Müller-Société,ana.${i}@partner${i % 97}.example,${key},${GROUPS[i % GROUPS.length]},2024-0${(i % 9) + 1}-1${i % 10},Société ${i % 1000} GmbH,${notes}\r\n`;
    }
    yield Buffer.from(chunk);
  }
}

async function openFresh(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (KIND === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerly-bench-import-'));
    const handle = await openDatabase('', path.join(dir, 'pglite'));
    return { handle, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `partnerly_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create database ${name}`);
  if (process.env.BENCH_LOG_STATEMENTS) {
    // Every statement's duration goes to the server's log, to see where a batch's time goes.
    await admin.query(`alter database ${name} set log_min_duration_statement = 0`);
  }
  if (process.env.BENCH_EXPLAIN) {
    // Plans of the slow statements go to the server's log (auto_explain), for tuning.
    await admin.query(`alter database ${name} set session_preload_libraries = 'auto_explain'`);
    await admin.query(`alter database ${name} set auto_explain.log_min_duration = ${Number(process.env.BENCH_EXPLAIN)}`);
    await admin.query(`alter database ${name} set auto_explain.log_analyze = on`);
    await admin.query(`alter database ${name} set auto_explain.log_triggers = on`);
  }
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const handle = await openDatabase(url.toString());
  return {
    handle,
    drop: async () => {
      const dropper = new Client({ connectionString: SERVER });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * The upload as the Imports page makes it: the file streamed to the real upload route
 * (POST /api/programs/<slug>/imports, a manager's session), which spools it and makes the DRAFT
 * import (stored in chunks, read through, mapping detected); then startImport queues it.
 */
async function upload(db: Database, sessionToken: string, slug: string): Promise<string> {
  const { POST } = await import('../src/app/api/programs/[slug]/imports/route');
  const request = new Request(`http://localhost:3000/api/programs/${slug}/imports?filename=partnerstack-partners.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: `authjs.session-token=${sessionToken}` },
    body: Readable.toWeb(Readable.from(generate())) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const response = await POST(request, { params: Promise.resolve({ slug }) });
  const answer = (await response.json()) as { import?: { id: string }; userErrors?: unknown; error?: unknown };
  if (!answer.import) throw new Error(`The upload was refused (${response.status}): ${JSON.stringify(answer)}`);
  const viewer = await viewerFromSessionToken(db, sessionToken);
  const queued = await startImport(db, viewer, { importId: answer.import.id, settings: { notify: NOTIFY } });
  return queued.id;
}

async function main(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  const { handle, drop } = await openFresh();
  const baselineRss = process.memoryUsage().rss;
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const [manager] = await db.insert(users).values({ email: 'bench-manager@program.example', name: 'Bench Manager' }).returning();
    const program = await createProgram(db, { slug: 'bench-import', name: 'Bench Program', websiteUrl: 'https://program.example', managerUserIds: [manager.id] });
    await db.insert(groups).values(GROUPS.map((name) => ({ programId: program.id, name, joinToken: newJoinToken() })));

    const started = process.hrtime.bigint();
    const token = randomBytes(16).toString('hex');
    await db.insert(sessions).values({ sessionToken: token, userId: manager.id, expires: new Date(Date.now() + 86_400_000) });
    provideDatabase(handle);
    const importId = await upload(db, token, program.slug);
    const uploaded = process.hrtime.bigint();
    sample();
    const uploadPeakRss = peakRss;
    if (UPLOAD_ONLY) {
      const [stored] = await db.select().from(imports).where(eq(imports.id, importId));
      const total = Number(uploaded - started) / 1e9;
      console.log(
        `Upload on ${KIND}: ${ROWS.toLocaleString('en')} rows (${(stored.byteSize / 1024 / 1024).toFixed(1)} MB, ${stored.totalRows} rows counted) uploaded, stored and scanned in ${total.toFixed(1)} s; ` +
          `peak RSS ${Math.round(uploadPeakRss / 1024 / 1024)} MB (${Math.round(baselineRss / 1024 / 1024)} MB before the upload); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
      );
      return;
    }
    const claimed = await claimImport(db, 'bench', 60_000);
    if (claimed?.id !== importId) throw new Error('The import was not claimed.');
    const outcome = await runImport(db, claimed, { workerId: 'bench', batchSize: BATCH, leaseMs: 60_000 });
    const finished = process.hrtime.bigint();
    sample();
    (globalThis as { gc?: () => void }).gc?.();
    clearInterval(timer);

    const [row] = await db.select().from(imports).where(eq(imports.id, importId));
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(partnerships).where(eq(partnerships.programId, program.id));
    const [{ e }] = await db.select({ e: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.programId, program.id));
    if (outcome !== 'completed' || row.createdRows !== ROWS || n !== ROWS) {
      throw new Error(`Run ${outcome}: ${row.createdRows} created, ${n} partnerships, ${row.failedRows} failed; expected ${ROWS}. ${row.errorMessage ?? ''}`);
    }
    const seconds = (a: bigint, b: bigint) => Number(b - a) / 1e9;
    const total = seconds(started, finished);
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(
      `Import on ${KIND}: ${ROWS.toLocaleString('en')} rows (${(row.byteSize / 1024 / 1024).toFixed(1)} MB, batches of ${BATCH}, ${NOTIFY ? `notifying: ${e.toLocaleString('en')} invite emails queued` : 'quiet'}) ` +
        `in ${total.toFixed(1)} s = ${Math.round(ROWS / total).toLocaleString('en')} rows/s end to end ` +
        `(upload ${seconds(started, uploaded).toFixed(1)} s, run ${seconds(uploaded, finished).toFixed(1)} s = ${Math.round(ROWS / seconds(uploaded, finished)).toLocaleString('en')} rows/s); ` +
        `peak RSS ${Math.round(peakRss / 1024 / 1024)} MB (${Math.round(baselineRss / 1024 / 1024)} MB before the upload, ${Math.round(uploadPeakRss / 1024 / 1024)} MB at most during it; heap used at the end ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB); load average ${load} (node ${process.version}, ${os.cpus().length} cores)`,
    );
  } finally {
    clearInterval(timer);
    await handle.close();
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
