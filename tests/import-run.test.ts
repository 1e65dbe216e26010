import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, emailOutbox, importFailures, importFileChunks, invites, partnerKeys, partnerMembers, partners, partnershipGroupHistory, partnerships } from '../src/server/db/schema';
import { claimImport, MAX_STALLED_CLAIMS, runImport } from '../src/server/imports/run-import';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createUser, signInAs } from './support/factories';
import { createImportProgram } from './support/imports';
import { expireLease, importRow, queueImport } from './support/import-runs';
import { createClaimedPartner, emailsTo, inviteTokenFor } from './support/partners';

const Claim = graphql(`
  mutation TestImportRunClaim($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { status partnerKey }
      userErrors { field message code }
    }
  }
`);

const Resend = graphql(`
  mutation TestImportRunResend($input: InviteIdInput!) {
    resendInvite(input: $input) {
      invite { status sentCount }
      userErrors { field message code }
    }
  }
`);

const Cancel = graphql(`
  mutation TestImportRunCancel($input: ImportIdInput!) {
    cancelImport(input: $input) {
      import { status }
      userErrors { field message code }
    }
  }
`);

const SearchPartnerships = graphql(`
  query TestImportRunSearch($programId: ID!, $search: String!) {
    partnerships(programId: $programId, first: 100, filter: { search: $search }) {
      edges { node { partnerKey partner { name } } }
    }
  }
`);

