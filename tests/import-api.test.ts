import { count, eq, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { graphql } from '../src/gql';
import { auditEvents, importFailures, importFileChunks, imports } from '../src/server/db/schema';
import { FAILED_ROWS_PAGE } from '../src/server/imports/row-downloads';
import { fromGlobalId, toGlobalId } from '../src/server/shared/ids';
import { GET as problemsRoute } from '../src/app/api/programs/[slug]/imports/[id]/problems.csv/route';
import { GET as failedRoute } from '../src/app/api/programs/[slug]/imports/[id]/failed.csv/route';
import { callerHeaders, startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createImportProgram } from './support/imports';
import { upload } from './support/import-http';
import { countRows, createClaimedPartner, insertPartnership, parseCsv } from './support/partners';

export const ImportFields = graphql(`
  fragment TestImportFields on Import {
    id
    status
    filename
    byteSize
    totalRows
    processedRows
    encoding
    delimiter
    headerLine
    columns { index header target samples }
    unmappedColumns
    warnings { line message }
    group { id name }
    duplicateMode
    notify
    dateOrder
    importedBefore
    startedAt
    finishedAt
    createdBy { id }
    problemRowsUrl
    failedRowsUrl
  }
`);

const CreateImport = graphql(`
  mutation TestCreateImport($input: CreateImportInput!) {
    createImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }
  }
`);

const StartImport = graphql(`
  mutation TestStartImport($input: StartImportInput!) {
    startImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }
  }
`);

const UpdateImport = graphql(`
  mutation TestUpdateImport($input: UpdateImportInput!) {
    updateImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }
  }
`);

const CancelImport = graphql(`
  mutation TestCancelImport($input: ImportIdInput!) {
    cancelImport(input: $input) { import { id status finishedAt } userErrors { field message code } }
  }
`);

const ReadImport = graphql(`
  query TestReadImport($id: ID!) {
    import(id: $id) { ...TestImportFields rowsPerSecond secondsLeft targets { target label required } program { id } }
  }
`);

const PreviewImport = graphql(`
  query TestPreviewImport($id: ID!) {
    import(id: $id) {
      id
      preview {
        totalRows createCount updateCount skipCount failCount problemCount
        problems { line column message }
        rows { line action email firstName lastName company partnerKey group managerEmail customFields { key label value } problems { line column message } }
      }
    }
  }
`);

const ListImports = graphql(`
  query TestListImports($programId: ID!, $first: Int, $after: String) {
    imports(programId: $programId, first: $first, after: $after) {
      edges { cursor node { id filename status importedBefore createdBy { id email } group { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ProgramImports = graphql(`
  query TestProgramImports($slug: String!) {
    program(slug: $slug) { imports(first: 5) { edges { node { id filename } } pageInfo { hasNextPage } } }
  }
`);

let app: TestApp;
let ctx: Awaited<ReturnType<typeof createImportProgram>>;
let manager: Caller;
beforeAll(async () => {
  app = await startTestApp();
  ctx = await createImportProgram(app.db);
  manager = { cookie: ctx.cookie };
});
afterAll(() => app.close());

const CSV = 'Email,First Name,Last Name,Tier,VAT ID,Favourite colour\nada@import.example,Ada,Lovelace,Gold,GB1,green\nbob@import.example,Bob,Builder,Silver,FR2,\n';

async function countRowsWhere(table: PgTable, where: SQL) {
  const [row] = await app.db.select({ n: count() }).from(table).where(where);
  return row.n;
}

async function counts() {
  return { imports: await countRows(app.db, imports), chunks: await countRows(app.db, importFileChunks) };
}

describe('createImport and startImport (text)', () => {
  it('makes a DRAFT import with the detected mapping, row count and samples', async () => {
    const { data, errors } = await app.gql(CreateImport, { input: { programId: ctx.programId, csv: CSV, filename: "partners.csv" } }, manager);
    expect(errors).toBeUndefined();
    expect(data!.createImport.userErrors).toEqual([]);
    const created = data!.createImport.import!;
    expect(created).toMatchObject({ status: 'DRAFT', filename: 'partners.csv', totalRows: 2, encoding: 'UTF_8', delimiter: ',', headerLine: 1, byteSize: Buffer.byteLength(CSV) });
    expect(created.columns.map((c) => c.target)).toEqual(['email', 'firstName', 'lastName', 'customField:tier', 'customField:vat_id', null]);
    expect(created.columns[0].samples).toEqual(['ada@import.example', 'bob@import.example']);
    expect(created.columns[5].samples).toEqual(['green']);
    expect(created.unmappedColumns).toEqual([5]);
    expect(created.createdBy?.id).toBeTruthy();
    const [event] = await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, fromGlobalId('Import', created.id)!));
    expect(event).toMatchObject({ action: 'import.uploaded', programId: ctx.program.id, data: { filename: 'partners.csv', rows: 2, byteSize: Buffer.byteLength(CSV) } });
  });

  it('starts a DRAFT import: QUEUED, audited', async () => {
    const { data } = await app.gql(CreateImport, { input: { programId: ctx.programId, csv: CSV, filename: 'start.csv' } }, manager);
    const id = data!.createImport.import!.id;
    const started = await app.gql(StartImport, { input: { importId: id } }, manager);
    expect(started.data!.startImport.userErrors).toEqual([]);
    expect(started.data!.startImport.import).toMatchObject({ id, status: 'QUEUED' });
    expect(started.data!.startImport.import!.startedAt).toBeTruthy();
    const again = await app.gql(StartImport, { input: { importId: id } }, manager);
    expect(again.data!.startImport.userErrors).toEqual([{ field: ['importId'], message: 'This import has already been started.', code: 'CONFLICT' }]);
    const events = await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, fromGlobalId('Import', id)!));
    expect(events.map((e) => e.action).sort()).toEqual(['import.started', 'import.uploaded']);
  });

  it('creates and queues from csv in one go, with settings, for an API key', async () => {
    const key = await createApiKeyFor(app.db, ctx.program.id);
    const { data } = await app.gql(
      StartImport,
      { input: { programId: ctx.programId, csv: CSV, filename: 'api.csv', settings: { notify: false, duplicateMode: 'UPDATE', groupId: null } } },
      { bearer: key.secret },
    );
    expect(data!.startImport.userErrors).toEqual([]);
    expect(data!.startImport.import).toMatchObject({ status: 'QUEUED', notify: false, duplicateMode: 'UPDATE', totalRows: 2, createdBy: null });
  });

  it('a bad file given as text is answered under csv, text over 1 MB is sent to the upload route; nothing kept', async () => {
    const before = await counts();
    const empty = await app.gql(CreateImport, { input: { programId: ctx.programId, csv: '', filename: 'empty.csv' } }, manager);
    expect(empty.data!.createImport).toEqual({
      import: null,
      userErrors: [{ field: ['csv'], message: 'The file is empty. Export your partners again (with a header row and one row per partner) and upload that file.', code: 'INVALID' }],
    });
    const headersOnly = await app.gql(StartImport, { input: { programId: ctx.programId, csv: 'Email,Name\n', filename: 'h.csv' } }, manager);
    expect(headersOnly.data!.startImport.userErrors).toEqual([
      { field: ['csv'], message: 'The file has a header row (line 1) but no partners under it. Export the partners again with their rows and upload that file.', code: 'INVALID' },
    ]);
    const huge = await app.gql(CreateImport, { input: { programId: ctx.programId, csv: `Email\n${'a@example.com\n'.repeat(80_000)}`, filename: 'huge.csv' } }, manager);
    expect(huge.status).toBe(413);
    const large = await app.gql(CreateImport, { input: { programId: ctx.programId, csv: 'x'.repeat(1_000_001), filename: 'large.csv' } }, manager);
    expect(large.errors).toBeUndefined();
    expect(large.data!.createImport.userErrors).toEqual([{ field: ['csv'], message: 'CSV text can be at most 1 MB; upload larger files to the upload route.', code: 'TOO_LONG' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses to start without an email column, and keeps nothing when made from csv', async () => {
    const before = await counts();
    const { data } = await app.gql(StartImport, { input: { programId: ctx.programId, csv: 'Name,Company\nAda,Acme\n', filename: 'no-email.csv' } }, manager);
    expect(data!.startImport.import).toBeNull();
    expect(data!.startImport.userErrors).toEqual([{ field: ['mapping'], message: 'Choose the column that holds the partners’ email addresses.', code: 'REQUIRED' }]);
    expect(await counts()).toEqual(before);
  });
});

async function draft(csv: string, filename = 'draft.csv', caller: Caller = manager) {
  const { data, errors } = await app.gql(CreateImport, { input: { programId: ctx.programId, csv, filename } }, caller);
  expect(errors).toBeUndefined();
  expect(data!.createImport.userErrors).toEqual([]);
  return data!.createImport.import!;
}

async function setStatus(globalId: string, fields: Partial<typeof imports.$inferInsert>) {
  await app.db.update(imports).set(fields).where(eq(imports.id, fromGlobalId('Import', globalId)!));
}

describe('updateImport', () => {
  const HEADERS = 'Email,First Name,Last Name,Tier,VAT ID,Favourite colour,Old id';
  const FILE = `${HEADERS}\nada@update.example,Ada,Lovelace,Gold,GB1,green,7\n`;

  it('changes the mapping and options of a DRAFT import', async () => {
    const created = await draft(FILE);
    const { data } = await app.gql(
      UpdateImport,
      {
        input: {
          importId: created.id,
          settings: {
            mapping: [
              { index: 0, target: 'email' },
              { index: 3, target: 'customField:tier' },
              { index: 4, target: 'customField:vat_id' },
              { index: 6, target: 'externalId' },
            ],
            groupId: toGlobalId('Group', ctx.groups.gold.id),
            duplicateMode: 'UPDATE',
            notify: false,
            dateOrder: 'DMY',
          },
        },
      },
      manager,
    );
    expect(data!.updateImport.userErrors).toEqual([]);
    expect(data!.updateImport.import).toMatchObject({ duplicateMode: 'UPDATE', notify: false, dateOrder: 'DMY', group: { name: 'Gold Partners' }, unmappedColumns: [1, 2, 5] });
    expect(data!.updateImport.import!.columns.map((c) => c.target)).toEqual(['email', null, null, 'customField:tier', 'customField:vat_id', null, 'externalId']);
    // Settings left out keep their values; groupId null goes back to the default group.
    const again = await app.gql(UpdateImport, { input: { importId: created.id, settings: { groupId: null } } }, manager);
    expect(again.data!.updateImport.import).toMatchObject({ group: null, duplicateMode: 'UPDATE', notify: false, unmappedColumns: [1, 2, 5] });
  });

  it('a bad mapping: every error names its column, nothing changes', async () => {
    const created = await draft(FILE);
    const { data } = await app.gql(
      UpdateImport,
      {
        input: {
          importId: created.id,
          settings: {
            mapping: [
              { index: 0, target: 'email' },
              { index: 1, target: 'firstName' },
              { index: 2, target: 'firstName' },
              { index: 3, target: 'customField:legacy' },
              { index: 4, target: 'customField:linkedin' },
              { index: 5, target: 'favouriteColour' },
              { index: 9, target: 'notes' },
            ],
          },
        },
      },
      manager,
    );
    expect(data!.updateImport.import).toBeNull();
    expect(data!.updateImport.userErrors).toEqual([{ field: ['settings', 'mapping', '9'], message: 'The file has no column 10: it has 7.', code: 'OUT_OF_RANGE' }]);

    const second = await app.gql(
      UpdateImport,
      {
        input: {
          importId: created.id,
          settings: {
            mapping: [
              { index: 0, target: 'email' },
              { index: 1, target: 'firstName' },
              { index: 2, target: 'firstName' },
              { index: 3, target: 'customField:legacy' },
              { index: 4, target: 'customField:linkedin' },
              { index: 5, target: 'favouriteColour' },
            ],
          },
        },
      },
      manager,
    );
    expect(second.data!.updateImport.userErrors).toEqual(
      ([
        { field: ['settings', 'mapping', '2'], message: 'Column 3 ("Last Name"): Another column is already imported as firstName; import each field from one column.', code: 'INVALID' },
        { field: ['settings', 'mapping', '3'], message: 'Column 4 ("Tier"): "legacy" is not a custom field of this program.', code: 'INVALID' },
        { field: ['settings', 'mapping', '4'], message: 'Column 5 ("VAT ID"): "linkedin" is not a custom field of this program.', code: 'INVALID' },
        { field: ['settings', 'mapping', '5'], message: 'Column 6 ("Favourite colour"): Choose a field to import this column into, or ignore it.', code: 'INVALID' },
      ]),
    );
    const listedTwice = await app.gql(UpdateImport, { input: { importId: created.id, settings: { mapping: [{ index: 0, target: 'email' }, { index: 0, target: 'notes' }] } } }, manager);
    expect(listedTwice.data!.updateImport.userErrors).toEqual([{ field: ['settings', 'mapping', '0'], message: 'Column 1 ("Email") is listed twice; give each column one target.', code: 'INVALID' }]);
    const read = await app.gql(ReadImport, { id: created.id }, manager);
    expect(read.data!.import.columns.map((c) => c.target)).toEqual(created.columns.map((c) => c.target));
  });

  it('a group of another program, and changes to an import that has started, are refused', async () => {
    const other = await createImportProgram(app.db);
    const created = await draft(FILE);
    const foreign = await app.gql(UpdateImport, { input: { importId: created.id, settings: { groupId: toGlobalId('Group', other.groups.gold.id) } } }, manager);
    expect(foreign.data!.updateImport.userErrors).toEqual([{ field: ['settings', 'groupId'], message: 'Choose a group of this program.', code: 'INVALID' }]);
    await app.gql(StartImport, { input: { importId: created.id } }, manager);
    const late = await app.gql(UpdateImport, { input: { importId: created.id, settings: { notify: false } } }, manager);
    expect(late.data!.updateImport.userErrors).toEqual([{ field: ['importId'], message: 'This import has started; its settings can no longer change.', code: 'CONFLICT' }]);
  });

  it('a new encoding reads the file again: headers, samples and the detected mapping follow', async () => {
    const created = await draft('Email,Société,Tier,VAT ID\nzoé@enc.example,Société Générale,Gold,FR1\n');
    expect(created).toMatchObject({ encoding: 'UTF_8' });
    expect(created.columns[1].header).toBe('Société');
    const { data } = await app.gql(UpdateImport, { input: { importId: created.id, settings: { encoding: 'WINDOWS_1252' } } }, manager);
    expect(data!.updateImport.userErrors).toEqual([]);
    expect(data!.updateImport.import).toMatchObject({ encoding: 'WINDOWS_1252' });
    expect(data!.updateImport.import!.columns.map((c) => c.header)).toEqual(['Email', 'SociÃ©tÃ©', 'Tier', 'VAT ID']);
    expect(data!.updateImport.import!.columns[1].samples).toEqual(['SociÃ©tÃ© GÃ©nÃ©rale']);
    const back = await app.gql(UpdateImport, { input: { importId: created.id, settings: { encoding: 'UTF_8' } } }, manager);
    expect(back.data!.updateImport.import!.columns.map((c) => [c.header, c.target])).toEqual([
      ['Email', 'email'],
      ['Société', null],
      ['Tier', 'customField:tier'],
      ['VAT ID', 'customField:vat_id'],
    ]);
  });
});

describe('preview', () => {
  const header = 'Email,First Name,Last Name,Partner Key,Group,Manager Email,Joined,Tier,VAT ID,Seats,Regions';
  let lines: string[];
  let id: string;
  beforeAll(async () => {
    lines = [
      header,
      /* 2 */ 'new1@preview.example,Ada,Lovelace,adakey,,,2024-01-31,Gold,GB1,3,EMEA; APAC',
      /* 3 */ 'not-an-email,"=HYPERLINK(""http://evil.example"",""x"")",Doe,,,,,Gold,GB2,,',
      /* 4 */ ',No,Email,,,,,Gold,GB3,,',
      /* 5 */ 'new1@preview.example,Again,Same,,,,,Gold,GB4,,',
      /* 6 */ 'new6@preview.example,No,Vat,,,,,Gold,,,',
      /* 7 */ 'new7@preview.example,Seats,Wrong,,,,,Gold,GB7,many,',
      /* 8 */ 'new8@preview.example,Tier,Wrong,,,,,Bronze,GB8,,',
      /* 9 */ 'new9@preview.example,Key,Bad,Bad Key!,,,,Gold,GB9,,',
      /* 10 */ `new10@preview.example,Key,Taken,${ctx.other.key},,,,Gold,GB10,,`,
      /* 11 */ 'new11@preview.example,Group,Unknown,,Platinum,,,Gold,GB11,,',
      /* 12 */ 'new12@preview.example,Manager,Unknown,,,nobody@preview.example,,Gold,GB12,,',
      /* 13 */ 'new13@preview.example,Date,Bad,,,,yesterday,Gold,GB13,,',
      /* 14 */ 'new14@preview.example,Too,Many,,,,,Gold,GB14,,,extra,cells',
      /* 15 */ `${ctx.existing.email},Already,Here,,,,,Gold,GB15,,`,
      /* 16 */ `new16@preview.example,Gold,Partner,,Gold Partners,${ctx.secondManager.email},,Silver,GB16,,`,
    ];
    id = (await draft(`${lines.join('\n')}\n`, 'preview.csv')).id;
  });

  it('counts every row by what will happen, shows the first rows as they will be imported', async () => {
    const { data, errors } = await app.gql(PreviewImport, { id }, manager);
    expect(errors).toBeUndefined();
    const preview = data!.import.preview!;
    expect(preview).toMatchObject({ totalRows: 15, createCount: 2, updateCount: 0, skipCount: 1, failCount: 12 });
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toEqual({
      line: 2,
      action: 'CREATE',
      email: 'new1@preview.example',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: null,
      partnerKey: 'adakey',
      group: 'Default',
      managerEmail: null,
      customFields: [
        { key: 'tier', label: 'Tier', value: 'Gold' },
        { key: 'vat_id', label: 'VAT ID', value: 'GB1' },
        { key: 'seats', label: 'Seats', value: '3' },
        { key: 'regions', label: 'Regions', value: '["EMEA","APAC"]' },
      ],
      problems: [],
    });
    expect(preview.rows[1]).toMatchObject({ line: 3, action: 'FAIL', email: 'not-an-email', problems: [{ line: 3, column: 'Email', message: '"not-an-email" is not a valid email address.' }] });
  });

  it('lists every problem with its line and column, in line order, CSV row problems included', async () => {
    const preview = (await app.gql(PreviewImport, { id }, manager)).data!.import.preview!;
    expect(preview.problemCount).toBe(12);
    expect(preview.problems).toEqual([
      { line: 3, column: 'Email', message: '"not-an-email" is not a valid email address.' },
      { line: 4, column: 'Email', message: 'The email address is missing.' },
      { line: 5, column: 'Email', message: 'new1@preview.example is also on line 2: import each partner once.' },
      { line: 6, column: 'VAT ID', message: 'VAT ID is required.' },
      { line: 7, column: 'Seats', message: 'Seats: Enter a number.' },
      { line: 8, column: 'Tier', message: 'Tier: Choose one of: Gold, Silver.' },
      { line: 9, column: 'Partner Key', message: 'The partner key "Bad Key!" may use lowercase letters and digits only: no spaces, capitals or special characters.' },
      { line: 10, column: 'Partner Key', message: `The partner key "${ctx.other.key}" is already used by another partnership in this program.` },
      { line: 11, column: 'Group', message: 'There is no group "Platinum" in this program.' },
      { line: 12, column: 'Manager Email', message: 'nobody@preview.example is not a manager of this program.' },
      { line: 13, column: 'Joined', message: '"yesterday" is not a date: use YYYY-MM-DD, an ISO date-time, MM/DD/YYYY or DD.MM.YYYY.' },
      { line: 14, column: null, message: expect.stringContaining('Line 14 has 13 cells but the header names 11 columns') },
    ]);
  });

  it('follows the options: UPDATE mode turns the existing partnership into an update', async () => {
    const created = await draft(`${header}\n${ctx.existing.email},Already,Here,,,,,Gold,GB15,,\n`);
    await app.gql(UpdateImport, { input: { importId: created.id, settings: { duplicateMode: 'UPDATE' } } }, manager);
    const preview = (await app.gql(PreviewImport, { id: created.id }, manager)).data!.import.preview!;
    expect(preview).toMatchObject({ updateCount: 1, skipCount: 0, failCount: 0, rows: [{ line: 2, action: 'UPDATE', email: ctx.existing.email }] });
  });

  it('is null once the import has started', async () => {
    const created = await draft(CSV);
    await app.gql(StartImport, { input: { importId: created.id } }, manager);
    expect((await app.gql(PreviewImport, { id: created.id }, manager)).data!.import.preview).toBeNull();
  });

  it('the problem rows download: the header, a reason column, each problem row as read, formulas neutralised, BOM', async () => {
    const response = await downloadProblems(ctx.program.slug, id, manager);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="preview-problem-rows.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([...header.split(','), 'reason']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'not-an-email', '', 'new1@preview.example', 'new6@preview.example', 'new7@preview.example', 'new8@preview.example', 'new9@preview.example',
      'new10@preview.example', 'new11@preview.example', 'new12@preview.example', 'new13@preview.example', 'new14@preview.example',
    ]);
    expect(rows[1][1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(rows[1].at(-1)).toBe('Email: "not-an-email" is not a valid email address.');
    // The ragged row keeps its extra cells before the reason, for the person fixing it.
    expect(rows[12]).toEqual(['new14@preview.example', 'Too', 'Many', '', '', '', '', 'Gold', 'GB14', '', '', 'extra', 'cells', expect.stringContaining('Line 14 has 13 cells')]);
  });

  it('the problem rows file imports again: same mapping, the reason column ignored', async () => {
    const text = await (await downloadProblems(ctx.program.slug, id, manager)).text();
    const answer = await upload(ctx.program.slug, text, manager, { filename: 'fixed.csv' });
    expect(answer.status).toBe(201);
    const original = (await app.gql(ReadImport, { id }, manager)).data!.import;
    expect(answer.body.import!.columns.slice(0, 11).map((c) => c.target)).toEqual(original.columns.map((c) => c.target));
    expect(answer.body.import!.columns.find((c) => c.header === 'reason')!.target).toBeNull();
    expect(answer.body.import!.totalRows).toBe(12);
  });
});

function downloadProblems(slug: string, importId: string, caller: Caller, file: 'problems.csv' | 'failed.csv' = 'problems.csv') {
  const route = file === 'problems.csv' ? problemsRoute : failedRoute;
  return route(new Request(`http://localhost:3000/api/programs/${slug}/imports/${importId}/${file}`, { headers: callerHeaders(caller) }), { params: Promise.resolve({ slug, id: importId }) });
}

describe('the failed rows download', () => {
  it('gives import_failures in line order, in pages, with the header and reason, re-importable', async () => {
    const created = await draft('Email,First Name,Tier,VAT ID\na@failed.example,A,Gold,GB1\n', 'run.csv');
    await app.gql(StartImport, { input: { importId: created.id } }, manager);
    const importId = fromGlobalId('Import', created.id)!;
    const count = FAILED_ROWS_PAGE * 2 + 5;
    // As the runner writes them, in any order.
    const failures = Array.from({ length: count }, (_, i) => ({ importId, line: count + 1 - i, cells: [`f${count + 1 - i}@failed.example`, i === 0 ? '@SUM(A1)' : 'Name', 'Gold', ''], reason: 'VAT ID is required.' }));
    for (let at = 0; at < failures.length; at += 500) await app.db.insert(importFailures).values(failures.slice(at, at + 500));
    const response = await downloadProblems(ctx.program.slug, created.id, manager, 'failed.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="run-failed-rows.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Email', 'First Name', 'Tier', 'VAT ID', 'reason']);
    expect(rows).toHaveLength(count + 1);
    expect(rows[1]).toEqual(['f2@failed.example', 'Name', 'Gold', '', 'VAT ID is required.']);
    expect(rows.at(-1)).toEqual([`f${count + 1}@failed.example`, "'@SUM(A1)", 'Gold', '', 'VAT ID is required.']);
    expect(rows.slice(1).map((r) => Number(r[0].slice(1, r[0].indexOf('@'))))).toEqual(Array.from({ length: count }, (_, i) => i + 2));
    const again = await upload(ctx.program.slug, text, manager, { filename: 'fixed.csv' });
    expect(again.body.import).toMatchObject({ totalRows: count });
    expect(again.body.import!.columns.map((c) => c.target)).toEqual(['email', 'firstName', 'customField:tier', 'customField:vat_id', null]);
  });

  it('problem rows are for DRAFT imports only: 409 once started', async () => {
    const created = await draft(CSV);
    await app.gql(StartImport, { input: { importId: created.id } }, manager);
    const response = await downloadProblems(ctx.program.slug, created.id, manager);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ userErrors: [{ field: ['importId'], message: 'The problem rows are checked before an import starts; download its failed rows (failed.csv) instead.', code: 'CONFLICT' }] });
  });
});

