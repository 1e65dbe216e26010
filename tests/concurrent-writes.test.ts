import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, groups, links, partnerMembers, partnershipGroupHistory, partnerships } from '../src/server/db/schema';
import { newJoinToken } from '../src/server/groups/rules';
import { toGlobalId } from '../src/server/shared/ids';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import { startTestApp, type Caller, type GraphQLResult, type TestApp } from './support/app';
import { addProgramManager, createApiKeyFor, createProgramWithManager, signInAs } from './support/factories';
import { createClaimedPartner, emailsTo, insertPartnership, parseCsv, stateDigest } from './support/partners';

/*
 * Real parallel requests: on PostgreSQL each request runs in its own connection and transaction,
 * so these races happen for real; the embedded database serialises transactions and must give
 * the same results.
 */

const RaceAddPartner = graphql(`
  mutation TestRaceAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id status partner { id name } }
      partnerCandidates { partner { id } alreadyInProgram }
      userErrors { field message code }
    }
  }
`);

const RaceRemovePartners = graphql(`
  mutation TestRaceRemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) {
      removedCount
      userErrors { field message code }
    }
  }
`);

const RaceMovePartnerGroup = graphql(`
  mutation TestRaceMovePartnerGroup($input: MovePartnerGroupInput!) {
    movePartnerGroup(input: $input) {
      movedCount
      userErrors { field message code }
    }
  }
`);

const RacePartnership = graphql(`
  query TestRacePartnership($id: ID!) {
    partnership(id: $id) { status removedAt linksDeactivatedAt }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;
type Made = Awaited<ReturnType<typeof insertPartnership>>;

const NO_UUID = '00000000-0000-4000-8000-000000000000';

function visit(slug: string, key: string) {
  return followLink(new Request(`http://localhost:3000/r/${slug}/${key}`, { headers: { 'user-agent': 'jest' } }), { params: Promise.resolve({ program: slug, key }) });
}

async function exportByKey(ctx: Ctx): Promise<Record<string, Record<string, string>>> {
  const response = await exportCsv(new Request(`http://localhost:3000/api/programs/${ctx.program.slug}/partners.csv`, { headers: { cookie: ctx.cookie } }), {
    params: Promise.resolve({ slug: ctx.program.slug }),
  });
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());
  return Object.fromEntries(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))).map((r) => [r.partner_key, r]));
}

function remove(ctx: Ctx, selection: Record<string, unknown>, deactivateLinks: boolean, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(RaceRemovePartners, { input: { selection: { programId: ctx.programId, ...selection }, deactivateLinks } }, caller);
}

function move(ctx: Ctx, selection: Record<string, unknown>, groupId: string, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(RaceMovePartnerGroup, { input: { selection: { programId: ctx.programId, ...selection }, groupId } }, caller);
}

function expectNoGraphQLErrors(results: GraphQLResult<unknown>[]) {
  for (const r of results) {
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  }
}

async function eventsOf(action: string, ids: string[]) {
  return app.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), inArray(auditEvents.partnershipId, ids)));
}

/** partnership id -> how many `action` events it has. */
async function eventCounts(action: string, made: Made[]): Promise<Record<string, number>> {
  const counts = Object.fromEntries(made.map((m) => [m.partnership.id, 0]));
  for (const e of await eventsOf(action, made.map((m) => m.partnership.id))) counts[e.partnershipId!] += 1;
  return counts;
}

const ones = (made: Made[]) => Object.fromEntries(made.map((m) => [m.partnership.id, 1]));

async function makePartnerships(ctx: Ctx, count: number, prefix: string, options: { groupId?: string } = {}): Promise<Made[]> {
  const made: Made[] = [];
  for (let i = 0; i < count; i++) made.push(await insertPartnership(app.db, ctx.program.id, { key: `${prefix}${i}`, email: `${prefix}${i}-${Date.now()}@race.example`, ...options }));
  return made;
}

