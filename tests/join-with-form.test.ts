import { Auth, type AuthConfig } from '@auth/core';
import { desc, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { buildAuthConfig } from '../src/server/auth/config';
import { applications, emailOutbox, groups, partnerMembers, partners, partnerships } from '../src/server/db/schema';
import type { ApplicationQuestion } from '../src/shapes/application-form';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { createClaimedPartner, emailsTo, insertPartnership, stateDigest } from './support/partners';

const Landing = graphql(`
  query TestJoinFormLanding($token: String!) {
    joinLanding(token: $token) {
      status
      applicationFormEnabled
      form { title questions { id label type required } }
      partnerChoices { partnerId name accessLevel canApply unavailableReason }
      refusal
    }
  }
`);

const Join = graphql(`
  mutation TestJoinWithForm($input: JoinProgramInput!) {
    joinProgram(input: $input) {
      partnerProgram { partnershipId programName groupName status }
      applicationSubmitted
      userErrors { field message code }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'test-secret-for-join-tests-0123456789abcdef';
  app = await startTestApp();
});
afterAll(() => app.close());

const QUESTIONS: ApplicationQuestion[] = [
  { id: 'qsite', fieldKey: null, label: 'Your website', helpText: null, type: 'URL', options: [], visibility: 'REQUIRED' },
  { id: 'qchan', fieldKey: null, label: 'Channels', helpText: null, type: 'MULTI_SELECT', options: ['Blog', 'Video'], visibility: 'OPTIONAL' },
  { id: 'qsize', fieldKey: null, label: 'Audience size', helpText: null, type: 'NUMBER', options: [], visibility: 'OPTIONAL' },
  { id: 'qhide', fieldKey: null, label: 'Reviewer score', helpText: null, type: 'NUMBER', options: [], visibility: 'HIDDEN' },
];
const GOOD_ANSWERS = [{ questionId: 'qsite', value: 'https://jo.example' }, { questionId: 'qchan', value: '["Video"]' }];

let tokens = 0;
async function setup(options: { form?: boolean; welcome?: boolean } = {}) {
  const ctx = await createProgramWithManager(app.db, { name: 'Join Co' });
  const [group] = await app.db
    .insert(groups)
    .values({
      programId: ctx.program.id,
      name: 'Affiliates',
      joinToken: `jf${Date.now().toString(36)}${++tokens}`,
      applicationFormEnabled: options.form ?? true,
      applicationQuestions: QUESTIONS,
      welcomeEmailSubject: options.welcome ? 'Welcome aboard' : null,
      welcomeEmailBody: options.welcome ? 'Glad to have you.\n\nHere is how to start.' : null,
    })
    .returning();
  const person = await createUser(app.db, { email: `jo-${Date.now().toString(36)}${++tokens}@example.com`, name: 'Jo Joiner' });
  return { ...ctx, group, person, personCookie: await signInAs(app.db, person.id) };
}

/** Every row a refused join must not touch: the shared digest plus applications and groups. */
async function digest() {
  const extra: Record<string, string> = {};
  for (const [name, table] of Object.entries({ applications, groups })) {
    const [{ d }] = await app.db.select({ d: sql<string>`md5(coalesce(string_agg(t::text, '|' order by t::text), ''))` }).from(sql`${table} as t`);
    extra[name] = d;
  }
  return { ...(await stateDigest(app.db)), ...extra };
}

async function declined(programId: string, groupId: string, email: string, policy: 'ANYTIME' | 'AFTER_DAYS' | 'NEVER', reapplyAfter: Date | null = null) {
  await app.db.insert(applications).values({ programId, groupId, email, source: 'JOIN_LINK', status: 'DECLINED', decidedAt: new Date(Date.now() - 86_400_000), reapplyPolicy: policy, reapplyAfter });
}

describe('joining with an application form', () => {
  it('checks the answers on the server like the form does, and stores them by question id with a new partner the person owns', async () => {
    const { group, person, personCookie, program } = await setup();
    const landing = await app.gql(Landing, { token: group.joinToken }, { cookie: personCookie });
    expect(landing.data?.joinLanding).toMatchObject({ status: 'OPEN', applicationFormEnabled: true, partnerChoices: [], refusal: null });
    expect(landing.data?.joinLanding.form?.questions.map((q) => [q.id, q.required])).toEqual([
      ['qsite', true],
      ['qchan', false],
      ['qsize', false],
    ]);

    const before = await digest();
    const bad = await app.gql(
      Join,
      { input: { token: group.joinToken, companyName: 'Jo Media', answers: [{ questionId: 'qchan', value: '["Radio"]' }, { questionId: 'qsize', value: 'lots' }, { questionId: 'qhide', value: '10' }] } },
      { cookie: personCookie },
    );
    expect(bad.data?.joinProgram.userErrors).toEqual([
      { field: ['answers', 'qhide'], message: 'This question is not on the form (any more). Reload the page.', code: 'INVALID' },
      { field: ['answers', 'qsite'], message: 'Your website: this question needs an answer.', code: 'REQUIRED' },
      { field: ['answers', 'qchan'], message: 'Channels: "Radio" is not one of: Blog, Video.', code: 'INVALID' },
      { field: ['answers', 'qsize'], message: 'Audience size: Enter a number.', code: 'INVALID' },
    ]);
    const noCompany = await app.gql(Join, { input: { token: group.joinToken, answers: GOOD_ANSWERS } }, { cookie: personCookie });
    expect(noCompany.data?.joinProgram.userErrors).toEqual([{ field: ['companyName'], message: 'Enter the name of the company you represent.', code: 'REQUIRED' }]);
    expect(await digest()).toEqual(before);

    const ok = await app.gql(Join, { input: { token: group.joinToken, companyName: 'Jo Media', answers: [...GOOD_ANSWERS, { questionId: 'qsize', value: '' }] } }, { cookie: personCookie });
    expect(ok.data?.joinProgram).toEqual({ partnerProgram: null, applicationSubmitted: true, userErrors: [] });
    const [application] = await app.db.select().from(applications).where(eq(applications.programId, program.id));
    expect(application).toMatchObject({
      status: 'PENDING',
      source: 'JOIN_LINK',
      email: person.email,
      userId: person.id,
      applicantName: 'Jo Joiner',
      companyName: 'Jo Media',
      answers: { qsite: 'https://jo.example', qchan: ['Video'] },
      reviewerAnswers: {},
    });
    expect(application.formSnapshot.map((q) => q.id)).toEqual(['qsite', 'qchan', 'qsize']);
    const [partner] = await app.db.select().from(partners).where(eq(partners.id, application.partnerId!));
    expect(partner.name).toBe('Jo Media');
    expect(partner.claimedAt).not.toBeNull();
    const team = await app.db.select().from(partnerMembers).where(eq(partnerMembers.partnerId, partner.id));
    expect(team).toEqual([expect.objectContaining({ userId: person.id, email: person.email, accessLevel: 'OWNER', status: 'ACTIVE', isPrimaryContact: true })]);
    expect(await app.db.select().from(partnerships).where(eq(partnerships.programId, program.id))).toEqual([]);
    // No welcome email for an application: a manager decides first.
    expect(await emailsTo(app.db, person.email)).toEqual([]);
  });

  it('lets an Owner or Admin of several partners choose which applies; Finance and Member people apply for a new partner of their own', async () => {
    const { group, program } = await setup();
    const email = `multi-${Date.now().toString(36)}@example.com`;
    const owned = await createClaimedPartner(app.db, 'Owned Ltd', [{ email, level: 'OWNER' }]);
    const cookie = owned.members.OWNER.cookie;
    const userId = owned.members.OWNER.userId;
    const admin = await createClaimedPartner(app.db, 'Admined Ltd', [{ email: `boss-${Date.now().toString(36)}@example.com`, level: 'OWNER' }]);
    const finance = await createClaimedPartner(app.db, 'Finance Ltd', [{ email: `fboss-${Date.now().toString(36)}@example.com`, level: 'OWNER' }]);
    await app.db.insert(partnerMembers).values([
      { partnerId: admin.partner.id, userId, email, firstName: 'multi', accessLevel: 'ADMIN', status: 'ACTIVE' },
      { partnerId: finance.partner.id, userId, email, firstName: 'multi', accessLevel: 'FINANCE', status: 'ACTIVE' },
    ]);
    const landing = await app.gql(Landing, { token: group.joinToken }, { cookie });
    expect(landing.data?.joinLanding.partnerChoices).toEqual([
      { partnerId: admin.partnerId, name: 'Admined Ltd', accessLevel: 'ADMIN', canApply: true, unavailableReason: null },
      { partnerId: finance.partnerId, name: 'Finance Ltd', accessLevel: 'FINANCE', canApply: false, unavailableReason: null },
      { partnerId: owned.partnerId, name: 'Owned Ltd', accessLevel: 'OWNER', canApply: true, unavailableReason: null },
    ]);

    const before = await digest();
    const unchosen = await app.gql(Join, { input: { token: group.joinToken, answers: GOOD_ANSWERS } }, { cookie });
    expect(unchosen.data?.joinProgram.userErrors).toEqual([{ field: ['partnerId'], message: 'Choose which of your partner organisations applies, or give a company name for a new one.', code: 'REQUIRED' }]);
    const asFinance = await app.gql(Join, { input: { token: group.joinToken, partnerId: finance.partnerId, answers: GOOD_ANSWERS } }, { cookie });
    expect(asFinance.data?.joinProgram.userErrors).toEqual([
      {
        field: ['partnerId'],
        message: 'As a Finance member of Finance Ltd you cannot apply for it: only its Owners and Admins can. You can apply for a new partner of your own by giving its company name.',
        code: 'NOT_ALLOWED',
      },
    ]);
    const notMine = await app.gql(Join, { input: { token: group.joinToken, partnerId: toGlobalId('Partner', '00000000-0000-4000-8000-000000000000'), answers: GOOD_ANSWERS } }, { cookie });
    expect(notMine.data?.joinProgram.userErrors[0]?.field).toEqual(['partnerId']);
    expect(await digest()).toEqual(before);

    const asAdmin = await app.gql(Join, { input: { token: group.joinToken, partnerId: admin.partnerId, answers: GOOD_ANSWERS } }, { cookie });
    expect(asAdmin.data?.joinProgram.userErrors).toEqual([]);
    const [application] = await app.db.select().from(applications).where(eq(applications.programId, program.id));
    expect(application).toMatchObject({ partnerId: admin.partner.id, companyName: 'Admined Ltd', email });
  });

  it('lets a Finance or Member person apply for a new partner they own', async () => {
    const { group, program } = await setup();
    const team = await createClaimedPartner(app.db, 'Team Ltd', [
      { email: `own-${Date.now().toString(36)}@example.com`, level: 'OWNER' },
      { email: `mem-${Date.now().toString(36)}@example.com`, level: 'MEMBER' },
    ]);
    const member = team.members.MEMBER;
    const landing = await app.gql(Landing, { token: group.joinToken }, { cookie: member.cookie });
    expect(landing.data?.joinLanding.partnerChoices).toEqual([expect.objectContaining({ name: 'Team Ltd', accessLevel: 'MEMBER', canApply: false })]);
    const res = await app.gql(Join, { input: { token: group.joinToken, companyName: 'My Own Co', answers: GOOD_ANSWERS } }, { cookie: member.cookie });
    expect(res.data?.joinProgram.userErrors).toEqual([]);
    const [application] = await app.db.select().from(applications).where(eq(applications.programId, program.id));
    expect(application.partnerId).not.toBe(team.partner.id);
    const [owner] = await app.db.select().from(partnerMembers).where(eq(partnerMembers.partnerId, application.partnerId!));
    expect(owner).toMatchObject({ userId: member.userId, accessLevel: 'OWNER', status: 'ACTIVE' });
  });
});

describe('joining without a form', () => {
  it("joins at once and queues the group's welcome email in the same change", async () => {
    const { group, person, personCookie, program } = await setup({ form: false, welcome: true });
    const res = await app.gql(Join, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    expect(res.data?.joinProgram).toMatchObject({ applicationSubmitted: false, userErrors: [], partnerProgram: { programName: 'Join Co', groupName: 'Affiliates', status: 'ACTIVE' } });
    const mails = await emailsTo(app.db, person.email);
    expect(mails).toEqual([expect.objectContaining({ template: 'group-welcome', subject: 'Welcome aboard', programId: program.id, status: 'PENDING' })]);
    expect(mails[0].text).toContain('Glad to have you.');
    expect(mails[0].text).toContain('You receive this because you joined the Join Co partner program.');
    expect(await app.db.select().from(applications).where(eq(applications.programId, program.id))).toEqual([]);
  });

  it('sends nothing when the group has no welcome email', async () => {
    const { group, person, personCookie } = await setup({ form: false });
    const res = await app.gql(Join, { input: { token: group.joinToken, companyName: 'Jo Media' } }, { cookie: personCookie });
    expect(res.data?.joinProgram.userErrors).toEqual([]);
    expect(await emailsTo(app.db, person.email)).toEqual([]);
  });
});

describe('refusals: a clear message and nothing written', () => {
  async function expectRefused(token: string, cookie: string, input: Record<string, unknown>, expected: { message: string | RegExp; code: string }) {
    const landing = await app.gql(Landing, { token }, { cookie });
    const before = await digest();
    const res = await app.gql(Join, { input: { token, answers: GOOD_ANSWERS, ...input } }, { cookie });
    const [error] = res.data?.joinProgram.userErrors ?? [];
    expect(error?.code).toBe(expected.code);
    expect(error?.message).toMatch(expected.message);
    expect(await digest()).toEqual(before);
    return landing.data?.joinLanding;
  }

  it('refuses a person the program removed (with a form or without)', async () => {
    for (const form of [true, false]) {
      const { group, person, personCookie, program } = await setup({ form });
      const made = await insertPartnership(app.db, program.id, { email: person.email });
      await app.db.update(partnerMembers).set({ userId: person.id }).where(eq(partnerMembers.id, made.member!.id));
      await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, made.partnership.id));
      const landing = await expectRefused(group.joinToken, personCookie, { companyName: 'Fresh Start' }, { message: /You were removed from the Join Co partner program/, code: 'NOT_ALLOWED' });
      expect(landing?.refusal).toMatch(/You were removed/);
    }
  });

  it('refuses a partner already in the program, and one whose application is pending (also a second application by the same email)', async () => {
    const { group, program } = await setup();
    const inProgram = await createClaimedPartner(app.db, 'Inside Ltd', [{ email: `in-${Date.now().toString(36)}@example.com`, level: 'OWNER' }]);
    await insertPartnership(app.db, program.id, { partnerId: inProgram.partner.id });
    const landing = await expectRefused(group.joinToken, inProgram.members.OWNER.cookie, { partnerId: inProgram.partnerId }, { message: 'Your partner organisation is already in the Join Co program.', code: 'CONFLICT' });
    expect(landing?.partnerChoices[0]?.unavailableReason).toBe('Your partner organisation is already in the Join Co program.');

    const team = await createClaimedPartner(app.db, 'Pending Ltd', [
      { email: `po-${Date.now().toString(36)}@example.com`, level: 'OWNER' },
      { email: `pa-${Date.now().toString(36)}@example.com`, level: 'ADMIN' },
    ]);
    const first = await app.gql(Join, { input: { token: group.joinToken, partnerId: team.partnerId, answers: GOOD_ANSWERS } }, { cookie: team.members.OWNER.cookie });
    expect(first.data?.joinProgram.userErrors).toEqual([]);
    // Another Admin of the same partner: its application is pending.
    await expectRefused(group.joinToken, team.members.ADMIN.cookie, { partnerId: team.partnerId }, { message: 'Your partner organisation already applied to Join Co; a program manager will review it.', code: 'CONFLICT' });
    // The same person again, even for a new partner.
    const again = await expectRefused(group.joinToken, team.members.OWNER.cookie, { companyName: 'Second Co' }, { message: 'You already applied to Join Co; a program manager will review it.', code: 'CONFLICT' });
    expect(again?.refusal).toBe('You already applied to Join Co; a program manager will review it.');
  });

  it('refuses a retired join link', async () => {
    const { group, personCookie } = await setup();
    await app.db.update(groups).set({ joinToken: `new${group.joinToken}` }).where(eq(groups.id, group.id));
    const landing = await expectRefused(group.joinToken, personCookie, { companyName: 'Jo Media' }, { message: 'This join link is not valid any more. Ask the program for a new one.', code: 'INVALID' });
    expect(landing?.status).toBe('INVALID');
  });

  it('holds a declined applicant to the reapply policy: never, not before the date, or at once', async () => {
    const never = await setup();
    await declined(never.program.id, never.group.id, never.person.email, 'NEVER');
    const shown = await expectRefused(never.group.joinToken, never.personCookie, { companyName: 'Jo Media' }, { message: 'The Join Co program declined your application and does not accept a new one.', code: 'NOT_ALLOWED' });
    expect(shown?.refusal).toMatch(/does not accept a new one/);

    const later = await setup({ form: false });
    await declined(later.program.id, later.group.id, later.person.email, 'AFTER_DAYS', new Date('2099-03-05T10:00:00Z'));
    await expectRefused(later.group.joinToken, later.personCookie, { companyName: 'Jo Media' }, { message: 'The Join Co program declined your application. You may apply again from 5 March 2099.', code: 'NOT_ALLOWED' });

    const elapsed = await setup();
    await declined(elapsed.program.id, elapsed.group.id, elapsed.person.email, 'AFTER_DAYS', new Date(Date.now() - 1000));
    const allowed = await app.gql(Join, { input: { token: elapsed.group.joinToken, companyName: 'Jo Media', answers: GOOD_ANSWERS } }, { cookie: elapsed.personCookie });
    expect(allowed.data?.joinProgram.userErrors).toEqual([]);

    const anytime = await setup();
    await declined(anytime.program.id, anytime.group.id, anytime.person.email, 'ANYTIME');
    const again = await app.gql(Join, { input: { token: anytime.group.joinToken, companyName: 'Jo Media', answers: GOOD_ANSWERS } }, { cookie: anytime.personCookie });
    expect(again.data?.joinProgram.userErrors).toEqual([]);
    const rows = await app.db.select({ status: applications.status }).from(applications).where(eq(applications.programId, anytime.program.id));
    expect(rows.map((r) => r.status).sort()).toEqual(['DECLINED', 'PENDING']);
  });
});

describe('concurrent joins', () => {
  it('two joins by the same person at once give one application and one userError', async () => {
    const { group, person, personCookie, program } = await setup();
    const results = await Promise.all([0, 1].map(() => app.gql(Join, { input: { token: group.joinToken, companyName: 'Jo Media', answers: GOOD_ANSWERS } }, { cookie: personCookie })));
    const errors = results.flatMap((r) => r.data?.joinProgram.userErrors ?? []);
    expect(results.filter((r) => r.data?.joinProgram.applicationSubmitted)).toHaveLength(1);
    expect(errors).toEqual([{ field: ['token'], message: 'You already applied to Join Co; a program manager will review it.', code: 'CONFLICT' }]);
    expect(await app.db.select({ id: applications.id }).from(applications).where(eq(applications.programId, program.id))).toHaveLength(1);
    // The losing join created no partner either: the person owns exactly one.
    expect(await app.db.select({ id: partnerMembers.id }).from(partnerMembers).where(eq(partnerMembers.email, person.email))).toHaveLength(1);
  });
});

describe('new people', () => {
  it('come back to the join page from the emailed sign-in link', async () => {
    const { group } = await setup();
    const email = `new-${Date.now().toString(36)}@example.com`;
    const config = { ...(buildAuthConfig(app.db) as AuthConfig), basePath: '/api/auth' };
    const cookies = new Map<string, string>();
    const call = async (path: string, form?: Record<string, string>) => {
      const headers = new Headers({ cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') });
      if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
      const response = await Auth(new Request(new URL(path, 'http://localhost:3000'), { method: form ? 'POST' : 'GET', headers, body: form ? new URLSearchParams(form).toString() : undefined }), config);
      for (const c of response.headers.getSetCookie()) {
        const [pair] = c.split(';');
        cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
      }
      return response;
    };
    const { csrfToken } = (await (await call('/api/auth/csrf')).json()) as { csrfToken: string };
    await call('/api/auth/signin/email', { email, csrfToken, callbackUrl: `http://localhost:3000/join/${group.joinToken}` });
    const [mail] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(desc(emailOutbox.createdAt)).limit(1);
    const link = new URL(/Sign in: (\S+)/.exec(mail.text)![1]);
    const back = await call(link.pathname + link.search);
    expect(back.headers.get('location')).toBe(`http://localhost:3000/join/${group.joinToken}`);
    const cookie = `authjs.session-token=${cookies.get('authjs.session-token')}`;
    const res = await app.gql(Join, { input: { token: group.joinToken, companyName: 'Brand New Co', answers: GOOD_ANSWERS } }, { cookie });
    expect(res.data?.joinProgram).toMatchObject({ applicationSubmitted: true, userErrors: [] });
  });
});