describe('cancelImport', () => {
  it('discards a DRAFT import with its file; stops a QUEUED or RUNNING one; refuses a finished one', async () => {
    const drafted = await draft(CSV);
    const dropped = await app.gql(CancelImport, { input: { importId: drafted.id } }, manager);
    expect(dropped.data!.cancelImport).toMatchObject({ userErrors: [], import: { status: 'CANCELLED' } });
    expect(dropped.data!.cancelImport.import!.finishedAt).toBeTruthy();
    expect(await countRowsWhere(importFileChunks, eq(importFileChunks.importId, fromGlobalId('Import', drafted.id)!))).toBe(0);
    const start = await app.gql(StartImport, { input: { importId: drafted.id } }, manager);
    expect(start.data!.startImport.userErrors).toEqual([{ field: ['importId'], message: 'This import was cancelled; upload the file again.', code: 'CONFLICT' }]);

    const queued = await draft(CSV);
    await app.gql(StartImport, { input: { importId: queued.id } }, manager);
    expect((await app.gql(CancelImport, { input: { importId: queued.id } }, manager)).data!.cancelImport).toMatchObject({ userErrors: [], import: { status: 'CANCELLED' } });
    // A queued import's file stays: rows imported before a cancel stay, and so does what they came from.
    expect(await countRowsWhere(importFileChunks, eq(importFileChunks.importId, fromGlobalId('Import', queued.id)!))).toBeGreaterThan(0);
    expect((await app.gql(CancelImport, { input: { importId: queued.id } }, manager)).data!.cancelImport.userErrors).toEqual([
      { field: ['importId'], message: 'This import is already cancelled.', code: 'CONFLICT' },
    ]);

    const running = await draft(CSV);
    await app.gql(StartImport, { input: { importId: running.id } }, manager);
    await setStatus(running.id, { status: 'RUNNING', workerId: 'worker-1', leaseExpiresAt: new Date(Date.now() + 60_000) });
    expect((await app.gql(CancelImport, { input: { importId: running.id } }, manager)).data!.cancelImport.import!.status).toBe('CANCELLED');

    for (const status of ['COMPLETED', 'FAILED'] as const) {
      const finished = await draft(CSV);
      await setStatus(finished.id, { status, finishedAt: new Date() });
      expect((await app.gql(CancelImport, { input: { importId: finished.id } }, manager)).data!.cancelImport).toEqual({
        import: null,
        userErrors: [{ field: ['importId'], message: 'This import has finished; there is nothing to cancel.', code: 'CONFLICT' }],
      });
    }
  });
});