describe('addPartner under concurrency', () => {
  it('20 concurrent adds of one new email (two managers and an API key) make one partner, one partnership and one invite', async () => {
    const ctx = await createProgramWithManager(app.db);
    const second = await addProgramManager(app.db, ctx.program.id);
    const callers: Caller[] = [{ cookie: ctx.cookie }, { cookie: await signInAs(app.db, second.id) }, { bearer: (await createApiKeyFor(app.db, ctx.program.id)).secret }];
    const email = `racer-${Date.now()}@new.example`;
    const input = { programId: ctx.programId, email, firstName: 'Rae', lastName: 'Racer', companyName: 'Race Co' };

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(RaceAddPartner, { input }, callers[i % callers.length])));
    expectNoGraphQLErrors(results);
    const winners = results.filter((r) => r.data?.addPartner.partnership);
    const losers = results.filter((r) => !r.data?.addPartner.partnership);
    expect(winners).toHaveLength(1);
    expect(winners[0].data?.addPartner.userErrors).toEqual([]);
    // A sequential second add is refused like this; every concurrent loser must get exactly the same.
    const sequential = await app.gql(RaceAddPartner, { input }, callers[0]);
    const taken = [{ field: ['email'], message: `${email} is already a member of Race Co, which is in this program.`, code: 'TAKEN' }];
    expect(sequential.data?.addPartner).toEqual({ partnership: null, partnerCandidates: [], userErrors: taken });
    expect(losers).toHaveLength(19);
    for (const loser of losers) expect(loser.data?.addPartner).toEqual(sequential.data?.addPartner);

    const rows = await app.db.select().from(partnerships).where(eq(partnerships.programId, ctx.program.id));
    expect(rows.map((r) => [r.status, r.partnerKey])).toEqual([['PENDING_CLAIM', 'raeracer']]);
    const members = await app.db.select().from(partnerMembers).where(sql`lower(${partnerMembers.email}) = ${email}`);
    expect(members.map((m) => m.partnerId)).toEqual([rows[0].partnerId]);
    expect(await emailsTo(app.db, email)).toHaveLength(1);
    expect((await eventsOf('partnership.added', [rows[0].id])).length).toBe(1);
  });

  it('20 concurrent connects of one existing partner make one partnership and ask its approvers once', async () => {
    const ctx = await createProgramWithManager(app.db);
    const tag = Date.now();
    const existing = await createClaimedPartner(app.db, 'Existing Racers', [{ email: `boss-${tag}@existing.example`, level: 'OWNER' }]);
    const input = { programId: ctx.programId, email: `boss-${tag}@existing.example`, existingPartnerId: existing.partnerId };
    const { secret } = await createApiKeyFor(app.db, ctx.program.id);

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => app.gql(RaceAddPartner, { input }, i % 2 ? { cookie: ctx.cookie } : { bearer: secret })));
    expectNoGraphQLErrors(results);
    const winners = results.filter((r) => r.data?.addPartner.partnership);
    expect(winners).toHaveLength(1);
    expect(winners[0].data?.addPartner.partnership?.status).toBe('PENDING_APPROVAL');
    const sequential = await app.gql(RaceAddPartner, { input }, { cookie: ctx.cookie });
    expect(sequential.data?.addPartner.userErrors).toEqual([{ field: ['existingPartnerId'], message: 'Existing Racers is already in this program.', code: 'TAKEN' }]);
    for (const loser of results.filter((r) => !r.data?.addPartner.partnership)) expect(loser.data?.addPartner).toEqual(sequential.data?.addPartner);

    expect(await app.db.select().from(partnerships).where(eq(partnerships.programId, ctx.program.id))).toHaveLength(1);
    expect((await emailsTo(app.db, `boss-${tag}@existing.example`)).map((e) => e.template)).toEqual(['partnership-request']);
  });
});

