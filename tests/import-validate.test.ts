import { InvalidInputError } from '../src/server/shared/errors';
import { createRowValidator, type ImportOptions, type ImportRecord, type ImportRowOutcome } from '../src/server/imports/validate-rows';
import { detectMapping } from '../src/shapes/import-mapping';
import { startTestApp, type TestApp } from './support/app';
import { createImportProgram } from './support/imports';
import { insertPartnership } from './support/partners';

let app: TestApp;
let ctx: Awaited<ReturnType<typeof createImportProgram>>;
beforeAll(async () => {
  app = await startTestApp();
  ctx = await createImportProgram(app.db);
});
afterAll(() => app.close());

const HEADERS = [
  'Email',
  'First Name',
  'Last Name',
  'Company',
  'Partner Key',
  'Group',
  'Manager Email',
  'Access Level',
  'Joined',
  'External ID',
  'Notes',
  'Tier',
  'VAT ID',
  'Seats',
  'Contract signed',
  'Renewal date',
  'Regions',
] as const;
type Header = (typeof HEADERS)[number];

const activeFields = () => ctx.fields.filter((f) => f.entity === 'PARTNERSHIP' && !f.archivedAt).map((f) => ({ key: f.key, label: f.label }));
const mappingFor = (headers: readonly string[]) => detectMapping(headers, activeFields()).mapping;

let sequence = 0;
/** A valid row's cells, with some cells replaced. */
function cells(overrides: Partial<Record<Header, string>> = {}): string[] {
  const n = ++sequence;
  const base: Record<Header, string> = {
    Email: `new-${n}@import.example`,
    'First Name': 'Ada',
    'Last Name': 'Lovelace',
    Company: 'Analytical Engines',
    'Partner Key': '',
    Group: '',
    'Manager Email': '',
    'Access Level': '',
    Joined: '',
    'External ID': '',
    Notes: '',
    Tier: 'Gold',
    'VAT ID': 'GB123',
    Seats: '',
    'Contract signed': '',
    'Renewal date': '',
    Regions: '',
  };
  return HEADERS.map((h) => overrides[h] ?? base[h]);
}

const validator = (options: Partial<ImportOptions> = {}, headers: readonly string[] = HEADERS) =>
  createRowValidator(app.db, ctx.program, headers, mappingFor(headers), { duplicateMode: 'SKIP', ...options });

const problemsOf = (outcome: ImportRowOutcome) => (outcome.action === 'reject' ? outcome.problems : []);

test('a valid row arrives normalised: email lowercased, names trimmed, group and manager resolved, values parsed', async () => {
  const v = await validator();
  const [outcome] = await v.validate([
    {
      line: 2,
      cells: cells({
        Email: '  Ada.Lovelace@Example.COM ',
        'First Name': '  Ada ',
        'Last Name': ' Lovelace  ',
        'Partner Key': 'ada42',
        Group: 'gold PARTNERS',
        'Manager Email': ctx.secondManager.email.toUpperCase(),
        'Access Level': 'admin',
        Joined: '2023-11-07T05:31:56Z',
        'External ID': 'ps_123',
        Notes: 'vip; newsletter',
        Tier: 'silver',
        Seats: '12',
        'Contract signed': 'Yes',
        'Renewal date': '03/15/2025',
        Regions: 'emea; APAC',
      }),
    },
  ]);
  expect(outcome).toEqual({
    line: 2,
    action: 'create',
    row: {
      email: 'ada.lovelace@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      partnerKey: 'ada42',
      groupId: ctx.groups.gold.id,
      programManagerId: ctx.secondManager.id,
      accessLevel: 'ADMIN',
      joinedAt: new Date('2023-11-07T05:31:56Z'),
      externalId: 'ps_123',
      notes: 'vip; newsletter',
      customFieldValues: { tier: 'Silver', vat_id: 'GB123', seats: 12, signed: true, renewal: '2025-03-15', regions: ['EMEA', 'APAC'] },
    },
  });
});

test('a row without group goes to the import’s group, else to the default group; empty cells are null', async () => {
  const [toDefault] = await (await validator()).validate([{ line: 2, cells: cells() }]);
  expect(toDefault).toMatchObject({ action: 'create', row: { groupId: ctx.groups.default.id, partnerKey: null, programManagerId: null, accessLevel: null, joinedAt: null, externalId: null, notes: null } });
  const [toTarget] = await (await validator({ groupId: ctx.groups.resellers.id })).validate([{ line: 2, cells: cells() }]);
  expect(toTarget).toMatchObject({ action: 'create', row: { groupId: ctx.groups.resellers.id } });
});

