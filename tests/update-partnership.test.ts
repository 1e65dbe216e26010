import { and, asc, eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, customFieldDefinitions, groups, partnerKeys, partnerships } from '../src/server/db/schema';
import { newJoinToken } from '../src/server/groups/rules';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { addProgramManager, createApiKeyFor, createProgramWithManager } from './support/factories';
import { auditActionsFor, insertPartnership, stateDigest } from './support/partners';
import type { UpdatePartnershipInput } from '../src/gql/graphql';

const UpdatePartnership = graphql(`
  mutation TestUpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership {
        id
        partnerKey
        keyAliases
        referralUrl
        programManager { id email }
        group { id name }
        customFields { key value }
      }
      userErrors { field message code }
    }
  }
`);

const UpdateActivity = graphql(`
  query TestUpdateActivity($id: ID!, $first: Int) {
    partnership(id: $id) {
      status
      activity(first: $first) { action summary actor }
    }
  }
`);

const UpdateAddPartner = graphql(`
  mutation TestUpdateAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id partnerKey }
      userErrors { field message code }
    }
  }
`);

const UpdateRemovePartners = graphql(`
  mutation TestUpdateRemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) { removedCount userErrors { field message code } }
  }
`);

const UpdateSearch = graphql(`
  query TestUpdateSearch($programId: ID!, $search: String!) {
    partnerships(programId: $programId, filter: { search: $search }) { edges { node { partnerKey } } }
  }
`);

/** A partnership's audit events, oldest first: the factory's opening event, then what the test did. */
const eventsOf = (partnershipId: string) => app.db.select().from(auditEvents).where(eq(auditEvents.partnershipId, partnershipId)).orderBy(asc(auditEvents.id));
const OPENED = { action: 'partnership.added', summary: 'Added to the program', actor: null };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

function update(ctx: Ctx, input: UpdatePartnershipInput, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(UpdatePartnership, { input }, caller);
}

async function keyRows(programId: string) {
  const rows = await app.db.select().from(partnerKeys).where(eq(partnerKeys.programId, programId));
  return Object.fromEntries(rows.map((r) => [r.key, r.partnershipId]));
}