const PartnershipPage = graphql(`
  query TestImportRunPartnership($id: ID!) {
    partnership(id: $id) {
      source
      status
      partnerKey
      activity { action summary actor }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const unique = (name: string) => `${name}-${++sequence}-${Date.now().toString(36)}@import-run.example`;

const HEADER = 'Email,First Name,Last Name,Company,Partner Key,Group,Joined,External ID,Notes,Tier,VAT ID';
const csvLine = (cells: (string | undefined)[]) => cells.map((c) => (c ?? '').includes(',') ? `"${c}"` : (c ?? '')).join(',');
interface Person {
  email: string;
  first?: string;
  last?: string;
  company?: string;
  key?: string;
  group?: string;
  joined?: string;
  externalId?: string;
  notes?: string;
  tier?: string;
  vat?: string;
}
const csvOf = (people: Person[]) =>
  [HEADER, ...people.map((p) => csvLine([p.email, p.first ?? 'Ada', p.last ?? 'Lovelace', p.company, p.key, p.group, p.joined, p.externalId, p.notes, p.tier ?? 'Gold', p.vat ?? 'GB1']))].join('\n') + '\n';

/** Claims and runs the oldest queued import, as the worker does. */
async function runNext(workerId = 'test-worker', batchSize = 2000) {
  const claimed = await claimImport(app.db, workerId, 30_000);
  if (!claimed) throw new Error('nothing to claim');
  return { claimed, outcome: await runImport(app.db, claimed, { workerId, batchSize }) };
}

async function partnershipsOfProgram(programId: string) {
  return app.db
    .select({ id: partnerships.id, email: partnerMembers.email, status: partnerships.status, source: partnerships.source, key: partnerships.partnerKey, groupId: partnerships.groupId, createdAt: partnerships.createdAt, externalId: partnerships.externalId, notes: partnerships.notes, fields: partnerships.customFieldValues, partner: partners.name })
    .from(partnerships)
    .innerJoin(partners, eq(partners.id, partnerships.partnerId))
    .innerJoin(partnerMembers, and(eq(partnerMembers.partnerId, partners.id), eq(partnerMembers.isPrimaryContact, true)))
    .where(eq(partnerships.programId, programId))
    .orderBy(asc(partnerMembers.email));
}

async function outboxOfProgram(programId: string) {
  return app.db.select().from(emailOutbox).where(eq(emailOutbox.programId, programId));
}

describe('a notifying import run', () => {
  it('invites people new to Partnerly, asks the Owners and Admins of an existing account holder’s organisation to accept, and emails nobody else', async () => {
    const ctx = await createImportProgram(app.db);
    const acme = await createClaimedPartner(app.db, 'Acme Existing', [
      { email: unique('acme-owner'), level: 'OWNER' },
      { email: unique('acme-admin'), level: 'ADMIN' },
      { email: unique('acme-finance'), level: 'FINANCE' },
    ]);
    const newcomer = unique('newcomer');
    const second = unique('second');
    const queued = await queueImport(
      app.db,
      ctx.program.id,
      csvOf([
        { email: newcomer, first: 'Nora', last: 'New', company: 'Nora Consulting', key: 'norakept', joined: '2023-04-12', externalId: 'ps_1', notes: 'VIP' },
        { email: second, first: 'Sam', last: 'Second' },
        { email: acme.members.ADMIN.email, first: 'Ann', last: 'Admin' },
        { email: ctx.existing.email },
        { email: 'not-an-email' },
      ]),
      { createdById: ctx.manager.id, filename: 'partnerstack-export.csv' },
    );
    const { outcome } = await runNext();
    expect(outcome).toBe('completed');

    const done = await importRow(app.db, queued.id);
    expect(done).toMatchObject({ status: 'COMPLETED', processedRows: 5, createdRows: 3, skippedRows: 1, failedRows: 1, updatedRows: 0, workerId: null });
    expect(done.finishedAt).toBeInstanceOf(Date);

    const rows = await partnershipsOfProgram(ctx.program.id);
    const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r]));
    expect(byEmail.get(newcomer)).toMatchObject({ status: 'PENDING_CLAIM', source: 'IMPORT', key: 'norakept', externalId: 'ps_1', notes: 'VIP', partner: 'Nora Consulting', fields: { tier: 'Gold', vat_id: 'GB1' } });
    expect(byEmail.get(newcomer)!.createdAt.toISOString()).toBe('2023-04-12T00:00:00.000Z');
    expect(byEmail.get(second)).toMatchObject({ status: 'PENDING_CLAIM', key: 'samsecond', partner: 'Sam Second' });
    // The existing account's organisation is connected (its owner is its primary contact), awaiting approval.
    const acmeRow = rows.find((r) => r.partner === 'Acme Existing')!;
    expect(acmeRow).toMatchObject({ status: 'PENDING_APPROVAL', source: 'IMPORT', key: 'annadmin' });

    // Who got what: two claim invites, the two approvers of Acme; not its Finance member, not the skipped partner.
    const outbox = await outboxOfProgram(ctx.program.id);
    expect(outbox.map((e) => `${e.toAddress.toLowerCase()} ${e.template}`).sort()).toEqual(
      [`${acme.members.ADMIN.email} partnership-request`, `${acme.members.OWNER.email} partnership-request`, `${newcomer} partner-invite`, `${second} partner-invite`].sort(),
    );
    const [claimInvite] = await app.db.select().from(invites).where(eq(invites.email, newcomer));
    expect(claimInvite).toMatchObject({ kind: 'PARTNER_CLAIM', status: 'SENT', sentCount: 1, invitedById: ctx.manager.id });

    // The emailed link works: the person claims through the real mutation.
    const token = await inviteTokenFor(app.db, newcomer);
    const person = await createUser(app.db, { email: newcomer, name: 'Nora New' });
    const claimed = await app.gql(Claim, { input: { token } }, { cookie: await signInAs(app.db, person.id) });
    expect(claimed.data?.claimInvite).toEqual({ partnerProgram: { status: 'ACTIVE', partnerKey: 'norakept' }, userErrors: [] });

    // Source and timeline, as the manager sees them.
    const page = await app.gql(PartnershipPage, { id: toGlobalId('Partnership', byEmail.get(second)!.id) }, { cookie: ctx.cookie });
    expect(page.data?.partnership).toMatchObject({ source: 'IMPORT', status: 'PENDING_CLAIM' });
    const summaries = page.data!.partnership!.activity.map((a) => a.summary);
    expect(summaries).toEqual([`Imported from partnerstack-export.csv; invite sent to ${second}`]);
    const acmePage = await app.gql(PartnershipPage, { id: toGlobalId('Partnership', acmeRow.id) }, { cookie: ctx.cookie });
    expect(acmePage.data!.partnership!.activity.map((a) => a.summary)).toEqual(['Imported from partnerstack-export.csv; waiting for Acme Existing to approve']);
    expect(acmePage.data!.partnership!.activity[0].actor).toBe('Pat Manager');

    // The audit trail: who ran it, the file and its counts.
    const [completed] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.completed'), eq(auditEvents.subjectId, queued.id)));
    expect(completed).toMatchObject({
      programId: ctx.program.id,
      actorUserId: ctx.manager.id,
      subjectType: 'Import',
      data: { filename: 'partnerstack-export.csv', processedRows: 5, createdRows: 3, updatedRows: 0, skippedRows: 1, failedRows: 1 },
    });

    const failures = await app.db.select().from(importFailures).where(eq(importFailures.importId, queued.id));
    expect(failures).toEqual([{ importId: queued.id, line: 6, cells: ['not-an-email', 'Ada', 'Lovelace', '', '', '', '', '', '', 'Gold', 'GB1'], reason: '"not-an-email" is not a valid email address.' }]);
  });
});

describe('a quiet import run', () => {
  it('emails nobody and keeps the claim invites NOT_SENT; a manager’s resend sends one with a working link', async () => {
    const ctx = await createImportProgram(app.db);
    const acme = await createClaimedPartner(app.db, 'Quiet Acme', [{ email: unique('quiet-owner'), level: 'OWNER' }]);
    const person = unique('quiet');
    const queued = await queueImport(app.db, ctx.program.id, csvOf([{ email: person }, { email: acme.members.OWNER.email }]), { notify: false, createdById: ctx.manager.id });
    expect((await runNext()).outcome).toBe('completed');
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'COMPLETED', createdRows: 2 });
    expect(await outboxOfProgram(ctx.program.id)).toEqual([]);
    const [invite] = await app.db.select().from(invites).where(eq(invites.email, person));
    expect(invite).toMatchObject({ status: 'NOT_SENT', tokenHash: null, sentCount: 0 });
    const rows = await partnershipsOfProgram(ctx.program.id);
    expect(rows.find((r) => r.partner === 'Quiet Acme')).toMatchObject({ status: 'PENDING_APPROVAL' });

    const resent = await app.gql(Resend, { input: { inviteId: toGlobalId('Invite', invite.id) } }, { cookie: ctx.cookie });
    expect(resent.data?.resendInvite).toEqual({ invite: { status: 'SENT', sentCount: 1 }, userErrors: [] });
    expect((await emailsTo(app.db, person)).map((e) => e.template)).toEqual(['partner-invite']);
    const claimer = await createUser(app.db, { email: person });
    const claimed = await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, person) } }, { cookie: await signInAs(app.db, claimer.id) });
    expect(claimed.data?.claimInvite.userErrors).toEqual([]);
  });
});

describe('duplicates, updates and re-runs', () => {
  it('SKIP leaves a live partnership as it is; re-running the same file creates nothing twice', async () => {
    const ctx = await createImportProgram(app.db);
    const people = [{ email: unique('a') }, { email: unique('b') }, { email: ctx.existing.email, tier: 'Silver' }];
    await queueImport(app.db, ctx.program.id, csvOf(people), { notify: false });
    await runNext();
    const before = await partnershipsOfProgram(ctx.program.id);
    const again = await queueImport(app.db, ctx.program.id, csvOf(people), { notify: false });
    expect((await runNext()).outcome).toBe('completed');
    expect(await importRow(app.db, again.id)).toMatchObject({ createdRows: 0, skippedRows: 3, updatedRows: 0, failedRows: 0 });
    expect(await partnershipsOfProgram(ctx.program.id)).toEqual(before);
    expect(before.find((r) => r.email === ctx.existing.email)!.fields).toEqual({ tier: 'Gold', vat_id: 'DE123' });
  });

  it('UPDATE sets group, key (the old one stays an alias), manager, custom fields, external id and notes, with history rows and one event each', async () => {
    const ctx = await createImportProgram(app.db);
    const csv = [
      'Email,Partner Key,Group,Manager Email,Tier,External ID,Notes',
      `${ctx.existing.email},renamedkey,Gold Partners,${ctx.secondManager.email},Silver,ext-9,moved by import`,
      `${ctx.other.email},,,,,,`,
    ].join('\n');
    const queued = await queueImport(app.db, ctx.program.id, csv, { duplicateMode: 'UPDATE', createdById: ctx.manager.id, filename: 'update.csv' });
    expect((await runNext()).outcome).toBe('completed');
    expect(await importRow(app.db, queued.id)).toMatchObject({ updatedRows: 2, createdRows: 0, failedRows: 0 });

    const [updated] = await app.db.select().from(partnerships).where(eq(partnerships.id, ctx.existing.partnership.id));
    expect(updated).toMatchObject({
      partnerKey: 'renamedkey',
      groupId: ctx.groups.gold.id,
      programManagerId: ctx.secondManager.id,
      customFieldValues: { tier: 'Silver', vat_id: 'DE123' },
      externalId: 'ext-9',
      notes: 'moved by import',
    });
    const keys = await app.db.select({ key: partnerKeys.key }).from(partnerKeys).where(eq(partnerKeys.partnershipId, updated.id)).orderBy(asc(partnerKeys.key));
    expect(keys.map((k) => k.key)).toEqual(['renamedkey', ctx.existing.key].sort());
    const history = await app.db.select().from(partnershipGroupHistory).where(eq(partnershipGroupHistory.partnershipId, updated.id)).orderBy(asc(partnershipGroupHistory.joinedAt));
    expect(history.map((h) => [h.groupId, h.leftAt === null])).toEqual([
      [ctx.groups.default.id, false],
      [ctx.groups.gold.id, true],
    ]);
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'partnership.updated'), inArray(auditEvents.partnershipId, [updated.id, ctx.other.partnership.id])));
    // The row that changed nothing records nothing.
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({
      importId: queued.id,
      filename: 'update.csv',
      groupId: ctx.groups.gold.id,
      group: 'Gold Partners',
      partnerKey: { from: ctx.existing.key, to: 'renamedkey' },
      programManagerId: ctx.secondManager.id,
      customFields: { tier: 'Silver' },
      externalId: 'ext-9',
      notes: true,
    });
    const page = await app.gql(PartnershipPage, { id: toGlobalId('Partnership', updated.id) }, { cookie: ctx.cookie });
    expect(page.data!.partnership!.activity[0].summary).toBe('Updated from update.csv: group, partner key, program manager, custom fields, external id, notes');
    expect(await outboxOfProgram(ctx.program.id)).toEqual([]);
  });

  it('writes every rejected row to import_failures with its line, cells and reasons, and a key made from a name never takes one a later row keeps', async () => {
    const ctx = await createImportProgram(app.db);
    const dup = unique('dup');
    const csv = csvOf([
      { email: unique('jane'), first: 'Jane', last: 'Doe' },
      { email: dup },
      { email: unique('nokey'), key: 'Bad Key!' },
      { email: dup },
      { email: unique('notier'), tier: 'Platinum', vat: '' },
      { email: unique('takenkey'), key: ctx.other.key },
      { email: unique('jane2'), first: 'Janet', last: 'X', key: 'janedoe' },
    ]);
    const queued = await queueImport(app.db, ctx.program.id, csv, { notify: false });
    await runNext('w', 2);
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'COMPLETED', createdRows: 3, failedRows: 4, processedRows: 7, resumeAfterLine: 8 });
    const failures = await app.db.select().from(importFailures).where(eq(importFailures.importId, queued.id)).orderBy(asc(importFailures.line));
    expect(failures.map((f) => [f.line, f.reason])).toEqual([
      [4, 'The partner key "Bad Key!" may use lowercase letters and digits only: no spaces, capitals or special characters.'],
      [5, `${dup} is also on line 3: import each partner once.`],
      [6, 'Tier: Choose one of: Gold, Silver. VAT ID is required.'],
      [7, `The partner key "${ctx.other.key}" is already used by another partnership in this program.`],
    ]);
    expect(failures[0].cells[0]).toMatch(/^nokey-/);
    const keys = (await partnershipsOfProgram(ctx.program.id)).map((r) => r.key);
    expect(keys).toContain('janedoe');
    expect(keys).toContain('janedoe2');
  });
});

describe('search after an import', () => {
  it('finds an imported partner by its name, its partner key (kept or made) and its member’s email, as one added by hand', async () => {
    const ctx = await createImportProgram(app.db);
    const kept = unique('zephyrine');
    const made = unique('quillon');
    await queueImport(app.db, ctx.program.id, csvOf([
      { email: kept, first: 'Zephyrine', last: 'Okafor', company: 'Brightwater Analytics', key: 'brightkey' },
      { email: made, first: 'Quillon', last: 'Marsh' },
    ]), { notify: false });
    expect((await runNext()).outcome).toBe('completed');
    const search = async (text: string) => {
      const res = await app.gql(SearchPartnerships, { programId: ctx.programId, search: text }, { cookie: ctx.cookie });
      expect(res.errors).toBeUndefined();
      return res.data!.partnerships.edges.map((e) => e.node.partnerKey).sort();
    };
    const madeKey = (await partnershipsOfProgram(ctx.program.id)).find((r) => r.email === made)!.key;
    expect(await search('brightwater')).toEqual(['brightkey']);
    expect(await search('BRIGHTKEY')).toEqual(['brightkey']);
    expect(await search(kept.toUpperCase())).toEqual(['brightkey']);
    expect(await search('zephyrine okafor')).toEqual(['brightkey']);
    expect(await search('quillon marsh')).toEqual([madeKey]);
    expect(await search(madeKey)).toEqual([madeKey]);
    expect(await search(made)).toEqual([madeKey]);
    // The row trigger that filled them agrees with the function the statement-level triggers use.
    const filled = await app.db
      .select({ same: sql<boolean>`${partnerships.searchText} = partnership_search_text(${partnerships.partnerId}, ${partnerships.partnerKey}) and ${partnerships.partnerName} = ${partners.name}` })
      .from(partnerships)
      .innerJoin(partners, eq(partners.id, partnerships.partnerId))
      .where(eq(partnerships.programId, ctx.program.id));
    expect(filled.map((r) => r.same)).toEqual([true, true, true, true]);
  });
});

describe('rows the reader cannot read', () => {
  it('a ragged row is a failed row with the reader’s reason, counted in the total and the processed rows', async () => {
    const ctx = await createImportProgram(app.db);
    const csv = ['Email,First Name,Tier,VAT ID', `${unique('fine')},Ann,Gold,GB1`, `${unique('ragged')},Bo,Gold,GB1,extra,cells`, `${unique('fine2')},Cy,Gold,GB1`].join('\n');
    const queued = await queueImport(app.db, ctx.program.id, csv, { notify: false });
    expect(queued.totalRows).toBe(3);
    await runNext('w', 1);
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'COMPLETED', totalRows: 3, processedRows: 3, createdRows: 2, failedRows: 1, resumeAfterLine: 4 });
    const [failure] = await app.db.select().from(importFailures).where(eq(importFailures.importId, queued.id));
    expect(failure.line).toBe(3);
    expect(failure.cells).toEqual(expect.arrayContaining(['extra', 'cells']));
    expect(failure.reason).toMatch(/6 cells/);
  });
});

describe('resuming, cancelling and batches', () => {
  const many = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ email: unique(`${tag}${i}`), first: `P${i}`, last: tag }));

  it('gives up a run that keeps dying without committing a batch, and a committed batch resets the count', async () => {
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf(many(4, 'stall')), { notify: false });
    // A worker that dies before its first batch, again and again (a bug, not the file).
    for (let takeover = 0; takeover <= MAX_STALLED_CLAIMS; takeover++) {
      expect(await claimImport(app.db, `dying-${takeover}`, 30_000)).toMatchObject({ id: queued.id, stalledClaims: takeover });
      await expireLease(app.db, queued.id);
    }
    expect(await claimImport(app.db, 'next', 30_000)).toBeNull();
    const failed = await importRow(app.db, queued.id);
    expect(failed).toMatchObject({ status: 'FAILED', processedRows: 0 });
    expect(failed.errorMessage).toBe(`The import stopped unexpectedly ${MAX_STALLED_CLAIMS} times at line 2 and was given up. Start a new import of the file: rows already imported are skipped.`);
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.failed'), eq(auditEvents.subjectId, queued.id)));
    expect(event).toBeDefined();

    // Progress between takeovers: the count starts again, so a slow but moving run is never given up.
    const moving = await queueImport(app.db, ctx.program.id, csvOf(many(4, 'moving')), { notify: false });
    await claimImport(app.db, 'a', 30_000);
    await expireLease(app.db, moving.id);
    const resumed = (await claimImport(app.db, 'b', 30_000))!;
    expect(resumed.stalledClaims).toBe(1);
    expect(await runImport(app.db, resumed, { workerId: 'b', batchSize: 2 })).toBe('completed');
    expect(await importRow(app.db, moving.id)).toMatchObject({ status: 'COMPLETED', stalledClaims: 0, createdRows: 4 });
  });

  it('resumes after a worker died between batches, exactly after the last committed line, and imports every row once', async () => {
    const ctx = await createImportProgram(app.db);
    const people = many(7, 'resume');
    // Line 5 (the 4th person) is a duplicate of line 2: caught even though line 2 was imported by the dead worker.
    people[3].email = people[0].email;
    const queued = await queueImport(app.db, ctx.program.id, csvOf(people), { notify: true });
    const claimed = (await claimImport(app.db, 'dying-worker', 30_000))!;
    // The first worker commits one batch, then dies before the next (its signal stops it there).
    const abort = new AbortController();
    const original = app.db.transaction.bind(app.db);
    (app.db as { transaction: unknown }).transaction = async (fn: never) => {
      const result = await original(fn);
      abort.abort();
      return result;
    };
    try {
      expect(await runImport(app.db, claimed, { workerId: 'dying-worker', batchSize: 3, signal: abort.signal })).toBe('stopped');
    } finally {
      (app.db as { transaction: unknown }).transaction = original;
    }
    const afterFirst = await importRow(app.db, queued.id);
    expect(afterFirst).toMatchObject({ status: 'RUNNING', resumeAfterLine: 4, processedRows: 3, createdRows: 3 });
    // A dead worker's lease is not handed back: make it run out.
    await expireLease(app.db, queued.id);
    expect(await claimImport(app.db, 'other', 30_000)).toMatchObject({ id: queued.id, workerId: 'other', resumeAfterLine: 4, runStartRows: 3 });
    await expireLease(app.db, queued.id);
    const again = (await claimImport(app.db, 'second-worker', 30_000))!;
    expect(again.startedAt).toEqual(claimed.startedAt);
    expect(await runImport(app.db, again, { workerId: 'second-worker', batchSize: 3 })).toBe('completed');
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'COMPLETED', processedRows: 7, createdRows: 6, failedRows: 1 });
    const rows = await partnershipsOfProgram(ctx.program.id);
    expect(rows.map((r) => r.email).filter((e) => e.includes('resume')).sort()).toEqual([...new Set(people.map((p) => p.email))].sort());
    const invitesSent = await app.db.select().from(emailOutbox).where(eq(emailOutbox.programId, ctx.program.id));
    expect(invitesSent).toHaveLength(6);
    const [failure] = await app.db.select().from(importFailures).where(eq(importFailures.importId, queued.id));
    expect(failure).toMatchObject({ line: 5, reason: `${people[0].email} is also on line 2: import each partner once.` });
  });

  it('a cancel between batches makes the next batch’s compare-and-set fail: nothing more is written', async () => {
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf(many(6, 'cancel')), { notify: false });
    const claimed = (await claimImport(app.db, 'w', 30_000))!;
    // The manager cancels (the real mutation) once the first batch of two has committed.
    let batch = 0;
    const original = app.db.transaction.bind(app.db);
    (app.db as { transaction: unknown }).transaction = async (fn: never) => {
      if (++batch === 2) {
        const res = await app.gql(Cancel, { input: { importId: toGlobalId('Import', queued.id) } }, { cookie: ctx.cookie });
        expect(res.data?.cancelImport).toEqual({ import: { status: 'CANCELLED' }, userErrors: [] });
      }
      return original(fn);
    };
    try {
      expect(await runImport(app.db, claimed, { workerId: 'w', batchSize: 2 })).toBe('lost');
    } finally {
      (app.db as { transaction: unknown }).transaction = original;
    }
    expect(await importRow(app.db, queued.id)).toMatchObject({ status: 'CANCELLED', processedRows: 2, createdRows: 2, resumeAfterLine: 3 });
    expect((await partnershipsOfProgram(ctx.program.id)).filter((r) => r.email.includes('cancel'))).toHaveLength(2);
    expect(await claimImport(app.db, 'w', 30_000)).toBeNull();
  });

  it('a worker whose lease was taken over writes nothing more', async () => {
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf(many(2, 'lost')), { notify: false });
    const slow = (await claimImport(app.db, 'slow', 30_000))!;
    await expireLease(app.db, queued.id);
    const fast = (await claimImport(app.db, 'fast', 30_000))!;
    expect(await runImport(app.db, slow, { workerId: 'slow' })).toBe('lost');
    expect(await importRow(app.db, queued.id)).toMatchObject({ processedRows: 0, workerId: 'fast' });
    expect(await runImport(app.db, fast, { workerId: 'fast' })).toBe('completed');
    expect(await importRow(app.db, queued.id)).toMatchObject({ processedRows: 2, createdRows: 2 });
  });

  it('sends the same number of statements per batch whatever its size', async () => {
    const statementsFor = async (n: number, tag: string) => {
      const ctx = await createImportProgram(app.db);
      const acme = await createClaimedPartner(app.db, `Stmt ${tag}`, [{ email: unique(`${tag}-owner`), level: 'OWNER' }]);
      const people: Person[] = [...many(n, tag), { email: acme.members.OWNER.email }, { email: ctx.existing.email }, { email: 'bad' }];
      await queueImport(app.db, ctx.program.id, csvOf(people), { notify: true, duplicateMode: 'UPDATE' });
      const claimed = (await claimImport(app.db, 'counter', 30_000))!;
      const before = app.queries.count;
      expect(await runImport(app.db, claimed, { workerId: 'counter', batchSize: 5000 })).toBe('completed');
      return app.queries.count - before;
    };
    const small = await statementsFor(10, 'small');
    const large = await statementsFor(200, 'large');
    expect(large).toBe(small);
    // Reads of the file (a chunk each), setup, and one batch: a few dozen, never one per row.
    expect(small).toBeLessThan(40);
  });
});

describe('a broken file part-way', () => {
  it('fails the import with the file’s message; the rows of earlier batches stay and the message says so', async () => {
    const ctx = await createImportProgram(app.db);
    // No partner key column: nothing reads the file ahead of the batches (see the next test).
    const header = 'Email,First Name,Last Name,Tier,VAT ID';
    // More than the reader's 64 KiB head, so the broken line is met while batches run.
    const good = Array.from({ length: 1800 }, (_, i) => `${unique(`broken${i}`)},Ann,B${i},Gold,GB1`);
    const csv = [header, ...good, `${unique('late')},"never closed,x,Gold,GB1`, ''].join('\n');
    const queued = await queueImport(app.db, ctx.program.id, [header, ...good].join('\n') + '\n', { notify: false });
    // The stored file is replaced by the broken one (its head reads the same).
    await app.db.update(importFileChunks).set({ data: Buffer.from(csv) }).where(eq(importFileChunks.importId, queued.id));
    const claimed = (await claimImport(app.db, 'w', 30_000))!;
    expect(await runImport(app.db, claimed, { workerId: 'w', batchSize: 600 })).toBe('failed');
    const failed = await importRow(app.db, queued.id);
    expect(failed).toMatchObject({ status: 'FAILED', processedRows: 1800, createdRows: 1800, resumeAfterLine: 1801, workerId: null });
    expect(failed.errorMessage).toContain('opens a quoted cell that is never closed');
    expect(failed.errorMessage).toContain('(line 1802) The rows up to line 1801 were imported and stay');
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'import.failed'), eq(auditEvents.subjectId, queued.id)));
    expect(event.data).toMatchObject({ createdRows: 1800, filename: 'partners.csv' });
  });
});


describe('the worker loop', () => {
  it('runs a queued import in the background and stops cleanly; IMPORT_WORKER=off starts nothing', async () => {
    const { importWorkerEnabled, startImportWorker, stopImportWorker } = await import('../src/server/imports/import-worker');
    expect(importWorkerEnabled({ IMPORT_WORKER: 'off' })).toBe(false);
    expect(importWorkerEnabled({})).toBe(true);
    const ctx = await createImportProgram(app.db);
    const queued = await queueImport(app.db, ctx.program.id, csvOf([{ email: unique('loop') }]), { notify: false });
    const saved = process.env.IMPORT_WORKER;
    process.env.IMPORT_WORKER = 'off';
    startImportWorker(20);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await importRow(app.db, queued.id)).status).toBe('QUEUED');
    process.env.IMPORT_WORKER = saved;
    startImportWorker(20);
    try {
      for (let i = 0; (await importRow(app.db, queued.id)).status !== 'COMPLETED'; i++) {
        if (i > 500) throw new Error('the worker did not run the import');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      await stopImportWorker();
    }
    expect(await importRow(app.db, queued.id)).toMatchObject({ createdRows: 1, workerId: null });
  });
});
