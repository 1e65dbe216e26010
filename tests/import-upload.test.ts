import { eq } from 'drizzle-orm';
import { apiKeys, auditEvents, importFileChunks, imports } from '../src/server/db/schema';
import { fromGlobalId } from '../src/server/shared/ids';
import { IMPORT_CHUNK_BYTES } from '../src/server/imports/import-file';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createImportProgram } from './support/imports';
import { createClaimedPartner, insertPartnership } from './support/partners';
import { fixture, formWith, importCounts, streamedBody, upload } from './support/import-http';

let app: TestApp;
let ctx: Awaited<ReturnType<typeof createImportProgram>>;
let manager: Caller;
beforeAll(async () => {
  app = await startTestApp();
  ctx = await createImportProgram(app.db);
  manager = { cookie: ctx.cookie };
});
afterAll(() => app.close());

const CSV = 'Email,First Name,Last Name,Tier,VAT ID\nada@upload.example,Ada,Lovelace,Gold,GB1\n';

function withMaxBytes<T>(bytes: number, run: () => Promise<T>): Promise<T> {
  const before = process.env.IMPORT_MAX_BYTES;
  process.env.IMPORT_MAX_BYTES = String(bytes);
  return run().finally(() => {
    if (before === undefined) delete process.env.IMPORT_MAX_BYTES;
    else process.env.IMPORT_MAX_BYTES = before;
  });
}

