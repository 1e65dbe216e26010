import { graphql } from '../src/gql';
import { PartnersPageDocument } from '../src/gql/graphql';
import { customFieldDefinitions } from '../src/server/db/schema';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createProgramWithManager } from './support/factories';

const AddPartner = graphql(`
  mutation TestPageQueriesAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id }
      userErrors { field message code }
    }
  }
`);

/** Everything the partner page shows. */
const PartnerPage = graphql(`
  query TestPageQueriesPartnership($id: ID!) {
    partnership(id: $id) {
      id
      status
      invited
      partnerKey
      partner { id name claimed }
      program { id name }
      group { id name }
      primaryContact { id email name accessLevel }
      programManager { id email name }
      customFields { key label value }
      members {
        member { id email name accessLevel roleLabel status isPrimaryContact }
        customFields { key label value }
      }
      invites { id kind status email sentCount lastSentAt expiresAt member { id email name } }
    }
  }
`);

/** The All Partners list, with the same fields on every row. */
const PartnersList = graphql(`
  query TestPageQueriesPartnerships($programId: ID!) {
    partnerships(programId: $programId, first: 50) {
      totalCount
      edges {
        node {
          id
          partner { id name }
          program { id name }
          group { id name }
          primaryContact { id email }
          programManager { id email }
          customFields { key value }
          members {
            member { id email accessLevel }
            customFields { key value }
          }
          invites { id status member { id email } }
        }
      }
    }
  }
`);

/** The All Partners page's own query (src/app/programs/[slug]/partners/partners-view.tsx), as the page sends it. */
const AllPartnersPage = PartnersPageDocument;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@queries.example`;

async function programWithFields() {
  const ctx = await createProgramWithManager(app.db);
  await app.db.insert(customFieldDefinitions).values([
    { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], position: 1 },
    { programId: ctx.program.id, entity: 'MEMBER', key: 'linkedin', label: 'LinkedIn', type: 'TEXT', position: 1 },
  ]);
  return ctx;
}

async function addPartner(ctx: Awaited<ReturnType<typeof programWithFields>>, extraMembers: number) {
  const res = await app.gql(
    AddPartner,
    {
      input: {
        programId: ctx.programId,
        email: unique('contact'),
        firstName: 'Cara',
        customFields: [{ key: 'tier', value: 'Gold' }],
        members: Array.from({ length: extraMembers }, (_, i) => ({
          email: unique(`m${i}`),
          firstName: `M${i}`,
          accessLevel: (['ADMIN', 'FINANCE', 'MEMBER'] as const)[i % 3],
          customFields: [{ key: 'linkedin', value: `m${i}` }],
        })),
      },
    },
    { cookie: ctx.cookie },
  );
  expect(res.data?.addPartner.userErrors).toEqual([]);
  return res.data!.addPartner.partnership!.id;
}

/** Runs an operation and returns its result with the SQL statements it took and how many read the programs table. */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; statements: number; programReads: number }> {
  const before = app.queries.count;
  const log: string[] = [];
  app.queries.log = log;
  try {
    const result = await run();
    return { result, statements: app.queries.count - before, programReads: log.filter((q) => /\bfrom "programs"/.test(q)).length };
  } finally {
    delete app.queries.log;
  }
}

const page = (id: string, caller: Caller) => measured(() => app.gql(PartnerPage, { id }, caller));
const list = (programId: string, caller: Caller) => measured(() => app.gql(PartnersList, { programId }, caller));

describe('SQL statements per page do not grow with the data', () => {
  it('partnership(id): the same for 1 member and 1 invite as for 15 members and 15 invites', async () => {
    const ctx = await programWithFields();
    const small = await addPartner(ctx, 0);
    const large = await addPartner(ctx, 14);

    const one = await page(small, { cookie: ctx.cookie });
    const fifteen = await page(large, { cookie: ctx.cookie });
    const oneAgain = await page(small, { cookie: ctx.cookie });

    expect(one.result.errors).toBeUndefined();
    expect(fifteen.result.errors).toBeUndefined();
    const smallData = one.result.data!.partnership!;
    const largeData = fifteen.result.data!.partnership!;
    expect([smallData.members.length, smallData.invites.length]).toEqual([1, 1]);
    expect([largeData.members.length, largeData.invites.length]).toEqual([15, 15]);
    // Every nested field really was resolved.
    expect(largeData).toMatchObject({ group: { name: 'Default' }, program: { name: 'Test Program' }, programManager: { email: ctx.manager.email }, customFields: [{ key: 'tier', value: 'Gold' }] });
    expect(largeData.primaryContact?.accessLevel).toBe('OWNER');
    expect(largeData.members.slice(1).every((m) => m.customFields[0].value === m.member.email.split('-')[0])).toBe(true);
    expect(new Set(largeData.invites.map((i) => i.member.id)).size).toBe(15);

    expect(fifteen.statements).toBe(one.statements);
    expect(oneAgain.statements).toBe(one.statements);
    expect(one.statements).toBeLessThan(15);
  });

  it('partnerships: the same for a list of 2 as for a list of 30', async () => {
    const few = await programWithFields();
    const many = await programWithFields();
    for (let i = 0; i < 2; i++) await addPartner(few, 2);
    for (let i = 0; i < 30; i++) await addPartner(many, 2);

    const two = await list(few.programId, { cookie: few.cookie });
    const thirty = await list(many.programId, { cookie: many.cookie });

    expect(two.result.errors).toBeUndefined();
    expect(thirty.result.errors).toBeUndefined();
    expect(two.result.data?.partnerships.totalCount).toBe(2);
    const rows = thirty.result.data!.partnerships.edges.map((e) => e.node);
    expect(rows).toHaveLength(30);
    for (const row of rows) {
      expect(row.members).toHaveLength(3);
      expect(row.invites).toHaveLength(3);
      expect(row).toMatchObject({ group: { name: 'Default' }, programManager: { email: many.manager.email }, customFields: [{ key: 'tier', value: 'Gold' }] });
      expect(row.primaryContact?.email).toBe(row.members[0].member.email);
    }

    expect(thirty.statements).toBe(two.statements);
    expect(two.statements).toBeLessThan(13);
    // partnerships(programId) authorises the program, and every row's program { … } reuses that row.
    expect(two.programReads).toBe(1);
  });

  it('All Partners page: program(slug) and its partnerships read the program once', async () => {
    const ctx = await programWithFields();
    for (let i = 0; i < 3; i++) await addPartner(ctx, 1);

    const { result: res, statements, programReads } = await measured(() => app.gql(AllPartnersPage, { slug: ctx.program.slug }, { cookie: ctx.cookie }));

    expect(res.errors).toBeUndefined();
    expect(res.data?.program?.partnerships.totalCount).toBe(3);
    expect(res.data?.program?.partnerships.edges.every((e) => e.node.group.name === 'Default')).toBe(true);
    expect(res.data?.program?.groups.edges.map((e) => e.node.name)).toEqual(['Default']);
    // Was 14 statements and 3 program reads (program(slug), groups, partnerships): groups and
    // partnerships now take the row program(slug) authorised.
    expect(statements).toBeLessThanOrEqual(12);
    expect(programReads).toBe(1);
  });
});
