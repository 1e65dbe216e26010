import { and, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import type { UpdateNetworkProfileInput } from '../src/gql/graphql';
import { auditEvents, networkApplications, networkProfiles, partnerMembers, partners, users } from '../src/server/db/schema';
import { buildSchema } from '../src/server/graphql/schema';
import { setNetworkReviewer } from '../src/server/network/set-network-reviewer';
import { InvalidInputError } from '../src/server/shared/errors';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';
import { createClaimedPartner, emailsTo, insertPartnership } from './support/partners';

const UpdateProfile = graphql(`
  mutation TestNetworkUpdateProfile($input: UpdateNetworkProfileInput!) {
    updateNetworkProfile(input: $input) {
      profile { companyName website logoUrl description audienceSize promotionMethods countries categories updatedAt }
      userErrors { field message code }
    }
  }
`);

const Apply = graphql(`
  mutation TestNetworkApply($input: ApplyToNetworkInput!) {
    applyToNetwork(input: $input) {
      networkStatus
      userErrors { field message code }
    }
  }
`);

const MyNetwork = graphql(`
  query TestNetworkMine {
    myPartners {
      partner { id name }
      networkStatus
      networkAppliedAt
      canManageNetwork
      networkProfile { companyName countries categories }
      lastNetworkDecision { status decidedAt reason }
    }
  }
`);

const Options = graphql(`
  query TestNetworkOptions {
    networkProfileOptions { audienceSizes { value label } promotionMethods { value label } categories }
  }
`);

const Queue = graphql(`
  query TestNetworkQueue($status: NetworkApplicationStatus, $first: Int, $after: String) {
    networkReviewQueue(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          submittedAt
          waitingSeconds
          applicant { id name logoUrl networkStatus }
          profile { companyName }
          decision { status decidedAt reason }
          members { name email accessLevel }
          earlierDecisions { status reason }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
      oldestWaitingSeconds
      medianDecisionSeconds30d
      decidedLast30Days
    }
  }
`);

const Application = graphql(`
  query TestNetworkApplication($id: ID!) {
    networkApplication(id: $id) {
      id
      status
      applicant { name networkStatus }
      profile { companyName description updatedAt }
      decision { status reason }
      members { name email accessLevel }
      earlierDecisions { status decidedAt reason }
    }
  }
`);

const Approve = graphql(`
  mutation TestNetworkApprove($input: DecideNetworkApplicationInput!) {
    approveNetworkApplication(input: $input) {
      application { id status applicant { networkStatus } decision { status reason } }
      userErrors { field message code }
    }
  }
`);

const Decline = graphql(`
  mutation TestNetworkDecline($input: DecideNetworkApplicationInput!) {
    declineNetworkApplication(input: $input) {
      application { id status applicant { networkStatus } decision { status reason } }
      userErrors { field message code }
    }
  }
`);

const PartnerBadge = graphql(`
  query TestNetworkBadge($id: ID!) {
    partnership(id: $id) { partner { networkApproved } }
  }
`);

let app: TestApp;
let reviewer: Caller;
let reviewerB: Caller;
beforeAll(async () => {
  app = await startTestApp();
  reviewer = { cookie: await signInAs(app.db, (await createUser(app.db, { email: 'rita@staff.example', name: 'Rita Reviewer', isNetworkReviewer: true })).id) };
  reviewerB = { cookie: await signInAs(app.db, (await createUser(app.db, { email: 'rob@staff.example', name: 'Rob Reviewer', isNetworkReviewer: true })).id) };
});
afterAll(() => app.close());

let seq = 0;
/** A claimed partner with one person at each access level, not yet in the network. */
async function newPartner(db = app.db, name = `Partner ${++seq}`) {
  const tag = `${Date.now().toString(36)}${++seq}`;
  const made = await createClaimedPartner(db, name, [
    { email: `owner-${tag}@p.example`, level: 'OWNER' },
    { email: `admin-${tag}@p.example`, level: 'ADMIN' },
    { email: `finance-${tag}@p.example`, level: 'FINANCE' },
    { email: `member-${tag}@p.example`, level: 'MEMBER' },
  ]);
  await db.update(partners).set({ networkStatus: 'NONE' }).where(eq(partners.id, made.partner.id));
  const as = (level: 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER'): Caller => ({ cookie: made.members[level].cookie });
  return { ...made, as };
}

const profileInput = (partnerId: string, changes: Partial<UpdateNetworkProfileInput> = {}): UpdateNetworkProfileInput => ({
  partnerId,
  companyName: 'Acme Reviews',
  website: 'https://acme.example',
  logoUrl: 'https://acme.example/logo.png',
  description: 'We review developer tools for 40,000 readers a month.',
  audienceSize: 'FROM_10K_TO_100K',
  promotionMethods: ['CONTENT', 'EMAIL'],
  countries: ['de', 'FR'],
  categories: ['Developer tools', 'Productivity'],
  ...changes,
});

async function saveProfile(p: Awaited<ReturnType<typeof newPartner>>, changes: Partial<UpdateNetworkProfileInput> = {}, level: 'OWNER' | 'ADMIN' = 'OWNER') {
  const result = await app.gql(UpdateProfile, { input: profileInput(p.partnerId, changes) }, p.as(level));
  expect(result.errors).toBeUndefined();
  expect(result.data!.updateNetworkProfile.userErrors).toEqual([]);
  return result.data!.updateNetworkProfile.profile!;
}

async function apply(p: Awaited<ReturnType<typeof newPartner>>, level: 'OWNER' | 'ADMIN' = 'OWNER') {
  const result = await app.gql(Apply, { input: { partnerId: p.partnerId } }, p.as(level));
  expect(result.errors).toBeUndefined();
  return result.data!.applyToNetwork;
}

async function pendingApplicationOf(partnerDbId: string): Promise<string> {
  const [row] = await app.db
    .select({ id: networkApplications.id })
    .from(networkApplications)
    .where(and(eq(networkApplications.partnerId, partnerDbId), eq(networkApplications.status, 'PENDING')));
  return toGlobalId('NetworkApplication', row.id);
}

async function mine(caller: Caller) {
  const result = await app.gql(MyNetwork, {}, caller);
  expect(result.errors).toBeUndefined();
  return result.data!.myPartners;
}

describe('the network profile', () => {
  it('lists its choices for the form', async () => {
    const p = await newPartner();
    const { data } = await app.gql(Options, {}, p.as('MEMBER'));
    expect(data!.networkProfileOptions.audienceSizes.map((a) => a.value)).toEqual(['UNDER_1K', 'FROM_1K_TO_10K', 'FROM_10K_TO_100K', 'FROM_100K_TO_1M', 'OVER_1M']);
    expect(data!.networkProfileOptions.promotionMethods).toContainEqual({ value: 'CONTENT', label: 'Blog and content' });
    expect(data!.networkProfileOptions.categories).toContain('Developer tools');
    expect((await app.gql(Options, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names each bad field and saves nothing', async () => {
    const p = await newPartner();
    const cases: [Partial<UpdateNetworkProfileInput>, string, string][] = [
      [{ companyName: '  ' }, 'companyName', 'Enter the company name.'],
      [{ companyName: 'x'.repeat(121) }, 'companyName', 'Use at most 120 characters.'],
      [{ website: 'ftp://acme.example' }, 'website', ''],
      [{ logoUrl: 'not a url' }, 'logoUrl', ''],
      [{ description: 'Too short.' }, 'description', 'Describe the partner in at least 20 characters.'],
      [{ description: 'x'.repeat(2001) }, 'description', 'Use at most 2,000 characters.'],
      [{ promotionMethods: [] }, 'promotionMethods', 'Choose at least one promotion method.'],
      [{ promotionMethods: ['SKYWRITING'] }, 'promotionMethods', 'Choose promotion methods from the list.'],
      [{ countries: [] }, 'countries', 'Choose at least one country.'],
      [{ countries: ['XX'] }, 'countries', 'Use a country from the list (ISO code such as DE).'],
      [{ categories: [] }, 'categories', 'Choose at least one category.'],
      [{ categories: ['Analytics', 'Finance', 'Health', 'Sales'] }, 'categories', 'Choose at most 3 categories.'],
      [{ categories: ['Gardening'] }, 'categories', 'Choose categories from the list.'],
    ];
    for (const [changes, field, message] of cases) {
      const result = await app.gql(UpdateProfile, { input: profileInput(p.partnerId, changes) }, p.as('OWNER'));
      expect(result.errors).toBeUndefined();
      const errors = result.data!.updateNetworkProfile.userErrors;
      expect([field, errors.map((e) => e.field[0])]).toEqual([field, [field]]);
      if (message) expect(errors[0].message).toBe(message);
      else expect(errors[0].message.length).toBeGreaterThan(0);
      expect(result.data!.updateNetworkProfile.profile).toBeNull();
    }
    // An audience size outside the enum never reaches the use case: GraphQL refuses it.
    const badEnum = await app.gql(UpdateProfile, { input: profileInput(p.partnerId, { audienceSize: 'HUGE' as never }) }, p.as('OWNER'));
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.db.select().from(networkProfiles).where(eq(networkProfiles.partnerId, p.partner.id))).toEqual([]);
  });

  it('is saved by the Owner and the Admin, normalised, and shown to the whole team read-only for Finance and Member', async () => {
    const p = await newPartner();
    const saved = await saveProfile(p, { countries: ['de', 'DE', 'fr'], logoUrl: null });
    expect(saved).toMatchObject({ companyName: 'Acme Reviews', countries: ['DE', 'FR'], logoUrl: null, audienceSize: 'FROM_10K_TO_100K' });
    const edited = await saveProfile(p, { companyName: 'Acme Reviews GmbH' }, 'ADMIN');
    expect(edited.companyName).toBe('Acme Reviews GmbH');
    expect(await app.db.select().from(networkProfiles).where(eq(networkProfiles.partnerId, p.partner.id))).toHaveLength(1);

    for (const level of ['OWNER', 'ADMIN', 'FINANCE', 'MEMBER'] as const) {
      const [entry] = await mine(p.as(level));
      expect([level, entry.canManageNetwork, entry.networkProfile?.companyName, entry.networkStatus]).toEqual([
        level,
        level === 'OWNER' || level === 'ADMIN',
        'Acme Reviews GmbH',
        'NONE',
      ]);
    }
  });

  it('refuses Finance and Member people, and another partner\'s people', async () => {
    const p = await newPartner();
    await saveProfile(p);
    const other = await newPartner();
    for (const level of ['FINANCE', 'MEMBER'] as const) {
      const result = await app.gql(UpdateProfile, { input: profileInput(p.partnerId, { companyName: 'Hijacked' }) }, p.as(level));
      expect([level, result.errors?.[0].extensions?.code, result.errors?.[0].message]).toEqual([level, 'FORBIDDEN', 'Only Owner or Admin members of the partner can do this.']);
      const applied = await app.gql(Apply, { input: { partnerId: p.partnerId } }, p.as(level));
      expect([level, applied.errors?.[0].extensions?.code]).toEqual([level, 'FORBIDDEN']);
    }
    // A partner never touches another partner's profile: it is told there is no such partner.
    const foreign = await app.gql(UpdateProfile, { input: profileInput(p.partnerId, { companyName: 'Hijacked' }) }, other.as('OWNER'));
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreignApply = await app.gql(Apply, { input: { partnerId: p.partnerId } }, other.as('OWNER'));
    expect(foreignApply.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await app.db.select().from(networkProfiles).where(eq(networkProfiles.partnerId, p.partner.id));
    expect(row.companyName).toBe('Acme Reviews');
    expect(await app.db.select().from(networkApplications).where(eq(networkApplications.partnerId, p.partner.id))).toEqual([]);
  });
});

describe('applying to the network', () => {
  it('needs a saved profile', async () => {
    const p = await newPartner();
    expect(await apply(p)).toEqual({
      networkStatus: null,
      userErrors: [{ field: ['partnerId'], message: 'Save your network profile before applying to the network.', code: 'NOT_ALLOWED' }],
    });
    expect((await mine(p.as('OWNER')))[0].networkStatus).toBe('NONE');
  });

  it('submits the profile as it is; a later edit changes the profile, not what the reviewer decides on; one application waits at a time', async () => {
    const p = await newPartner();
    await saveProfile(p, { description: 'The description the reviewer reads, as submitted.' });
    expect(await apply(p, 'ADMIN')).toEqual({ networkStatus: 'PENDING', userErrors: [] });
    const [waiting] = await mine(p.as('MEMBER'));
    expect(waiting).toMatchObject({ networkStatus: 'PENDING', lastNetworkDecision: null });
    const [row] = await app.db.select().from(networkApplications).where(eq(networkApplications.partnerId, p.partner.id));
    expect(waiting.networkAppliedAt).toBe(row.createdAt.toISOString());

    await saveProfile(p, { description: 'Edited after submitting: the saved profile changes.' });
    const id = await pendingApplicationOf(p.partner.id);
    const { data } = await app.gql(Application, { id }, reviewer);
    expect(data!.networkApplication.profile.description).toBe('The description the reviewer reads, as submitted.');
    expect((await mine(p.as('OWNER')))[0].networkProfile?.companyName).toBe('Acme Reviews');

    expect((await apply(p)).userErrors).toEqual([{ field: ['partnerId'], message: 'Your application to the network is already waiting for a reviewer.', code: 'CONFLICT' }]);
    expect(await app.db.select().from(networkApplications).where(eq(networkApplications.partnerId, p.partner.id))).toHaveLength(1);
    const events = await app.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, await pendingApplicationOfRaw(p.partner.id)));
    expect(events.map((e) => e.action)).toEqual(['network.applied']);
  });

  it('is refused once approved, and allowed again after a decline once the profile is edited', async () => {
    const approved = await newPartner();
    await saveProfile(approved);
    await apply(approved);
    await app.gql(Approve, { input: { applicationId: await pendingApplicationOf(approved.partner.id) } }, reviewer);
    expect((await apply(approved)).userErrors).toEqual([{ field: ['partnerId'], message: 'Your partner is already approved into the network.', code: 'CONFLICT' }]);

    const p = await newPartner();
    await saveProfile(p);
    await apply(p);
    const first = await pendingApplicationOf(p.partner.id);
    const declined = await app.gql(Decline, { input: { applicationId: first, reason: 'Tell us more about your audience.' } }, reviewer);
    expect(declined.data!.declineNetworkApplication.userErrors).toEqual([]);
    const [entry] = await mine(p.as('FINANCE'));
    expect(entry.networkStatus).toBe('DECLINED');
    expect(entry.lastNetworkDecision).toMatchObject({ status: 'DECLINED', reason: 'Tell us more about your audience.' });

    const unchanged = await apply(p);
    expect(unchanged.networkStatus).toBeNull();
    expect(unchanged.userErrors[0]).toMatchObject({ field: ['partnerId'], code: 'NOT_ALLOWED' });
    expect(unchanged.userErrors[0].message).toMatch(/^Edit your network profile before applying again: it has not changed since the decline on /);

    await saveProfile(p, { description: 'Our audience: 40,000 developers, mostly in Germany and France.' });
    expect(await apply(p)).toEqual({ networkStatus: 'PENDING', userErrors: [] });
    const second = await pendingApplicationOf(p.partner.id);
    const { data } = await app.gql(Application, { id: second }, reviewer);
    expect(data!.networkApplication.earlierDecisions).toEqual([expect.objectContaining({ status: 'DECLINED', reason: 'Tell us more about your audience.' })]);
    expect(data!.networkApplication.profile.description).toBe('Our audience: 40,000 developers, mostly in Germany and France.');
  });
});

async function pendingApplicationOfRaw(partnerDbId: string): Promise<string> {
  const [row] = await app.db.select({ id: networkApplications.id }).from(networkApplications).where(eq(networkApplications.partnerId, partnerDbId));
  return row.id;
}

describe('a reviewer deciding', () => {
  it('approves: the partner is in the network, its Owners and Admins are emailed with the marketplace link, the badge shows', async () => {
    const { program, cookie: managerCookie } = await createProgramWithManager(app.db);
    const p = await newPartner();
    const { id: partnershipId } = await insertPartnership(app.db, program.id, { partnerId: p.partner.id });
    expect((await app.gql(PartnerBadge, { id: partnershipId }, { cookie: managerCookie })).data!.partnership!.partner.networkApproved).toBe(false);
    await saveProfile(p);
    await apply(p);
    const id = await pendingApplicationOf(p.partner.id);

    const result = await app.gql(Approve, { input: { applicationId: id } }, reviewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.approveNetworkApplication).toEqual({
      application: { id, status: 'APPROVED', applicant: { networkStatus: 'APPROVED' }, decision: { status: 'APPROVED', reason: null } },
      userErrors: [],
    });
    expect((await app.gql(PartnerBadge, { id: partnershipId }, { cookie: managerCookie })).data!.partnership!.partner.networkApproved).toBe(true);

    for (const level of ['OWNER', 'ADMIN'] as const) {
      const emails = await emailsTo(app.db, p.members[level].email);
      const network = emails.filter((e) => e.template === 'network-approved');
      expect([level, network.length]).toEqual([level, 1]);
      expect(network[0].text).toContain('You can now apply to listed programs from the marketplace');
      expect(network[0].text).toContain('/marketplace');
    }
    for (const level of ['FINANCE', 'MEMBER'] as const) expect([level, await emailsTo(app.db, p.members[level].email)]).toEqual([level, []]);
    expect((await mine(p.as('OWNER')))[0]).toMatchObject({ networkStatus: 'APPROVED', networkAppliedAt: null, lastNetworkDecision: { status: 'APPROVED', reason: null } });
    const events = await app.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, (await pendingApplicationOfRaw(p.partner.id))));
    expect(events.map((e) => e.action).sort()).toEqual(['network.applied', 'network.approved']);

    // Decided once: a second decision is told so.
    const again = await app.gql(Decline, { input: { applicationId: id, reason: 'Changed my mind.' } }, reviewerB);
    expect(again.data!.declineNetworkApplication.userErrors).toEqual([{ field: ['applicationId'], message: 'This application was already approved.', code: 'CONFLICT' }]);
  });

  it('declines with a reason only: the Owners and Admins read it, with how to apply again or use a join link', async () => {
    const p = await newPartner();
    await saveProfile(p);
    await apply(p);
    const id = await pendingApplicationOf(p.partner.id);
    for (const reason of [undefined, '   ']) {
      const refused = await app.gql(Decline, { input: { applicationId: id, reason } }, reviewer);
      expect(refused.data!.declineNetworkApplication).toEqual({
        application: null,
        userErrors: [{ field: ['reason'], message: 'Say why the application is declined: the partner is shown the reason.', code: 'REQUIRED' }],
      });
    }
    expect((await app.gql(Application, { id }, reviewer)).data!.networkApplication.status).toBe('PENDING');

    const result = await app.gql(Decline, { input: { applicationId: id, reason: 'Your website <b>is</b> not live yet.' } }, reviewer);
    expect(result.data!.declineNetworkApplication.application).toMatchObject({ status: 'DECLINED', applicant: { networkStatus: 'DECLINED' }, decision: { reason: 'Your website <b>is</b> not live yet.' } });
    for (const level of ['OWNER', 'ADMIN'] as const) {
      const [email] = (await emailsTo(app.db, p.members[level].email)).filter((e) => e.template === 'network-declined');
      expect(email.text).toContain('Your website <b>is</b> not live yet.');
      expect(email.html).toContain('Your website &lt;b&gt;is&lt;/b&gt; not live yet.');
      expect(email.text).toContain('edit the profile and apply again');
      expect(email.text).toContain('join link');
      expect(email.text).toContain('/partner/network');
    }
    for (const level of ['FINANCE', 'MEMBER'] as const) expect(await emailsTo(app.db, p.members[level].email)).toEqual([]);
  });

  it('shows the team and the profile, and nothing of any program', async () => {
    const p = await newPartner(app.db, 'Team Shown Ltd');
    await saveProfile(p);
    await apply(p);
    const { data } = await app.gql(Application, { id: await pendingApplicationOf(p.partner.id) }, reviewer);
    expect(data!.networkApplication.applicant).toEqual({ name: 'Team Shown Ltd', networkStatus: 'PENDING' });
    expect(data!.networkApplication.members.map((m) => m.accessLevel)).toEqual(['OWNER', 'ADMIN', 'FINANCE', 'MEMBER']);
    expect(data!.networkApplication.members[0].email).toBe(p.members.OWNER.email);

    const schema = buildSchema();
    const fieldsOf = (type: string) => Object.keys((schema.getType(type) as unknown as { getFields(): object }).getFields()).sort();
    expect(fieldsOf('NetworkApplication')).toEqual(['applicant', 'decision', 'earlierDecisions', 'id', 'members', 'profile', 'status', 'submittedAt', 'waitingSeconds']);
    expect(fieldsOf('NetworkApplicant')).toEqual(['id', 'logoUrl', 'name', 'networkStatus']);
    expect(fieldsOf('NetworkApplicantMember')).toEqual(['accessLevel', 'email', 'name']);
    expect(fieldsOf('NetworkDecision')).toEqual(['decidedAt', 'reason', 'status']);
    expect(fieldsOf('NetworkProfile')).toEqual(['audienceSize', 'categories', 'companyName', 'countries', 'description', 'logoUrl', 'promotionMethods', 'updatedAt', 'website']);
  });

  it('is only for network reviewers: managers, partners, API keys and anonymous callers are refused every reviewer field', async () => {
    const { program, cookie: managerCookie } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const p = await newPartner();
    await saveProfile(p);
    await apply(p);
    const id = await pendingApplicationOf(p.partner.id);
    const callers: [string, Caller, string][] = [
      ['manager', { cookie: managerCookie }, 'FORBIDDEN'],
      ['partner owner', p.as('OWNER'), 'FORBIDDEN'],
      ['API key', { bearer: secret }, 'FORBIDDEN'],
      ['anonymous', {}, 'UNAUTHENTICATED'],
    ];
    for (const [who, caller, code] of callers) {
      const queue = await app.gql(Queue, {}, caller);
      const one = await app.gql(Application, { id }, caller);
      const approve = await app.gql(Approve, { input: { applicationId: id } }, caller);
      const decline = await app.gql(Decline, { input: { applicationId: id, reason: 'No.' } }, caller);
      expect([who, queue.data, queue.errors?.[0].extensions?.code]).toEqual([who, null, code]);
      expect([who, one.data, one.errors?.[0].extensions?.code]).toEqual([who, null, code]);
      expect([who, approve.data, approve.errors?.[0].extensions?.code]).toEqual([who, null, code]);
      expect([who, decline.data, decline.errors?.[0].extensions?.code]).toEqual([who, null, code]);
    }
    expect((await app.gql(Application, { id }, reviewer)).data!.networkApplication.status).toBe('PENDING');
  });

  it('an unknown or malformed application id is not found', async () => {
    for (const id of ['nope', toGlobalId('NetworkApplication', '00000000-0000-0000-0000-000000000000'), toGlobalId('Partner', '00000000-0000-0000-0000-000000000000')]) {
      expect((await app.gql(Application, { id }, reviewer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await app.gql(Approve, { input: { applicationId: id } }, reviewer)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('the reviewers\' queue (its own database, applications at known times)', () => {
  let q: TestApp;
  let reviewerCookie: Caller;
  const now = Date.now();
  const ago = (seconds: number) => new Date(now - seconds * 1000);
  const names: Record<string, string> = {};

  beforeAll(async () => {
    q = await startTestApp();
    reviewerCookie = { cookie: await signInAs(q.db, (await createUser(q.db, { isNetworkReviewer: true })).id) };
    const insert = async (name: string, createdAgo: number, decided?: { status: 'APPROVED' | 'DECLINED'; afterSeconds: number }) => {
      const made = await newPartner(q.db, name);
      const [row] = await q.db
        .insert(networkApplications)
        .values({
          partnerId: made.partner.id,
          status: decided?.status ?? 'PENDING',
          profile: { companyName: name, website: 'https://x.example', logoUrl: null, description: 'x'.repeat(20), audienceSize: 'UNDER_1K', promotionMethods: ['CONTENT'], countries: ['DE'], categories: ['Sales'], updatedAt: ago(createdAgo).toISOString() },
          createdAt: ago(createdAgo),
          decidedAt: decided ? ago(createdAgo - decided.afterSeconds) : null,
          declineReason: decided?.status === 'DECLINED' ? 'Not yet.' : null,
        })
        .returning();
      names[row.id] = name;
    };
    // Waiting: 3 h, 2 h and 1 h.
    await insert('Waits 2h', 7200);
    await insert('Waits 3h', 10800);
    await insert('Waits 1h', 3600);
    // Decided in the last 30 days after 100, 200, 400 and 1,000 seconds: median 300.
    await insert('Approved 5d ago', 5 * 86400 + 100, { status: 'APPROVED', afterSeconds: 100 });
    await insert('Approved 2d ago', 2 * 86400 + 1000, { status: 'APPROVED', afterSeconds: 1000 });
    await insert('Declined 1d ago', 86400 + 200, { status: 'DECLINED', afterSeconds: 200 });
    await insert('Approved 3d ago', 3 * 86400 + 400, { status: 'APPROVED', afterSeconds: 400 });
    // Decided 40 days ago after a very long wait: outside the figures' window.
    await insert('Approved 40d ago', 40 * 86400 + 900_000, { status: 'APPROVED', afterSeconds: 900_000 });
  });
  afterAll(() => q.close());

  it('lists pending applications oldest first, a page at a time, with the figures', async () => {
    const first = await q.gql(Queue, { first: 2 }, reviewerCookie);
    expect(first.errors).toBeUndefined();
    const page = first.data!.networkReviewQueue;
    expect(page.edges.map((e) => e.node.applicant.name)).toEqual(['Waits 3h', 'Waits 2h']);
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.oldestWaitingSeconds).toBeGreaterThanOrEqual(10800);
    expect(page.oldestWaitingSeconds).toBeLessThan(10800 + 120);
    expect(page.edges[0].node.waitingSeconds).toBeGreaterThanOrEqual(10800);
    expect(page.medianDecisionSeconds30d).toBe(300);
    expect(page.decidedLast30Days).toBe(4);
    expect(page.edges[0].node.members).toHaveLength(4);

    const rest = await q.gql(Queue, { first: 2, after: page.pageInfo.endCursor }, reviewerCookie);
    expect(rest.data!.networkReviewQueue.edges.map((e) => e.node.applicant.name)).toEqual(['Waits 1h']);
    expect(rest.data!.networkReviewQueue.pageInfo.hasNextPage).toBe(false);
  });

  it('lists decided ones newest decision first, with how long each waited', async () => {
    const { data } = await q.gql(Queue, { status: 'APPROVED', first: 3 }, reviewerCookie);
    const approved = data!.networkReviewQueue;
    expect(approved.edges.map((e) => e.node.applicant.name)).toEqual(['Approved 2d ago', 'Approved 3d ago', 'Approved 5d ago']);
    expect(approved.edges.map((e) => e.node.waitingSeconds)).toEqual([1000, 400, 100]);
    expect(approved.totalCount).toBe(4);
    const next = await q.gql(Queue, { status: 'APPROVED', first: 3, after: approved.pageInfo.endCursor }, reviewerCookie);
    expect(next.data!.networkReviewQueue.edges.map((e) => e.node.applicant.name)).toEqual(['Approved 40d ago']);
    const declined = await q.gql(Queue, { status: 'DECLINED' }, reviewerCookie);
    expect(declined.data!.networkReviewQueue.edges.map((e) => [e.node.applicant.name, e.node.decision?.reason])).toEqual([['Declined 1d ago', 'Not yet.']]);
  });

  it('refuses a cursor it did not issue and a page size out of range', async () => {
    expect((await q.gql(Queue, { after: 'garbage' }, reviewerCookie)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await q.gql(Queue, { first: 0 }, reviewerCookie)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads members and earlier decisions in one statement each, however many applications the page holds', async () => {
    const count = async (first: number) => {
      const before = q.queries.count;
      const result = await q.gql(Queue, { status: 'APPROVED', first }, reviewerCookie);
      expect(result.errors).toBeUndefined();
      return q.queries.count - before;
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('figures are null when nothing waits and nothing was decided', async () => {
    const empty = await startTestApp();
    try {
      const caller = { cookie: await signInAs(empty.db, (await createUser(empty.db, { isNetworkReviewer: true })).id) };
      const { data } = await empty.gql(Queue, {}, caller);
      expect(data!.networkReviewQueue).toMatchObject({ edges: [], totalCount: 0, oldestWaitingSeconds: null, medianDecisionSeconds30d: null, decidedLast30Days: 0 });
    } finally {
      await empty.close();
    }
  });
});

describe('myPartners with the network fields', () => {
  it('reads profiles and decisions batched: three partners cost what one does', async () => {
    const user = await createUser(app.db, { email: `many-${Date.now()}@p.example` });
    const cookie = await signInAs(app.db, user.id);
    const count = async () => {
      const before = app.queries.count;
      const result = await app.gql(MyNetwork, {}, { cookie });
      expect(result.errors).toBeUndefined();
      return { statements: app.queries.count - before, partners: result.data!.myPartners.length };
    };
    const join = async () => {
      const p = await newPartner();
      await saveProfile(p);
      await app.db.insert(partnerMembers).values({ partnerId: p.partner.id, userId: user.id, email: user.email, accessLevel: 'ADMIN', status: 'ACTIVE' });
    };
    await join();
    const one = await count();
    await join();
    await join();
    const three = await count();
    expect([one.partners, three.partners]).toEqual([1, 3]);
    expect(three.statements).toBe(one.statements);
  });
});

describe('races (real parallel requests on PostgreSQL; serialised on the embedded database)', () => {
  it('two reviewers deciding at once: one decision, one set of emails, the other told it was decided', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await newPartner();
      await saveProfile(p);
      await apply(p);
      const id = await pendingApplicationOf(p.partner.id);
      const [a, b] = await Promise.all([
        app.gql(Approve, { input: { applicationId: id } }, reviewer),
        app.gql(Decline, { input: { applicationId: id, reason: 'Not a fit.' } }, reviewerB),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const outcomes = [a.data!.approveNetworkApplication, b.data!.declineNetworkApplication];
      const winners = outcomes.filter((o) => o.userErrors.length === 0);
      const losers = outcomes.filter((o) => o.userErrors.length > 0);
      expect([winners.length, losers.length]).toEqual([1, 1]);
      expect(losers[0].userErrors[0]).toMatchObject({ field: ['applicationId'], code: 'CONFLICT' });
      const finalStatus = winners[0].application!.status;
      const [row] = await app.db.select().from(networkApplications).where(eq(networkApplications.id, (await pendingApplicationOfRaw(p.partner.id))));
      expect(row.status).toBe(finalStatus);
      const [partner] = await app.db.select().from(partners).where(eq(partners.id, p.partner.id));
      expect(partner.networkStatus).toBe(finalStatus);
      for (const level of ['OWNER', 'ADMIN'] as const) expect((await emailsTo(app.db, p.members[level].email)).map((e) => e.template)).toEqual([finalStatus === 'APPROVED' ? 'network-approved' : 'network-declined']);
      const decisions = await app.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, row.id), sql`${auditEvents.action} in ('network.approved', 'network.declined')`));
      expect(decisions).toHaveLength(1);
    }
  });

  it('the Owner and the Admin applying at once: one application', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await newPartner();
      await saveProfile(p);
      const results = await Promise.all([apply(p, 'OWNER'), apply(p, 'ADMIN'), apply(p, 'OWNER')]);
      expect(results.filter((r) => r.networkStatus === 'PENDING')).toHaveLength(1);
      for (const r of results.filter((x) => x.networkStatus === null)) {
        expect(r.userErrors).toEqual([{ field: ['partnerId'], message: 'Your application to the network is already waiting for a reviewer.', code: 'CONFLICT' }]);
      }
      expect(await app.db.select().from(networkApplications).where(eq(networkApplications.partnerId, p.partner.id))).toHaveLength(1);
    }
  });
});

describe('the reviewer CLI commands', () => {
  it('add makes a reviewer (creating the account if needed); remove takes the role away; unknown emails are told clearly', async () => {
    expect(await setNetworkReviewer(app.db, ' New.Reviewer@Staff.example ', true)).toEqual({ email: 'new.reviewer@staff.example', created: true, unchanged: false });
    const [created] = await app.db.select().from(users).where(eq(users.email, 'new.reviewer@staff.example'));
    expect(created.isNetworkReviewer).toBe(true);
    const cookie = await signInAs(app.db, created.id);
    expect((await app.gql(Queue, {}, { cookie })).errors).toBeUndefined();
    expect(await setNetworkReviewer(app.db, 'new.reviewer@staff.example', true)).toMatchObject({ created: false, unchanged: true });

    const existing = await createUser(app.db, { email: 'Existing.Person@staff.example' });
    expect(await setNetworkReviewer(app.db, 'existing.person@staff.example', true)).toEqual({ email: 'Existing.Person@staff.example', created: false, unchanged: false });
    expect(await setNetworkReviewer(app.db, 'existing.person@staff.example', false)).toMatchObject({ unchanged: false });
    const [after] = await app.db.select().from(users).where(eq(users.id, existing.id));
    expect(after.isNetworkReviewer).toBe(false);

    await expect(setNetworkReviewer(app.db, 'nobody@staff.example', false)).rejects.toThrow('No user has the email nobody@staff.example: nobody to remove.');
    await expect(setNetworkReviewer(app.db, 'not-an-email', true)).rejects.toThrow(InvalidInputError);
    expect(await app.db.select().from(users).where(eq(users.email, 'nobody@staff.example'))).toEqual([]);

    // The role goes with the flag: a removed reviewer is refused from the next request on.
    await setNetworkReviewer(app.db, 'new.reviewer@staff.example', false);
    expect((await app.gql(Queue, {}, { cookie })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
