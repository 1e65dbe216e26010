import { and, eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, customFieldDefinitions, partnershipMembers, partnerships } from '../src/server/db/schema';
import { activeFieldDefinitions } from '../src/server/custom-fields/list-custom-fields';
import { fromGlobalId } from '../src/server/shared/ids';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import type { CreateCustomFieldInput, UpdateCustomFieldInput } from '../src/gql/graphql';
import { callerHeaders, startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createClaimedPartner, insertPartnership, parseCsv, stateDigest } from './support/partners';

const CfCreate = graphql(`
  mutation TestCfCreate($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField { id entity key label helpText type options required archivedAt }
      userErrors { field message code }
    }
  }
`);

const CfUpdate = graphql(`
  mutation TestCfUpdate($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      customField { id key label helpText type options required archivedAt }
      userErrors { field message code }
    }
  }
`);

const CfReorder = graphql(`
  mutation TestCfReorder($input: ReorderCustomFieldsInput!) {
    reorderCustomFields(input: $input) {
      customFields { id key archivedAt }
      userErrors { field message code }
    }
  }
`);

const CfArchive = graphql(`
  mutation TestCfArchive($input: CustomFieldIdInput!) {
    archiveCustomField(input: $input) {
      customField { id key archivedAt }
      userErrors { field message code }
    }
  }
`);

const CfRestore = graphql(`
  mutation TestCfRestore($input: CustomFieldIdInput!) {
    restoreCustomField(input: $input) {
      customField { id key archivedAt }
      userErrors { field message code }
    }
  }
`);

const CfList = graphql(`
  query TestCfList($programId: ID!, $entity: CustomFieldEntity, $includeArchived: Boolean) {
    customFields(programId: $programId, entity: $entity, includeArchived: $includeArchived) { id entity key label type archivedAt }
  }
`);

const CfProgramDefinitions = graphql(`
  query TestCfProgramDefinitions($slug: String!) {
    program(slug: $slug) {
      customFieldDefinitions(entity: PARTNERSHIP) { key label helpText }
      all: customFieldDefinitions(includeArchived: true) { key archivedAt }
    }
  }
`);

const CfPartnership = graphql(`
  query TestCfPartnership($id: ID!) {
    partnership(id: $id) {
      customFields { key value }
      members { customFields { key value } }
    }
  }
`);

const CfPartners = graphql(`
  query TestCfPartners($programId: ID!, $filter: PartnershipFilter) {
    partnerships(programId: $programId, filter: $filter) { totalCount edges { node { id } } }
  }
`);

const CfUpdatePartnership = graphql(`
  mutation TestCfUpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership { customFields { key value } }
      userErrors { field message code }
    }
  }
`);