describe('reading imports', () => {
  it('rowsPerSecond and secondsLeft while RUNNING, targets with labels', async () => {
    const created = await draft(CSV);
    await setStatus(created.id, { status: 'RUNNING', startedAt: new Date(Date.now() - 10_000), runStartedAt: new Date(Date.now() - 10_000), runStartRows: 0, processedRows: 500, totalRows: 1000 });
    const read = (await app.gql(ReadImport, { id: created.id }, manager)).data!.import;
    expect(read.rowsPerSecond).toBeGreaterThan(40);
    expect(read.rowsPerSecond).toBeLessThanOrEqual(50);
    expect(read.secondsLeft).toBeGreaterThanOrEqual(10);
    expect(read.secondsLeft).toBeLessThan(13);
    expect(read.targets[0]).toEqual({ target: 'email', label: 'Email', required: true });
    expect(read.targets.filter((t) => t.target.startsWith('customField:'))).toEqual([
      { target: 'customField:tier', label: 'Tier', required: true },
      { target: 'customField:vat_id', label: 'VAT ID', required: true },
      { target: 'customField:seats', label: 'Seats', required: false },
      { target: 'customField:signed', label: 'Contract signed', required: false },
      { target: 'customField:renewal', label: 'Renewal date', required: false },
      { target: 'customField:regions', label: 'Regions', required: false },
    ]);
    const draftRead = (await app.gql(ReadImport, { id: (await draft(CSV)).id }, manager)).data!.import;
    expect(draftRead).toMatchObject({ rowsPerSecond: null, secondsLeft: null });
  });

  it('importedBefore: the same bytes were started in an earlier import of the program', async () => {
    const file = `Email,Tier,VAT ID\nsame-${Date.now()}@before.example,Gold,GB1\n`;
    const first = await draft(file);
    const second = await draft(file);
    expect((await app.gql(ReadImport, { id: second.id }, manager)).data!.import.importedBefore).toBe(false);
    await app.gql(StartImport, { input: { importId: first.id } }, manager);
    expect((await app.gql(ReadImport, { id: second.id }, manager)).data!.import.importedBefore).toBe(true);
    expect((await app.gql(ReadImport, { id: first.id }, manager)).data!.import.importedBefore).toBe(false);
  });

  it('imports(programId) pages newest first; Program.imports too; the statements do not grow with the page', async () => {
    const program = await createImportProgram(app.db);
    const caller = { cookie: program.cookie };
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const { data } = await app.gql(CreateImport, { input: { programId: program.programId, csv: CSV, filename: `list-${i}.csv` } }, caller);
        const gid = data!.createImport.import!.id;
        if (i % 2 === 0) await app.gql(UpdateImport, { input: { importId: gid, settings: { groupId: toGlobalId('Group', i % 4 === 0 ? program.groups.gold.id : program.groups.resellers.id) } } }, caller);
      }
    };
    const measure = async () => {
      const before = app.queries.count;
      const { data, errors } = await app.gql(ListImports, { programId: program.programId, first: 20 }, caller);
      expect(errors).toBeUndefined();
      return { statements: app.queries.count - before, edges: data!.imports.edges };
    };
    await make(2);
    const two = await measure();
    expect(two.edges.map((e) => e.node.filename)).toEqual(['list-1.csv', 'list-0.csv']);
    expect(two.edges[1].node).toMatchObject({ group: { name: 'Gold Partners' }, createdBy: { email: program.manager.email } });
    await make(18);
    const twenty = await measure();
    expect(twenty.edges).toHaveLength(20);
    expect(twenty.statements).toBe(two.statements);

    const page = await app.gql(ListImports, { programId: program.programId, first: 15 }, caller);
    expect(page.data!.imports.pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql(ListImports, { programId: program.programId, first: 15, after: page.data!.imports.pageInfo.endCursor }, caller);
    const ids = [...page.data!.imports.edges, ...rest.data!.imports.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(20);
    expect(rest.data!.imports.pageInfo.hasNextPage).toBe(false);

    const viaProgram = await app.gql(ProgramImports, { slug: program.program.slug }, caller);
    expect(viaProgram.data!.program!.imports.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 5));
    expect(viaProgram.data!.program!.imports.pageInfo.hasNextPage).toBe(true);
  });
});