describe('updatePartnership: partner key', () => {
  it('changes the key, keeps the old one as an alias, records the change and makes the new key searchable', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'janedoe' });
    const res = await update(ctx, { partnershipId: p.id, partnerKey: '  janepartner ' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updatePartnership.userErrors).toEqual([]);
    expect(res.data?.updatePartnership.partnership).toMatchObject({
      id: p.id,
      partnerKey: 'janepartner',
      keyAliases: ['janedoe'],
      referralUrl: `http://localhost:3000/r/${ctx.program.slug}/janepartner`,
    });
    expect(await keyRows(ctx.program.id)).toEqual({ janedoe: p.partnership.id, janepartner: p.partnership.id });

    const [opened, event] = await eventsOf(p.partnership.id);
    expect(opened.action).toBe('partnership.added');
    expect(event).toMatchObject({ action: 'partnership.key_changed', actorUserId: ctx.manager.id, data: { partnerKey: { from: 'janedoe', to: 'janepartner' } } });
    const activity = await app.gql(UpdateActivity, { id: p.id }, { cookie: ctx.cookie });
    expect(activity.data?.partnership?.activity).toEqual([{ action: 'partnership.key_changed', summary: 'Partner key changed from janedoe to janepartner', actor: 'Pat Manager' }, OPENED]);

    const found = await app.gql(UpdateSearch, { programId: ctx.programId, search: 'janepart' }, { cookie: ctx.cookie });
    expect(found.data?.partnerships.edges.map((e) => e.node.partnerKey)).toEqual(['janepartner']);
  });

  it.each([
    ['capitals', 'JaneDoe', 'INVALID'],
    ['a space', 'jane doe', 'INVALID'],
    ['a hyphen', 'jane-doe', 'INVALID'],
    ['an underscore', 'jane_doe', 'INVALID'],
    ['an accent', 'janédoe', 'INVALID'],
    ['an empty key', '   ', 'INVALID'],
    ['more than 40 characters', 'a'.repeat(41), 'TOO_LONG'],
  ])('refuses a key with %s and changes nothing', async (_what, partnerKey, code) => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'original' });
    const digest = await stateDigest(app.db);
    const res = await update(ctx, { partnershipId: p.id, partnerKey });
    expect(res.data?.updatePartnership.partnership).toBeNull();
    expect(res.data?.updatePartnership.userErrors).toEqual([expect.objectContaining({ field: ['partnerKey'], code })]);
    if (code === 'INVALID') expect(res.data?.updatePartnership.userErrors[0].message).toBe('Use lowercase letters and digits only: no spaces, capitals or special characters.');
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await keyRows(ctx.program.id)).toEqual({ original: p.partnership.id });
  });

  it("refuses another partnership's key, current, old or removed, with TAKEN; another program's keys are free", async () => {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const mine = await insertPartnership(app.db, ctx.program.id, { key: 'mine' });
    const theirs = await insertPartnership(app.db, ctx.program.id, { key: 'theirold' });
    expect((await update(ctx, { partnershipId: theirs.id, partnerKey: 'theirnew' })).data?.updatePartnership.userErrors).toEqual([]);
    const gone = await insertPartnership(app.db, ctx.program.id, { key: 'removedkey' });
    await app.gql(UpdateRemovePartners, { input: { selection: { programId: ctx.programId, partnershipIds: [gone.id] }, deactivateLinks: false } }, { cookie: ctx.cookie });
    await insertPartnership(app.db, other.program.id, { key: 'elsewhere' });

    const digest = await stateDigest(app.db);
    for (const key of ['theirnew', 'theirold', 'removedkey']) {
      const res = await update(ctx, { partnershipId: mine.id, partnerKey: key });
      expect(res.data?.updatePartnership.userErrors).toEqual([{ field: ['partnerKey'], message: `The partner key "${key}" is already used in this program.`, code: 'TAKEN' }]);
    }
    expect(await stateDigest(app.db)).toEqual(digest);
    const ok = await update(ctx, { partnershipId: mine.id, partnerKey: 'elsewhere' });
    expect(ok.data?.updatePartnership.partnership?.partnerKey).toBe('elsewhere');
  });

  it('lets a partnership switch back to one of its own old keys', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'first' });
    await update(ctx, { partnershipId: p.id, partnerKey: 'second' });
    const back = await update(ctx, { partnershipId: p.id, partnerKey: 'first' });
    expect(back.data?.updatePartnership).toMatchObject({ partnership: { partnerKey: 'first', keyAliases: ['second'] }, userErrors: [] });
    expect(await keyRows(ctx.program.id)).toEqual({ first: p.partnership.id, second: p.partnership.id });
    expect(await auditActionsFor(app.db, p.partnership.id)).toEqual(['partnership.added', 'partnership.key_changed', 'partnership.key_changed']);
    // The same key again is no change and records nothing.
    const same = await update(ctx, { partnershipId: p.id, partnerKey: 'first' });
    expect(same.data?.updatePartnership.partnership?.partnerKey).toBe('first');
    expect(await auditActionsFor(app.db, p.partnership.id)).toHaveLength(3);
  });

  it('gives a contested key to exactly one of two partnerships asking at once', async () => {
    const ctx = await createProgramWithManager(app.db);
    const a = await insertPartnership(app.db, ctx.program.id);
    const b = await insertPartnership(app.db, ctx.program.id);
    const results = await Promise.all([a, b].map((p) => update(ctx, { partnershipId: p.id, partnerKey: 'contested' })));
    const codes = results.map((r) => r.data?.updatePartnership.userErrors.map((e) => e.code) ?? r.errors);
    expect(codes.sort()).toEqual([[], ['TAKEN']]);
    const [owner] = await app.db.select().from(partnerships).where(and(eq(partnerships.programId, ctx.program.id), eq(partnerships.partnerKey, 'contested')));
    expect((await keyRows(ctx.program.id)).contested).toBe(owner.id);
  });
});