const CfAddPartner = graphql(`
  mutation TestCfAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id customFields { key value } }
      userErrors { field message code }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

async function create(ctx: Ctx, input: Partial<CreateCustomFieldInput> & { key: string }, caller: Caller = { cookie: ctx.cookie }) {
  const res = await app.gql(CfCreate, { input: { programId: ctx.programId, entity: 'PARTNERSHIP', label: input.key, type: 'TEXT', ...input } }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.createCustomField;
}

async function created(ctx: Ctx, input: Partial<CreateCustomFieldInput> & { key: string }) {
  const payload = await create(ctx, input);
  expect(payload.userErrors).toEqual([]);
  return payload.customField!;
}

async function update(ctx: Ctx, input: UpdateCustomFieldInput, caller: Caller = { cookie: ctx.cookie }) {
  const res = await app.gql(CfUpdate, { input }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.updateCustomField;
}

async function storedValues(partnershipId: string) {
  const [row] = await app.db.select({ v: partnerships.customFieldValues }).from(partnerships).where(eq(partnerships.id, partnershipId));
  return row.v;
}

async function csvHeader(slug: string, caller: Caller) {
  const response = await exportCsv(new Request(`http://localhost:3000/api/programs/${slug}/partners.csv`, { headers: callerHeaders(caller) }), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

describe('creating custom fields', () => {
  it('creates every type, in order, with help text and options for the choice types; records an event', async () => {
    const ctx = await createProgramWithManager(app.db);
    const types = ['TEXT', 'LONG_TEXT', 'NUMBER', 'CURRENCY', 'URL', 'DATE', 'BOOLEAN', 'SELECT', 'MULTI_SELECT', 'COUNTRY', 'REGION'] as const;
    for (const type of types) {
      const options = type === 'SELECT' || type === 'MULTI_SELECT' ? [' Gold ', 'Silver'] : undefined;
      const field = await created(ctx, { key: `f_${type.toLowerCase()}`, label: `Field ${type}`, type, options, helpText: type === 'URL' ? '  Their main site.  ' : undefined, required: type === 'DATE' });
      expect(field).toMatchObject({ entity: 'PARTNERSHIP', type, required: type === 'DATE', archivedAt: null, options: options ? ['Gold', 'Silver'] : [] });
    }
    const list = await app.gql(CfList, { programId: ctx.programId, entity: 'PARTNERSHIP' }, { cookie: ctx.cookie });
    expect(list.data!.customFields.map((f) => f.type)).toEqual([...types]);
    const [url] = await app.db.select().from(customFieldDefinitions).where(and(eq(customFieldDefinitions.programId, ctx.program.id), eq(customFieldDefinitions.key, 'f_url')));
    expect(url.helpText).toBe('Their main site.');
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'custom_field.created')));
    expect(events).toHaveLength(types.length);
    expect(events[0].actorUserId).toBe(ctx.manager.id);
  });

  it('member fields are their own list; the same key may be used once per entity', async () => {
    const ctx = await createProgramWithManager(app.db);
    await created(ctx, { key: 'region' });
    const member = await created(ctx, { key: 'region', entity: 'MEMBER', type: 'REGION' });
    expect(member.entity).toBe('MEMBER');
    const list = await app.gql(CfList, { programId: ctx.programId, entity: 'MEMBER' }, { cookie: ctx.cookie });
    expect(list.data!.customFields.map((f) => [f.entity, f.key])).toEqual([['MEMBER', 'region']]);
  });

  it('refuses a taken key with TAKEN, naming the field (and says when the holder is archived)', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tier = await created(ctx, { key: 'tier', label: 'Tier' });
    const taken = await create(ctx, { key: 'tier', label: 'Another' });
    expect(taken.customField).toBeNull();
    expect(taken.userErrors).toEqual([{ field: ['key'], code: 'TAKEN', message: expect.stringContaining('"Tier" already uses the key tier') }]);
    await app.gql(CfArchive, { input: { customFieldId: tier.id } }, { cookie: ctx.cookie });
    const archived = await create(ctx, { key: 'tier' });
    expect(archived.userErrors[0]).toMatchObject({ field: ['key'], code: 'TAKEN', message: expect.stringContaining('archived') });
  });

  it('validates key, label, options and help text, and writes nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const before = await stateDigest(app.db);
    const cases: [Partial<CreateCustomFieldInput> & { key: string }, string[], string][] = [
      [{ key: 'Tier' }, ['key'], 'lowercase'],
      [{ key: '1tier' }, ['key'], 'starting with a letter'],
      [{ key: 'tier-x' }, ['key'], 'underscores'],
      [{ key: 'tier', label: '   ' }, ['label'], 'Enter a label'],
      [{ key: 'tier', type: 'SELECT' }, ['options'], 'at least one option'],
      [{ key: 'tier', type: 'SELECT', options: [] }, ['options'], 'at least one option'],
      [{ key: 'tier', type: 'MULTI_SELECT', options: ['Gold', 'gold'] }, ['options', '1'], 'listed twice'],
      [{ key: 'tier', type: 'SELECT', options: ['Gold', ' '] }, ['options', '1'], 'cannot be empty'],
      [{ key: 'tier', type: 'NUMBER', options: ['1'] }, ['options'], 'no options'],
      [{ key: 'tier', helpText: 'x'.repeat(301) }, ['helpText'], '300'],
    ];
    for (const [input, field, message] of cases) {
      const payload = await create(ctx, input);
      expect(payload.customField).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })]);
    }
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await activeFieldDefinitions(app.db, ctx.program.id, 'PARTNERSHIP')).toEqual([]);
  });
});

