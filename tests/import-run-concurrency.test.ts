import { eq, sql } from 'drizzle-orm';
import { emailOutbox, partnerMembers, partnerships } from '../src/server/db/schema';
import { claimImport, runImport, type RunOutcome } from '../src/server/imports/run-import';
import { startTestApp, type TestApp } from './support/app';
import { createImportProgram } from './support/imports';
import { expireLease, importRow, queueImport } from './support/import-runs';

/**
 * Two workers on one import, in real parallel: PostgreSQL only (PGlite runs one statement at a
 * time on one connection, so nothing there is concurrent).
 */
const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

let app: TestApp;
beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) app = await startTestApp();
});
afterAll(() => app?.close());

const csvOf = (tag: string, n: number) =>
  ['Email,First Name,Last Name,Tier,VAT ID', ...Array.from({ length: n }, (_, i) => `${tag}-${i}@parallel.example,P${i},${tag},Gold,GB1`)].join('\n') + '\n';

/** How many live partnerships each imported email has in the program. */
async function partnershipsPerEmail(programId: string, tag: string) {
  const rows = await app.db
    .select({ email: partnerMembers.email, n: sql<number>`count(*)::int` })
    .from(partnerships)
    .innerJoin(partnerMembers, eq(partnerMembers.partnerId, partnerships.partnerId))
    .where(sql`${partnerships.programId} = ${programId} and ${partnerMembers.email} like ${`${tag}-%`}`)
    .groupBy(partnerMembers.email);
  return rows;
}

onPostgres('two workers on one import', () => {
  it('both try to claim it at once: one runs it, the other gets nothing, and every row is imported once', async () => {
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf('race', 300), { notify: false });
    const worker = async (id: string): Promise<RunOutcome | 'nothing'> => {
      const claimed = await claimImport(app.db, id, 30_000);
      return claimed ? runImport(app.db, claimed, { workerId: id, batchSize: 40 }) : 'nothing';
    };
    const outcomes = await Promise.all([worker('a'), worker('b')]);
    expect(outcomes.sort()).toEqual(['completed', 'nothing']);
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'COMPLETED', processedRows: 300, createdRows: 300, failedRows: 0 });
    const counts = await partnershipsPerEmail(ctx.program.id, 'race');
    expect(counts).toHaveLength(300);
    expect(counts.every((c) => c.n === 1)).toBe(true);
  });

  it('a worker that takes over a running import (the first one’s lease ran out) while the first still writes: the first stops, every row is imported once', async () => {
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf('takeover', 600), { notify: true });
    const first = (await claimImport(app.db, 'first', 30_000))!;
    const running = runImport(app.db, first, { workerId: 'first', batchSize: 25 });
    // Once the first has committed some batches, its lease is made to run out and a second worker takes over.
    for (let i = 0; (await importRow(app.db, queued.id)).processedRows < 50; i++) {
      if (i > 2000) throw new Error('the first worker committed nothing');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await expireLease(app.db, queued.id);
    const second = (await claimImport(app.db, 'second', 30_000))!;
    expect(second.workerId).toBe('second');
    const [firstOutcome, secondOutcome] = await Promise.all([running, runImport(app.db, second, { workerId: 'second', batchSize: 25 })]);
    expect(firstOutcome).toBe('lost');
    expect(secondOutcome).toBe('completed');
    const done = await importRow(app.db, queued.id);
    expect(done).toMatchObject({ status: 'COMPLETED', processedRows: 600, createdRows: 600, failedRows: 0, skippedRows: 0 });
    const counts = await partnershipsPerEmail(ctx.program.id, 'takeover');
    expect(counts).toHaveLength(600);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    // One claim invite email each, none twice.
    const [{ emails }] = await app.db.select({ emails: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.programId, ctx.program.id));
    expect(emails).toBe(600);
  });
});