describe('updatePartnership: program manager, custom fields, group', () => {
  async function programWithFields() {
    const ctx = await createProgramWithManager(app.db);
    await app.db.insert(customFieldDefinitions).values([
      { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], position: 1 },
      { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'geography', label: 'Geography', type: 'TEXT', required: true, position: 2 },
      { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'seats', label: 'Seats', type: 'NUMBER', position: 3 },
      { programId: ctx.program.id, entity: 'MEMBER', key: 'linkedin', label: 'LinkedIn', type: 'TEXT', position: 1 },
    ]);
    return ctx;
  }

  it('sets and clears the program manager, and refuses someone who does not manage the program', async () => {
    const ctx = await createProgramWithManager(app.db);
    const second = await addProgramManager(app.db, ctx.program.id, { email: `second-${Date.now()}@acme.example` });
    const outsider = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { programManagerId: ctx.manager.id });

    const set = await update(ctx, { partnershipId: p.id, programManagerId: toGlobalId('User', second.id) });
    expect(set.data?.updatePartnership.partnership?.programManager).toEqual({ id: toGlobalId('User', second.id), email: second.email });
    const [opened, event] = await eventsOf(p.partnership.id);
    expect(opened.action).toBe('partnership.added');
    expect(event).toMatchObject({ action: 'partnership.updated', data: { programManagerId: second.id } });

    // Absent leaves it alone; null clears it.
    expect((await update(ctx, { partnershipId: p.id })).data?.updatePartnership.partnership?.programManager?.email).toBe(second.email);
    const cleared = await update(ctx, { partnershipId: p.id, programManagerId: null });
    expect(cleared.data?.updatePartnership.partnership?.programManager).toBeNull();
    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, p.partnership.id));
    expect(row.programManagerId).toBeNull();

    const digest = await stateDigest(app.db);
    for (const programManagerId of [toGlobalId('User', outsider.manager.id), toGlobalId('User', 'no-such-user'), toGlobalId('Group', '00000000-0000-4000-8000-000000000000')]) {
      const res = await update(ctx, { partnershipId: p.id, programManagerId });
      expect(res.data?.updatePartnership.userErrors).toEqual([{ field: ['programManagerId'], message: 'Choose a manager of this program.', code: 'INVALID' }]);
    }
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('validates custom fields against the program’s definitions and merges them over the current values', async () => {
    const ctx = await programWithFields();
    const p = await insertPartnership(app.db, ctx.program.id, { customFieldValues: { tier: 'Gold', geography: 'Europe' } });

    const ok = await update(ctx, { partnershipId: p.id, customFields: [{ key: 'seats', value: '12' }, { key: 'tier', value: 'Silver' }] });
    expect(ok.data?.updatePartnership.partnership?.customFields).toEqual([
      { key: 'tier', value: 'Silver' },
      { key: 'geography', value: 'Europe' },
      { key: 'seats', value: '12' },
    ]);
    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, p.partnership.id));
    expect(row.customFieldValues).toEqual({ tier: 'Silver', geography: 'Europe', seats: 12 });

    const digest = await stateDigest(app.db);
    const bad = await update(ctx, {
      partnershipId: p.id,
      customFields: [
        { key: 'tier', value: 'Platinum' },
        { key: 'seats', value: 'many' },
        { key: 'linkedin', value: 'member-field' },
        { key: 'geography', value: '' },
      ],
    });
    expect(bad.data?.updatePartnership.partnership).toBeNull();
    expect(bad.data?.updatePartnership.userErrors).toEqual([
      { field: ['customFields', '0'], message: 'Tier: Choose one of: Gold, Silver.', code: 'INVALID' },
      { field: ['customFields', '1'], message: 'Seats: Enter a number.', code: 'INVALID' },
      { field: ['customFields', '2'], message: '"linkedin" is not a custom field of this program.', code: 'INVALID' },
      { field: ['customFields'], message: 'Geography is required.', code: 'REQUIRED' },
    ]);
    expect(await stateDigest(app.db)).toEqual(digest);

    // Empty clears an optional field.
    const cleared = await update(ctx, { partnershipId: p.id, customFields: [{ key: 'seats', value: null }] });
    expect(cleared.data?.updatePartnership.partnership?.customFields.find((f) => f.key === 'seats')?.value).toBeNull();
  });

  it('moves the partnership to another group of the program (with history), and refuses groups of other programs', async () => {
    const ctx = await createProgramWithManager(app.db);
    const [resellers] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Resellers', joinToken: newJoinToken() }).returning();
    const other = await createProgramWithManager(app.db);
    const [otherDefault] = await app.db.select().from(groups).where(eq(groups.programId, other.program.id));
    const p = await insertPartnership(app.db, ctx.program.id);

    const moved = await update(ctx, { partnershipId: p.id, groupId: toGlobalId('Group', resellers.id) });
    expect(moved.data?.updatePartnership.partnership?.group).toEqual({ id: toGlobalId('Group', resellers.id), name: 'Resellers' });
    expect(await auditActionsFor(app.db, p.partnership.id)).toEqual(['partnership.added', 'partnership.moved']);

    const digest = await stateDigest(app.db);
    const res = await update(ctx, { partnershipId: p.id, groupId: toGlobalId('Group', otherDefault.id) });
    expect(res.data?.updatePartnership.userErrors).toEqual([{ field: ['groupId'], message: 'Choose a group of this program.', code: 'INVALID' }]);
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('applies several changes at once as one update, or none of them when one is wrong', async () => {
    const ctx = await programWithFields();
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'multi', customFieldValues: { geography: 'APAC' } });
    const digest = await stateDigest(app.db);
    const bad = await update(ctx, { partnershipId: p.id, partnerKey: 'multinew', customFields: [{ key: 'tier', value: 'Bronze' }] });
    expect(bad.data?.updatePartnership.userErrors).toEqual([expect.objectContaining({ field: ['customFields', '0'] })]);
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await keyRows(ctx.program.id)).toEqual({ multi: p.partnership.id });

    const ok = await update(ctx, { partnershipId: p.id, partnerKey: 'multinew', customFields: [{ key: 'tier', value: 'Gold' }], programManagerId: null });
    expect(ok.data?.updatePartnership.partnership).toMatchObject({ partnerKey: 'multinew', keyAliases: ['multi'] });
    const [opened, event] = await eventsOf(p.partnership.id);
    expect(opened.action).toBe('partnership.added');
    expect(event.action).toBe('partnership.updated');
    expect(event.data).toMatchObject({ partnerKey: { from: 'multi', to: 'multinew' }, customFields: { tier: 'Gold', geography: 'APAC' } });
  });
});

