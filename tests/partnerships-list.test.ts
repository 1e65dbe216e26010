import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { customFieldDefinitions, groups, partnerMembers, partners, partnerships } from '../src/server/db/schema';
import { seedGeneratedPartnerships } from '../src/server/db/seed';
import { EXACT_COUNT_LIMIT } from '../src/server/partnerships/list-partnerships';
import { toGlobalId } from '../src/server/shared/ids';
import { newJoinToken } from '../src/server/groups/rules';
import { startTestApp, type Caller, type GraphQLResult, type TestApp } from './support/app';
import { addProgramManager, createApiKeyFor, createProgramWithManager } from './support/factories';
import { insertPartnership } from './support/partners';
import type { PartnershipFilter, PartnershipSort, TestListPartnershipsQuery } from '../src/gql/graphql';

const ListPartnerships = graphql(`
  query TestListPartnerships($programId: ID!, $first: Int, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {
    partnerships(programId: $programId, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountIsEstimate
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id partnerKey status invited partner { name } } }
    }
  }
`);

const ProgramPartnerships = graphql(`
  query TestListProgramPartnerships($slug: String!, $first: Int, $filter: PartnershipFilter, $sort: PartnershipSort) {
    program(slug: $slug) {
      partnerships(first: $first, filter: $filter, sort: $sort) {
        totalCount
        totalCountIsEstimate
        edges { node { partnerKey } }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

/** The partner keys listed for a filter and sort (one page of up to 100). */
async function keys(ctx: Ctx, filter?: PartnershipFilter, sort?: PartnershipSort, caller: Caller = { cookie: ctx.cookie }): Promise<string[]> {
  const res = await app.gql(ListPartnerships, { programId: ctx.programId, first: 100, filter, sort }, caller);
  expect(res.errors).toBeUndefined();
  const conn = res.data!.partnerships;
  // Small sets are counted exactly and the count agrees with what is listed.
  expect(conn.totalCountIsEstimate).toBe(false);
  expect(conn.totalCount).toBe(conn.edges.length);
  return conn.edges.map((e) => e.node.partnerKey);
}

const BASE = Date.now();
const minutesAgo = (m: number) => new Date(BASE - m * 60_000);

async function badInput(res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions?.userErrors as { field: string[]; message: string; code: string }[];
}

describe('partnerships: search', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await createProgramWithManager(app.db);
    const id = ctx.program.id;
    await insertPartnership(app.db, id, { key: 'acmekey', partnerName: 'Acme Widgets', firstName: 'Rosa', lastName: 'Parkes', email: 'rosa@acme-widgets.example', createdAt: minutesAgo(5) });
    await insertPartnership(app.db, id, { key: 'bolt', partnerName: 'Bolt Labs', firstName: 'Jonas', lastName: 'Quill', email: 'jq@boltlabs.example', createdAt: minutesAgo(4) });
    await insertPartnership(app.db, id, { key: 'underkey', partnerName: 'Under_score 100% Ltd', firstName: 'Una', lastName: 'Dern', email: 'una@under.example', createdAt: minutesAgo(3) });
    await insertPartnership(app.db, id, { key: 'zyxwvu', partnerName: 'Zed Co', firstName: 'Zeno', lastName: 'Zimmer', email: 'zeno@zed.example', createdAt: minutesAgo(2) });
  });

  it.each([
    ['partner name', 'widgets', ['acmekey']],
    ['partner name, other case', 'ACME wid', ['acmekey']],
    ['member first name', 'jonas', ['bolt']],
    ['member last name', 'QUILL', ['bolt']],
    ['member email', 'jq@boltlabs', ['bolt']],
    ['email domain', 'under.example', ['underkey']],
    ['partner key', 'zyxwv', ['zyxwvu']],
    ['text in no partnership', 'nothing here', []],
  ])('finds by %s (%s)', async (_what, search, expected) => {
    expect(await keys(ctx, { search })).toEqual(expected);
  });

  it('matches several partnerships, newest first, and treats % and _ literally', async () => {
    // "e.example" is in every member email.
    expect(await keys(ctx, { search: '.example' })).toEqual(['zyxwvu', 'underkey', 'bolt', 'acmekey']);
    // Unescaped, "r_s" would also match "ros" in rosa@acme-widgets.example.
    expect(await keys(ctx, { search: 'r_s' })).toEqual(['underkey']);
    expect(await keys(ctx, { search: '100%' })).toEqual(['underkey']);
    expect(await keys(ctx, { search: '%%%' })).toEqual([]);
    expect(await keys(ctx, { search: '___' })).toEqual([]);
  });

  it('rejects a search shorter than 3 characters (after trimming) with BAD_USER_INPUT', async () => {
    for (const search of ['ac', '  ac  ', 'x']) {
      const res = await app.gql(ListPartnerships, { programId: ctx.programId, filter: { search } }, { cookie: ctx.cookie });
      expect(await badInput(res)).toEqual([{ field: ['filter', 'search'], message: 'Type at least 3 characters to search.', code: 'INVALID' }]);
      expect(res.data).toBeNull();
    }
    // An empty search is no search.
    expect(await keys(ctx, { search: '' })).toHaveLength(4);
  });

  it('keeps search up to date when the partner or a member is renamed, and forgets removed members', async () => {
    const c = await createProgramWithManager(app.db);
    const a = await insertPartnership(app.db, c.program.id, { key: 'renamed', partnerName: 'Oldname Inc', firstName: 'Berta', lastName: 'Brook', email: 'bb@old.example' });
    expect(await keys(c, { search: 'oldname' })).toEqual(['renamed']);

    await app.db.update(partners).set({ name: 'Freshbrand GmbH' }).where(eq(partners.id, a.partnerId));
    expect(await keys(c, { search: 'oldname' })).toEqual([]);
    expect(await keys(c, { search: 'freshbrand' })).toEqual(['renamed']);
    // The copied name is what NAME sorting uses, and it follows too.
    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, a.partnership.id));
    expect(row.partnerName).toBe('Freshbrand GmbH');

    await app.db.update(partnerMembers).set({ firstName: 'Wilhelmina', lastName: 'Stone' }).where(eq(partnerMembers.id, a.member!.id));
    expect(await keys(c, { search: 'berta' })).toEqual([]);
    expect(await keys(c, { search: 'wilhelmina' })).toEqual(['renamed']);
    expect(await keys(c, { search: 'stone' })).toEqual(['renamed']);

    // A second member is searchable while on the team, and not once removed.
    const [extra] = await app.db
      .insert(partnerMembers)
      .values({ partnerId: a.partnerId, email: 'quentin@fresh.example', firstName: 'Quentin', lastName: 'Jarrow', status: 'ACTIVE' })
      .returning();
    expect(await keys(c, { search: 'quentin' })).toEqual(['renamed']);
    expect(await keys(c, { search: 'jarrow' })).toEqual(['renamed']);
    await app.db.update(partnerMembers).set({ status: 'REMOVED' }).where(eq(partnerMembers.id, extra.id));
    expect(await keys(c, { search: 'quentin' })).toEqual([]);
    expect(await keys(c, { search: 'jarrow' })).toEqual([]);

    // A member added already removed is never searchable; a deleted member is forgotten.
    await app.db.insert(partnerMembers).values({ partnerId: a.partnerId, email: 'gone@fresh.example', firstName: 'Gwendolyn', status: 'REMOVED' });
    expect(await keys(c, { search: 'gwendolyn' })).toEqual([]);
    const [temp] = await app.db.insert(partnerMembers).values({ partnerId: a.partnerId, email: 'temp@fresh.example', firstName: 'Temporaria', status: 'ACTIVE' }).returning();
    expect(await keys(c, { search: 'temporaria' })).toEqual(['renamed']);
    await app.db.delete(partnerMembers).where(eq(partnerMembers.id, temp.id));
    expect(await keys(c, { search: 'temporaria' })).toEqual([]);

    // A changed partner key is searchable at once.
    await app.db.update(partnerships).set({ partnerKey: 'brandnewkey' }).where(eq(partnerships.id, a.partnership.id));
    expect(await keys(c, { search: 'brandnew' })).toEqual(['brandnewkey']);
  });

  it('searches only the program: the same partner in another program is not listed here', async () => {
    const other = await createProgramWithManager(app.db);
    await insertPartnership(app.db, other.program.id, { key: 'otheracme', partnerName: 'Acme Widgets Elsewhere' });
    expect(await keys(ctx, { search: 'acme widgets' })).toEqual(['acmekey']);
    expect(await keys(other, { search: 'acme widgets' })).toEqual(['otheracme']);
  });
});

describe('partnerships: filters', () => {
  let ctx: Ctx;
  let resellersId: string;
  let secondManagerId: string;
  beforeAll(async () => {
    ctx = await createProgramWithManager(app.db);
    const id = ctx.program.id;
    const [resellers] = await app.db.insert(groups).values({ programId: id, name: 'Resellers', joinToken: newJoinToken() }).returning();
    resellersId = resellers.id;
    const second = await addProgramManager(app.db, id);
    secondManagerId = second.id;
    const m1 = ctx.manager.id;
    // Filters name the program's active partnership fields.
    await app.db.insert(customFieldDefinitions).values([
      { programId: id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver', 'Bronze'], position: 1 },
      { programId: id, entity: 'PARTNERSHIP', key: 'seats', label: 'Seats', type: 'NUMBER', position: 2 },
      { programId: id, entity: 'PARTNERSHIP', key: 'vip', label: 'VIP', type: 'BOOLEAN', position: 3 },
    ]);
    // key, status, group, manager, custom fields, created minutes ago
    const rows: [string, 'ACTIVE' | 'PENDING_CLAIM' | 'PENDING_APPROVAL' | 'DECLINED', string | undefined, string | null, Record<string, unknown>, number][] = [
      ['aone', 'ACTIVE', undefined, m1, { tier: 'Gold', seats: 5, vip: true }, 60],
      ['atwo', 'ACTIVE', resellersId, secondManagerId, { tier: 'Silver', seats: 12 }, 50],
      ['claimone', 'PENDING_CLAIM', undefined, m1, { tier: 'Gold' }, 40],
      ['approvalone', 'PENDING_APPROVAL', resellersId, null, { tier: 'Bronze', vip: false }, 30],
      ['declinedone', 'DECLINED', undefined, secondManagerId, { tier: 'Gold' }, 20],
      ['athree', 'ACTIVE', resellersId, m1, {}, 10],
    ];
    for (const [key, status, groupId, programManagerId, customFieldValues, ago] of rows) {
      await insertPartnership(app.db, id, { key, status, groupId, programManagerId, customFieldValues, createdAt: minutesAgo(ago) });
    }
    // A removed partnership matches every filter below, and is never listed.
    const removed = await insertPartnership(app.db, id, { key: 'removedone', status: 'ACTIVE', groupId: resellersId, programManagerId: m1, customFieldValues: { tier: 'Gold', seats: 5, vip: true }, createdAt: minutesAgo(35) });
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, removed.partnership.id));
  });

  it('lists every partnership not removed, newest first, by default', async () => {
    expect(await keys(ctx)).toEqual(['athree', 'declinedone', 'approvalone', 'claimone', 'atwo', 'aone']);
  });

  it.each<[string, () => PartnershipFilter, string[]]>([
    ['one group', () => ({ groupIds: [toGlobalId('Group', resellersId)] }), ['athree', 'approvalone', 'atwo']],
    ['statuses', () => ({ statuses: ['PENDING_CLAIM', 'DECLINED'] }), ['declinedone', 'claimone']],
    ['invited: true', () => ({ invited: true }), ['approvalone', 'claimone']],
    ['invited: false', () => ({ invited: false }), ['athree', 'declinedone', 'atwo', 'aone']],
    ['program manager', () => ({ programManagerIds: [toGlobalId('User', secondManagerId)] }), ['declinedone', 'atwo']],
    ['a SELECT custom field, any of the values', () => ({ customFields: [{ key: 'tier', values: ['Silver', 'Bronze'] }] }), ['approvalone', 'atwo']],
    ['a number custom field given as text', () => ({ customFields: [{ key: 'seats', values: ['12'] }] }), ['atwo']],
    ['a boolean custom field', () => ({ customFields: [{ key: 'vip', values: ['false'] }] }), ['approvalone']],
    ['created from (inclusive)', () => ({ createdFrom: minutesAgo(30).toISOString() }), ['athree', 'declinedone', 'approvalone']],
    ['created before (exclusive)', () => ({ createdTo: minutesAgo(40).toISOString() }), ['atwo', 'aone']],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await keys(ctx, filter())).toEqual(expected);
  });

  it('combines filters with AND', async () => {
    expect(
      await keys(ctx, {
        groupIds: [toGlobalId('Group', resellersId)],
        statuses: ['ACTIVE'],
        programManagerIds: [toGlobalId('User', ctx.manager.id)],
      }),
    ).toEqual(['athree']);
    expect(await keys(ctx, { customFields: [{ key: 'tier', values: ['Gold'] }], invited: false })).toEqual(['declinedone', 'aone']);
    expect(await keys(ctx, { customFields: [{ key: 'tier', values: ['Gold'] }, { key: 'vip', values: ['true'] }] })).toEqual(['aone']);
    expect(await keys(ctx, { createdFrom: minutesAgo(55).toISOString(), createdTo: minutesAgo(25).toISOString(), invited: true })).toEqual(['approvalone', 'claimone']);
    expect(await keys(ctx, { search: 'atw', statuses: ['ACTIVE'] })).toEqual(['atwo']);
    expect(await keys(ctx, { search: 'atw', statuses: ['DECLINED'] })).toEqual([]);
  });

  it('never lists removed partnerships: asking for them is refused', async () => {
    expect(await keys(ctx, { search: 'removedone' })).toEqual([]);
    const res = await app.gql(ListPartnerships, { programId: ctx.programId, filter: { statuses: ['REMOVED'] } }, { cookie: ctx.cookie });
    expect(await badInput(res)).toEqual([expect.objectContaining({ field: ['filter', 'statuses', '0'] })]);
  });

  it('matches nothing for a group of another program, and rejects ids that are not group or manager ids', async () => {
    const other = await createProgramWithManager(app.db);
    const [otherDefault] = await app.db.select().from(groups).where(eq(groups.programId, other.program.id));
    expect(await keys(ctx, { groupIds: [toGlobalId('Group', otherDefault.id)] })).toEqual([]);
    const res = await app.gql(ListPartnerships, { programId: ctx.programId, filter: { groupIds: [ctx.programId] } }, { cookie: ctx.cookie });
    expect(await badInput(res)).toEqual([expect.objectContaining({ field: ['filter', 'groupIds', '0'] })]);
    const res2 = await app.gql(ListPartnerships, { programId: ctx.programId, filter: { programManagerIds: [toGlobalId('Group', resellersId)] } }, { cookie: ctx.cookie });
    expect(await badInput(res2)).toEqual([expect.objectContaining({ field: ['filter', 'programManagerIds', '0'] })]);
  });

  it('serves the same list through Program.partnerships', async () => {
    const res = await app.gql(
      ProgramPartnerships,
      { slug: ctx.program.slug, first: 10, filter: { groupIds: [toGlobalId('Group', resellersId)] }, sort: { field: 'CREATED_AT', direction: 'ASC' } },
      { cookie: ctx.cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.program?.partnerships).toEqual({
      totalCount: 3,
      totalCountIsEstimate: false,
      edges: [{ node: { partnerKey: 'atwo' } }, { node: { partnerKey: 'approvalone' } }, { node: { partnerKey: 'athree' } }],
    });
    const bad = await app.gql(ProgramPartnerships, { slug: ctx.program.slug, filter: { search: 'at' } }, { cookie: ctx.cookie });
    expect(await badInput(bad)).toEqual([expect.objectContaining({ field: ['filter', 'search'] })]);
  });

  it('lets an API key of the program list, and hides the program from anyone else', async () => {
    const { secret } = await createApiKeyFor(app.db, ctx.program.id);
    expect(await keys(ctx, { statuses: ['DECLINED'] }, undefined, { bearer: secret })).toEqual(['declinedone']);

    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const res = await app.gql(ListPartnerships, { programId: ctx.programId }, caller);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const anonymous = await app.gql(ListPartnerships, { programId: ctx.programId }, {});
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('partnerships: sorting and pagination', () => {
  it('sorts by name both ways (ties by id) and by creation date both ways', async () => {
    const ctx = await createProgramWithManager(app.db);
    const id = ctx.program.id;
    const made = [];
    for (const [key, partnerName, ago] of [
      ['kdelta', 'Delta', 5],
      ['kalpha', 'Alpha', 1],
      ['kcharlie', 'Charlie', 3],
      ['kbravo1', 'Bravo', 4],
      ['kbravo2', 'Bravo', 2],
    ] as const) {
      made.push(await insertPartnership(app.db, id, { key, partnerName, createdAt: minutesAgo(ago) }));
    }
    const bravoKeys = made
      .filter((m) => m.partnership.partnerName === 'Bravo')
      .sort((a, b) => (a.partnership.id < b.partnership.id ? -1 : 1))
      .map((b) => b.partnership.partnerKey);
    const names = async (direction: 'ASC' | 'DESC') => {
      const res = await app.gql(ListPartnerships, { programId: ctx.programId, first: 100, sort: { field: 'NAME', direction } }, { cookie: ctx.cookie });
      return res.data!.partnerships.edges.map((e) => `${e.node.partner.name}:${e.node.partnerKey}`);
    };
    const asc = await names('ASC');
    const desc = await names('DESC');
    expect(desc).toEqual([...asc].reverse());
    // Ties on the name are broken by id, in the same direction.
    expect(asc.filter((n) => n.startsWith('Bravo'))).toEqual(bravoKeys.map((k) => `Bravo:${k}`));
    expect(asc.map((n) => n.split(':')[0])).toEqual(['Alpha', 'Bravo', 'Bravo', 'Charlie', 'Delta']);

    expect(await keys(ctx, undefined, { field: 'CREATED_AT', direction: 'ASC' })).toEqual(['kdelta', 'kbravo1', 'kcharlie', 'kbravo2', 'kalpha']);
    expect(await keys(ctx, undefined, { field: 'CREATED_AT', direction: 'DESC' })).toEqual(['kalpha', 'kbravo2', 'kcharlie', 'kbravo1', 'kdelta']);
    expect(await keys(ctx)).toEqual(['kalpha', 'kbravo2', 'kcharlie', 'kbravo1', 'kdelta']);
  });

  async function walk(ctx: Ctx, sort: PartnershipSort | undefined, size: number, between?: (page: number) => Promise<void>) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res: GraphQLResult<TestListPartnershipsQuery> = await app.gql(ListPartnerships, { programId: ctx.programId, first: size, after, sort }, { cookie: ctx.cookie });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.partnerships;
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(conn.edges.length).toBeLessThanOrEqual(size);
      seen.push(...conn.edges.map((e) => e.node.partnerKey));
      if (conn.edges.length > 0) expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)!.cursor);
      if (!conn.pageInfo.hasNextPage) return seen;
      after = conn.pageInfo.endCursor;
      await between?.(page);
    }
    throw new Error('did not reach the last page');
  }

  it.each<[string, PartnershipSort | undefined]>([
    ['default order', undefined],
    ['NAME ASC', { field: 'NAME', direction: 'ASC' }],
    ['NAME DESC', { field: 'NAME', direction: 'DESC' }],
    ['CREATED_AT ASC', { field: 'CREATED_AT', direction: 'ASC' }],
  ])('walks every page (%s) and gets each partnership exactly once, in order', async (_what, sort) => {
    const ctx = await createProgramWithManager(app.db);
    // Duplicate names and identical creation times make ties the cursor must break by id.
    const sameTime = minutesAgo(30);
    for (let i = 0; i < 23; i++) {
      await insertPartnership(app.db, ctx.program.id, { key: `page${i}`, partnerName: `Name ${i % 4}`, createdAt: i % 3 === 0 ? sameTime : minutesAgo(i) });
    }
    const all = await keys(ctx, undefined, sort);
    expect(all).toHaveLength(23);
    for (const size of [1, 5, 23]) {
      const walked = await walk(ctx, sort, size);
      expect(walked).toEqual(all);
    }
  });

  it('stays stable while partnerships are added between page fetches: no row skipped or repeated', async () => {
    const ctx = await createProgramWithManager(app.db);
    for (let i = 0; i < 20; i++) await insertPartnership(app.db, ctx.program.id, { key: `pre${i}`, partnerName: `Pre ${String(i).padStart(2, '0')}`, createdAt: minutesAgo(100 - i) });
    const before = new Set(await keys(ctx));
    let added = 0;
    for (const sort of [undefined, { field: 'NAME', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }, { field: 'CREATED_AT', direction: 'ASC' }] as const) {
      const added0 = added;
      const walked = await walk(ctx, sort, 4, async () => {
        // New rows land before, inside and after the part already read (in name order; always after in creation order).
        const name = ['Aaa new', 'Pre 05b', 'Zzz new'][added % 3];
        await insertPartnership(app.db, ctx.program.id, { key: `new${added++}`, partnerName: name });
      });
      expect(added).toBeGreaterThan(added0);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.filter((k) => before.has(k)).sort()).toEqual([...before].sort());
    }
  });

  it('rejects page sizes out of 1..100 and cursors that are not from this list and sort', async () => {
    const ctx = await createProgramWithManager(app.db);
    await insertPartnership(app.db, ctx.program.id, { key: 'only', partnerName: 'Only One' });
    for (const first of [0, 101, -1]) {
      const res = await app.gql(ListPartnerships, { programId: ctx.programId, first }, { cookie: ctx.cookie });
      expect(await badInput(res)).toEqual([{ field: ['first'], message: 'must be between 1 and 100.', code: 'OUT_OF_RANGE' }]);
    }
    const ok = await app.gql(ListPartnerships, { programId: ctx.programId, first: 100 }, { cookie: ctx.cookie });
    expect(ok.data?.partnerships.totalCount).toBe(1);
    const nameCursor = (await app.gql(ListPartnerships, { programId: ctx.programId, sort: { field: 'NAME', direction: 'ASC' } }, { cookie: ctx.cookie })).data!.partnerships.edges[0].cursor;
    for (const after of ['garbage', Buffer.from('["x","y"]').toString('base64url'), nameCursor]) {
      const res = await app.gql(ListPartnerships, { programId: ctx.programId, after }, { cookie: ctx.cookie });
      expect(await badInput(res)).toEqual([expect.objectContaining({ field: ['after'] })]);
    }
  });

  it('counts exactly, independent of the page size', async () => {
    const ctx = await createProgramWithManager(app.db);
    for (let i = 0; i < 7; i++) await insertPartnership(app.db, ctx.program.id, { key: `cnt${i}`, status: i < 2 ? 'PENDING_CLAIM' : 'ACTIVE' });
    const res = await app.gql(ListPartnerships, { programId: ctx.programId, first: 2 }, { cookie: ctx.cookie });
    expect(res.data?.partnerships).toMatchObject({ totalCount: 7, totalCountIsEstimate: false, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(res.data?.partnerships.edges).toHaveLength(2);
    const invited = await app.gql(ListPartnerships, { programId: ctx.programId, first: 1, filter: { invited: true } }, { cookie: ctx.cookie });
    expect(invited.data?.partnerships).toMatchObject({ totalCount: 2, totalCountIsEstimate: false });
  });
});

describe('partnerships: more than EXACT_COUNT_LIMIT matches', () => {
  it('returns a plausible estimate marked as such, and exact counts for narrow filters', async () => {
    const ctx = await createProgramWithManager(app.db);
    const n = EXACT_COUNT_LIMIT + 150;
    await seedGeneratedPartnerships(app.db, ctx.program.slug, n);
    // The planner's estimate comes from the table statistics, as autovacuum would keep them.
    await app.db.execute(sql`analyze partnerships`);
    const res = await app.gql(ListPartnerships, { programId: ctx.programId, first: 10 }, { cookie: ctx.cookie });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.partnerships;
    expect(conn.totalCountIsEstimate).toBe(true);
    expect(conn.totalCount).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(conn.totalCount).toBeLessThan(n * 2);
    expect(conn.edges).toHaveLength(10);
    expect(conn.pageInfo.hasNextPage).toBe(true);

    // Generated partnerships are mostly ACTIVE: 2 in 8 are invited, which is under the limit and counted exactly.
    const invited = await app.gql(ListPartnerships, { programId: ctx.programId, first: 1, filter: { invited: true } }, { cookie: ctx.cookie });
    const [{ exact }] = (await app.db
      .select({ exact: sql<number>`count(*)::int` })
      .from(partnerships)
      .where(sql`${partnerships.programId} = ${ctx.program.id} and ${partnerships.status} in ('PENDING_CLAIM', 'PENDING_APPROVAL')`)) as { exact: number }[];
    expect(exact).toBeLessThan(EXACT_COUNT_LIMIT);
    expect(invited.data?.partnerships).toMatchObject({ totalCount: exact, totalCountIsEstimate: false });

    // Generated members are named like "Olivia Smith" with emails first.last.<run><n>@example.com.
    const search = await app.gql(ListPartnerships, { programId: ctx.programId, first: 5, filter: { search: 'olivia' } }, { cookie: ctx.cookie });
    expect(search.data?.partnerships.totalCountIsEstimate).toBe(false);
    expect(search.data?.partnerships.totalCount).toBeGreaterThan(0);
    expect(search.data?.partnerships.totalCount).toBeLessThan(EXACT_COUNT_LIMIT);
    for (const e of search.data!.partnerships.edges) expect(e.node.partnerKey).toContain('olivia');
  }, 120_000);
});