describe('editing, type changes and options', () => {
  it('edits label, help text, required and options; the key cannot be changed', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tier = await created(ctx, { key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'] });
    const edited = await update(ctx, { customFieldId: tier.id, label: 'Partner tier', helpText: 'Set at the yearly review.', required: true, options: ['Gold', 'Silver', 'Bronze'] });
    expect(edited.userErrors).toEqual([]);
    expect(edited.customField).toMatchObject({ key: 'tier', label: 'Partner tier', helpText: 'Set at the yearly review.', required: true, options: ['Gold', 'Silver', 'Bronze'] });
    const cleared = await update(ctx, { customFieldId: tier.id, helpText: '' });
    expect(cleared.customField!.helpText).toBeNull();
    const res = await app.gql(CfUpdate, { input: { customFieldId: tier.id, key: 'other' } as UpdateCustomFieldInput }, { cookie: ctx.cookie });
    expect(res.errors?.[0].message).toMatch(/key/);
    const [row] = await app.db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.programId, ctx.program.id));
    expect(row.key).toBe('tier');
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'custom_field.updated')));
    expect(events[0].data).toMatchObject({ key: 'tier', before: { label: 'Tier' }, after: { label: 'Partner tier', required: true } });
  });

  it('refuses a type change that stored values would not fit, naming how many, and keeps the values', async () => {
    const ctx = await createProgramWithManager(app.db);
    const seats = await created(ctx, { key: 'seats', label: 'Seats', type: 'TEXT' });
    const a = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { seats: '12' } });
    const b = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { seats: 'a dozen' } });
    const c = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { seats: 'many' }, status: 'ACTIVE' });
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, c.partnership.id));
    const before = await stateDigest(app.db);
    const refused = await update(ctx, { customFieldId: seats.id, type: 'NUMBER' });
    expect(refused.customField).toBeNull();
    // The removed partnership counts: the export still shows its values.
    expect(refused.userErrors).toEqual([{ field: ['type'], code: 'CONFLICT', message: expect.stringMatching(/Seats cannot become a number field: 2 partnerships hold values that would not fit \("(a dozen|many)", "(a dozen|many)"\)/) }]);
    expect(await stateDigest(app.db)).toEqual(before);
    const [def] = await app.db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.programId, ctx.program.id));
    expect(def.type).toBe('TEXT');
    expect(await storedValues(b.partnership.id)).toEqual({ seats: 'a dozen' });

    // Once the values fit, the change goes through and the values take the new type's form.
    await app.db.update(partnerships).set({ customFieldValues: { seats: '24' } }).where(eq(partnerships.id, b.partnership.id));
    await app.db.update(partnerships).set({ customFieldValues: {} }).where(eq(partnerships.id, c.partnership.id));
    const changed = await update(ctx, { customFieldId: seats.id, type: 'NUMBER' });
    expect(changed.userErrors).toEqual([]);
    expect(changed.customField!.type).toBe('NUMBER');
    expect(await storedValues(a.partnership.id)).toEqual({ seats: 12 });
    expect(await storedValues(b.partnership.id)).toEqual({ seats: 24 });
    const page = await app.gql(CfPartnership, { id: a.id }, { cookie: ctx.cookie });
    expect(page.data!.partnership!.customFields).toEqual([{ key: 'seats', value: '12' }]);
  });

  it('single choice becomes multiple choice keeping what was picked; back again while each holds one', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tier = await created(ctx, { key: 'tier', type: 'SELECT', options: ['Gold', 'Silver'] });
    const p = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { tier: 'Gold' } });
    expect((await update(ctx, { customFieldId: tier.id, type: 'MULTI_SELECT' })).userErrors).toEqual([]);
    expect(await storedValues(p.partnership.id)).toEqual({ tier: ['Gold'] });
    expect((await update(ctx, { customFieldId: tier.id, type: 'SELECT' })).userErrors).toEqual([]);
    expect(await storedValues(p.partnership.id)).toEqual({ tier: 'Gold' });
    // To text: the options go, the value stays.
    const text = await update(ctx, { customFieldId: tier.id, type: 'TEXT' });
    expect(text.customField).toMatchObject({ type: 'TEXT', options: [] });
    expect(await storedValues(p.partnership.id)).toEqual({ tier: 'Gold' });
    // To a choice type without options: refused.
    expect((await update(ctx, { customFieldId: tier.id, type: 'SELECT' })).userErrors).toEqual([expect.objectContaining({ field: ['options'], message: 'Add at least one option.' })]);
  });

  it('refuses removing an option stored values use (partnership and member fields), and allows removing unused ones', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tier = await created(ctx, { key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver', 'Bronze'] });
    await insertPartnership(app.db, ctx.program.id, { customFieldValues: { tier: 'Gold' } });
    await insertPartnership(app.db, ctx.program.id, { customFieldValues: { tier: 'Gold' } });
    const before = await stateDigest(app.db);
    const refused = await update(ctx, { customFieldId: tier.id, options: ['Silver', 'Bronze'] });
    expect(refused.userErrors).toEqual([{ field: ['options'], code: 'CONFLICT', message: expect.stringContaining('"Gold" cannot be removed from Tier: 2 partnerships use it') }]);
    expect(await stateDigest(app.db)).toEqual(before);
    const ok = await update(ctx, { customFieldId: tier.id, options: ['Gold', 'Platinum'] });
    expect(ok.userErrors).toEqual([]);
    expect(ok.customField!.options).toEqual(['Gold', 'Platinum']);

    const skills = await created(ctx, { key: 'skills', label: 'Skills', entity: 'MEMBER', type: 'MULTI_SELECT', options: ['SEO', 'Ads', 'Email'] });
    const p = await insertPartnership(app.db, ctx.program.id);
    await app.db.update(partnershipMembers).set({ customFieldValues: { skills: ['SEO', 'Ads'] } }).where(eq(partnershipMembers.partnershipId, p.partnership.id));
    const memberRefused = await update(ctx, { customFieldId: skills.id, options: ['SEO', 'Email'] });
    expect(memberRefused.userErrors).toEqual([{ field: ['options'], code: 'CONFLICT', message: expect.stringContaining('"Ads" cannot be removed from Skills: 1 member uses it') }]);
    expect((await update(ctx, { customFieldId: skills.id, options: ['SEO', 'Ads'] })).userErrors).toEqual([]);
  });
});