describe('updatePartnership: what it does not change', () => {
  it('has no name or email fields: sending them is a GraphQL validation error', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { partnerName: 'Fixed Name Co', email: `fixed-${Date.now()}@x.example` });
    const digest = await stateDigest(app.db);
    for (const field of ['name: "New Name"', 'email: "new@x.example"', 'firstName: "New"', 'companyName: "New Co"']) {
      const response = await app.fetchGraphQL('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: ctx.cookie },
        body: JSON.stringify({ query: `mutation { updatePartnership(input: { partnershipId: "${p.id}", ${field} }) { userErrors { message } } }` }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toContain(`Field "${field.split(':')[0]}" is not defined by type "UpdatePartnershipInput"`);
    }
    // The same through variables is refused before any resolver runs.
    const viaVariables = await app.gql(UpdatePartnership, { input: { partnershipId: p.id, name: 'New Name' } as UpdatePartnershipInput }, { cookie: ctx.cookie });
    expect(viaVariables.data).toBeUndefined();
    expect(viaVariables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('refuses to update a removed partnership', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'bygone' });
    await app.gql(UpdateRemovePartners, { input: { selection: { programId: ctx.programId, partnershipIds: [p.id] }, deactivateLinks: false } }, { cookie: ctx.cookie });
    const res = await update(ctx, { partnershipId: p.id, partnerKey: 'bygonenew' });
    expect(res.data?.updatePartnership.userErrors).toEqual([
      { field: ['partnershipId'], message: 'This partner was removed from the program; add them again to make a new partnership.', code: 'CONFLICT' },
    ]);
    expect(await keyRows(ctx.program.id)).toEqual({ bygone: p.partnership.id });
  });

  it('hides partnerships of other programs (NOT_FOUND); an API key of the program may update', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'apiupdate' });
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const digest = await stateDigest(app.db);
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const res = await update(ctx, { partnershipId: p.id, partnerKey: 'stolen' }, caller);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ message: 'Partnership not found.', extensions: { code: 'NOT_FOUND' } });
    }
    for (const partnershipId of ['garbage', toGlobalId('Partnership', '00000000-0000-4000-8000-000000000000')]) {
      expect((await update(ctx, { partnershipId, partnerKey: 'x1' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await update(ctx, { partnershipId: p.id, partnerKey: 'anon' }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stateDigest(app.db)).toEqual(digest);

    const { secret, apiKey } = await createApiKeyFor(app.db, ctx.program.id, 'CRM sync');
    const res = await update(ctx, { partnershipId: p.id, partnerKey: 'apikeyed' }, { bearer: secret });
    expect(res.data?.updatePartnership.partnership?.partnerKey).toBe('apikeyed');
    const activity = await app.gql(UpdateActivity, { id: p.id }, { bearer: secret });
    expect(activity.data?.partnership?.activity).toEqual([{ action: 'partnership.key_changed', summary: 'Partner key changed from apiupdate to apikeyed', actor: 'API key CRM sync' }, OPENED]);
    const [opened, event] = await eventsOf(p.partnership.id);
    expect(opened.action).toBe('partnership.added');
    expect(event).toMatchObject({ actorApiKeyId: apiKey.id, actorUserId: null });
  });
});

describe('partnership activity timeline', () => {
  it('shows added, key changed, moved and removed, newest first', async () => {
    const ctx = await createProgramWithManager(app.db);
    const [resellers] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Resellers', joinToken: newJoinToken() }).returning();
    const email = `timeline-${Date.now()}@t.example`;
    const added = await app.gql(UpdateAddPartner, { input: { programId: ctx.programId, email, firstName: 'Tim', lastName: 'Line' } }, { cookie: ctx.cookie });
    const p = added.data!.addPartner.partnership!;
    await update(ctx, { partnershipId: p.id, partnerKey: 'timeline' });
    await update(ctx, { partnershipId: p.id, groupId: toGlobalId('Group', resellers.id) });
    await app.gql(UpdateRemovePartners, { input: { selection: { programId: ctx.programId, partnershipIds: [p.id] }, deactivateLinks: true } }, { cookie: ctx.cookie });

    const res = await app.gql(UpdateActivity, { id: p.id }, { cookie: ctx.cookie });
    expect(res.data?.partnership?.status).toBe('REMOVED');
    expect(res.data?.partnership?.activity).toEqual([
      { action: 'partnership.removed', summary: 'Removed from the program; links deactivated', actor: 'Pat Manager' },
      { action: 'partnership.moved', summary: 'Moved to the group Resellers', actor: 'Pat Manager' },
      { action: 'partnership.key_changed', summary: 'Partner key changed from timline to timeline', actor: 'Pat Manager' },
      { action: 'invite.sent', summary: `Invite sent to ${email}`, actor: 'Pat Manager' },
      { action: 'partnership.added', summary: 'Added to the program', actor: 'Pat Manager' },
    ]);
    const limited = await app.gql(UpdateActivity, { id: p.id, first: 2 }, { cookie: ctx.cookie });
    expect(limited.data?.partnership?.activity.map((a) => a.action)).toEqual(['partnership.removed', 'partnership.moved']);
  });
});