describe('two starts at once', () => {
  it('queue the import once: one succeeds, the other is told it has started', async () => {
    for (let round = 0; round < 3; round++) {
      const created = await draft(CSV);
      const answers = await Promise.all([1, 2, 3].map(() => app.gql(StartImport, { input: { importId: created.id } }, manager)));
      const won = answers.filter((a) => a.data!.startImport.import);
      expect(won).toHaveLength(1);
      for (const lost of answers.filter((a) => !a.data!.startImport.import)) {
        expect(lost.data!.startImport.userErrors).toEqual([{ field: ['importId'], message: 'This import has already been started.', code: 'CONFLICT' }]);
      }
      const events = await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, fromGlobalId('Import', created.id)!));
      expect(events.filter((e) => e.action === 'import.started')).toHaveLength(1);
    }
  });
});

describe('who may read and change imports', () => {
  it('other programs’ managers and keys, partners and anonymous callers see nothing and change nothing', async () => {
    const created = await draft(CSV);
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const partner = await createClaimedPartner(app.db, 'Nosy Partner', [{ email: `nosy-${Date.now()}@p.example`, level: 'OWNER' }]);
    await insertPartnership(app.db, ctx.program.id, { partnerId: partner.partner.id, key: `nosy${Date.now()}` });
    const before = await counts();
    const [row] = await app.db.select().from(imports).where(eq(imports.id, fromGlobalId('Import', created.id)!));

    const outsiders: [Caller, string][] = [
      [{ cookie: other.cookie }, 'NOT_FOUND'],
      [{ bearer: otherKey.secret }, 'NOT_FOUND'],
      [{ cookie: partner.members.OWNER.cookie }, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of outsiders) {
      const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.map((e) => e.extensions?.code);
      const read = await app.gql(ReadImport, { id: created.id }, caller);
      expect(read.data).toBeNull();
      expect(codes(read)).toEqual([code]);
      expect(codes(await app.gql(ListImports, { programId: ctx.programId }, caller))).toEqual([code]);
      expect(codes(await app.gql(CreateImport, { input: { programId: ctx.programId, csv: CSV, filename: 'x.csv' } }, caller))).toEqual([code]);
      expect(codes(await app.gql(StartImport, { input: { importId: created.id } }, caller))).toEqual([code]);
      expect(codes(await app.gql(StartImport, { input: { programId: ctx.programId, csv: CSV, filename: 'x.csv' } }, caller))).toEqual([code]);
      expect(codes(await app.gql(UpdateImport, { input: { importId: created.id, settings: { notify: false } } }, caller))).toEqual([code]);
      expect(codes(await app.gql(CancelImport, { input: { importId: created.id } }, caller))).toEqual([code]);
      for (const file of ['problems.csv', 'failed.csv'] as const) {
        const response = await downloadProblems(ctx.program.slug, created.id, caller, file);
        expect(response.status).toBe(code === 'UNAUTHENTICATED' ? 401 : 404);
      }
    }
    // The import's id under another program's address is not found either.
    expect((await downloadProblems(other.program.slug, created.id, { cookie: other.cookie })).status).toBe(404);
    expect((await downloadProblems(other.program.slug, created.id, manager)).status).toBe(404);
    expect(await counts()).toEqual(before);
    const [after] = await app.db.select().from(imports).where(eq(imports.id, row.id));
    expect(after).toEqual(row);
  });
});