describe('the upload route', () => {
  it('takes a raw body from a signed-in manager: 201 with the DRAFT import, its file stored', async () => {
    const { status, body, headers } = await upload(ctx.program.slug, CSV, manager, { filename: 'partners.csv' });
    expect(status).toBe(201);
    expect(body.import).toMatchObject({ status: 'DRAFT', filename: 'partners.csv', totalRows: 1, byteSize: Buffer.byteLength(CSV), encoding: 'UTF_8', delimiter: ',', headerLine: 1, unmappedColumns: [] });
    expect(body.import!.columns.map((c) => [c.header, c.target])).toEqual([
      ['Email', 'email'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Tier', 'customField:tier'],
      ['VAT ID', 'customField:vat_id'],
    ]);
    const id = fromGlobalId('Import', body.import!.id)!;
    const [row] = await app.db.select().from(imports).where(eq(imports.id, id));
    expect(row).toMatchObject({ programId: ctx.program.id, createdById: ctx.manager.id, createdByApiKeyId: null });
    const chunks = await app.db.select().from(importFileChunks).where(eq(importFileChunks.importId, id));
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.data))).toString()).toBe(CSV);
    // Outside the proxy, the route sets the security headers itself.
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('takes an API key of the program, and a percent-encoded X-Filename', async () => {
    const key = await createApiKeyFor(app.db, ctx.program.id);
    const { status, body, headers } = await upload(ctx.program.slug, CSV, { bearer: key.secret }, { headers: { 'x-filename': encodeURIComponent('Müller partners.csv') } });
    expect(status).toBe(201);
    expect(body.import!.filename).toBe('Müller partners.csv');
    const [row] = await app.db.select().from(imports).where(eq(imports.id, fromGlobalId('Import', body.import!.id)!));
    expect(row).toMatchObject({ createdById: null, createdByApiKeyId: key.apiKey.id });
    expect(headers.get('ratelimit-limit')).toBeTruthy();
  });

  it('takes multipart/form-data with the file in a `file` field (curl -F), the encoding field before it', async () => {
    const latin1 = fixture('firstpromoter-promoters.csv');
    const { status, body } = await upload(ctx.program.slug, formWith(latin1, 'promoters.csv', { note: 'ignored', encoding: 'WINDOWS_1252' }), manager);
    expect(status).toBe(201);
    expect(body.import).toMatchObject({ filename: 'promoters.csv', encoding: 'WINDOWS_1252', delimiter: ';', totalRows: 2 });
    expect(body.import!.columns.find((c) => c.header === 'Last Name')!.samples).toEqual(['Müller', 'Lefèvre']);
  });

  it('a multipart form without a file field, and a raw body without a name, are refused', async () => {
    const before = await importCounts(app.db);
    const form = new FormData();
    form.append('attachment', new Blob([CSV]), 'x.csv');
    expect(await upload(ctx.program.slug, form, manager)).toMatchObject({
      status: 400,
      body: { userErrors: [{ field: ['file'], message: 'The form has no file: put the CSV file in a field named "file".', code: 'INVALID' }] },
    });
    expect(await upload(ctx.program.slug, CSV, manager)).toMatchObject({ status: 400, body: { userErrors: [{ field: ['filename'], message: 'Give the file a name.', code: 'REQUIRED' }] } });
    expect(await upload(ctx.program.slug, CSV, manager, { filename: 'x.csv', query: 'encoding=EBCDIC' })).toMatchObject({
      status: 400,
      body: { userErrors: [{ field: ['encoding'], message: '"EBCDIC" is not an encoding the importer reads: use UTF_8, UTF_16LE, UTF_16BE, WINDOWS_1252.' }] },
    });
    expect(await importCounts(app.db)).toEqual(before);
  });

  it('streams a file over 1 MB into several chunks (not held by the 1 MB GraphQL cap)', async () => {
    const rows = 60_000;
    const big = `Email,First Name,Last Name,Tier,VAT ID\n${Array.from({ length: rows }, (_, i) => `p${i}@big.example,P,${i},Gold,GB${i}`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const { status, body } = await upload(ctx.program.slug, big, manager, { filename: 'big.csv' });
    expect(status).toBe(201);
    expect(body.import).toMatchObject({ totalRows: rows, byteSize: Buffer.byteLength(big) });
    const chunks = await app.db.select({ seq: importFileChunks.seq }).from(importFileChunks).where(eq(importFileChunks.importId, fromGlobalId('Import', body.import!.id)!));
    expect(chunks.length).toBe(Math.ceil(Buffer.byteLength(big) / IMPORT_CHUNK_BYTES));
    expect(chunks.length).toBeGreaterThan(1);
  });
});

describe('the size limit (IMPORT_MAX_BYTES)', () => {
  const MESSAGE = 'The file is larger than the 2 KB an import accepts. Split it into smaller CSV files and import them one after the other.';

  it('refuses a declared Content-Length over the limit before reading the body: 413', async () => {
    await withMaxBytes(2048, async () => {
      const before = await importCounts(app.db);
      const { stream, stats } = streamedBody(10_000);
      const answer = await upload(ctx.program.slug, stream, manager, { filename: 'big.csv', headers: { 'content-length': '10000' } });
      expect(answer).toMatchObject({ status: 413, body: { userErrors: [{ field: ['file'], message: MESSAGE, code: 'OUT_OF_RANGE' }], fileError: { code: 'TOO_LARGE' } } });
      expect(stats.pulled).toBe(0);
      expect(await importCounts(app.db)).toEqual(before);
    });
  });

  it('stops a streamed body without a length as soon as it passes the limit, keeping nothing: 413', async () => {
    await withMaxBytes(2048, async () => {
      const before = await importCounts(app.db);
      const { stream, stats } = streamedBody(5_000_000);
      const answer = await upload(ctx.program.slug, stream, manager, { filename: 'big.csv' });
      expect(answer).toMatchObject({ status: 413, body: { userErrors: [{ message: MESSAGE }] } });
      expect(stats.pulled).toBeLessThan(300_000);
      expect(await importCounts(app.db)).toEqual(before);
    });
  });

  it('refuses a multipart file over the limit: 413, nothing kept', async () => {
    await withMaxBytes(2048, async () => {
      const before = await importCounts(app.db);
      const answer = await upload(ctx.program.slug, formWith(`email\n${'a@example.com\n'.repeat(400)}`, 'big.csv'), manager);
      expect(answer).toMatchObject({ status: 413, body: { userErrors: [{ field: ['file'], message: MESSAGE }] } });
      expect(await importCounts(app.db)).toEqual(before);
    });
  });

  it('takes a file of exactly the limit', async () => {
    const exact = `email,vat\n${'a@example.com,1\n'.repeat(127)}`;
    await withMaxBytes(Buffer.byteLength(exact), async () => {
      expect((await upload(ctx.program.slug, exact, manager, { filename: 'exact.csv' })).status).toBe(201);
    });
  });
});

describe('bad files: each answered with its own message, nothing written', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), Buffer.from('[Content_Types].xml')]);
  const cases: [string, Buffer | string, string, string, string][] = [
    ['an empty file', '', 'EMPTY', 'The file is empty. Export your partners again (with a header row and one row per partner) and upload that file.', ''],
    ['blank lines only', '\r\n\n  \n', 'EMPTY', 'The file is empty. Export your partners again (with a header row and one row per partner) and upload that file.', ''],
    ['headers only', 'Email,First name,Last name\r\n\r\n,,\r\n', 'HEADERS_ONLY', 'The file has a header row (line 1) but no partners under it. Export the partners again with their rows and upload that file.', ''],
    ['a PNG', png, 'BINARY', 'This file is not text (it looks like an image, a PDF or another binary file), so it cannot be a CSV file. Export your partners from the other service as CSV, or save your spreadsheet as CSV, and upload that file.', ''],
    ['an Excel workbook', xlsx, 'SPREADSHEET', 'This is an Excel workbook (or another zipped file), not a CSV file. Open it in your spreadsheet and save it as CSV (in Excel: File › Save As › "CSV UTF-8"), then upload that file.', ''],
    ['JSON', '{"partners": [{"email": "a@example.com"}]}\n', 'NOT_CSV', 'This file has no columns we can find: a CSV file has a header row and separates its columns with commas, semicolons, tabs or pipes. Export your partners as CSV (or save your spreadsheet as CSV) and upload that file.', ''],
    ['no header row', 'ana@example.com,12,2024-01-01\nbo@example.com,7,2024-02-01\n', 'NO_HEADER', "We could not find a header row in the first 10 lines. The file needs a row naming its columns (such as Email, First name, Last name) above the partners' rows; add one and upload the file again.", ''],
    ['a quote never closed', 'email,note\na@example.com,fine\n\nb@example.com,"never closed\nc@example.com,x\n', 'BAD_QUOTES', 'The row on line 4 opens a quoted cell that is never closed, so the rest of the file cannot be read. Add the missing closing " on that line (a quote inside a cell is written twice: "").', ''],
    ['a quote in the wrong place', 'email,note\na@example.com,fine\nb@example.com,"quoted" then not\n', 'BAD_QUOTES', 'Line 3 has a quote in the wrong place (a quoted cell must be followed by the delimiter or the end of the line). Fix that line: a quote inside a cell is written twice ("") and the whole cell is put in quotes.', ''],
    ['a row longer than 1 MB', `email,note\na@example.com,"${'x'.repeat(1_100_000)}`, 'RECORD_TOO_LARGE', 'The row that starts on line 2 is longer than 1 MB, which usually means a quote that is never closed. Check that line for a missing closing ".', ''],
    ['Windows-1252 read as UTF-8 (chosen)', fixture('firstpromoter-promoters.csv'), 'BAD_ENCODING', 'Line 2 is not valid UTF-8 text. Choose the file\'s encoding (a file saved by Excel on Windows is usually Windows-1252) and upload it again, or save it as "CSV UTF-8".', 'encoding=UTF_8'],
  ];

  it.each(cases)('%s', async (_, content, code, message, query) => {
    const before = await importCounts(app.db);
    const events = (await app.db.select().from(auditEvents).where(eq(auditEvents.programId, ctx.program.id))).length;
    const answer = await upload(ctx.program.slug, content, manager, { filename: 'bad.csv', query });
    expect(answer.status).toBe(400);
    expect(answer.body.fileError?.code).toBe(code);
    expect(answer.body.userErrors).toHaveLength(1);
    expect(answer.body.userErrors![0]).toMatchObject({ field: ['file'], code: 'INVALID' });
    expect(answer.body.userErrors![0].message).toBe(message);
    expect(await importCounts(app.db)).toEqual(before);
    expect((await app.db.select().from(auditEvents).where(eq(auditEvents.programId, ctx.program.id))).length).toBe(events);
  });

  it('files that read: a BOM, UTF-16, Windows-1252, ; tab |, CR and CRLF, quoted cells, blank lines, a header below title lines, duplicate headers, formulas, ragged rows', async () => {
    const read = async (name: string) => (await upload(ctx.program.slug, fixture(name), manager, { filename: name })).body.import!;
    const partnerstack = await read('partnerstack-partners.csv');
    expect(partnerstack).toMatchObject({ encoding: 'UTF_8', delimiter: ',', totalRows: 4, warnings: [] });
    expect(partnerstack.columns[0].header).toBe('Partner_first');
    expect(partnerstack.columns[7].samples).toEqual(['Prefers "email" over calls', 'Met at SaaStr,\nfollow up in Q2']);
    expect(partnerstack.columns[0].samples).toEqual(['Jürgen', 'Amélie', 'Sam']);
    expect(await read('tapfiliate-affiliates.txt')).toMatchObject({ encoding: 'UTF_16LE', delimiter: '\t', totalRows: 2 });
    expect(await read('firstpromoter-promoters.csv')).toMatchObject({ encoding: 'WINDOWS_1252', delimiter: ';', totalRows: 2 });
    expect(await read('tolt-partners.csv')).toMatchObject({ delimiter: '|', totalRows: 2 });
    const rewardful = await read('rewardful-affiliates.csv');
    expect(rewardful).toMatchObject({ totalRows: 3 });
    expect(rewardful.warnings).toEqual([{ line: expect.any(Number), message: expect.stringContaining('like a spreadsheet formula') }]);
    const impact = await read('impact-partners.csv');
    // Three partners and one row with extra cells (reported by the preview and the run).
    expect(impact).toMatchObject({ headerLine: 3, totalRows: 4 });
    expect(impact.warnings.map((w) => w.message)).toEqual([
      'The header row is line 3; the 2 lines above it were not imported.',
      expect.stringContaining('names "Email Address" more than once'),
    ]);
  });
});

