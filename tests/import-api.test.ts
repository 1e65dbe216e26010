import { eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, importFileChunks, imports } from '../src/server/db/schema';
import { fromGlobalId } from '../src/server/shared/ids';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor } from './support/factories';
import { createImportProgram } from './support/imports';
import { countRows } from './support/partners';

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

  it('refuses to start without an email column, and keeps nothing when made from csv', async () => {
    const before = await counts();
    const { data } = await app.gql(StartImport, { input: { programId: ctx.programId, csv: 'Name,Company\nAda,Acme\n', filename: 'no-email.csv' } }, manager);
    expect(data!.startImport.import).toBeNull();
    expect(data!.startImport.userErrors).toEqual([{ field: ['mapping'], message: 'Choose the column that holds the partners’ email addresses.', code: 'REQUIRED' }]);
    expect(await counts()).toEqual(before);
  });
});