test('every problem is reported with its line and column', async () => {
  const v = await validator();
  const records: ImportRecord[] = [
    { line: 2, cells: cells({ Email: '' }) },
    { line: 3, cells: cells({ Email: 'not-an-email' }) },
    { line: 4, cells: cells({ Tier: '' }) },
    { line: 5, cells: cells({ Seats: 'twelve' }) },
    { line: 6, cells: cells({ Tier: 'Platinum' }) },
    { line: 7, cells: cells({ 'Partner Key': 'Ada Lovelace!' }) },
    { line: 8, cells: cells({ 'Partner Key': ctx.other.key }) },
    { line: 9, cells: cells({ Group: 'Silver Circle' }) },
    { line: 10, cells: cells({ 'Manager Email': 'stranger@program.example' }) },
    { line: 11, cells: cells({ Joined: '2024-13-01' }) },
    { line: 12, cells: cells({ Joined: '31/02/2024' }) },
    { line: 13, cells: cells({ 'Access Level': 'superuser' }) },
    { line: 14, cells: cells({ 'Contract signed': 'maybe' }) },
    { line: 15, cells: cells({ Regions: 'EMEA, Mars' }) },
    { line: 16, cells: cells({ 'Renewal date': 'next spring' }) },
    { line: 17, cells: cells({ 'Partner Key': 'x'.repeat(41) }) },
  ];
  const outcomes = await v.validate(records);
  expect(outcomes.map((o) => o.action)).toEqual(records.map(() => 'reject'));
  expect(outcomes.map(problemsOf)).toEqual([
    [{ line: 2, column: 'Email', message: 'The email address is missing.' }],
    [{ line: 3, column: 'Email', message: '"not-an-email" is not a valid email address.' }],
    [{ line: 4, column: 'Tier', message: 'Tier is required.' }],
    [{ line: 5, column: 'Seats', message: 'Seats: Enter a number.' }],
    [{ line: 6, column: 'Tier', message: 'Tier: Choose one of: Gold, Silver.' }],
    [{ line: 7, column: 'Partner Key', message: 'The partner key "Ada Lovelace!" may use lowercase letters and digits only: no spaces, capitals or special characters.' }],
    [{ line: 8, column: 'Partner Key', message: `The partner key "${ctx.other.key}" is already used by another partnership in this program.` }],
    [{ line: 9, column: 'Group', message: 'There is no group "Silver Circle" in this program.' }],
    [{ line: 10, column: 'Manager Email', message: 'stranger@program.example is not a manager of this program.' }],
    [{ line: 11, column: 'Joined', message: '"2024-13-01" is not a date: use YYYY-MM-DD, an ISO date-time, MM/DD/YYYY or DD.MM.YYYY.' }],
    [{ line: 12, column: 'Joined', message: '"31/02/2024" is not a date: use YYYY-MM-DD, an ISO date-time, MM/DD/YYYY or DD.MM.YYYY.' }],
    [{ line: 13, column: 'Access Level', message: '"superuser" is not an access level: use Owner, Admin, Finance or Member.' }],
    [{ line: 14, column: 'Contract signed', message: 'Contract signed: Use true or false.' }],
    [{ line: 15, column: 'Regions', message: 'Regions: "Mars" is not one of: EMEA, APAC, AMER.' }],
    [{ line: 16, column: 'Renewal date', message: 'Renewal date: Enter a date as YYYY-MM-DD.' }],
    [{ line: 17, column: 'Partner Key', message: `The partner key "${'x'.repeat(41)}" is longer than 40 characters.` }],
  ]);
});

test('a row with several problems lists them all; a required field with no column is missing on every row', async () => {
  const headers = HEADERS.filter((h) => h !== 'VAT ID');
  const v = await validator({}, headers);
  const row = cells({ Email: 'bad@', Group: 'Nope' });
  const [outcome] = await v.validate([{ line: 5, cells: row.filter((_, i) => HEADERS[i] !== 'VAT ID') }]);
  expect(problemsOf(outcome)).toEqual([
    { line: 5, column: 'Email', message: '"bad@" is not a valid email address.' },
    { line: 5, column: 'Group', message: 'There is no group "Nope" in this program.' },
    { line: 5, message: 'VAT ID is required.' },
  ]);
});

