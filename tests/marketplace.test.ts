import { and, eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import type { TestMarketplaceNamesQuery, TestMarketplaceNamesQueryVariables } from '../src/gql/graphql';
import { applications, auditEvents, emailOutbox, groups, partnerships, programs } from '../src/server/db/schema';
import { fromGlobalId, toGlobalId } from '../src/server/shared/ids';
import type { ApplicationQuestion } from '../src/shapes/application-form';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { countRows, createClaimedPartner, insertPartnership } from './support/partners';
import { createFormGroup } from './support/applications';
import { setNetworkStanding } from './support/network';

const UpdateListing = graphql(`
  mutation TestUpdateListing($input: UpdateMarketplaceListingInput!) {
    updateMarketplaceListing(input: $input) {
      program { id marketplaceListing { listed description category logoUrl listedAt group { id name } } }
      userErrors { field message code }
    }
  }
`);

const Marketplace = graphql(`
  query TestMarketplace($search: String, $category: String, $sort: MarketplaceSort, $first: Int, $after: String, $partnerId: ID!) {
    marketplace(search: $search, category: $category, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name description category logoUrl websiteUrl listedAt groupName standing(partnerId: $partnerId) } }
    }
  }
`);

const MarketplaceNames = graphql(`
  query TestMarketplaceNames($search: String, $category: String, $sort: MarketplaceSort, $first: Int, $after: String) {
    marketplace(search: $search, category: $category, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name category } }
    }
  }
`);

const Apply = graphql(`
  mutation TestApplyFromMarketplace($input: ApplyFromMarketplaceInput!) {
    applyFromMarketplace(input: $input) {
      standing
      userErrors { field message code }
    }
  }
`);

const ApplicationDetail = graphql(`
  query TestMarketplaceApplication($id: ID!) {
    application(id: $id) {
      source
      companyName
      group { name }
      missingFields
      answers { questionId label value missing }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let tags = 0;
const tag = () => `t${Date.now().toString(36)}${++tags}`;

async function listedProgram(fields: { name?: string; category?: string; description?: string } = {}) {
  const ctx = await createProgramWithManager(app.db, { name: fields.name ?? `Listed ${tag()}` });
  const res = await app.gql(
    UpdateListing,
    { input: { programId: ctx.programId, listed: true, description: fields.description ?? 'A program for partners who write about tools.', category: fields.category ?? 'Developer tools' } },
    { cookie: ctx.cookie },
  );
  expect(res.data?.updateMarketplaceListing.userErrors).toEqual([]);
  return ctx;
}

async function approvedPartner(level: 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER' = 'OWNER', status: 'NONE' | 'PENDING' | 'APPROVED' | 'DECLINED' = 'APPROVED') {
  const t = tag();
  const people = [{ email: `owner-${t}@partner.example`, level: 'OWNER' as const }, ...(level === 'OWNER' ? [] : [{ email: `${level.toLowerCase()}-${t}@partner.example`, level }])];
  const made = await createClaimedPartner(app.db, `Partner ${t}`, people);
  await setNetworkStanding(app.db, made.partner.id, status, status === 'NONE' ? null : {});
  return { ...made, me: made.members[level] };
}

const writtenCounts = async () => ({
  applications: await countRows(app.db, applications),
  auditEvents: await countRows(app.db, auditEvents),
  partnerships: await countRows(app.db, partnerships),
  emailOutbox: await countRows(app.db, emailOutbox),
});

describe('listing settings', () => {
  it('lists with a description and category, sets listedAt once, and unlisting keeps the texts', async () => {
    const ctx = await createProgramWithManager(app.db);
    const missing = await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: true } }, { cookie: ctx.cookie });
    expect(missing.data?.updateMarketplaceListing.userErrors.map((e) => [e.field, e.message])).toEqual([
      [['description'], 'Describe the program for partners before listing it.'],
      [['category'], 'Choose a category before listing the program.'],
    ]);
    const tooLong = await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: true, description: 'x'.repeat(301), category: 'Nope' } }, { cookie: ctx.cookie });
    expect(tooLong.data?.updateMarketplaceListing.userErrors.map((e) => e.message)).toEqual(expect.arrayContaining(['Use at most 300 characters.', 'Choose a category from the list.']));
    const [before] = await app.db.select().from(programs).where(eq(programs.id, ctx.program.id));
    expect(before.listedInMarketplace).toBe(false);

    const otherProgram = await createProgramWithManager(app.db);
    const foreignGroup = toGlobalId('Group', (await app.db.select().from(groups).where(eq(groups.programId, otherProgram.program.id)))[0].id);
    const badGroup = await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: true, description: 'Hello partners', category: 'Finance', groupId: foreignGroup } }, { cookie: ctx.cookie });
    expect(badGroup.data?.updateMarketplaceListing.userErrors).toEqual([expect.objectContaining({ field: ['groupId'] })]);

    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const listed = await app.gql(
      UpdateListing,
      { input: { programId: ctx.programId, listed: true, description: '  Hello partners  ', category: 'Finance', logoUrl: 'https://cdn.example/logo.png', groupId: toGlobalId('Group', group.id) } },
      { cookie: ctx.cookie },
    );
    const listing = listed.data?.updateMarketplaceListing.program?.marketplaceListing;
    expect(listing).toMatchObject({ listed: true, description: 'Hello partners', category: 'Finance', logoUrl: 'https://cdn.example/logo.png', group: { name: group.name } });
    expect(listing?.listedAt).toBeTruthy();

    const edited = await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: true, description: 'Hello again', category: 'Finance' } }, { cookie: ctx.cookie });
    expect(edited.data?.updateMarketplaceListing.program?.marketplaceListing.listedAt).toBe(listing?.listedAt);

    const unlisted = await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: false } }, { cookie: ctx.cookie });
    expect(unlisted.data?.updateMarketplaceListing.program?.marketplaceListing).toMatchObject({ listed: false, description: 'Hello again', category: 'Finance', listedAt: null });
    const actions = (await app.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, ctx.program.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['program.listed', 'program.listing_updated', 'program.unlisted']));
  });

  it('lets the program’s API key edit it and refuses another program’s manager and key', async () => {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, ctx.program.id);
    const { secret: otherSecret } = await createApiKeyFor(app.db, other.program.id);
    const input = { programId: ctx.programId, listed: true, description: 'By key', category: 'Sales' };
    for (const caller of [{ cookie: other.cookie }, { bearer: otherSecret }]) {
      const res = await app.gql(UpdateListing, { input }, caller);
      expect(res.data?.updateMarketplaceListing ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const [still] = await app.db.select().from(programs).where(eq(programs.id, ctx.program.id));
    expect(still.listedInMarketplace).toBe(false);
    const byKey = await app.gql(UpdateListing, { input }, { bearer: secret });
    expect(byKey.data?.updateMarketplaceListing.program?.marketplaceListing.listed).toBe(true);
  });
});

describe('the marketplace list', () => {
  it('searches name and description (wildcards literal), filters by category, sorts, and pages', async () => {
    const t = tag();
    const a = await listedProgram({ name: `Alpha ${t}`, category: 'Travel' });
    const b = await listedProgram({ name: `beta ${t}`, category: 'Security', description: `Fast 100%_safe ${t}` });
    const c = await listedProgram({ name: `Gamma ${t}`, category: 'Travel' });
    const unlisted = await createProgramWithManager(app.db, { name: `Delta ${t}` });
    expect(unlisted).toBeTruthy();
    const viewer = (await approvedPartner()).members.OWNER.cookie;

    const newest = await app.gql(MarketplaceNames, { search: t }, { cookie: viewer });
    expect(newest.data?.marketplace.edges.map((e) => e.node.name)).toEqual([`Gamma ${t}`, `beta ${t}`, `Alpha ${t}`]);
    expect(newest.data?.marketplace.totalCount).toBe(3);
    const byName = await app.gql(MarketplaceNames, { search: t, sort: 'NAME' }, { cookie: viewer });
    expect(byName.data?.marketplace.edges.map((e) => e.node.name)).toEqual([`Alpha ${t}`, `beta ${t}`, `Gamma ${t}`]);
    const travel = await app.gql(MarketplaceNames, { search: t, category: 'Travel' }, { cookie: viewer });
    expect(travel.data?.marketplace.edges.map((e) => e.node.id)).toEqual([c.programId, a.programId]);
    const literal = await app.gql(MarketplaceNames, { search: '100%_s' }, { cookie: viewer });
    expect(literal.data?.marketplace.edges.map((e) => e.node.id)).toEqual([b.programId]);
    const wildcard = await app.gql(MarketplaceNames, { search: '%_' }, { cookie: viewer });
    expect(wildcard.data?.marketplace.edges.map((e) => e.node.id)).toEqual([b.programId]);

    for (const sort of ['NEWEST', 'NAME'] as const) {
      const seen: string[] = [];
      let after: string | null | undefined = null;
      for (let i = 0; i < 3; i++) {
        const page: Awaited<ReturnType<typeof app.gql<TestMarketplaceNamesQuery, TestMarketplaceNamesQueryVariables>>> = await app.gql(MarketplaceNames, { search: t, sort, first: 1, after }, { cookie: viewer });
        seen.push(...page.data!.marketplace.edges.map((e) => e.node.name));
        expect(page.data?.marketplace.pageInfo.hasNextPage).toBe(i < 2);
        after = page.data?.marketplace.pageInfo.endCursor;
      }
      expect(seen).toEqual((sort === 'NEWEST' ? newest : byName).data?.marketplace.edges.map((e) => e.node.name));
    }
    const wrongCursor = await app.gql(MarketplaceNames, { search: t, sort: 'NAME', after: newest.data?.marketplace.pageInfo.endCursor }, { cookie: viewer });
    expect(wrongCursor.errors?.[0].message).toMatch(/cursor/);
    const short = await app.gql(MarketplaceNames, { search: 'a' }, { cookie: viewer });
    expect(short.errors?.[0].message).toMatch(/at least 2 characters/);
    const badCategory = await app.gql(MarketplaceNames, { category: 'Gardening' }, { cookie: viewer });
    expect(badCategory.errors?.[0].message).toMatch(/category/);
  });

  it('is for partner members only', async () => {
    const manager = await createProgramWithManager(app.db);
    const res = await app.gql(MarketplaceNames, {}, { cookie: manager.cookie });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page with its standings in the same number of statements for 2 and 20 programs', async () => {
    const partner = await approvedPartner();
    const counts: number[] = [];
    for (const n of [2, 20]) {
      const t = tag();
      for (let i = 0; i < n; i++) await listedProgram({ name: `Count ${t} ${i}` });
      app.queries.count = 0;
      const res = await app.gql(Marketplace, { search: t, first: 50, partnerId: partner.partnerId }, { cookie: partner.me.cookie });
      expect(res.errors).toBeUndefined();
      expect(res.data?.marketplace.edges).toHaveLength(n);
      expect(new Set(res.data?.marketplace.edges.map((e) => e.node.standing))).toEqual(new Set(['CAN_APPLY']));
      counts.push(app.queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('standing', () => {
  it('tells each partner where it stands, and no one another partner’s standing', async () => {
    const t = tag();
    const open = await listedProgram({ name: `Stand open ${t}` });
    const live = await listedProgram({ name: `Stand live ${t}` });
    const applied = await listedProgram({ name: `Stand applied ${t}` });
    const removed = await listedProgram({ name: `Stand removed ${t}` });
    const partner = await approvedPartner();
    await insertPartnership(app.db, live.program.id, { partnerId: partner.partner.id, status: 'ACTIVE' });
    const gone = await insertPartnership(app.db, removed.program.id, { partnerId: partner.partner.id, status: 'ACTIVE' });
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, gone.partnership.id));
    const res = await app.gql(Apply, { input: { programId: applied.programId, partnerId: partner.partnerId } }, { cookie: partner.me.cookie });
    expect(res.data?.applyFromMarketplace).toEqual({ standing: 'APPLIED', userErrors: [] });

    const standings = async (p: { partnerId: string }, cookie: string) => {
      const page = await app.gql(Marketplace, { search: `Stand`, first: 100, partnerId: p.partnerId }, { cookie });
      return Object.fromEntries((page.data?.marketplace.edges ?? []).filter((e) => e.node.name.endsWith(t)).map((e) => [e.node.name.split(' ')[1], e.node.standing]));
    };
    expect(await standings(partner, partner.me.cookie)).toEqual({ open: 'CAN_APPLY', live: 'IN_PROGRAM', applied: 'APPLIED', removed: 'REMOVED' });

    const finance = await approvedPartner('FINANCE');
    expect((await standings(finance, finance.me.cookie)).open).toBe('NOT_ALLOWED');
    for (const [status, standing] of [['NONE', 'NOT_NETWORK_APPROVED'], ['PENDING', 'NETWORK_PENDING'], ['DECLINED', 'NETWORK_DECLINED']] as const) {
      const p = await approvedPartner('ADMIN', status);
      expect((await standings(p, p.me.cookie)).open).toBe(standing);
    }
    const noProfile = await createClaimedPartner(app.db, `No profile ${t}`, [{ email: `np-${t}@partner.example`, level: 'OWNER' }]);
    await setNetworkStanding(app.db, noProfile.partner.id, 'APPROVED', null);
    expect((await standings(noProfile, noProfile.members.OWNER.cookie)).open).toBe('NOT_NETWORK_APPROVED');
    const refused = await app.gql(Apply, { input: { programId: open.programId, partnerId: noProfile.partnerId } }, { cookie: noProfile.members.OWNER.cookie });
    expect(refused.data?.applyFromMarketplace.userErrors[0].message).toMatch(/Apply to the network first/);

    const stranger = await approvedPartner();
    const peek = await app.gql(Marketplace, { search: t, partnerId: partner.partnerId }, { cookie: stranger.me.cookie });
    expect(peek.data).toBeNull();
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const applyForOther = await app.gql(Apply, { input: { programId: open.programId, partnerId: partner.partnerId } }, { cookie: stranger.me.cookie });
    expect(applyForOther.data?.applyFromMarketplace.userErrors).toEqual([expect.objectContaining({ field: ['partnerId'] })]);
  });
});

const FORM: ApplicationQuestion[] = [
  { id: 'qsite', fieldKey: null, label: 'Website', helpText: null, type: 'URL', options: [], visibility: 'REQUIRED' },
  { id: 'qcomp', fieldKey: null, label: 'Company name', helpText: null, type: 'TEXT', options: [], visibility: 'OPTIONAL' },
  { id: 'qland', fieldKey: null, label: 'Where are you based?', helpText: null, type: 'COUNTRY', options: [], visibility: 'REQUIRED' },
  { id: 'qplan', fieldKey: null, label: 'How will you promote us?', helpText: null, type: 'LONG_TEXT', options: [], visibility: 'REQUIRED' },
  { id: 'qtier', fieldKey: null, label: 'Tier', helpText: null, type: 'SELECT', options: ['Gold'], visibility: 'OPTIONAL' },
];

describe('applying from the marketplace', () => {
  it('applies in one step with the profile’s answers, the unanswerable required questions marked missing, to the listing’s group', async () => {
    const ctx = await listedProgram();
    const { group, groupId } = await createFormGroup(app.db, ctx.program.id, FORM);
    await app.gql(UpdateListing, { input: { programId: ctx.programId, listed: true, description: 'Form group', category: 'Sales', groupId } }, { cookie: ctx.cookie });
    const partner = await approvedPartner('ADMIN');
    const card = await app.gql(Marketplace, { search: ctx.program.name, partnerId: partner.partnerId }, { cookie: partner.me.cookie });
    expect(card.data?.marketplace.edges.map((e) => e.node.groupName)).toEqual([group.name]);
    const res = await app.gql(Apply, { input: { programId: ctx.programId, partnerId: partner.partnerId } }, { cookie: partner.me.cookie });
    expect(res.data?.applyFromMarketplace).toEqual({ standing: 'APPLIED', userErrors: [] });

    const [row] = await app.db.select().from(applications).where(and(eq(applications.programId, ctx.program.id), eq(applications.partnerId, partner.partner.id)));
    expect(row).toMatchObject({ source: 'MARKETPLACE', status: 'PENDING', groupId: group.id, email: partner.me.email, companyName: 'Acme Media' });
    expect(row.answers).toEqual({ qsite: 'https://acme-media.example', qcomp: 'Acme Media', qland: 'DE' });
    expect(row.missingFields).toEqual(['qplan']);

    const detail = await app.gql(ApplicationDetail, { id: toGlobalId('Application', row.id) }, { cookie: ctx.cookie });
    expect(detail.data?.application).toMatchObject({ source: 'MARKETPLACE', group: { name: group.name }, missingFields: ['How will you promote us?'] });
    expect(detail.data?.application.answers.filter((a) => a.missing).map((a) => a.questionId)).toEqual(['qplan']);
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, row.id), eq(auditEvents.action, 'application.submitted')));
    expect(event.data).toMatchObject({ source: 'MARKETPLACE', group: group.name, missing: ['qplan'] });
  });

  it('goes to the default group when the listing names none', async () => {
    const ctx = await listedProgram();
    const partner = await approvedPartner();
    await app.gql(Apply, { input: { programId: ctx.programId, partnerId: partner.partnerId } }, { cookie: partner.me.cookie });
    const [row] = await app.db.select({ groupId: applications.groupId, isDefault: groups.isDefault }).from(applications).innerJoin(groups, eq(groups.id, applications.groupId)).where(eq(applications.programId, ctx.program.id));
    expect(row.isDefault).toBe(true);
  });

  it('refuses, writing nothing, every case the marketplace does not accept', async () => {
    const ctx = await listedProgram();
    const unlisted = await createProgramWithManager(app.db);
    const cases: { name: string; setup: () => Promise<{ programId: string; partnerId: string; cookie: string }>; message: RegExp }[] = [
      { name: 'unlisted', setup: async () => ({ ...(await who()), programId: unlisted.programId }), message: /not listed/ },
      { name: 'unknown program', setup: async () => ({ ...(await who()), programId: toGlobalId('Program', '00000000-0000-4000-8000-000000000000') }), message: /not listed/ },
      { name: 'not approved', setup: async () => who('OWNER', 'NONE'), message: /Apply to the network first.*\/partner\/network/ },
      { name: 'network pending', setup: async () => who('OWNER', 'PENDING'), message: /waiting for review.*join link/ },
      { name: 'network declined', setup: async () => who('OWNER', 'DECLINED'), message: /not approved for the network.*join link/ },
      { name: 'finance member', setup: async () => who('FINANCE'), message: /Owners or Admins/ },
      { name: 'plain member', setup: async () => who('MEMBER'), message: /Owners or Admins/ },
      {
        name: 'already live',
        setup: async () => {
          const w = await who();
          await insertPartnership(app.db, ctx.program.id, { partnerId: fromGlobalId('Partner', w.partnerId)!, status: 'PENDING_APPROVAL' });
          return w;
        },
        message: /already in the/,
      },
      {
        name: 'already pending',
        setup: async () => {
          const w = await who();
          const first = await app.gql(Apply, { input: { programId: ctx.programId, partnerId: w.partnerId } }, { cookie: w.cookie });
          expect(first.data?.applyFromMarketplace.userErrors).toEqual([]);
          return w;
        },
        message: /already applied/,
      },
      {
        name: 'removed',
        setup: async () => {
          const w = await who();
          const made = await insertPartnership(app.db, ctx.program.id, { partnerId: fromGlobalId('Partner', w.partnerId)!, status: 'ACTIVE' });
          await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, made.partnership.id));
          return w;
        },
        message: /removed from the .* cannot rejoin/,
      },
    ];
    async function who(level: 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER' = 'OWNER', status: 'NONE' | 'PENDING' | 'APPROVED' | 'DECLINED' = 'APPROVED') {
      const p = await approvedPartner(level, status);
      return { programId: ctx.programId, partnerId: p.partnerId, cookie: p.me.cookie };
    }
    for (const c of cases) {
      const { programId, partnerId, cookie } = await c.setup();
      const before = await writtenCounts();
      const res = await app.gql(Apply, { input: { programId, partnerId } }, { cookie });
      const errors = res.data?.applyFromMarketplace.userErrors ?? [];
      expect({ case: c.name, standing: res.data?.applyFromMarketplace.standing ?? null, matches: errors.length === 1 && c.message.test(errors[0].message) }).toEqual({ case: c.name, standing: null, matches: true });
      expect({ case: c.name, ...(await writtenCounts()) }).toEqual({ case: c.name, ...before });
    }
  });

  it('makes one application of parallel applies by the same person and by two Owners', async () => {
    const ctx = await listedProgram();
    const partner = await createClaimedPartner(app.db, `Racers ${tag()}`, [
      { email: `race-owner-${tag()}@partner.example`, level: 'OWNER' },
      { email: `race-admin-${tag()}@partner.example`, level: 'ADMIN' },
    ]);
    await setNetworkStanding(app.db, partner.partner.id, 'APPROVED');
    const input = { programId: ctx.programId, partnerId: partner.partnerId };
    const callers = [partner.members.OWNER.cookie, partner.members.OWNER.cookie, partner.members.ADMIN.cookie, partner.members.ADMIN.cookie];
    const results = await Promise.all(callers.map((cookie) => app.gql(Apply, { input }, { cookie })));
    expect(results.filter((r) => r.data?.applyFromMarketplace.standing === 'APPLIED')).toHaveLength(1);
    for (const r of results.filter((x) => x.data?.applyFromMarketplace.standing !== 'APPLIED')) {
      expect(r.data?.applyFromMarketplace.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    }
    expect(await app.db.select().from(applications).where(eq(applications.programId, ctx.program.id))).toHaveLength(1);
  });
});