describe('removePartners under concurrency', () => {
  it('two concurrent removals of one selection remove each partnership once; a repeat counts 0 and keeps the links deactivated', async () => {
    const ctx = await createProgramWithManager(app.db);
    const made = await makePartnerships(ctx, 6, 'rmrace');
    const keep = await insertPartnership(app.db, ctx.program.id, { key: 'rmkeep' });
    const selection = { partnershipIds: made.map((m) => m.id) };

    const results = await Promise.all([remove(ctx, selection, true), remove(ctx, selection, true, { bearer: (await createApiKeyFor(app.db, ctx.program.id)).secret })]);
    expectNoGraphQLErrors(results);
    for (const r of results) expect(r.data?.removePartners.userErrors).toEqual([]);
    expect(results.reduce((n, r) => n + r.data!.removePartners.removedCount, 0)).toBe(made.length);
    expect(await eventCounts('partnership.removed', made)).toEqual(ones(made));

    const before = await app.db.select().from(partnerships).where(inArray(partnerships.id, made.map((m) => m.partnership.id)));
    const digest = await stateDigest(app.db);
    const repeat = await remove(ctx, selection, false);
    expect(repeat.data?.removePartners).toEqual({ removedCount: 0, userErrors: [] });
    expect(await stateDigest(app.db)).toEqual(digest);

    const exported = await exportByKey(ctx);
    for (const row of before) {
      expect(row.status).toBe('REMOVED');
      expect(row.linksDeactivatedAt).toBeInstanceOf(Date);
      const [link] = await app.db.select().from(links).where(eq(links.partnershipId, row.id));
      expect(link.deactivatedAt).toBeInstanceOf(Date);
      expect((await visit(ctx.program.slug, row.partnerKey)).status).toBe(404);
      expect(exported[row.partnerKey]).toMatchObject({ status: 'REMOVED', links_deactivated_at: row.linksDeactivatedAt!.toISOString() });
      const shown = await app.gql(RacePartnership, { id: toGlobalId('Partnership', row.id) }, { cookie: ctx.cookie });
      expect(shown.data?.partnership?.linksDeactivatedAt).toBe(row.linksDeactivatedAt!.toISOString());
    }
    expect(exported.rmkeep).toMatchObject({ status: 'ACTIVE', links_deactivated_at: '' });
    expect((await visit(ctx.program.slug, keep.partnership.partnerKey)).status).toBe(302);
  });

  it('when a removal with and one without deactivateLinks race, the first to commit decides, and the export and the link agree', async () => {
    const ctx = await createProgramWithManager(app.db);
    const made = await makePartnerships(ctx, 6, 'rmmixed');
    const selection = { partnershipIds: made.map((m) => m.id) };

    const results = await Promise.all([remove(ctx, selection, true), remove(ctx, selection, false), remove(ctx, selection, true)]);
    expectNoGraphQLErrors(results);
    expect(results.reduce((n, r) => n + r.data!.removePartners.removedCount, 0)).toBe(made.length);
    const events = await eventsOf('partnership.removed', made.map((m) => m.partnership.id));
    expect(events).toHaveLength(made.length);

    const exported = await exportByKey(ctx);
    for (const m of made) {
      const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, m.partnership.id));
      const deactivated = (events.find((e) => e.partnershipId === m.partnership.id)!.data as { linksDeactivated: boolean }).linksDeactivated;
      expect((await visit(ctx.program.slug, row.partnerKey)).status).toBe(deactivated ? 404 : 302);
      expect(exported[row.partnerKey].links_deactivated_at).toBe(deactivated ? row.linksDeactivatedAt!.toISOString() : '');
    }
  });

  it('two concurrent removals of all matching partnerships remove each once', async () => {
    const ctx = await createProgramWithManager(app.db);
    const made = await makePartnerships(ctx, 8, 'rmall');
    const results = await Promise.all([remove(ctx, { allMatching: true }, true), remove(ctx, { allMatching: true }, false)]);
    expectNoGraphQLErrors(results);
    expect(results.reduce((n, r) => n + r.data!.removePartners.removedCount, 0)).toBe(made.length);
    expect(await eventCounts('partnership.removed', made)).toEqual(ones(made));
    expect((await remove(ctx, { allMatching: true }, true)).data?.removePartners).toEqual({ removedCount: 0, userErrors: [] });
  });
});

