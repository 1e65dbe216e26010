import { and, asc, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import {
  applications,
  auditEvents,
  customFieldDefinitions,
  links,
  partnerKeys,
  partnershipGroupHistory,
  partnershipMembers,
  partnerships,
} from '../src/server/db/schema';
import { toGlobalId } from '../src/server/shared/ids';
import { DEFAULT_DECLINE_REASONS } from '../src/shapes/application-form';
import type { ApplicationFilter, ApplicationSort } from '../src/gql/graphql';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { emailsTo, insertPartnership, stateDigest } from './support/partners';
import { applicationRow, createFormGroup, insertApplication, question, setGroupQuestions } from './support/applications';

const ListApplications = graphql(`
  query TestListApplications($programId: ID!, $filter: ApplicationFilter, $sort: ApplicationSort, $first: Int, $after: String) {
    applications(programId: $programId, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      statusCounts { pending approved declined }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id email applicantName companyName status source createdAt missingFields group { id name } partner { name } } }
    }
  }
`);

const ApplicationDetail = graphql(`
  query TestApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      status
      source
      email
      applicantName
      companyName
      createdAt
      group { id name }
      partner { id name }
      members { email accessLevel status }
      answers { questionId label type visibility fieldKey value missing asked }
      missingFields
      decision { decidedBy { email } decidedAt reason note noteVisibleToApplicant reapplyPolicy reapplyAfter }
      partnership { id partnerKey status }
    }
  }
`);

const Approve = graphql(`
  mutation TestApproveApplications($input: ApproveApplicationsInput!) {
    approveApplications(input: $input) {
      approvedCount
      userErrors { field message code }
    }
  }
`);

const Decline = graphql(`
  mutation TestDeclineApplications($input: DeclineApplicationsInput!) {
    declineApplications(input: $input) {
      declinedCount
      userErrors { field message code }
    }
  }
`);

const ReviewerAnswers = graphql(`
  mutation TestReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {
    updateApplicationReviewerAnswers(input: $input) {
      application { answers { questionId value missing } }
      userErrors { field message code }
    }
  }
`);

const PartnershipAfterApproval = graphql(`
  query TestApprovedPartnership($id: ID!) {
    partnership(id: $id) {
      status
      source
      partnerKey
      group { id }
      customFields { key value }
      members { member { email } }
      activity { action summary }
    }
  }
`);

const DeclineReasons = graphql(`
  query TestDeclineReasons($slug: String!) {
    program(slug: $slug) { declineReasons }
  }
`);

const ProgramApplications = graphql(`
  query TestProgramApplications($slug: String!, $filter: ApplicationFilter) {
    program(slug: $slug) {
      applications(filter: $filter, first: 10) {
        totalCount
        statusCounts { pending approved declined }
        edges { node { email } }
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
const BASE = Date.now();
const minutesAgo = (m: number) => new Date(BASE - m * 60_000);

/** stateDigest plus the applications table: "nothing changed" for a refused decision. */
async function digest() {
  const [{ d }] = await app.db.select({ d: sql<string>`md5(coalesce(string_agg(t::text, '|' order by t::text), ''))` }).from(sql`${applications} as t`);
  return { ...(await stateDigest(app.db)), applications: d };
}

async function list(ctx: Ctx, filter?: ApplicationFilter, sort?: ApplicationSort, caller: Caller = { cookie: ctx.cookie }, first = 100, after?: string) {
  const res = await app.gql(ListApplications, { programId: ctx.programId, filter, sort, first, after }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.applications;
}

const emails = async (ctx: Ctx, filter?: ApplicationFilter, sort?: ApplicationSort) => (await list(ctx, filter, sort)).edges.map((e) => e.node.email);

async function detail(id: string, caller: Caller) {
  const res = await app.gql(ApplicationDetail, { id }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.application;
}

async function approve(ctx: Ctx, selection: { ids?: string[]; filter?: ApplicationFilter; allMatching?: boolean }, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(Approve, { input: { programId: ctx.programId, ...selection } }, caller);
}

type DeclineFields = { reason?: string | null; note?: string | null; noteVisibleToApplicant?: boolean; reapplyPolicy?: 'ANYTIME' | 'AFTER_DAYS' | 'NEVER'; reapplyAfterDays?: number | null };
async function decline(ctx: Ctx, selection: { ids?: string[]; filter?: ApplicationFilter; allMatching?: boolean }, fields: DeclineFields = {}, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(Decline, { input: { programId: ctx.programId, reapplyPolicy: 'ANYTIME', ...selection, ...fields } }, caller);
}

async function defineField(ctx: Ctx, key: string, type: 'TEXT' | 'NUMBER' | 'SELECT' | 'URL', options: string[] = []) {
  await app.db.insert(customFieldDefinitions).values({ programId: ctx.program.id, entity: 'PARTNERSHIP', key, label: key, type, options });
}

describe('the applications list', () => {
  it('has tab counts, search on name, company and email, group and source filters, date sort and keyset pages', async () => {
    const ctx = await createProgramWithManager(app.db);
    const a = await createFormGroup(app.db, ctx.program.id, [question({ label: 'Website' })], { name: 'Agencies' });
    const b = await createFormGroup(app.db, ctx.program.id, [], { name: 'Resellers' });
    await insertApplication(app.db, ctx.program.id, a.group.id, { firstName: 'Ada', lastName: 'Lovelace', companyName: 'Engines 100% Ltd', email: 'ada@engines.example', createdAt: minutesAgo(50) });
    await insertApplication(app.db, ctx.program.id, b.group.id, { firstName: 'Bob', lastName: 'Stone', companyName: 'Stone_Works', email: 'bob@stone.example', createdAt: minutesAgo(40), source: 'MARKETPLACE' });
    const cy = await insertApplication(app.db, ctx.program.id, a.group.id, { firstName: 'Cy', lastName: 'Young', companyName: 'Pitch Co', email: 'cy@pitch.example', createdAt: minutesAgo(30) });
    const dee = await insertApplication(app.db, ctx.program.id, b.group.id, { firstName: 'Dee', lastName: 'Ward', companyName: 'Ward Inc', email: 'dee@ward.example', createdAt: minutesAgo(20) });
    // Another program's applications never show.
    const other = await createProgramWithManager(app.db);
    const otherGroup = await createFormGroup(app.db, other.program.id, []);
    await insertApplication(app.db, other.program.id, otherGroup.group.id, { firstName: 'Ada', companyName: 'Engines elsewhere' });

    expect((await decline(ctx, { ids: [cy.id] })).data?.declineApplications.userErrors).toEqual([]);
    expect((await approve(ctx, { ids: [dee.id] })).data?.approveApplications.userErrors).toEqual([]);

    const pending = await list(ctx, { status: 'PENDING' });
    expect(pending.statusCounts).toEqual({ pending: 2, approved: 1, declined: 1 });
    expect(pending.totalCount).toBe(2);
    expect(pending.edges.map((e) => e.node.email)).toEqual(['bob@stone.example', 'ada@engines.example']);
    expect(pending.edges[1].node).toMatchObject({ applicantName: 'Ada Lovelace', companyName: 'Engines 100% Ltd', status: 'PENDING', source: 'JOIN_LINK', group: { name: 'Agencies' }, partner: { name: 'Engines 100% Ltd' } });
    expect(await emails(ctx, { status: 'APPROVED' })).toEqual(['dee@ward.example']);
    expect(await emails(ctx, { status: 'DECLINED' })).toEqual(['cy@pitch.example']);
    expect(await emails(ctx)).toEqual(['dee@ward.example', 'cy@pitch.example', 'bob@stone.example', 'ada@engines.example']);
    expect(await emails(ctx, undefined, 'OLDEST')).toEqual(['ada@engines.example', 'bob@stone.example', 'cy@pitch.example', 'dee@ward.example']);

    // Search: name, company, email, case-insensitive; % and _ are plain characters.
    expect(await emails(ctx, { search: 'lovelace' })).toEqual(['ada@engines.example']);
    expect(await emails(ctx, { search: 'PITCH co' })).toEqual(['cy@pitch.example']);
    expect(await emails(ctx, { search: 'ward.example' })).toEqual(['dee@ward.example']);
    expect(await emails(ctx, { search: '100%' })).toEqual(['ada@engines.example']);
    expect(await emails(ctx, { search: 'e_w' })).toEqual(['bob@stone.example']);
    expect(await emails(ctx, { search: '%%%' })).toEqual([]);
    // Counts follow the search, group and source filters (not the tab).
    const searched = await list(ctx, { status: 'PENDING', search: 'stone' });
    expect(searched.statusCounts).toEqual({ pending: 1, approved: 0, declined: 0 });
    expect(await emails(ctx, { groupId: a.groupId })).toEqual(['cy@pitch.example', 'ada@engines.example']);
    expect(await emails(ctx, { source: 'MARKETPLACE' })).toEqual(['bob@stone.example']);
    expect(await emails(ctx, { groupId: b.groupId, source: 'JOIN_LINK' })).toEqual(['dee@ward.example']);
    expect((await list(ctx, { groupId: otherGroup.groupId })).totalCount).toBe(0);
    // The page reads the same list through its program.
    const viaProgram = await app.gql(ProgramApplications, { slug: ctx.program.slug, filter: { status: 'DECLINED' } }, { cookie: ctx.cookie });
    expect(viaProgram.data?.program?.applications).toEqual({ totalCount: 1, statusCounts: { pending: 2, approved: 1, declined: 1 }, edges: [{ node: { email: 'cy@pitch.example' } }] });

    // Keyset pages, both directions of the sort.
    const first = await list(ctx, undefined, 'NEWEST', undefined, 3);
    expect(first.edges.map((e) => e.node.email)).toEqual(['dee@ward.example', 'cy@pitch.example', 'bob@stone.example']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await list(ctx, undefined, 'NEWEST', undefined, 3, first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.email)).toEqual(['ada@engines.example']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const oldest = await list(ctx, undefined, 'OLDEST', undefined, 2);
    const oldest2 = await list(ctx, undefined, 'OLDEST', undefined, 2, oldest.pageInfo.endCursor!);
    expect(oldest2.edges.map((e) => e.node.email)).toEqual(['cy@pitch.example', 'dee@ward.example']);

    // Bad input names the field.
    const short = await app.gql(ListApplications, { programId: ctx.programId, filter: { search: 'ab' } }, { cookie: ctx.cookie });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await app.gql(ListApplications, { programId: ctx.programId, after: 'nope' }, { cookie: ctx.cookie });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of statements for 2 applications as for 30', async () => {
    const measure = async (n: number) => {
      const ctx = await createProgramWithManager(app.db);
      const g = await createFormGroup(app.db, ctx.program.id, [question({ label: 'Why us?' })]);
      const g2 = await createFormGroup(app.db, ctx.program.id, [question({ label: 'Size' })]);
      for (let i = 0; i < n; i++) await insertApplication(app.db, ctx.program.id, i % 2 ? g.group.id : g2.group.id, { createdAt: minutesAgo(i) });
      const before = app.queries.count;
      const res = await app.gql(ListApplications, { programId: ctx.programId, first: 50 }, { cookie: ctx.cookie });
      expect(res.errors).toBeUndefined();
      expect(res.data!.applications.edges).toHaveLength(n);
      return app.queries.count - before;
    };
    const small = await measure(2);
    const large = await measure(30);
    expect(large).toBe(small);
  });
});

describe('an application in detail', () => {
  it('shows every answer as asked, the hidden questions, the partner and its members, and marks what is missing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const website = question({ label: 'Your website', type: 'URL' });
    const audience = question({ label: 'Audience size', type: 'NUMBER', visibility: 'OPTIONAL' });
    const notes = question({ label: 'Reviewer notes', visibility: 'HIDDEN' });
    const { group } = await createFormGroup(app.db, ctx.program.id, [website, audience, notes]);
    const made = await insertApplication(app.db, ctx.program.id, group.id, {
      firstName: 'Mia',
      lastName: 'Rossi',
      companyName: 'Rossi Media',
      answers: { [website.id]: 'https://rossi.example' },
      team: [{ email: `admin-${Date.now()}@rossi.example`, level: 'ADMIN' }],
      missingFields: ['tax_id'],
    });
    // The manager edits the form after Mia applied: a relabelled question, a new required one, the optional one now required.
    const vat = question({ label: 'VAT number' });
    await setGroupQuestions(app.db, group.id, [{ ...website, label: 'Website URL' }, { ...audience, visibility: 'REQUIRED' }, notes, vat]);

    const a = await detail(made.id, { cookie: ctx.cookie });
    expect(a).toMatchObject({ status: 'PENDING', source: 'JOIN_LINK', email: made.application.email, applicantName: 'Mia Rossi', companyName: 'Rossi Media', partner: { name: 'Rossi Media' }, decision: null, partnership: null });
    expect(new Date(a.createdAt).getTime()).toBe(made.application.createdAt.getTime());
    expect(a.members.map((m) => m.accessLevel)).toEqual(['OWNER', 'ADMIN']);
    expect(a.answers).toEqual([
      { questionId: website.id, label: 'Your website', type: 'URL', visibility: 'REQUIRED', fieldKey: null, value: 'https://rossi.example', missing: false, asked: true },
      { questionId: audience.id, label: 'Audience size', type: 'NUMBER', visibility: 'OPTIONAL', fieldKey: null, value: null, missing: true, asked: true },
      { questionId: notes.id, label: 'Reviewer notes', type: 'TEXT', visibility: 'HIDDEN', fieldKey: null, value: null, missing: false, asked: false },
      { questionId: vat.id, label: 'VAT number', type: 'TEXT', visibility: 'REQUIRED', fieldKey: null, value: null, missing: true, asked: false },
      { questionId: 'tax_id', label: 'tax_id', type: 'TEXT', visibility: 'REQUIRED', fieldKey: null, value: null, missing: true, asked: false },
    ]);
    expect(a.missingFields).toEqual(['Audience size', 'VAT number', 'tax_id']);
    // The list shows the same marks.
    expect((await list(ctx)).edges[0].node.missingFields).toEqual(['Audience size', 'VAT number', 'tax_id']);
  });

  it('lets reviewers answer hidden questions only, checked like their field type', async () => {
    const ctx = await createProgramWithManager(app.db);
    const asked = question({ label: 'Company size' });
    const score = question({ label: 'Fit score', type: 'NUMBER', visibility: 'HIDDEN' });
    const tier = question({ label: 'Proposed tier', type: 'SELECT', options: ['Gold', 'Silver'], visibility: 'HIDDEN' });
    const { group } = await createFormGroup(app.db, ctx.program.id, [asked, score, tier]);
    const made = await insertApplication(app.db, ctx.program.id, group.id, { answers: { [asked.id]: '10-50' } });
    const run = (answers: { questionId: string; value?: string | null }[], caller: Caller = { cookie: ctx.cookie }) =>
      app.gql(ReviewerAnswers, { input: { applicationId: made.id, answers } }, caller);

    const saved = await run([{ questionId: score.id, value: '8' }, { questionId: tier.id, value: 'Gold' }]);
    expect(saved.data?.updateApplicationReviewerAnswers.userErrors).toEqual([]);
    expect(saved.data?.updateApplicationReviewerAnswers.application?.answers.filter((x) => x.questionId !== asked.id)).toEqual([
      { questionId: score.id, value: '8', missing: false },
      { questionId: tier.id, value: 'Gold', missing: false },
    ]);
    expect((await applicationRow(app.db, made.application.id)).reviewerAnswers).toEqual({ [score.id]: 8, [tier.id]: 'Gold' });

    const before = await digest();
    const refused = await run([{ questionId: asked.id, value: 'changed' }, { questionId: score.id, value: 'lots' }, { questionId: tier.id, value: 'Bronze' }]);
    expect(refused.data?.updateApplicationReviewerAnswers.userErrors).toEqual([
      { field: ['answers', '0', 'questionId'], message: 'Only the hidden questions of the form can be answered by reviewers.', code: 'NOT_ALLOWED' },
      { field: ['answers', '1', 'value'], message: 'Fit score: Enter a number.', code: 'INVALID' },
      { field: ['answers', '2', 'value'], message: 'Proposed tier: Choose one of: Gold, Silver.', code: 'INVALID' },
    ]);
    expect(await digest()).toEqual(before);

    const cleared = await run([{ questionId: tier.id, value: '' }]);
    expect(cleared.data?.updateApplicationReviewerAnswers.userErrors).toEqual([]);
    const row = await applicationRow(app.db, made.application.id);
    expect(row.reviewerAnswers).toEqual({ [score.id]: 8 });
    expect(row.answers).toEqual({ [asked.id]: '10-50' });

    // Another program's manager cannot even find it.
    const other = await createProgramWithManager(app.db);
    const foreign = await run([{ questionId: score.id, value: '1' }], { cookie: other.cookie });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('approving applications', () => {
  it('opens an active partnership like adding one does, with custom fields from the answers, the default email and the timeline event', async () => {
    const ctx = await createProgramWithManager(app.db);
    await defineField(ctx, 'website', 'URL');
    await defineField(ctx, 'employees', 'NUMBER');
    await defineField(ctx, 'tier', 'SELECT', ['Gold', 'Silver']);
    const website = question({ label: 'Website', fieldKey: 'website', type: 'URL' });
    const employees = question({ label: 'Employees', fieldKey: 'employees', type: 'NUMBER', visibility: 'OPTIONAL' });
    const tier = question({ label: 'Tier', fieldKey: 'tier', type: 'SELECT', options: ['Gold', 'Silver'], visibility: 'HIDDEN' });
    const { group, groupId } = await createFormGroup(app.db, ctx.program.id, [website, employees, tier], { name: 'Agencies' });
    const adminEmail = `admin-${Date.now()}@jones.example`;
    const memberEmail = `member-${Date.now()}@jones.example`;
    const made = await insertApplication(app.db, ctx.program.id, group.id, {
      firstName: 'Jo',
      lastName: 'Jones',
      companyName: 'Jones Digital',
      // An answer that is no longer valid for the field does not block the approval.
      answers: { [website.id]: 'https://jones.example', [employees.id]: 'many' },
      reviewerAnswers: { [tier.id]: 'Gold' },
      team: [
        { email: adminEmail, level: 'ADMIN' },
        { email: memberEmail, level: 'MEMBER' },
      ],
    });
    // A key already taken: the new one gets a number.
    await insertPartnership(app.db, ctx.program.id, { key: 'jojones' });

    const res = await approve(ctx, { ids: [made.id] });
    expect(res.data?.approveApplications).toEqual({ approvedCount: 1, userErrors: [] });

    const row = await applicationRow(app.db, made.application.id);
    expect(row).toMatchObject({ status: 'APPROVED', decidedById: ctx.manager.id });
    expect(row.decidedAt).toBeInstanceOf(Date);
    const [partnership] = await app.db.select().from(partnerships).where(eq(partnerships.id, row.partnershipId!));
    expect(partnership).toMatchObject({ partnerId: made.partner.id, groupId: group.id, status: 'ACTIVE', source: 'JOIN_LINK', partnerKey: 'jojones2', customFieldValues: { website: 'https://jones.example', tier: 'Gold' } });
    expect(partnership.approvedAt).toBeInstanceOf(Date);
    // The rows every opening has.
    expect(await app.db.select({ key: partnerKeys.key }).from(partnerKeys).where(eq(partnerKeys.partnershipId, partnership.id))).toEqual([{ key: 'jojones2' }]);
    expect(await app.db.select({ groupId: partnershipGroupHistory.groupId, leftAt: partnershipGroupHistory.leftAt }).from(partnershipGroupHistory).where(eq(partnershipGroupHistory.partnershipId, partnership.id))).toEqual([{ groupId: group.id, leftAt: null }]);
    expect(await app.db.select({ isDefault: links.isDefault }).from(links).where(eq(links.partnershipId, partnership.id))).toEqual([{ isDefault: true }]);
    const people = await app.db.select({ memberId: partnershipMembers.memberId }).from(partnershipMembers).where(eq(partnershipMembers.partnershipId, partnership.id));
    expect(people.map((p) => p.memberId).sort()).toEqual(made.members.map((m) => m.id).sort());

    const view = await app.gql(PartnershipAfterApproval, { id: toGlobalId('Partnership', partnership.id) }, { cookie: ctx.cookie });
    expect(view.data?.partnership).toMatchObject({ status: 'ACTIVE', source: 'JOIN_LINK', partnerKey: 'jojones2', group: { id: groupId } });
    expect(view.data?.partnership?.customFields).toEqual(
      expect.arrayContaining([
        { key: 'website', value: 'https://jones.example' },
        { key: 'employees', value: null },
        { key: 'tier', value: 'Gold' },
      ]),
    );
    expect(view.data?.partnership?.activity).toEqual([{ action: 'application.approved', summary: 'Application approved; joined the Agencies group' }]);

    // Default approval email to the applicant and the partner's owners and admins, not plain members.
    const [toApplicant] = await emailsTo(app.db, made.application.email);
    expect(toApplicant).toMatchObject({ template: 'application-approved', subject: "You're in the Test Program program" });
    expect(toApplicant.text).toContain('http://localhost:3000/partner');
    expect((await emailsTo(app.db, adminEmail)).map((e) => e.template)).toEqual(['application-approved']);
    expect(await emailsTo(app.db, memberEmail)).toEqual([]);

    // The detail shows the decision and the partnership.
    const after = await detail(made.id, { cookie: ctx.cookie });
    expect(after.decision).toMatchObject({ decidedBy: { email: ctx.manager.email }, reason: null, note: null, reapplyPolicy: null });
    expect(after.partnership).toEqual({ id: toGlobalId('Partnership', partnership.id), partnerKey: 'jojones2', status: 'ACTIVE' });
  });

  it("sends the group's welcome email when it has one, approves many and all matching, by API key too", async () => {
    const ctx = await createProgramWithManager(app.db);
    const welcome = await createFormGroup(app.db, ctx.program.id, [], { name: 'Welcomed', welcomeEmailSubject: 'Welcome aboard', welcomeEmailBody: 'Hello partner.\n\nHere is how we work.' });
    const plain = await createFormGroup(app.db, ctx.program.id, [], { name: 'Plain' });
    const w1 = await insertApplication(app.db, ctx.program.id, welcome.group.id, { firstName: 'Wen', lastName: 'One' });
    const w2 = await insertApplication(app.db, ctx.program.id, welcome.group.id, { firstName: 'Wen', lastName: 'Two' });
    const p1 = await insertApplication(app.db, ctx.program.id, plain.group.id, { firstName: 'Pia', lastName: 'One' });
    const p2 = await insertApplication(app.db, ctx.program.id, plain.group.id, { firstName: 'Pia', lastName: 'Two', source: 'MARKETPLACE' });
    const p3 = await insertApplication(app.db, ctx.program.id, plain.group.id, { firstName: 'Pia', lastName: 'Three' });

    const many = await approve(ctx, { ids: [w1.id, w2.id] });
    expect(many.data?.approveApplications).toEqual({ approvedCount: 2, userErrors: [] });
    for (const w of [w1, w2]) {
      const [email] = await emailsTo(app.db, w.application.email);
      expect(email).toMatchObject({ template: 'group-welcome', subject: 'Welcome aboard' });
      expect(email.text).toContain('Here is how we work.');
      expect(email.text).toContain('your application to the Test Program partner program was approved');
    }

    // All matching: every pending application of the filter, here by group and source, with an API key.
    const key = await createApiKeyFor(app.db, ctx.program.id);
    const all = await approve(ctx, { allMatching: true, filter: { groupId: plain.groupId, source: 'JOIN_LINK' } }, { bearer: key.secret });
    expect(all.data?.approveApplications).toEqual({ approvedCount: 2, userErrors: [] });
    expect((await applicationRow(app.db, p1.application.id)).status).toBe('APPROVED');
    expect((await applicationRow(app.db, p3.application.id)).status).toBe('APPROVED');
    expect((await applicationRow(app.db, p1.application.id)).decidedById).toBeNull();
    const pending = await applicationRow(app.db, p2.application.id);
    expect(pending.status).toBe('PENDING');
    // A marketplace application opens a marketplace partnership.
    expect((await approve(ctx, { ids: [p2.id] })).data?.approveApplications.approvedCount).toBe(1);
    const [marketplace] = await app.db.select({ source: partnerships.source }).from(partnerships).where(eq(partnerships.partnerId, p2.partner.id));
    expect(marketplace.source).toBe('MARKETPLACE');
    // Nothing left: all matching decides nothing and says so with a zero count.
    expect((await approve(ctx, { allMatching: true })).data?.approveApplications).toEqual({ approvedCount: 0, userErrors: [] });
    const { statusCounts } = await list(ctx);
    expect(statusCounts).toEqual({ pending: 0, approved: 5, declined: 0 });
  });

  it('is all or nothing: one application no longer pending refuses the whole selection with a CONFLICT', async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const fresh = await insertApplication(app.db, ctx.program.id, group.id);
    const decided = await insertApplication(app.db, ctx.program.id, group.id);
    expect((await decline(ctx, { ids: [decided.id] })).data?.declineApplications.declinedCount).toBe(1);
    const other = await createProgramWithManager(app.db);
    const otherGroup = await createFormGroup(app.db, other.program.id, []);
    const theirs = await insertApplication(app.db, other.program.id, otherGroup.group.id);
    const before = await digest();
    const res = await approve(ctx, { ids: [fresh.id, decided.id] });
    expect(res.data?.approveApplications).toEqual({
      approvedCount: 0,
      userErrors: [{ field: ['ids', '1'], message: `The application of ${decided.application.email} was declined already: nothing was changed.`, code: 'CONFLICT' }],
    });
    const declineAgain = await decline(ctx, { ids: [decided.id, fresh.id] }, { reapplyPolicy: 'NEVER' });
    expect(declineAgain.data?.declineApplications.userErrors).toEqual([
      { field: ['ids', '0'], message: `The application of ${decided.application.email} was declined already: nothing was changed.`, code: 'CONFLICT' },
    ]);
    // Ids of another program are not this program's; strings that are no id are named as such.
    const mixed = await approve(ctx, { ids: [theirs.id, fresh.id, 'not-an-id'] });
    expect(mixed.data?.approveApplications.userErrors).toEqual([{ field: ['ids', '2'], message: 'not-an-id is not an application id.', code: 'INVALID' }]);
    const foreign = await approve(ctx, { ids: [theirs.id, fresh.id] });
    expect(foreign.data?.approveApplications.userErrors).toEqual([{ field: ['ids', '0'], message: `${theirs.id} is not an application of this program.`, code: 'INVALID' }]);
    const nothing = await approve(ctx, {});
    expect(nothing.data?.approveApplications.userErrors[0]).toMatchObject({ field: ['ids'] });
    expect(await digest()).toEqual(before);
  });

  it('answers a userError when the partner joined the program meanwhile, and changes nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const made = await insertApplication(app.db, ctx.program.id, group.id, { companyName: 'Taken Co' });
    // A manager added the same partner directly while the application waited.
    await insertPartnership(app.db, ctx.program.id, { partnerId: made.partner.id, key: 'takenco' });
    const before = await digest();
    const res = await approve(ctx, { ids: [made.id] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.approveApplications.approvedCount).toBe(0);
    expect(res.data?.approveApplications.userErrors).toEqual([
      { field: ['ids', '0'], message: expect.stringContaining('Taken Co joined the Test Program program meanwhile'), code: 'CONFLICT' },
    ]);
    expect(await digest()).toEqual(before);
  });
});

describe('declining applications', () => {
  it('stores the reason, note, visibility and reapply policy, and emails the applicant what they may know', async () => {
    const ctx = await createProgramWithManager(app.db);
    const reasons = await app.gql(DeclineReasons, { slug: ctx.program.slug }, { cookie: ctx.cookie });
    expect(reasons.data?.program?.declineReasons).toEqual(DEFAULT_DECLINE_REASONS);
    const incomplete = DEFAULT_DECLINE_REASONS.find((r) => r.includes('fill out the full application form'))!;
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const later = await insertApplication(app.db, ctx.program.id, group.id);
    const never = await insertApplication(app.db, ctx.program.id, group.id);
    const anytime = await insertApplication(app.db, ctx.program.id, group.id);

    const res = await decline(ctx, { ids: [later.id] }, { reason: incomplete, note: 'Tell us about your audience.', noteVisibleToApplicant: true, reapplyPolicy: 'AFTER_DAYS', reapplyAfterDays: 30 });
    expect(res.data?.declineApplications).toEqual({ declinedCount: 1, userErrors: [] });
    const row = await applicationRow(app.db, later.application.id);
    expect(row).toMatchObject({ status: 'DECLINED', declineReason: incomplete, declineNote: 'Tell us about your audience.', declineNoteVisible: true, reapplyPolicy: 'AFTER_DAYS', decidedById: ctx.manager.id, partnershipId: null });
    const days = (row.reapplyAfter!.getTime() - row.decidedAt!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThan(30.01);
    const [email] = await emailsTo(app.db, later.application.email);
    expect(email).toMatchObject({ template: 'application-declined', subject: 'Your application to Test Program' });
    expect(email.text).toContain(`Reason: ${incomplete}`);
    expect(email.text).toContain('A note from the program: Tell us about your audience.');
    expect(email.text).toContain(`You can apply to Test Program again from ${row.reapplyAfter!.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}.`);

    const hidden = await decline(ctx, { ids: [never.id] }, { reason: null, note: 'Competitor: do not let in.', noteVisibleToApplicant: false, reapplyPolicy: 'NEVER' });
    expect(hidden.data?.declineApplications.declinedCount).toBe(1);
    const neverRow = await applicationRow(app.db, never.application.id);
    expect(neverRow).toMatchObject({ declineReason: null, declineNote: 'Competitor: do not let in.', declineNoteVisible: false, reapplyPolicy: 'NEVER', reapplyAfter: null });
    const [neverEmail] = await emailsTo(app.db, never.application.email);
    expect(neverEmail.text).not.toContain('Competitor');
    expect(neverEmail.text).not.toContain('Reason:');
    expect(neverEmail.text).toContain('Test Program will not accept a new application from you.');

    await decline(ctx, { ids: [anytime.id] }, { reason: DEFAULT_DECLINE_REASONS[0], reapplyPolicy: 'ANYTIME' });
    const [anytimeEmail] = await emailsTo(app.db, anytime.application.email);
    expect(anytimeEmail.text).toContain('You are welcome to apply to Test Program again at any time.');

    const detailNow = await detail(later.id, { cookie: ctx.cookie });
    expect(detailNow.decision).toMatchObject({ reason: incomplete, note: 'Tell us about your audience.', noteVisibleToApplicant: true, reapplyPolicy: 'AFTER_DAYS', decidedBy: { email: ctx.manager.email } });
    expect(new Date(detailNow.decision!.reapplyAfter!).getTime()).toBe(row.reapplyAfter!.getTime());
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'application.declined'), eq(auditEvents.subjectId, later.application.id)));
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ reason: incomplete, reapplyPolicy: 'AFTER_DAYS', reapplyAfterDays: 30 });
  });

  it('refuses a reason not in the program list and a bad reapply policy, changing nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const made = await insertApplication(app.db, ctx.program.id, group.id);
    const before = await digest();
    const badReason = await decline(ctx, { ids: [made.id] }, { reason: 'Because I said so' });
    expect(badReason.data?.declineApplications.userErrors).toEqual([{ field: ['reason'], message: expect.stringContaining("Choose one of the program's decline reasons"), code: 'INVALID' }]);
    const noDays = await decline(ctx, { ids: [made.id] }, { reapplyPolicy: 'AFTER_DAYS' });
    expect(noDays.data?.declineApplications.userErrors).toEqual([{ field: ['reapplyAfterDays'], message: 'Say after how many days they may apply again.', code: 'INVALID' }]);
    for (const n of [0, 366]) {
      const out = await decline(ctx, { ids: [made.id] }, { reapplyPolicy: 'AFTER_DAYS', reapplyAfterDays: n });
      expect(out.data?.declineApplications.userErrors).toEqual([{ field: ['reapplyAfterDays'], message: expect.stringContaining('365 days'), code: 'OUT_OF_RANGE' }]);
    }
    expect(await digest()).toEqual(before);
  });
});

describe('decisions under concurrency (real parallel requests)', () => {
  it('ten managers approving the same application at once give one partnership and one email', async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const made = await insertApplication(app.db, ctx.program.id, group.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => approve(ctx, { ids: [made.id] })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.data?.approveApplications.approvedCount === 1)).toHaveLength(1);
    for (const r of results.filter((x) => x.data?.approveApplications.approvedCount === 0)) {
      expect(r.data?.approveApplications.userErrors).toEqual([{ field: ['ids', '0'], message: expect.stringContaining('was approved already'), code: 'CONFLICT' }]);
    }
    expect(await app.db.select().from(partnerships).where(eq(partnerships.partnerId, made.partner.id))).toHaveLength(1);
    expect(await emailsTo(app.db, made.application.email)).toHaveLength(1);
  });

  it('approve and decline racing give one decision and one email', async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const made = await insertApplication(app.db, ctx.program.id, group.id);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? decline(ctx, { ids: [made.id] }, { reapplyPolicy: 'NEVER' }) : approve(ctx, { ids: [made.id] }))));
    const counts = results.map((r) => (r.data && 'approveApplications' in r.data ? r.data.approveApplications.approvedCount : (r.data as { declineApplications: { declinedCount: number } }).declineApplications.declinedCount));
    expect(counts.filter((c) => c === 1)).toHaveLength(1);
    const row = await applicationRow(app.db, made.application.id);
    const opened = await app.db.select().from(partnerships).where(eq(partnerships.partnerId, made.partner.id));
    expect(opened).toHaveLength(row.status === 'APPROVED' ? 1 : 0);
    const sent = await emailsTo(app.db, made.application.email);
    expect(sent.map((e) => e.template)).toEqual([row.status === 'APPROVED' ? 'application-approved' : 'application-declined']);
  });
});

describe('who may review', () => {
  it("hides a program's applications from another program's manager and API key, refuses partner members, and lets the program's API key in", async () => {
    const ctx = await createProgramWithManager(app.db);
    const { group } = await createFormGroup(app.db, ctx.program.id, []);
    const made = await insertApplication(app.db, ctx.program.id, group.id);
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const before = await digest();
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const listed = await app.gql(ListApplications, { programId: ctx.programId }, caller);
      expect(listed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const shown = await app.gql(ApplicationDetail, { id: made.id }, caller);
      expect(shown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const res of [await approve(ctx, { ids: [made.id] }, caller), await decline(ctx, { ids: [made.id] }, {}, caller)]) {
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      // Their own program does not know the id either.
      const asOwn = await app.gql(Approve, { input: { programId: other.programId, ids: [made.id] } }, caller);
      expect(asOwn.data?.approveApplications.userErrors[0]).toMatchObject({ field: ['ids', '0'], code: 'INVALID' });
    }
    // The applicant (a partner member, no program) is not a reviewer of their own application.
    for (const res of [await app.gql(ApplicationDetail, { id: made.id }, { cookie: made.cookie }), await approve(ctx, { ids: [made.id] }, { cookie: made.cookie })]) {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(ApplicationDetail, { id: made.id }, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await digest()).toEqual(before);

    const ownKey = await createApiKeyFor(app.db, ctx.program.id);
    expect((await detail(made.id, { bearer: ownKey.secret })).email).toBe(made.application.email);
    expect((await approve(ctx, { ids: [made.id] }, { bearer: ownKey.secret })).data?.approveApplications.approvedCount).toBe(1);
    const events = await app.db.select({ actor: auditEvents.actorApiKeyId }).from(auditEvents).where(eq(auditEvents.action, 'application.approved')).orderBy(asc(auditEvents.id));
    expect(events.at(-1)?.actor).toBe(ownKey.apiKey.id);
  });
});