describe('reordering', () => {
  it('puts the active fields in the given order, archived ones after; refuses lists that leave one out or repeat one', async () => {
    const ctx = await createProgramWithManager(app.db);
    const a = await created(ctx, { key: 'a' });
    const b = await created(ctx, { key: 'b' });
    const c = await created(ctx, { key: 'c' });
    const m = await created(ctx, { key: 'm', entity: 'MEMBER' });
    await app.gql(CfArchive, { input: { customFieldId: b.id } }, { cookie: ctx.cookie });
    const res = await app.gql(CfReorder, { input: { programId: ctx.programId, entity: 'PARTNERSHIP', customFieldIds: [c.id, a.id] } }, { cookie: ctx.cookie });
    expect(res.data!.reorderCustomFields.userErrors).toEqual([]);
    expect(res.data!.reorderCustomFields.customFields!.map((f) => f.key)).toEqual(['c', 'a', 'b']);
    expect((await activeFieldDefinitions(app.db, ctx.program.id, 'PARTNERSHIP')).map((d) => d.key)).toEqual(['c', 'a']);
    const before = await stateDigest(app.db);
    for (const [ids, field] of [
      [[c.id], ['customFieldIds']],
      [[c.id, a.id, a.id], ['customFieldIds', '2']],
      [[c.id, a.id, b.id], ['customFieldIds', '2']],
      [[c.id, a.id, m.id], ['customFieldIds', '2']],
    ] as [string[], string[]][]) {
      const bad = await app.gql(CfReorder, { input: { programId: ctx.programId, entity: 'PARTNERSHIP', customFieldIds: ids } }, { cookie: ctx.cookie });
      expect(bad.data!.reorderCustomFields.userErrors).toEqual([expect.objectContaining({ field })]);
    }
    expect(await stateDigest(app.db)).toEqual(before);
  });
});

