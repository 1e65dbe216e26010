import { eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { applications, customFieldDefinitions, groups } from '../src/server/db/schema';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';

const SaveForm = graphql(`
  mutation TestSaveApplicationForm($input: UpdateApplicationFormInput!) {
    updateApplicationForm(input: $input) {
      group {
        id
        applicationFormEnabled
        applicationForm {
          enabled
          title
          description
          questions { id fieldKey label helpText type options visibility fieldArchived }
          preview { title description descriptionPreviewHtml questions { id label helpText type options required } }
          fieldChoices { key label type options }
        }
      }
      userErrors { field message code }
    }
  }
`);

const CopyForm = graphql(`
  mutation TestCopyApplicationForm($input: CopyApplicationFormInput!) {
    copyApplicationForm(input: $input) {
      group { id applicationForm { enabled title description questions { id fieldKey label type visibility } } }
      userErrors { field message code }
    }
  }
`);

const FormOfGroups = graphql(`
  query TestFormOfGroups($slug: String!) {
    program(slug: $slug) {
      groups { edges { node { id name applicationForm { questions { id label fieldArchived } } } } }
    }
  }
`);

const FormOfGroup = graphql(`
  query TestFormOfGroup($groupId: ID!) {
    applicationForm(groupId: $groupId) { group { id name } enabled questions { label visibility } }
  }
`);

const ApplicantLanding = graphql(`
  query TestApplicantLanding($token: String!) {
    joinLanding(token: $token) {
      applicationFormEnabled
      form { title description questions { id label type options required } }
    }
  }
`);

const Apply = graphql(`
  mutation TestFormApply($input: JoinProgramInput!) {
    joinProgram(input: $input) { applicationSubmitted userErrors { field message code } }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function setup() {
  const ctx = await createProgramWithManager(app.db, { name: 'Forms Co' });
  const [group] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Resellers', joinToken: `form${Math.random().toString(36).slice(2)}` }).returning();
  const [other] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Agencies', joinToken: `form${Math.random().toString(36).slice(2)}` }).returning();
  await app.db.insert(customFieldDefinitions).values([
    { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], position: 1 },
    { programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'old', label: 'Old field', type: 'TEXT', archivedAt: new Date(), position: 2 },
    { programId: ctx.program.id, entity: 'MEMBER', key: 'role', label: 'Role', type: 'TEXT', position: 3 },
  ]);
  return { ...ctx, group, other, groupId: toGlobalId('Group', group.id), otherId: toGlobalId('Group', other.id) };
}

const baseForm = (groupId: string) => ({
  groupId,
  enabled: true,
  title: 'Apply to Forms Co',
  description: 'Welcome, **{company_name}**! Read [our terms](https://forms.example/terms), not [this](javascript:alert(1)).\n\n<script>alert(1)</script>\n\n# Not a heading\n\n- fast\n- fair',
  questions: [
    { fieldKey: 'tier', visibility: 'REQUIRED' as const },
    { label: 'Your website', type: 'URL' as const, helpText: 'Where you promote us', visibility: 'REQUIRED' as const },
    { label: 'Channels', type: 'MULTI_SELECT' as const, options: ['Blog', 'Video'], visibility: 'OPTIONAL' as const },
    { label: 'Internal score', type: 'NUMBER' as const, visibility: 'HIDDEN' as const },
  ],
});

describe('application forms', () => {
  it('saves the whole form: field questions copy the field, own questions keep their ids across edits, hidden ones stay out of the preview', async () => {
    const { cookie, groupId } = await setup();
    const res = await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie });
    expect(res.data?.updateApplicationForm.userErrors).toEqual([]);
    const form = res.data!.updateApplicationForm.group!.applicationForm;
    expect(res.data?.updateApplicationForm.group?.applicationFormEnabled).toBe(true);
    expect(form.questions.map((q) => [q.fieldKey, q.label, q.type, q.options, q.visibility])).toEqual([
      ['tier', 'Tier', 'SELECT', ['Gold', 'Silver'], 'REQUIRED'],
      [null, 'Your website', 'URL', [], 'REQUIRED'],
      [null, 'Channels', 'MULTI_SELECT', ['Blog', 'Video'], 'OPTIONAL'],
      [null, 'Internal score', 'NUMBER', [], 'HIDDEN'],
    ]);
    expect(new Set(form.questions.map((q) => q.id)).size).toBe(4);
    // Only active partnership fields are offered.
    expect(form.fieldChoices.map((f) => f.key)).toEqual(['tier']);
    // The preview is the applicant's view: no hidden question, the placeholder shown as a sample, HTML escaped.
    expect(form.preview.questions.map((q) => [q.label, q.required])).toEqual([
      ['Tier', true],
      ['Your website', true],
      ['Channels', false],
    ]);
    const html = form.preview.descriptionPreviewHtml!;
    expect(html).toContain('<strong>Acme Media (sample)</strong>');
    expect(html).toContain('<a href="https://forms.example/terms" rel="noopener noreferrer nofollow" target="_blank">our terms</a>');
    expect(html).toContain('<li>fast</li>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('<h1');

    // Reordered, one removed, one added, one edited: the kept questions keep their ids.
    const [tier, website, channels, hidden] = form.questions;
    const edit = await app.gql(
      SaveForm,
      {
        input: {
          groupId,
          enabled: true,
          title: 'Apply',
          description: '',
          questions: [
            { id: website.id, label: 'Website address', type: 'URL', visibility: 'OPTIONAL' },
            { id: tier.id, fieldKey: 'tier', visibility: 'REQUIRED' },
            { label: 'Audience size', type: 'NUMBER', visibility: 'OPTIONAL' },
            { id: hidden.id, label: 'Internal score', type: 'NUMBER', visibility: 'HIDDEN' },
          ],
        },
      },
      { cookie },
    );
    expect(edit.data?.updateApplicationForm.userErrors).toEqual([]);
    const edited = edit.data!.updateApplicationForm.group!.applicationForm;
    expect(edited.questions.map((q) => q.id).slice(0, 2)).toEqual([website.id, tier.id]);
    expect(edited.questions[1].label).toBe('Tier');
    expect(edited.questions[0]).toMatchObject({ label: 'Website address', visibility: 'OPTIONAL' });
    expect(edited.questions[2].id).not.toBe(channels.id);
    expect(edited.questions[3].id).toBe(hidden.id);
    expect(edited.description).toBeNull();
  });

  it('refuses an invalid form with userErrors naming the question, and writes nothing', async () => {
    const { cookie, groupId, group } = await setup();
    const res = await app.gql(
      SaveForm,
      {
        input: {
          groupId,
          enabled: true,
          title: 'x'.repeat(121),
          questions: [
            { fieldKey: 'old', visibility: 'REQUIRED' },
            { fieldKey: 'role', visibility: 'REQUIRED' },
            { label: '', type: 'TEXT', visibility: 'OPTIONAL' },
            { label: 'Pick', type: 'SELECT', options: [], visibility: 'REQUIRED' },
            { id: 'qnotthere', label: 'Ghost', type: 'TEXT', visibility: 'OPTIONAL' },
          ],
        },
      },
      { cookie },
    );
    const errors = res.data?.updateApplicationForm.userErrors ?? [];
    expect(errors.map((e) => e.field.join('.'))).toEqual(['title', 'questions.2.label', 'questions.3.options']);
    const second = await app.gql(
      SaveForm,
      { input: { groupId, enabled: true, questions: [{ fieldKey: 'old', visibility: 'REQUIRED' }, { fieldKey: 'role', visibility: 'REQUIRED' }, { fieldKey: 'tier', visibility: 'REQUIRED' }, { fieldKey: 'tier', visibility: 'OPTIONAL' }, { id: 'qnotthere', label: 'Ghost', type: 'TEXT', visibility: 'OPTIONAL' }] } },
      { cookie },
    );
    expect(second.data?.updateApplicationForm.userErrors).toEqual([
      { field: ['questions', '0', 'fieldKey'], message: '"old" is not an active custom field of partnerships in this program (it may have been archived).', code: 'INVALID' },
      { field: ['questions', '1', 'fieldKey'], message: '"role" is not an active custom field of partnerships in this program (it may have been archived).', code: 'INVALID' },
      { field: ['questions', '3', 'fieldKey'], message: 'The field "Tier" is asked twice.', code: 'TAKEN' },
      { field: ['questions', '4', 'id'], message: 'This question is not on the form any more: reload the form.', code: 'INVALID' },
    ]);
    const [row] = await app.db.select().from(groups).where(eq(groups.id, group.id));
    expect(row).toMatchObject({ applicationFormEnabled: false, applicationFormTitle: null, applicationQuestions: [] });
  });

  it('is for the program\'s managers and API keys only', async () => {
    const { groupId, program } = await setup();
    const stranger = await createProgramWithManager(app.db);
    const outsider = await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie: stranger.cookie });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const person = await createUser(app.db);
    const partnerSide = await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie: await signInAs(app.db, person.id) });
    expect(partnerSide.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { secret } = await createApiKeyFor(app.db, program.id);
    const byKey = await app.gql(SaveForm, { input: baseForm(groupId) }, { bearer: secret });
    expect(byKey.data?.updateApplicationForm.userErrors).toEqual([]);
    const read = await app.gql(FormOfGroup, { groupId }, { bearer: secret });
    expect(read.data?.applicationForm).toMatchObject({ group: { id: groupId, name: 'Resellers' }, enabled: true });
    expect(read.data?.applicationForm.questions.map((q) => q.visibility)).toEqual(['REQUIRED', 'REQUIRED', 'OPTIONAL', 'HIDDEN']);
    expect((await app.gql(FormOfGroup, { groupId }, { cookie: stranger.cookie })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('copies another group\'s form with new ids, and refuses a group of another program', async () => {
    const { cookie, groupId, otherId, program } = await setup();
    const saved = await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie });
    const sourceIds = saved.data!.updateApplicationForm.group!.applicationForm.questions.map((q) => q.id);
    const copy = await app.gql(CopyForm, { input: { groupId: otherId, fromGroupId: groupId } }, { cookie });
    expect(copy.data?.copyApplicationForm.userErrors).toEqual([]);
    const copied = copy.data!.copyApplicationForm.group!.applicationForm;
    expect(copied).toMatchObject({ enabled: false, title: 'Apply to Forms Co' });
    expect(copied.questions.map((q) => [q.fieldKey, q.label, q.visibility])).toEqual([
      ['tier', 'Tier', 'REQUIRED'],
      [null, 'Your website', 'REQUIRED'],
      [null, 'Channels', 'OPTIONAL'],
      [null, 'Internal score', 'HIDDEN'],
    ]);
    expect(copied.questions.some((q) => sourceIds.includes(q.id))).toBe(false);

    const elsewhere = await createProgramWithManager(app.db);
    const [foreign] = await app.db.insert(groups).values({ programId: elsewhere.program.id, name: 'Theirs', joinToken: `form${Math.random().toString(36).slice(2)}` }).returning();
    const refused = await app.gql(CopyForm, { input: { groupId: otherId, fromGroupId: toGlobalId('Group', foreign.id) } }, { cookie });
    expect(refused.data?.copyApplicationForm.userErrors).toEqual([{ field: ['fromGroupId'], message: 'Choose another group of this program to copy from.', code: 'INVALID' }]);
    const same = await app.gql(CopyForm, { input: { groupId, fromGroupId: groupId } }, { cookie });
    expect(same.data?.copyApplicationForm.userErrors[0]?.field).toEqual(['fromGroupId']);
    const listed = await app.gql(FormOfGroups, { slug: program.slug }, { cookie });
    expect(listed.data?.program?.groups.edges.find((e) => e.node.id === otherId)?.node.applicationForm.questions).toHaveLength(4);
  });

  it('reads the field definitions once for all the groups of a page (no statement per group)', async () => {
    const { cookie, program } = await setup();
    const statements = async () => {
      const before = app.queries.count;
      const res = await app.gql(FormOfGroups, { slug: program.slug }, { cookie });
      expect(res.errors).toBeUndefined();
      return { groups: res.data!.program!.groups.edges.length, statements: app.queries.count - before };
    };
    const three = await statements();
    for (let i = 0; i < 3; i++) await app.db.insert(groups).values({ programId: program.id, name: `More ${i}`, joinToken: `form${Math.random().toString(36).slice(2)}` });
    const six = await statements();
    expect([three.groups, six.groups]).toEqual([3, 6]);
    expect(six.statements).toBe(three.statements);
  });

  it('never gives hidden questions to the applicant, and a field archived later drops out of what is asked', async () => {
    const { cookie, groupId, group, program } = await setup();
    await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie });
    const person = await createUser(app.db, { name: 'Ada Applicant' });
    const personCookie = await signInAs(app.db, person.id);
    for (const caller of [{}, { cookie: personCookie }]) {
      const landing = await app.gql(ApplicantLanding, { token: group.joinToken }, caller);
      expect(landing.data?.joinLanding.form?.questions.map((q) => q.label)).toEqual(['Tier', 'Your website', 'Channels']);
      expect(JSON.stringify(landing.data)).not.toContain('Internal score');
    }
    await app.db.update(customFieldDefinitions).set({ archivedAt: new Date() }).where(eq(customFieldDefinitions.key, 'tier'));
    const landing = await app.gql(ApplicantLanding, { token: group.joinToken }, { cookie: personCookie });
    expect(landing.data?.joinLanding.form?.questions.map((q) => q.label)).toEqual(['Your website', 'Channels']);
    const managerView = await app.gql(FormOfGroups, { slug: program.slug }, { cookie });
    expect(managerView.data?.program?.groups.edges.find((e) => e.node.id === groupId)?.node.applicationForm.questions[0]).toMatchObject({ label: 'Tier', fieldArchived: true });
  });

  it('can be edited while applications are pending: they keep the answers they gave and the questions they were asked', async () => {
    const { cookie, groupId, group } = await setup();
    const saved = await app.gql(SaveForm, { input: baseForm(groupId) }, { cookie });
    const [tier, website, channels] = saved.data!.updateApplicationForm.group!.applicationForm.questions;
    const person = await createUser(app.db, { name: 'Ada Applicant' });
    const applied = await app.gql(
      Apply,
      { input: { token: group.joinToken, companyName: 'Ada Media', answers: [{ questionId: tier.id, value: 'Gold' }, { questionId: website.id, value: 'https://ada.example' }, { questionId: channels.id, value: '["Blog"]' }] } },
      { cookie: await signInAs(app.db, person.id) },
    );
    expect(applied.data?.joinProgram).toEqual({ applicationSubmitted: true, userErrors: [] });
    const edit = await app.gql(SaveForm, { input: { groupId, enabled: true, questions: [{ label: 'Something new', type: 'TEXT', visibility: 'REQUIRED' }] } }, { cookie });
    expect(edit.data?.updateApplicationForm.userErrors).toEqual([]);
    const [application] = await app.db.select().from(applications).where(eq(applications.groupId, group.id));
    expect(application.status).toBe('PENDING');
    expect(application.answers).toEqual({ [tier.id]: 'Gold', [website.id]: 'https://ada.example', [channels.id]: ['Blog'] });
    expect(application.formSnapshot.map((q) => q.label)).toEqual(['Tier', 'Your website', 'Channels']);
  });
});