describe('movePartnerGroup under concurrency', () => {
  async function programWithWelcomeGroup() {
    const ctx = await createProgramWithManager(app.db, { name: 'Racing Program' });
    const [defaultGroup] = await app.db.select().from(groups).where(eq(groups.programId, ctx.program.id));
    const [resellers] = await app.db
      .insert(groups)
      .values({ programId: ctx.program.id, name: 'Resellers', joinToken: newJoinToken(), welcomeEmailSubject: 'Welcome, resellers', welcomeEmailBody: 'Hello.' })
      .returning();
    return { ...ctx, defaultGroup, resellers, resellersId: toGlobalId('Group', resellers.id) };
  }

  async function expectMovedOnce(ctx: Awaited<ReturnType<typeof programWithWelcomeGroup>>, made: Made[]) {
    expect(await eventCounts('partnership.moved', made)).toEqual(ones(made));
    for (const m of made) {
      const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, m.partnership.id));
      expect(row.groupId).toBe(ctx.resellers.id);
      const history = await app.db
        .select()
        .from(partnershipGroupHistory)
        .where(eq(partnershipGroupHistory.partnershipId, m.partnership.id))
        .orderBy(asc(partnershipGroupHistory.joinedAt));
      expect(history.map((h) => [h.groupId, h.leftAt === null])).toEqual([
        [ctx.defaultGroup.id, false],
        [ctx.resellers.id, true],
      ]);
      expect(history[1].joinedAt.getTime()).toBe(history[0].leftAt!.getTime());
      expect((await emailsTo(app.db, m.member!.email)).map((e) => e.subject)).toEqual(['Welcome, resellers']);
    }
  }

  it('two concurrent moves of one selection move each partnership once: one event, one welcome email, one history step', async () => {
    const ctx = await programWithWelcomeGroup();
    const made = await makePartnerships(ctx, 6, 'mvrace');
    const selection = { partnershipIds: made.map((m) => m.id) };
    const { secret } = await createApiKeyFor(app.db, ctx.program.id);

    const results = await Promise.all([move(ctx, selection, ctx.resellersId), move(ctx, selection, ctx.resellersId, { bearer: secret })]);
    expectNoGraphQLErrors(results);
    for (const r of results) expect(r.data?.movePartnerGroup.userErrors).toEqual([]);
    expect(results.reduce((n, r) => n + r.data!.movePartnerGroup.movedCount, 0)).toBe(made.length);
    await expectMovedOnce(ctx, made);

    const digest = await stateDigest(app.db);
    expect((await move(ctx, selection, ctx.resellersId)).data?.movePartnerGroup).toEqual({ movedCount: 0, userErrors: [] });
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('two concurrent moves of all matching partnerships move each once', async () => {
    const ctx = await programWithWelcomeGroup();
    const made = await makePartnerships(ctx, 8, 'mvall');
    const results = await Promise.all([move(ctx, { allMatching: true }, ctx.resellersId), move(ctx, { allMatching: true }, ctx.resellersId)]);
    expectNoGraphQLErrors(results);
    expect(results.reduce((n, r) => n + r.data!.movePartnerGroup.movedCount, 0)).toBe(made.length);
    await expectMovedOnce(ctx, made);
  });
});