describe('archiving and restoring', () => {
  it('hides the field from pages, lists, the add form data, filters and the export; keeps the values; restore brings them back', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tier = await created(ctx, { key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], required: true });
    await created(ctx, { key: 'notes', label: 'Notes' });
    const p = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { tier: 'Gold', notes: 'hello' } });
    const caller = { cookie: ctx.cookie };
    const goldFilter = { customFields: [{ key: 'tier', values: ['Gold'] }] };
    expect((await app.gql(CfPartners, { programId: ctx.programId, filter: goldFilter }, caller)).data!.partnerships.totalCount).toBe(1);
    expect((await csvHeader(ctx.program.slug, caller)).header).toContain('tier');

    const archived = await app.gql(CfArchive, { input: { customFieldId: tier.id } }, caller);
    expect(archived.data!.archiveCustomField.customField!.archivedAt).not.toBeNull();
    const again = await app.gql(CfArchive, { input: { customFieldId: tier.id } }, caller);
    expect(again.data!.archiveCustomField.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', message: 'Tier is already archived.' })]);

    const defs = await app.gql(CfProgramDefinitions, { slug: ctx.program.slug }, caller);
    expect(defs.data!.program!.customFieldDefinitions.map((d) => d.key)).toEqual(['notes']);
    expect(defs.data!.program!.all.find((d) => d.key === 'tier')!.archivedAt).not.toBeNull();
    expect((await app.gql(CfList, { programId: ctx.programId }, caller)).data!.customFields.map((f) => f.key)).toEqual(['notes']);
    expect((await app.gql(CfList, { programId: ctx.programId, includeArchived: true }, caller)).data!.customFields.map((f) => f.key)).toEqual(['tier', 'notes']);
    expect((await app.gql(CfPartnership, { id: p.id }, caller)).data!.partnership!.customFields).toEqual([{ key: 'notes', value: 'hello' }]);
    expect((await app.gql(CfPartners, { programId: ctx.programId, filter: goldFilter }, caller)).data!.partnerships.totalCount).toBe(0);
    const csv = await csvHeader(ctx.program.slug, caller);
    expect(csv.header).not.toContain('tier');
    expect(csv.header).toContain('notes');
    expect(await storedValues(p.partnership.id)).toEqual({ tier: 'Gold', notes: 'hello' });

    // Writes: an archived field cannot be set, is no longer required, and its value survives other edits.
    const setArchived = await app.gql(CfUpdatePartnership, { input: { partnershipId: p.id, customFields: [{ key: 'tier', value: 'Silver' }] } }, caller);
    expect(setArchived.data!.updatePartnership.userErrors).toEqual([expect.objectContaining({ field: ['customFields', '0'], code: 'NOT_ALLOWED', message: expect.stringContaining('Tier is archived') })]);
    const edit = await app.gql(CfUpdatePartnership, { input: { partnershipId: p.id, customFields: [{ key: 'notes', value: 'changed' }] } }, caller);
    expect(edit.data!.updatePartnership.userErrors).toEqual([]);
    expect(await storedValues(p.partnership.id)).toEqual({ tier: 'Gold', notes: 'changed' });
    const added = await app.gql(CfAddPartner, { input: { programId: ctx.programId, email: 'new@partner.example', firstName: 'New', lastName: 'Partner', companyName: 'New Co' } }, caller);
    expect(added.data!.addPartner.userErrors).toEqual([]);
    const addArchived = await app.gql(CfAddPartner, { input: { programId: ctx.programId, email: 'other@partner.example', firstName: 'O', lastName: 'P', companyName: 'Other', customFields: [{ key: 'tier', value: 'Gold' }] } }, caller);
    expect(addArchived.data!.addPartner.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);

    const restored = await app.gql(CfRestore, { input: { customFieldId: tier.id } }, caller);
    expect(restored.data!.restoreCustomField.customField!.archivedAt).toBeNull();
    expect((await app.gql(CfPartnership, { id: p.id }, caller)).data!.partnership!.customFields).toEqual([
      { key: 'notes', value: 'changed' },
      { key: 'tier', value: 'Gold' },
    ]);
    expect((await app.gql(CfPartners, { programId: ctx.programId, filter: goldFilter }, caller)).data!.partnerships.totalCount).toBe(1);
    expect((await csvHeader(ctx.program.slug, caller)).records.find((r) => r.tier === 'Gold')).toBeDefined();
    const notArchived = await app.gql(CfRestore, { input: { customFieldId: tier.id } }, caller);
    expect(notArchived.data!.restoreCustomField.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const actions = (await app.db.select().from(auditEvents).where(eq(auditEvents.subjectId, fromGlobalId('CustomField', tier.id)!)).orderBy(auditEvents.id)).map((e) => e.action);
    expect(actions).toEqual(['custom_field.created', 'custom_field.archived', 'custom_field.restored']);
  });

  it('filters the new types: multiple choice by one option, country by code, yes/no', async () => {
    const ctx = await createProgramWithManager(app.db);
    await created(ctx, { key: 'skills', type: 'MULTI_SELECT', options: ['SEO', 'Ads'] });
    await created(ctx, { key: 'country', type: 'COUNTRY' });
    await created(ctx, { key: 'vip', type: 'BOOLEAN' });
    await insertPartnership(app.db, ctx.program.id, { customFieldValues: { skills: ['SEO', 'Ads'], country: 'DE', vip: true } });
    await insertPartnership(app.db, ctx.program.id, { customFieldValues: { skills: ['Ads'], country: 'FR', vip: false } });
    const count = async (key: string, value: string) =>
      (await app.gql(CfPartners, { programId: ctx.programId, filter: { customFields: [{ key, values: [value] }] } }, { cookie: ctx.cookie })).data!.partnerships.totalCount;
    expect(await count('skills', 'SEO')).toBe(1);
    expect(await count('skills', 'Ads')).toBe(2);
    expect(await count('country', 'DE')).toBe(1);
    expect(await count('vip', 'true')).toBe(1);
    expect(await count('vip', 'false')).toBe(1);
    expect(await count('unknown', 'x')).toBe(0);
  });
});