describe('detected mapping of other services’ exports', () => {
  const detected = async (name: string) =>
    Object.fromEntries((await upload(ctx.program.slug, fixture(name), manager, { filename: name })).body.import!.columns.map((c) => [c.header, c.target]));

  it('PartnerStack', async () => {
    expect(await detected('partnerstack-partners.csv')).toEqual({
      Partner_first: 'firstName', Partner_last: 'lastName', Partner_email: 'email', partner_key: 'partnerKey', Partner_group: 'group', Partner_joined_date: 'joinedAt', Partner_company: 'company', Partner_notes: 'notes',
    });
  });
  it('Rewardful (paypal_email is not the partner’s email)', async () => {
    expect(await detected('rewardful-affiliates.csv')).toEqual({
      id: 'externalId', first_name: 'firstName', last_name: 'lastName', email: 'email', token: 'partnerKey', paypal_email: null, state: null, created_at: 'joinedAt', website: null,
    });
  });
  it('FirstPromoter', async () => {
    expect(await detected('firstpromoter-promoters.csv')).toEqual({
      ID: 'externalId', Email: 'email', 'First Name': 'firstName', 'Last Name': 'lastName', 'Ref ID': 'partnerKey', 'Promo Code': null, Campaign: 'group', State: null, 'Joined At': 'joinedAt', Earnings: null,
    });
  });
  it('Tolt (its group column, not its program, is the group)', async () => {
    expect(await detected('tolt-partners.csv')).toEqual({
      first_name: 'firstName', last_name: 'lastName', email: 'email', company_name: 'company', country: null, program: null, group: 'group', status: null, created_at: 'joinedAt',
    });
  });
  it('Tapfiliate', async () => {
    expect(await detected('tapfiliate-affiliates.txt')).toEqual({
      'Affiliate ID': 'externalId', Firstname: 'firstName', Lastname: 'lastName', Email: 'email', Company: 'company', 'Referral Code': 'partnerKey', 'Affiliate group': 'group', 'Created at': 'joinedAt',
    });
  });
  it('impact.com', async () => {
    expect(await detected('impact-partners.csv')).toEqual({
      'Partner Name': null, 'Email Address': 'email', 'Company Name': 'company', 'Referral Code': 'partnerKey', 'Affiliate ID': 'externalId', 'Custom Id': null, 'Payout Group Name': 'group', 'Email Address (2)': null,
    });
  });
});

describe('who may upload', () => {
  it('refuses other programs’ managers and keys, partners, anonymous callers and bad keys; writes nothing', async () => {
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const revoked = await createApiKeyFor(app.db, ctx.program.id, 'Old');
    await app.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, revoked.apiKey.id));
    const partner = await createClaimedPartner(app.db, 'Curious Partner', [{ email: `curious-${Date.now()}@p.example`, level: 'OWNER' }]);
    await insertPartnership(app.db, ctx.program.id, { partnerId: partner.partner.id, key: 'curiousup' });
    const before = await importCounts(app.db);

    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }, { cookie: partner.members.OWNER.cookie }]) {
      expect(await upload(ctx.program.slug, CSV, caller, { filename: 'x.csv' })).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'Program not found.' } } });
    }
    expect(await upload(ctx.program.slug, CSV, {}, { filename: 'x.csv' })).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    expect((await upload(ctx.program.slug, CSV, { bearer: revoked.secret }, { filename: 'x.csv' })).status).toBe(401);
    expect((await upload('no-such-program', CSV, manager, { filename: 'x.csv' })).status).toBe(404);
    expect(await importCounts(app.db)).toEqual(before);
  });
});