describe('bulk actions are all or nothing', () => {
  async function setup() {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const mine = await makePartnerships(ctx, 2, 'aon');
    const theirs = await insertPartnership(app.db, other.program.id, { key: 'aontheirs' });
    const [resellers] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Resellers', joinToken: newJoinToken(), welcomeEmailSubject: 'Hi', welcomeEmailBody: 'Hello.' }).returning();
    return { ctx, other, mine, theirs, resellersId: toGlobalId('Group', resellers.id) };
  }

  it.each<[string, (theirs: Made) => string]>([
    ['a well-formed id that does not exist', () => toGlobalId('Partnership', NO_UUID)],
    ['an id of another program', (theirs: Made) => theirs.id],
  ])('refuses %s in a removal or a move with a userError naming it, and changes nothing', async (_what, badId) => {
    const { ctx, other, mine, theirs, resellersId } = await setup();
    const bad = badId(theirs);
    const selection = { partnershipIds: [mine[0].id, bad, mine[1].id] };
    const digest = await stateDigest(app.db);
    const expected = [{ field: ['selection', 'partnershipIds', '1'], message: `${bad} is not a partnership of this program.`, code: 'INVALID' }];

    for (const deactivateLinks of [true, false]) {
      const res = await remove(ctx, selection, deactivateLinks);
      expect(res.errors).toBeUndefined();
      expect(res.data?.removePartners).toEqual({ removedCount: 0, userErrors: expected });
    }
    const moved = await move(ctx, selection, resellersId);
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.movePartnerGroup).toEqual({ movedCount: 0, userErrors: expected });

    expect(await stateDigest(app.db)).toEqual(digest);
    const untouched = await app.db.select().from(links).where(inArray(links.partnershipId, [...mine, theirs].map((m) => m.partnership.id)));
    expect(untouched.map((l) => l.deactivatedAt)).toEqual([null, null, null]);
    for (const m of mine) expect((await visit(ctx.program.slug, m.partnership.partnerKey)).status).toBe(302);
    expect((await visit(other.program.slug, 'aontheirs')).status).toBe(302);
  });

  it('names every id it refuses, in one answer', async () => {
    const { ctx, mine, theirs } = await setup();
    const unknown = toGlobalId('Partnership', NO_UUID);
    const res = await remove(ctx, { partnershipIds: [theirs.id, mine[0].id, unknown] }, true);
    expect(res.data?.removePartners.userErrors).toEqual([
      { field: ['selection', 'partnershipIds', '0'], message: `${theirs.id} is not a partnership of this program.`, code: 'INVALID' },
      { field: ['selection', 'partnershipIds', '2'], message: `${unknown} is not a partnership of this program.`, code: 'INVALID' },
    ]);
    expect((await app.db.select().from(partnerships).where(eq(partnerships.id, mine[0].partnership.id)))[0].status).toBe('ACTIVE');
  });

  it('skips partnerships already removed in a removal (count and events for the rest only), and refuses them in a move', async () => {
    const { ctx, mine, resellersId } = await setup();
    expect((await remove(ctx, { partnershipIds: [mine[0].id] }, true)).data?.removePartners.removedCount).toBe(1);

    const digest = await stateDigest(app.db);
    const moved = await move(ctx, { partnershipIds: [mine[1].id, mine[0].id] }, resellersId);
    expect(moved.data?.movePartnerGroup).toEqual({
      movedCount: 0,
      userErrors: [{ field: ['selection', 'partnershipIds', '1'], message: `${mine[0].id} was removed from this program.`, code: 'INVALID' }],
    });
    expect(await stateDigest(app.db)).toEqual(digest);

    const res = await remove(ctx, { partnershipIds: [mine[0].id, mine[1].id] }, false);
    expect(res.data?.removePartners).toEqual({ removedCount: 1, userErrors: [] });
    expect(await eventCounts('partnership.removed', mine)).toEqual(ones(mine));
    // The first removal's deactivation stays: the second removal did not touch that partnership.
    expect((await visit(ctx.program.slug, mine[0].partnership.partnerKey)).status).toBe(404);
    expect((await visit(ctx.program.slug, mine[1].partnership.partnerKey)).status).toBe(302);
  });
});