describe('reading definitions', () => {
  it('lists a program’s fields in a fixed number of statements, however many there are', async () => {
    const ctx = await createProgramWithManager(app.db);
    const statements = async () => {
      const before = app.queries.count;
      const res = await app.gql(CfList, { programId: ctx.programId, includeArchived: true }, { cookie: ctx.cookie });
      expect(res.errors).toBeUndefined();
      return { statements: app.queries.count - before, fields: res.data!.customFields.length };
    };
    await created(ctx, { key: 'one' });
    const few = await statements();
    for (let i = 0; i < 8; i += 1) await created(ctx, { key: `more_${i}`, entity: i % 2 ? 'MEMBER' : 'PARTNERSHIP' });
    const many = await statements();
    expect([few.fields, many.fields]).toEqual([1, 9]);
    expect(many.statements).toBe(few.statements);
  });
});

describe('who may define fields', () => {
  it('API keys may; another program’s manager gets NOT_FOUND; partner members are refused', async () => {
    const ctx = await createProgramWithManager(app.db);
    const key = await createApiKeyFor(app.db, ctx.program.id);
    const byKey = await create(ctx, { key: 'from_api' }, { bearer: key.secret });
    expect(byKey.userErrors).toEqual([]);
    const fieldId = byKey.customField!.id;

    const other = await createProgramWithManager(app.db);
    const partner = await createClaimedPartner(app.db, 'Partner Co', [{ email: `owner-${Date.now()}@p.example`, level: 'OWNER' }]);
    const before = await stateDigest(app.db);
    for (const [caller, code] of [
      [{ cookie: other.cookie }, 'NOT_FOUND'],
      [{ cookie: partner.members.OWNER.cookie }, 'FORBIDDEN'],
      [{ bearer: (await createApiKeyFor(app.db, other.program.id)).secret }, 'NOT_FOUND'],
    ] as [Caller, string][]) {
      const createRes = await app.gql(CfCreate, { input: { programId: ctx.programId, entity: 'PARTNERSHIP', key: 'intruder', label: 'X', type: 'TEXT' } }, caller);
      expect(createRes.errors?.[0].extensions?.code).toBe(code);
      for (const res of [
        await app.gql(CfUpdate, { input: { customFieldId: fieldId, label: 'Hacked' } }, caller),
        await app.gql(CfArchive, { input: { customFieldId: fieldId } }, caller),
        await app.gql(CfRestore, { input: { customFieldId: fieldId } }, caller),
        await app.gql(CfReorder, { input: { programId: ctx.programId, entity: 'PARTNERSHIP', customFieldIds: [fieldId] } }, caller),
        await app.gql(CfList, { programId: ctx.programId }, caller),
      ]) {
        expect(res.errors?.[0].extensions?.code).toBe(code);
      }
    }
    // (The other program's API key creation above is the only change.)
    const after = await stateDigest(app.db);
    expect(after.partnerships).toEqual(before.partnerships);
    expect(after.auditEvents).toEqual(before.auditEvents);
    const [def] = await app.db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.programId, ctx.program.id));
    expect(def).toMatchObject({ key: 'from_api', label: 'from_api', archivedAt: null });
    expect(await app.db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.key, 'intruder'))).toEqual([]);
  });
});