test('an email or partner key seen earlier in the file is a problem, across batches too', async () => {
  const v = await validator();
  const first = await v.validate([
    { line: 2, cells: cells({ Email: 'twice@import.example', 'Partner Key': 'twicekey' }) },
    { line: 3, cells: cells() },
  ]);
  expect(first.map((o) => o.action)).toEqual(['create', 'create']);
  const second = await v.validate([
    { line: 4, cells: cells({ Email: 'TWICE@import.example' }) },
    { line: 5, cells: cells({ 'Partner Key': 'twicekey' }) },
  ]);
  expect(second.map(problemsOf)).toEqual([
    [{ line: 4, column: 'Email', message: 'twice@import.example is also on line 2: import each partner once.' }],
    [{ line: 5, column: 'Partner Key', message: 'The partner key "twicekey" is also on line 2.' }],
  ]);
});

test('SKIP: an email with a live partnership in the program is skipped, whatever else the row holds', async () => {
  const v = await validator({ duplicateMode: 'SKIP' });
  const outcomes = await v.validate([
    { line: 2, cells: cells({ Email: ctx.existing.email.toUpperCase(), 'Partner Key': ctx.existing.key }) },
    { line: 3, cells: cells({ Email: ctx.other.email, Tier: '' }) },
  ]);
  expect(outcomes).toEqual([
    { line: 2, action: 'skip', partnershipId: ctx.existing.partnership.id, email: ctx.existing.email },
    { line: 3, action: 'skip', partnershipId: ctx.other.partnership.id, email: ctx.other.email },
  ]);
});

test('a declined partnership is not live: its email imports anew, but its key stays taken in the program', async () => {
  const declinedEmail = `declined-${Date.now().toString(36)}@partners.example`;
  const declined = await insertPartnership(app.db, ctx.program.id, { email: declinedEmail, key: `declinedkey${sequence}`, status: 'DECLINED', customFieldValues: { tier: 'Gold', vat_id: 'X' } });
  const v = await validator({ duplicateMode: 'SKIP' });
  const outcomes = await v.validate([
    { line: 2, cells: cells({ Email: declinedEmail }) },
    { line: 3, cells: cells({ 'Partner Key': declined.partnership.partnerKey }) },
  ]);
  expect(outcomes[0]).toMatchObject({ line: 2, action: 'create', row: { email: declinedEmail } });
  expect(problemsOf(outcomes[1])).toEqual([
    { line: 3, column: 'Partner Key', message: `The partner key "${declined.partnership.partnerKey}" is already used by another partnership in this program.` },
  ]);
});

test('UPDATE: the row updates the live partnership; its own key is no conflict, another’s is; required values may come from the partnership', async () => {
  const v = await validator({ duplicateMode: 'UPDATE' });
  const outcomes = await v.validate([
    { line: 2, cells: cells({ Email: ctx.existing.email, 'Partner Key': ctx.existing.key, Tier: '', 'VAT ID': '', Group: 'Resellers' }) },
  ]);
  expect(outcomes[0]).toEqual({
    line: 2,
    action: 'update',
    partnershipId: ctx.existing.partnership.id,
    row: expect.objectContaining({ email: ctx.existing.email, partnerKey: ctx.existing.key, groupId: ctx.groups.resellers.id, customFieldValues: {} }),
  });
  const [taken] = await (await validator({ duplicateMode: 'UPDATE' })).validate([{ line: 3, cells: cells({ Email: ctx.other.email, 'Partner Key': ctx.existing.key }) }]);
  expect(problemsOf(taken)).toEqual([
    { line: 3, column: 'Partner Key', message: `The partner key "${ctx.existing.key}" is already used by another partnership in this program.` },
  ]);
  // With no group in the row or the import, an update keeps the partnership's group.
  const [keep] = await (await validator({ duplicateMode: 'UPDATE' })).validate([{ line: 2, cells: cells({ Email: ctx.existing.email }) }]);
  expect(keep).toMatchObject({ action: 'update', row: { groupId: null } });
});

