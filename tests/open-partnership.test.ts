import { and, asc, eq, inArray, ne, notInArray } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, groups, links, partnerKeys, partnerMembers, partnershipGroupHistory, partnershipMembers, partnerships, programs, users } from '../src/server/db/schema';
import { DEMO, seedDemo, seedGeneratedPartnerships } from '../src/server/db/seed';
import { LIVE_PARTNERSHIP_STATUSES, type PartnershipRow } from '../src/server/partnerships/rules';
import { fromGlobalId, toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { createClaimedPartner, insertPartnership } from './support/partners';

/*
 * Every path that opens a partnership (a manager's add, a join link, the demo seed, the
 * benchmark generator, the tests' factory) goes through open-partnership and leaves the same
 * rows. The races run for real on PostgreSQL (TEST_DATABASE_URL); PGlite serialises them.
 */

const OpenAddPartner = graphql(`
  mutation TestOpenAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id }
      userErrors { field message code }
    }
  }
`);

const OpenJoinProgram = graphql(`
  mutation TestOpenJoinProgram($input: JoinProgramInput!) {
    joinProgram(input: $input) {
      partnerProgram { partnershipId }
      userErrors { field message code }
    }
  }
`);

const OpenPartnershipMembers = graphql(`
  query TestOpenPartnershipMembers($id: ID!) {
    partnership(id: $id) {
      partnerKey
      members { member { email isPrimaryContact } }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/**
 * What opening left behind, in terms that do not depend on the path: the partnership's key is
 * its one alias, it has one open group-history row for its group, one working default link,
 * one opening event, and its members are exactly the partner's team.
 */
async function openedRows(partnership: PartnershipRow) {
  const keys = await app.db.select().from(partnerKeys).where(eq(partnerKeys.partnershipId, partnership.id));
  const history = await app.db.select().from(partnershipGroupHistory).where(eq(partnershipGroupHistory.partnershipId, partnership.id));
  const partnershipLinks = await app.db.select().from(links).where(eq(links.partnershipId, partnership.id));
  const events = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.partnershipId, partnership.id), inArray(auditEvents.action, ['partnership.added', 'partnership.joined'])));
  const members = await app.db.select({ id: partnershipMembers.memberId }).from(partnershipMembers).where(eq(partnershipMembers.partnershipId, partnership.id));
  const team = await app.db
    .select({ id: partnerMembers.id })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.partnerId, partnership.partnerId), ne(partnerMembers.status, 'REMOVED')));
  return {
    live: (LIVE_PARTNERSHIP_STATUSES as readonly string[]).includes(partnership.status),
    approvedWhenActive: (partnership.status === 'ACTIVE') === (partnership.approvedAt !== null),
    keys: keys.map((k) => ({ isTheKey: k.key === partnership.partnerKey, program: k.programId === partnership.programId })),
    history: history.map((h) => ({ sameGroup: h.groupId === partnership.groupId, open: h.leftAt === null })),
    links: partnershipLinks.map((l) => ({ isDefault: l.isDefault, working: l.deactivatedAt === null, program: l.programId === partnership.programId })),
    events: events.map((e) => ({ subject: e.subjectType === 'Partnership' && e.subjectId === partnership.id, program: e.programId === partnership.programId })),
    members: members.length,
    membersAreTheTeam: members.map((m) => m.id).sort().join() === team.map((m) => m.id).sort().join(),
  };
}

const SAME_ROWS = {
  live: true,
  approvedWhenActive: true,
  keys: [{ isTheKey: true, program: true }],
  history: [{ sameGroup: true, open: true }],
  links: [{ isDefault: true, working: true, program: true }],
  events: [{ subject: true, program: true }],
  membersAreTheTeam: true,
};

const partnershipById = async (id: string) => (await app.db.select().from(partnerships).where(eq(partnerships.id, id)))[0];

describe('one way to open a partnership', () => {
  it('leaves the same rows whether a manager adds, a person joins, the seed, the generator or the factory opens it', async () => {
    const ctx = await createProgramWithManager(app.db);
    const opened: Record<string, PartnershipRow[]> = {};

    // A manager adds a partner new to the network, with one more member.
    const tag = Date.now().toString(36);
    const added = await app.gql(
      OpenAddPartner,
      { input: { programId: ctx.programId, email: `new-${tag}@add.example`, firstName: 'Ann', lastName: 'Added', members: [{ email: `second-${tag}@add.example` }] } },
      { cookie: ctx.cookie },
    );
    expect(added.data?.addPartner.userErrors).toEqual([]);
    opened.addNew = [await partnershipById(fromGlobalId('Partnership', added.data!.addPartner.partnership!.id)!)];

    // A manager connects an existing partner (the person already has an account).
    const existing = await createClaimedPartner(app.db, `Existing ${tag}`, [{ email: `owner-${tag}@existing.example`, level: 'OWNER' }]);
    const connected = await app.gql(
      OpenAddPartner,
      { input: { programId: ctx.programId, email: `owner-${tag}@existing.example`, existingPartnerId: existing.partnerId } },
      { cookie: ctx.cookie },
    );
    expect(connected.data?.addPartner.userErrors).toEqual([]);
    opened.connectExisting = [await partnershipById(fromGlobalId('Partnership', connected.data!.addPartner.partnership!.id)!)];

    // A signed-in person follows the default group's join link.
    const joiner = await createUser(app.db, { email: `joiner-${tag}@join.example`, name: 'Jo Joiner' });
    const [group] = await app.db.select().from(groups).where(eq(groups.programId, ctx.program.id));
    const joined = await app.gql(OpenJoinProgram, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: await signInAs(app.db, joiner.id) });
    expect(joined.data?.joinProgram.userErrors).toEqual([]);
    opened.join = await app.db.select().from(partnerships).where(and(eq(partnerships.programId, ctx.program.id), eq(partnerships.source, 'JOIN_LINK')));

    // The test factory, for a new partner and for a partner reused from elsewhere.
    opened.factory = [(await insertPartnership(app.db, ctx.program.id)).partnership, (await insertPartnership(app.db, ctx.program.id, { status: 'PENDING_CLAIM' })).partnership];
    const reused = await createClaimedPartner(app.db, `Reused ${tag}`, [
      { email: `a-${tag}@reused.example`, level: 'OWNER' },
      { email: `b-${tag}@reused.example`, level: 'ADMIN' },
    ]);
    opened.factory.push((await insertPartnership(app.db, ctx.program.id, { partnerId: reused.partner.id })).partnership);

    // The demo seed and the benchmark generator.
    await seedDemo(app.db);
    const [acme] = await app.db.select().from(programs).where(eq(programs.slug, DEMO.programSlug));
    opened.seed = await app.db
      .select()
      .from(partnerships)
      .where(and(eq(partnerships.programId, acme.id), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])));
    const seededIds = opened.seed.map((p) => p.id);
    await seedGeneratedPartnerships(app.db, DEMO.programSlug, 5);
    opened.generator = await app.db.select().from(partnerships).where(and(eq(partnerships.programId, acme.id), notInArray(partnerships.id, seededIds), eq(partnerships.source, 'IMPORT')));

    for (const [path, list] of Object.entries(opened)) {
      expect([path, list.length > 0]).toEqual([path, true]);
      for (const partnership of list) {
        const rows = await openedRows(partnership);
        expect({ path, ...rows, members: undefined }).toEqual({ path, ...SAME_ROWS, members: undefined });
        expect([path, rows.members > 0]).toEqual([path, true]);
      }
    }
    // The opening event says how: a manager's add, or the person's own join.
    const [joinEvent] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.partnershipId, opened.join[0].id), eq(auditEvents.action, 'partnership.joined')));
    expect(joinEvent).toMatchObject({ actorUserId: joiner.id, data: { partnerKey: opened.join[0].partnerKey } });
    const [addEvent] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.partnershipId, opened.addNew[0].id), eq(auditEvents.action, 'partnership.added')));
    expect(addEvent).toMatchObject({ actorUserId: ctx.manager.id, data: { newToNetwork: true, members: 2, partnerKey: 'annadded' } });
  });

  // Reads the demo the test above seeded (a program slug is seeded once per database).
  it("shows the seeded partners' teams on their partnership pages (Members count through GraphQL)", async () => {
    const [acme] = await app.db.select().from(programs).where(eq(programs.slug, DEMO.programSlug));
    const [manager] = await app.db.select().from(users).where(eq(users.email, DEMO.managerEmail));
    const cookie = await signInAs(app.db, manager.id);
    const seeded = await app.db.select().from(partnerships).where(and(eq(partnerships.programId, acme.id), ne(partnerships.source, 'IMPORT'))).orderBy(asc(partnerships.createdAt));
    const counts: Record<string, number> = {};
    for (const p of seeded) {
      const res = await app.gql(OpenPartnershipMembers, { id: toGlobalId('Partnership', p.id) }, { cookie });
      expect(res.errors).toBeUndefined();
      counts[res.data!.partnership!.partnerKey] = res.data!.partnership!.members.length;
    }
    // Northwind has three people, Globex two, everyone else one.
    expect(counts).toEqual({ noranorth: 3, brucewayne: 1, gracehopper: 2, peterg: 1, alicewong: 1, gavinb: 1, tonystark: 1 });
    const northwind = await app.gql(OpenPartnershipMembers, { id: toGlobalId('Partnership', seeded[0].id) }, { cookie });
    const people = northwind.data!.partnership!.members.map((m) => m.member);
    expect(people[0]).toEqual({ email: DEMO.partnerOwnerEmail, isPrimaryContact: true });
    expect(people.map((m) => m.email).sort()).toEqual(['finance@northwind.example', DEMO.partnerOwnerEmail, 'sam@northwind.example'].sort());
  });
});

describe('racing paths for the same person', () => {
  it('a concurrent add and join of the same email give one partnership and a userError, never an internal error', async () => {
    const ctx = await createProgramWithManager(app.db);
    const [group] = await app.db.select().from(groups).where(eq(groups.programId, ctx.program.id));
    for (let round = 0; round < 6; round++) {
      const email = `racer-${round}-${Date.now().toString(36)}@race.example`;
      const person = await createUser(app.db, { email, name: 'Rae Racer' });
      const personCookie = await signInAs(app.db, person.id);
      const add = () => app.gql(OpenAddPartner, { input: { programId: ctx.programId, email, firstName: 'Rae', lastName: 'Racer' } }, { cookie: ctx.cookie });
      const join = () => app.gql(OpenJoinProgram, { input: { token: group.joinToken } }, { cookie: personCookie });
      // Alternate who starts first, so both orders happen.
      const [a, j] = round % 2 === 0 ? await Promise.all([add(), join()]) : await Promise.all([join(), add()]).then(([second, first]) => [first, second] as const);
      expect([a.errors, j.errors]).toEqual([undefined, undefined]);
      const userErrors = [...(a.data?.addPartner.userErrors ?? []), ...(j.data?.joinProgram.userErrors ?? [])];
      const succeeded = [a.data?.addPartner.partnership, j.data?.joinProgram.partnerProgram].filter(Boolean);
      expect({ round, succeeded: succeeded.length, failed: userErrors.length > 0 }).toEqual({ round, succeeded: 1, failed: true });

      const live = await app.db
        .select({ id: partnerships.id })
        .from(partnerships)
        .innerJoin(partnerMembers, eq(partnerMembers.partnerId, partnerships.partnerId))
        .where(and(eq(partnerships.programId, ctx.program.id), eq(partnerMembers.email, email), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])));
      expect({ round, live: live.length }).toEqual({ round, live: 1 });
    }
  });

  it('a concurrent connect and join of the same partner (two of its people, so two email locks) end with one partnership and a userError: the unique index decides when both pass their checks', async () => {
    const ctx = await createProgramWithManager(app.db);
    const [group] = await app.db.select().from(groups).where(eq(groups.programId, ctx.program.id));
    for (let round = 0; round < 4; round++) {
      const tag = `${round}${Date.now().toString(36)}`;
      const partner = await createClaimedPartner(app.db, `Raced ${tag}`, [
        { email: `owner-${tag}@raced.example`, level: 'OWNER' },
        { email: `admin-${tag}@raced.example`, level: 'ADMIN' },
      ]);
      const connect = () =>
        app.gql(OpenAddPartner, { input: { programId: ctx.programId, email: `admin-${tag}@raced.example`, existingPartnerId: partner.partnerId } }, { cookie: ctx.cookie });
      const join = () => app.gql(OpenJoinProgram, { input: { token: group.joinToken } }, { cookie: partner.members.OWNER.cookie });
      const [c, j] = round % 2 === 0 ? await Promise.all([connect(), join()]) : await Promise.all([join(), connect()]).then(([second, first]) => [first, second] as const);
      expect([c.errors, j.errors]).toEqual([undefined, undefined]);
      const succeeded = [c.data?.addPartner.partnership, j.data?.joinProgram.partnerProgram].filter(Boolean);
      const userErrors = [...(c.data?.addPartner.userErrors ?? []), ...(j.data?.joinProgram.userErrors ?? [])];
      expect({ round, succeeded: succeeded.length, userErrors: userErrors.length }).toEqual({ round, succeeded: 1, userErrors: 1 });
      const live = await app.db
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.programId, ctx.program.id), eq(partnerships.partnerId, partner.partner.id), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])));
      expect({ round, live: live.length }).toEqual({ round, live: 1 });
    }
  });
});
