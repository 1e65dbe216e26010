import { eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, groups } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';

const CreateGroup = graphql(`
  mutation TestCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }
      userErrors { field message code }
    }
  }
`);

const Groups = graphql(`
  query TestGroups($programId: ID!, $first: Int, $after: String) {
    groups(programId: $programId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name isDefault partnershipCount } }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('createGroup', () => {
  it('creates a group with its settings, a join link and an audit event', async () => {
    const { program, programId, cookie } = await createProgramWithManager(app.db);
    const res = await app.gql(
      CreateGroup,
      { input: { programId, name: '  Resellers ', destinationUrl: 'https://acme.example/resellers', commissionRate: 12.5, applicationFormEnabled: true } },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createGroup.userErrors).toEqual([]);
    const group = res.data?.createGroup.group;
    expect(group).toMatchObject({
      name: 'Resellers',
      isDefault: false,
      commissionRate: 12.5,
      destinationUrl: 'https://acme.example/resellers',
      applicationFormEnabled: true,
      partnershipCount: 0,
    });
    expect(group?.joinUrl).toMatch(/^http:\/\/localhost:3000\/join\/[A-Za-z0-9_-]{16}$/);
    const rows = await app.db.select().from(groups).where(eq(groups.programId, program.id));
    expect(rows.map((g) => g.name).sort()).toEqual(['Default', 'Resellers']);
    const events = await app.db.select().from(auditEvents).where(eq(auditEvents.programId, program.id));
    expect(events).toEqual([expect.objectContaining({ action: 'group.created', subjectType: 'Group', data: { name: 'Resellers' } })]);
  });

  it.each([
    [{ name: '' }, ['name'], 'REQUIRED'],
    [{ name: 'x'.repeat(81) }, ['name'], 'TOO_LONG'],
    [{ name: 'Ok', destinationUrl: 'ftp://files.example' }, ['destinationUrl'], 'INVALID'],
    [{ name: 'Ok', commissionRate: 101 }, ['commissionRate'], 'OUT_OF_RANGE'],
    [{ name: 'Ok', commissionRate: 10.555 }, ['commissionRate'], 'INVALID'],
  ])('rejects %j with a userError on %j and writes nothing', async (fields, field, code) => {
    const { program, programId, cookie } = await createProgramWithManager(app.db);
    const res = await app.gql(CreateGroup, { input: { programId, ...fields } }, { cookie });
    expect(res.data?.createGroup.group).toBeNull();
    expect(res.data?.createGroup.userErrors).toEqual([expect.objectContaining({ field, code, message: expect.any(String) })]);
    expect(await app.db.select().from(groups).where(eq(groups.programId, program.id))).toHaveLength(1);
    expect(await app.db.select().from(auditEvents).where(eq(auditEvents.programId, program.id))).toHaveLength(0);
  });

  it('refuses a second group with the same name, whatever its case', async () => {
    const { programId, cookie } = await createProgramWithManager(app.db);
    await app.gql(CreateGroup, { input: { programId, name: 'Agencies' } }, { cookie });
    const res = await app.gql(CreateGroup, { input: { programId, name: 'AGENCIES' } }, { cookie });
    expect(res.data?.createGroup.userErrors).toEqual([{ field: ['name'], code: 'TAKEN', message: 'A group named "AGENCIES" already exists in this program.' }]);
  });

  it('lets an API key of the program create a group', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const res = await app.gql(CreateGroup, { input: { programId, name: 'Via API' } }, { bearer: secret });
    expect(res.data?.createGroup.group?.name).toBe('Via API');
  });

  it('hides other programs: a manager or key of another program gets NOT_FOUND and nothing is written', async () => {
    const target = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, other.program.id);
    for (const caller of [{ cookie: other.cookie }, { bearer: secret }]) {
      const res = await app.gql(CreateGroup, { input: { programId: target.programId, name: 'Sneaky' } }, caller);
      expect(res.data?.createGroup ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await app.db.select().from(groups).where(eq(groups.programId, target.program.id))).toHaveLength(1);
  });
});

describe('groups', () => {
  it('pages through groups with keyset cursors and counts live partnerships per group in one query', async () => {
    const { programId, cookie } = await createProgramWithManager(app.db);
    for (const name of ['A', 'B', 'C', 'D']) await app.gql(CreateGroup, { input: { programId, name } }, { cookie });

    const first = await app.gql(Groups, { programId, first: 3 }, { cookie });
    expect(first.data?.groups.totalCount).toBe(5);
    expect(first.data?.groups.edges.map((e) => e.node.name)).toEqual(['Default', 'A', 'B']);
    expect(first.data?.groups.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = await app.gql(Groups, { programId, first: 3, after: first.data?.groups.pageInfo.endCursor }, { cookie });
    expect(second.data?.groups.edges.map((e) => e.node.name)).toEqual(['C', 'D']);
    expect(second.data?.groups.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('runs the same number of statements for 2 groups as for 12 (partnership counts are batched)', async () => {
    const small = await createProgramWithManager(app.db);
    const large = await createProgramWithManager(app.db);
    await app.gql(CreateGroup, { input: { programId: small.programId, name: 'One' } }, { cookie: small.cookie });
    for (let i = 0; i < 11; i++) await app.gql(CreateGroup, { input: { programId: large.programId, name: `G${i}` } }, { cookie: large.cookie });

    const count = async (programId: string, cookie: string) => {
      const before = app.queries.count;
      const res = await app.gql(Groups, { programId, first: 50 }, { cookie });
      expect(res.errors).toBeUndefined();
      return { statements: app.queries.count - before, groups: res.data?.groups.edges.length };
    };
    const a = await count(small.programId, small.cookie);
    const b = await count(large.programId, large.cookie);
    expect(a.groups).toBe(2);
    expect(b.groups).toBe(12);
    expect(b.statements).toBe(a.statements);
  });

  it('rejects a page size out of range and a forged cursor with BAD_USER_INPUT', async () => {
    const { programId, cookie } = await createProgramWithManager(app.db);
    const tooMany = await app.gql(Groups, { programId, first: 500 }, { cookie });
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'first: must be between 1 and 100.', extensions: { code: 'BAD_USER_INPUT' } });
    const forged = await app.gql(Groups, { programId, after: 'not-a-cursor' }, { cookie });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