test('dates: ISO, ISO date-time, dotted European, and slashed dates read by dateOrder (MDY by default)', async () => {
  const joined = async (text: string, options: Partial<ImportOptions> = {}) => {
    const [outcome] = await (await validator(options)).validate([{ line: 2, cells: cells({ Joined: text }) }]);
    if (outcome.action !== 'create') throw new Error(JSON.stringify(outcome));
    return outcome.row.joinedAt?.toISOString();
  };
  expect(await joined('2024-03-15')).toBe('2024-03-15T00:00:00.000Z');
  expect(await joined('2024-03-15T14:20:50.403Z')).toBe('2024-03-15T14:20:50.403Z');
  expect(await joined('2024-03-15 14:20')).toBe('2024-03-15T14:20:00.000Z');
  expect(await joined('2024-03-15T16:20:00+02:00')).toBe('2024-03-15T14:20:00.000Z');
  expect(await joined('15.03.2024')).toBe('2024-03-15T00:00:00.000Z');
  expect(await joined('01/02/2024')).toBe('2024-01-02T00:00:00.000Z');
  expect(await joined('01/02/2024', { dateOrder: 'DMY' })).toBe('2024-02-01T00:00:00.000Z');
  expect(await joined('3/15/2024')).toBe('2024-03-15T00:00:00.000Z');
  const [dmyFails] = await (await validator({ dateOrder: 'DMY' })).validate([{ line: 9, cells: cells({ Joined: '3/15/2024' }) }]);
  expect(problemsOf(dmyFails)).toEqual([{ line: 9, column: 'Joined', message: '"3/15/2024" is not a date: use YYYY-MM-DD, an ISO date-time, DD/MM/YYYY or DD.MM.YYYY.' }]);
});

test('a mapping without email, with an unknown or archived custom field, or an unknown target group is refused before any row', async () => {
  const refused = async (run: () => Promise<unknown>) => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).userErrors.map((e) => ({ field: e.field.join('.'), message: e.message }));
  };
  expect(await refused(() => createRowValidator(app.db, ctx.program, ['Name'], { 0: 'firstName' }, { duplicateMode: 'SKIP' }))).toEqual([
    { field: 'mapping', message: 'Choose the column that holds the partners’ email addresses.' },
  ]);
  expect(await refused(() => createRowValidator(app.db, ctx.program, ['Email', 'Legacy'], { 0: 'email', 1: 'customField:legacy' }, { duplicateMode: 'SKIP' }))).toEqual([
    { field: 'mapping.1', message: '"legacy" is not a custom field of this program.' },
  ]);
  expect(await refused(() => createRowValidator(app.db, ctx.program, ['Email', 'LinkedIn'], { 0: 'email', 1: 'customField:linkedin' }, { duplicateMode: 'SKIP' }))).toEqual([
    { field: 'mapping.1', message: '"linkedin" is not a custom field of this program.' },
  ]);
  const elsewhere = await createImportProgram(app.db);
  expect(await refused(() => createRowValidator(app.db, ctx.program, ['Email'], { 0: 'email' }, { duplicateMode: 'SKIP', groupId: elsewhere.groups.gold.id }))).toEqual([
    { field: 'groupId', message: 'Choose a group of this program.' },
  ]);
});

test('a batch costs the same statements whether it has 10 rows or 500', async () => {
  const batch = (size: number, firstLine: number): ImportRecord[] =>
    Array.from({ length: size }, (_, i) => ({
      line: firstLine + i,
      cells: cells({
        // Every kind of lookup in play: existing emails, keys (free and taken), groups and managers.
        Email: i === 0 ? ctx.existing.email : undefined,
        'Partner Key': i === 1 ? ctx.other.key : `bulk${firstLine + i}x${sequence}`,
        Group: i % 2 ? 'Resellers' : 'gold partners',
        'Manager Email': i % 3 ? ctx.manager.email : ctx.secondManager.email,
      }),
    }));
  const statementsFor = async (records: ImportRecord[]) => {
    const v = await validator({ duplicateMode: 'UPDATE' });
    const before = app.queries.count;
    const outcomes = await v.validate(records);
    return { statements: app.queries.count - before, outcomes };
  };
  const small = await statementsFor(batch(10, 2));
  const large = await statementsFor(batch(500, 2));
  expect(small.outcomes.map((o) => o.action).slice(0, 3)).toEqual(['update', 'reject', 'create']);
  expect(large.outcomes.filter((o) => o.action === 'create')).toHaveLength(498);
  expect(small.statements).toBe(2);
  expect(large.statements).toBe(small.statements);
});
