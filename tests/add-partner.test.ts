import { eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, customFieldDefinitions, emailOutbox, invites, partnerMembers, partnerships } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { countRows, createClaimedPartner, emailsTo } from './support/partners';

export const AddPartner = graphql(`
  mutation TestAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        status
        invited
        partnerKey
        source
        partner { id name logoUrl claimed }
        primaryContact { email accessLevel isPrimaryContact status }
        group { name }
        programManager { email }
        customFields { key value }
        members { member { email firstName accessLevel roleLabel status } customFields { key value } }
        invites { kind status email sentCount }
      }
      partnerCandidates { partner { id name } alreadyInProgram }
      userErrors { field message code }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function programWithFields() {
  const ctx = await createProgramWithManager(app.db);
  await app.db.insert(customFieldDefinitions).values([
    { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], position: 1 },
    { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'geography', label: 'Geography', type: 'TEXT', required: true, position: 2 },
    { programId: ctx.program.id, entity: 'MEMBER', key: 'linkedin', label: 'LinkedIn', type: 'TEXT', position: 1 },
  ]);
  return ctx;
}

describe('addPartner: a partner new to the network', () => {
  it('creates the partner, an OWNER primary contact, members with their levels, an invited partnership and emails only the claim invite', async () => {
    const { programId, cookie, manager } = await programWithFields();
    const res = await app.gql(
      AddPartner,
      {
        input: {
          programId,
          email: 'Jane.Doe@Example.com',
          firstName: 'Jane',
          lastName: 'Doe',
          companyName: 'Doe Digital',
          logoUrl: 'https://doe.example/logo.png',
          customFields: [
            { key: 'tier', value: 'Gold' },
            { key: 'geography', value: 'Europe' },
          ],
          members: [{ email: 'sam@doe.example', firstName: 'Sam', accessLevel: 'FINANCE', roleLabel: 'Accounts', customFields: [{ key: 'linkedin', value: 'sam-doe' }] }],
        },
      },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.addPartner.userErrors).toEqual([]);
    const p = res.data!.addPartner.partnership!;
    expect(p).toMatchObject({
      status: 'PENDING_CLAIM',
      invited: true,
      partnerKey: 'janedoe',
      source: 'DASHBOARD',
      partner: { name: 'Doe Digital', logoUrl: 'https://doe.example/logo.png', claimed: false },
      primaryContact: { email: 'jane.doe@example.com', accessLevel: 'OWNER', isPrimaryContact: true, status: 'INVITED' },
      group: { name: 'Default' },
      programManager: { email: manager.email },
      customFields: [
        { key: 'tier', value: 'Gold' },
        { key: 'geography', value: 'Europe' },
      ],
    });
    expect(p.members.map((m) => [m.member.email, m.member.accessLevel, m.member.roleLabel])).toEqual([
      ['jane.doe@example.com', 'OWNER', null],
      ['sam@doe.example', 'FINANCE', 'Accounts'],
    ]);
    expect(p.members[1].customFields).toEqual([{ key: 'linkedin', value: 'sam-doe' }]);
    expect(p.invites.map((i) => [i.email, i.kind, i.status, i.sentCount]).sort()).toEqual([
      ['jane.doe@example.com', 'PARTNER_CLAIM', 'SENT', 1],
      ['sam@doe.example', 'TEAM_JOIN', 'HELD', 0],
    ]);
    const [invite] = await emailsTo(app.db, 'jane.doe@example.com');
    expect(invite.subject).toBe(`${manager.name} invited you to the Test Program partner program`);
    expect(invite.text).toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
    expect(await emailsTo(app.db, 'sam@doe.example')).toEqual([]);
  });

  it('makes partner keys unique in the program and validates explicit ones', async () => {
    const { programId, cookie, program } = await programWithFields();
    const geo = [{ key: 'geography', value: 'APAC' }];
    const keys = [];
    for (const email of ['j1@x.example', 'j2@x.example', 'j3@x.example']) {
      const res = await app.gql(AddPartner, { input: { programId, email, firstName: 'Jöhn', lastName: "O'Brien", customFields: geo } }, { cookie });
      keys.push(res.data?.addPartner.partnership?.partnerKey);
    }
    expect(keys).toEqual(['johnobrien', 'johnobrien2', 'johnobrien3']);

    const before = await countRows(app.db, partnerships);
    for (const [partnerKey, message] of [
      ['John Doe', 'Use lowercase letters and digits only: no spaces, capitals or special characters.'],
      ['johnobrien2', 'The partner key "johnobrien2" is already used in this program.'],
    ]) {
      const res = await app.gql(AddPartner, { input: { programId, email: `k-${partnerKey.length}@x.example`, partnerKey, customFields: geo } }, { cookie });
      expect(res.data?.addPartner.userErrors).toEqual([expect.objectContaining({ field: ['partnerKey'], message })]);
    }
    expect(await countRows(app.db, partnerships)).toBe(before);
    expect((await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id))).length).toBe(3);
  });

  it('reports every bad field at once and writes nothing', async () => {
    const { programId, cookie } = await programWithFields();
    const counts = async () => [await countRows(app.db, partnerships), await countRows(app.db, partnerMembers), await countRows(app.db, invites), await countRows(app.db, emailOutbox), await countRows(app.db, auditEvents)];
    const before = await counts();
    const res = await app.gql(
      AddPartner,
      {
        input: {
          programId,
          email: 'ok@x.example',
          customFields: [
            { key: 'tier', value: 'Platinum' },
            { key: 'colour', value: 'blue' },
          ],
          members: [{ email: 'OK@x.example' }],
          invite: { subject: 'Hi {nickname}', body: 'Join us' },
        },
      },
      { cookie },
    );
    expect(res.data?.addPartner.partnership).toBeNull();
    expect(res.data?.addPartner.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['customFields', '0'], message: 'Tier: Choose one of: Gold, Silver.', code: 'INVALID' },
        { field: ['customFields', '1'], message: '"colour" is not a custom field of this program.', code: 'INVALID' },
        { field: ['customFields'], message: 'Geography is required.', code: 'REQUIRED' },
        { field: ['members', '0', 'email'], message: 'ok@x.example is listed twice.', code: 'INVALID' },
        expect.objectContaining({ field: ['invite', 'subject'], code: 'INVALID' }),
      ]),
    );
    const bad = await app.gql(AddPartner, { input: { programId, email: 'not an email' } }, { cookie });
    expect(bad.data?.addPartner.userErrors).toEqual([{ field: ['email'], message: 'Enter a valid email address.', code: 'INVALID' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a second live partnership for the same email, but re-adding after removal makes a new partnership', async () => {
    const { programId, cookie } = await programWithFields();
    const input = { programId, email: 'dup@x.example', firstName: 'Dup', customFields: [{ key: 'geography', value: 'EU' }] };
    const first = await app.gql(AddPartner, { input }, { cookie });
    const second = await app.gql(AddPartner, { input }, { cookie });
    expect(second.data?.addPartner.userErrors).toEqual([
      { field: ['email'], message: 'dup@x.example is already a member of Dup, which is in this program.', code: 'TAKEN' },
    ]);
    const firstId = first.data!.addPartner.partnership!.id;
    const { fromGlobalId } = await import('../src/server/shared/ids');
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, fromGlobalId('Partnership', firstId)!));
    const again = await app.gql(AddPartner, { input }, { cookie });
    expect(again.data?.addPartner.userErrors).toEqual([]);
    expect(again.data?.addPartner.partnership?.id).not.toBe(firstId);
    expect(again.data?.addPartner.partnership?.partnerKey).toBe('dup2');
  });

  it('lets an API key of the program add a partner with an explicit partner key', async () => {
    const { program, programId } = await programWithFields();
    const { secret } = await createApiKeyFor(app.db, program.id);
    const res = await app.gql(AddPartner, { input: { programId, email: 'api@x.example', partnerKey: 'acmeapi1', customFields: [{ key: 'geography', value: 'NA' }] } }, { bearer: secret });
    expect(res.data?.addPartner.partnership).toMatchObject({ partnerKey: 'acmeapi1', source: 'API', programManager: null });
  });
});

describe('addPartner: an email that already has an account', () => {
  it('asks which partner organisation to connect, then waits for the partner to approve', async () => {
    const { programId, cookie } = await programWithFields();
    const existing = await createClaimedPartner(app.db, 'Existing Co', [
      { email: 'boss@existing.example', level: 'OWNER' },
      { email: 'admin@existing.example', level: 'ADMIN' },
      { email: 'money@existing.example', level: 'FINANCE' },
    ]);
    const input = { programId, email: 'boss@existing.example', customFields: [{ key: 'geography', value: 'EU' }], members: [{ email: 'newbie@existing.example', firstName: 'New' }] };
    const ask = await app.gql(AddPartner, { input }, { cookie });
    expect(ask.data?.addPartner.partnership).toBeNull();
    expect(ask.data?.addPartner.partnerCandidates).toEqual([{ partner: { id: existing.partnerId, name: 'Existing Co' }, alreadyInProgram: false }]);
    expect(ask.data?.addPartner.userErrors).toEqual([expect.objectContaining({ field: ['existingPartnerId'], code: 'REQUIRED' })]);

    const res = await app.gql(AddPartner, { input: { ...input, existingPartnerId: existing.partnerId } }, { cookie });
    expect(res.data?.addPartner.userErrors).toEqual([]);
    const p = res.data!.addPartner.partnership!;
    expect(p).toMatchObject({ status: 'PENDING_APPROVAL', invited: true, partner: { name: 'Existing Co', claimed: true } });
    expect(p.invites).toEqual([{ kind: 'TEAM_JOIN', status: 'AWAITING_OWNER_APPROVAL', email: 'newbie@existing.example', sentCount: 0 }]);
    // Owners and Admins are asked to approve; the new member hears nothing yet.
    expect((await emailsTo(app.db, 'boss@existing.example')).map((e) => e.template).sort()).toEqual(['member-addition-request', 'partnership-request']);
    expect((await emailsTo(app.db, 'admin@existing.example')).map((e) => e.template)).toEqual(['partnership-request']);
    expect(await emailsTo(app.db, 'money@existing.example')).toEqual([]);
    expect(await emailsTo(app.db, 'newbie@existing.example')).toEqual([]);

    const twice = await app.gql(AddPartner, { input: { ...input, existingPartnerId: existing.partnerId } }, { cookie });
    expect(twice.data?.addPartner.userErrors).toEqual([{ field: ['existingPartnerId'], message: 'Existing Co is already in this program.', code: 'TAKEN' }]);
  });
});
