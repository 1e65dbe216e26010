import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { invites, inviteTemplates, programManagers } from '../src/server/db/schema';
import { DEFAULT_INVITE_CONTENT } from '../src/server/invites/content';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';
import { countRows, createClaimedPartner, emailsTo, invitesTo, inviteTokenFor, stateDigest } from './support/partners';

const AddPartner = graphql(`
  mutation TestInviteMgmtAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        invites { id kind status email }
      }
      userErrors { field message code }
    }
  }
`);

const Resend = graphql(`
  mutation TestInviteMgmtResend($input: InviteIdInput!) {
    resendInvite(input: $input) {
      invite { id kind status email sentCount lastSentAt expiresAt }
      userErrors { field message code }
    }
  }
`);

const Delete = graphql(`
  mutation TestInviteMgmtDelete($input: InviteIdInput!) {
    deleteInvite(input: $input) {
      invite { id status email }
      userErrors { field message code }
    }
  }
`);

const Landing = graphql(`
  query TestInviteMgmtLanding($token: String!) {
    inviteLanding(token: $token) { status email kind }
  }
`);

const Claim = graphql(`
  mutation TestInviteMgmtClaim($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const Partnership = graphql(`
  query TestInviteMgmtPartnership($id: ID!) {
    partnership(id: $id) {
      status
      members { member { email status } }
      invites { id kind status email sentCount }
    }
  }
`);

const AddMembers = graphql(`
  mutation TestInviteMgmtAddMembers($input: AddPartnerMembersInput!) {
    addPartnerMembers(input: $input) {
      invites { id status email member { accessLevel status } }
      userErrors { field message code }
    }
  }
`);

const Template = graphql(`
  query TestInviteMgmtTemplate($programId: ID!) {
    inviteTemplate(programId: $programId) { subject body saved }
  }
`);

const Preview = graphql(`
  query TestInviteMgmtPreview($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {
    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) { subject html text }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@invites.example`;

/** A new partner with one held teammate; returns the ids of both invites. */
async function invitedPartner(ctx?: Awaited<ReturnType<typeof createProgramWithManager>>) {
  const program = ctx ?? (await createProgramWithManager(app.db, { name: 'Beta Partners' }));
  const email = unique('owner');
  const teammate = unique('teammate');
  const res = await app.gql(
    AddPartner,
    { input: { programId: program.programId, email, firstName: 'Ivy', companyName: 'Ivy Co', members: [{ email: teammate, accessLevel: 'ADMIN' }] } },
    { cookie: program.cookie },
  );
  expect(res.data?.addPartner.userErrors).toEqual([]);
  const partnership = res.data!.addPartner.partnership!;
  const claimInvite = partnership.invites.find((i) => i.kind === 'PARTNER_CLAIM')!;
  const teamInvite = partnership.invites.find((i) => i.kind === 'TEAM_JOIN')!;
  return { ...program, email, teammate, partnershipId: partnership.id, claimInviteId: claimInvite.id, teamInviteId: teamInvite.id };
}

async function signedInAs(email: string) {
  const user = await createUser(app.db, { email });
  return signInAs(app.db, user.id);
}

const accessCode = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('resendInvite', () => {
  it('sends a fresh link: the old one stops working and the new one claims', async () => {
    const { email, claimInviteId, cookie } = await invitedPartner();
    const oldToken = await inviteTokenFor(app.db, email);
    const earlier = new Date(Date.now() - 3_600_000);
    await app.db.update(invites).set({ lastSentAt: earlier }).where(sql`lower(${invites.email}) = ${email}`);

    const res = await app.gql(Resend, { input: { inviteId: claimInviteId } }, { cookie });
    expect(res.data?.resendInvite.userErrors).toEqual([]);
    const invite = res.data!.resendInvite.invite!;
    expect(invite).toMatchObject({ id: claimInviteId, kind: 'PARTNER_CLAIM', status: 'SENT', email, sentCount: 2 });
    const lastSentAt = new Date(invite.lastSentAt!).getTime();
    expect(lastSentAt).toBeGreaterThan(earlier.getTime());
    expect(Math.abs(lastSentAt - Date.now())).toBeLessThan(60_000);
    expect(new Date(invite.expiresAt!).getTime() - lastSentAt).toBe(14 * 86_400_000);

    const mail = await emailsTo(app.db, email);
    expect(mail.map((m) => m.template)).toEqual(['partner-invite', 'partner-invite']);
    const newToken = await inviteTokenFor(app.db, email);
    expect(newToken).not.toBe(oldToken);
    expect((await app.gql(Landing, { token: oldToken })).data?.inviteLanding).toEqual({ status: 'NO_LONGER_VALID', email: null, kind: null });
    expect((await app.gql(Landing, { token: newToken })).data?.inviteLanding).toEqual({ status: 'VALID', email, kind: 'PARTNER_CLAIM' });

    const inviteeCookie = await signedInAs(email);
    const withOld = await app.gql(Claim, { input: { token: oldToken } }, { cookie: inviteeCookie });
    expect(withOld.data?.claimInvite.partnerProgram).toBeNull();
    expect(withOld.data?.claimInvite.userErrors).toEqual([expect.objectContaining({ field: ['token'], code: 'INVALID' })]);
    expect(withOld.data?.claimInvite.userErrors[0].message).toMatch(/no longer valid/);

    const withNew = await app.gql(Claim, { input: { token: newToken } }, { cookie: inviteeCookie });
    expect(withNew.data?.claimInvite).toEqual({ partnerProgram: { status: 'ACTIVE' }, userErrors: [] });
  });

  it('revives an expired link, and an API key of the program may resend', async () => {
    const { email, claimInviteId, program } = await invitedPartner();
    await app.db.update(invites).set({ expiresAt: new Date(Date.now() - 1000) }).where(sql`lower(${invites.email}) = ${email}`);
    expect((await app.gql(Landing, { token: await inviteTokenFor(app.db, email) })).data?.inviteLanding.status).toBe('EXPIRED');
    const { secret } = await createApiKeyFor(app.db, program.id);
    const res = await app.gql(Resend, { input: { inviteId: claimInviteId } }, { bearer: secret });
    expect(res.data?.resendInvite.userErrors).toEqual([]);
    expect(res.data?.resendInvite.invite).toMatchObject({ status: 'SENT', sentCount: 2 });
    expect(new Date(res.data!.resendInvite.invite!.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect((await app.gql(Landing, { token: await inviteTokenFor(app.db, email) })).data?.inviteLanding.status).toBe('VALID');
  });

  it('refuses invites that are not out yet, claimed or deleted, changing nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const existing = await createClaimedPartner(app.db, 'Known Co', [{ email: unique('known-owner'), level: 'OWNER' }]);
    const newbie = unique('newbie');
    const added = await app.gql(
      AddPartner,
      { input: { programId: ctx.programId, email: existing.members.OWNER.email, existingPartnerId: existing.partnerId, members: [{ email: newbie }] } },
      { cookie: ctx.cookie },
    );
    expect(added.data?.addPartner.userErrors).toEqual([]);
    const awaiting = added.data!.addPartner.partnership!.invites[0];
    expect(awaiting).toMatchObject({ status: 'AWAITING_OWNER_APPROVAL', email: newbie });

    const fresh = await invitedPartner(ctx);
    await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, fresh.email) } }, { cookie: await signedInAs(fresh.email) });
    const revoked = await invitedPartner(ctx);
    expect((await app.gql(Delete, { input: { inviteId: revoked.claimInviteId } }, { cookie: ctx.cookie })).data?.deleteInvite.userErrors).toEqual([]);
    const held = await invitedPartner(ctx);

    const cases: [string, string, RegExp][] = [
      ['awaiting the owner', awaiting.id, /owner's approval/],
      ['held until the claim', held.teamInviteId, /once the partnership is approved/],
      ['claimed', fresh.claimInviteId, /already been claimed/],
      ['deleted', revoked.claimInviteId, /deleted or declined/],
    ];
    for (const [label, inviteId, message] of cases) {
      const before = await stateDigest(app.db);
      const res = await app.gql(Resend, { input: { inviteId } }, { cookie: ctx.cookie });
      expect([label, res.data?.resendInvite.invite]).toEqual([label, null]);
      expect(res.data?.resendInvite.userErrors).toEqual([{ field: ['inviteId'], message: expect.stringMatching(message), code: 'CONFLICT' }]);
      expect(await stateDigest(app.db)).toEqual(before);
    }
    expect(await emailsTo(app.db, newbie)).toEqual([]);
    expect(await emailsTo(app.db, held.teammate)).toEqual([]);
  });
});

describe('deleteInvite', () => {
  it('revokes a sent link: the page says it is no longer valid and it cannot be claimed', async () => {
    const { email, claimInviteId, cookie, partnershipId } = await invitedPartner();
    const token = await inviteTokenFor(app.db, email);
    const res = await app.gql(Delete, { input: { inviteId: claimInviteId } }, { cookie });
    expect(res.data?.deleteInvite).toEqual({ invite: { id: claimInviteId, status: 'REVOKED', email }, userErrors: [] });
    expect((await app.gql(Landing, { token })).data?.inviteLanding.status).toBe('NO_LONGER_VALID');

    const inviteeCookie = await signedInAs(email);
    const before = await stateDigest(app.db);
    const claim = await app.gql(Claim, { input: { token } }, { cookie: inviteeCookie });
    expect(claim.data?.claimInvite).toEqual({
      partnerProgram: null,
      userErrors: [{ field: ['token'], message: 'This invite is no longer valid: the program deleted it.', code: 'INVALID' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
    // The primary contact stays on the partnership; the partnership still waits for a claim.
    const partnership = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(partnership.status).toBe('PENDING_CLAIM');
    expect(partnership.members.map((m) => m.member.email)).toContain(email);

    const twice = await app.gql(Delete, { input: { inviteId: claimInviteId } }, { cookie });
    expect(twice.data?.deleteInvite.userErrors).toEqual([{ field: ['inviteId'], message: 'This invite is already closed.', code: 'CONFLICT' }]);
  });

  it('removes a held teammate with their invite, so the claim sends them nothing', async () => {
    const { email, teammate, teamInviteId, cookie, partnershipId } = await invitedPartner();
    const res = await app.gql(Delete, { input: { inviteId: teamInviteId } }, { cookie });
    expect(res.data?.deleteInvite.invite?.status).toBe('REVOKED');
    const partnership = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(partnership.members.map((m) => m.member.email)).toEqual([email]);
    await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, email) } }, { cookie: await signedInAs(email) });
    expect(await emailsTo(app.db, teammate)).toEqual([]);
    expect((await invitesTo(app.db, teammate)).map((i) => i.status)).toEqual(['REVOKED']);

    // As the resend refusal suggests, the manager can add the person again: the claimed partner's owner is asked.
    const again = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: teammate }] } }, { cookie });
    expect(again.errors).toBeUndefined();
    expect(again.data?.addPartnerMembers).toEqual({
      invites: [{ id: expect.any(String), status: 'AWAITING_OWNER_APPROVAL', email: teammate, member: { accessLevel: 'MEMBER', status: 'AWAITING_OWNER_APPROVAL' } }],
      userErrors: [],
    });
    expect((await invitesTo(app.db, teammate)).map((i) => i.status)).toEqual(['AWAITING_OWNER_APPROVAL', 'REVOKED']);
  });

  it('lets the manager add a deleted teammate of an unclaimed partner again, held until the claim', async () => {
    const { email, teammate, teamInviteId, cookie, partnershipId } = await invitedPartner();
    await app.gql(Delete, { input: { inviteId: teamInviteId } }, { cookie });
    const again = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: teammate, accessLevel: 'FINANCE' }] } }, { cookie });
    expect(again.data?.addPartnerMembers).toEqual({
      invites: [{ id: expect.any(String), status: 'HELD', email: teammate, member: { accessLevel: 'FINANCE', status: 'INVITED' } }],
      userErrors: [],
    });
    const partnership = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(partnership.members.map((m) => m.member.email)).toEqual([email, teammate]);
    await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, email) } }, { cookie: await signedInAs(email) });
    expect((await emailsTo(app.db, teammate)).map((m) => m.template)).toEqual(['team-join-invite']);
  });

  it('refuses to delete a claimed invite', async () => {
    const { email, claimInviteId, cookie } = await invitedPartner();
    await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, email) } }, { cookie: await signedInAs(email) });
    const before = await stateDigest(app.db);
    const res = await app.gql(Delete, { input: { inviteId: claimInviteId } }, { cookie });
    expect(res.data?.deleteInvite).toEqual({
      invite: null,
      userErrors: [{ field: ['inviteId'], message: 'This invite has already been claimed.', code: 'CONFLICT' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
    expect((await invitesTo(app.db, email))[0].status).toBe('CLAIMED');
  });
});

describe('another program cannot see the invites', () => {
  it('answers NOT_FOUND to a manager or API key of another program, and to a malformed id', async () => {
    const { claimInviteId, email } = await invitedPartner();
    const other = await createProgramWithManager(app.db, { name: 'Other Program' });
    const { secret } = await createApiKeyFor(app.db, other.program.id);
    for (const caller of [{ cookie: other.cookie }, { bearer: secret }]) {
      for (const [document, inviteId] of [
        [Resend, claimInviteId],
        [Delete, claimInviteId],
        [Resend, 'not-an-id'],
      ] as const) {
        const before = await stateDigest(app.db);
        const res = await app.gql(document as typeof Resend, { input: { inviteId } }, caller);
        expect(res.data).toBeNull();
        expect(accessCode(res)).toEqual(['NOT_FOUND']);
        expect(res.errors?.[0].message).toBe('Invite not found.');
        expect(await stateDigest(app.db)).toEqual(before);
      }
    }
    expect((await invitesTo(app.db, email)).map((i) => [i.status, i.sentCount])).toEqual([['SENT', 1]]);
  });
});

describe('invite content saved for future invitations', () => {
  it('belongs to the manager who saved it, in that program only', async () => {
    const a = await createProgramWithManager(app.db, { name: 'Gamma' });
    const b = await createUser(app.db, { name: 'Bea Second' });
    await app.db.insert(programManagers).values({ programId: a.program.id, userId: b.id });
    const bCookie = await signInAs(app.db, b.id);
    const otherProgram = await createProgramWithManager(app.db, { name: 'Delta' });
    await app.db.insert(programManagers).values({ programId: otherProgram.program.id, userId: a.manager.id });
    const otherProgramId = otherProgram.programId;

    const defaults = { subject: DEFAULT_INVITE_CONTENT.subject, body: DEFAULT_INVITE_CONTENT.body, saved: false };
    expect((await app.gql(Template, { programId: a.programId }, { cookie: a.cookie })).data?.inviteTemplate).toEqual(defaults);

    // Custom content without saving is used once and not remembered.
    const once = unique('once');
    await app.gql(
      AddPartner,
      { input: { programId: a.programId, email: once, firstName: 'Una', invite: { subject: 'Just once, {first_name}', body: 'Hello' } } },
      { cookie: a.cookie },
    );
    expect((await emailsTo(app.db, once))[0].subject).toBe('Just once, Una');
    expect((await app.gql(Template, { programId: a.programId }, { cookie: a.cookie })).data?.inviteTemplate).toEqual(defaults);

    const saved = { subject: '{first_name}, {manager_name} wants you in {program_name}', body: 'Dear {first_name},\n\nWelcome from {company_name}.' };
    const first = unique('first');
    const res = await app.gql(
      AddPartner,
      { input: { programId: a.programId, email: first, firstName: 'Finn', companyName: 'Finn Ltd', invite: { ...saved, saveForFuture: true } } },
      { cookie: a.cookie },
    );
    expect(res.data?.addPartner.userErrors).toEqual([]);
    expect((await emailsTo(app.db, first))[0].subject).toBe('Finn, Pat Manager wants you in Gamma');
    expect((await emailsTo(app.db, first))[0].text).toContain('Welcome from Finn Ltd.');
    expect(await countRows(app.db, inviteTemplates)).toBe(1);

    expect((await app.gql(Template, { programId: a.programId }, { cookie: a.cookie })).data?.inviteTemplate).toEqual({ ...saved, saved: true });
    // A's next add without content uses A's saved content.
    const next = unique('next');
    await app.gql(AddPartner, { input: { programId: a.programId, email: next, firstName: 'Nia', companyName: 'Nia Inc' } }, { cookie: a.cookie });
    const [nextMail] = await emailsTo(app.db, next);
    expect(nextMail.subject).toBe('Nia, Pat Manager wants you in Gamma');
    expect(nextMail.text).toContain('Welcome from Nia Inc.');

    // Manager B of the same program still gets the default, for the template and the email.
    expect((await app.gql(Template, { programId: a.programId }, { cookie: bCookie })).data?.inviteTemplate).toEqual(defaults);
    const fromB = unique('from-b');
    await app.gql(AddPartner, { input: { programId: a.programId, email: fromB, firstName: 'Bo' } }, { cookie: bCookie });
    expect((await emailsTo(app.db, fromB))[0].subject).toBe('Bea Second invited you to the Gamma partner program');
    // So does an API key of the program, and A in another program.
    const { secret } = await createApiKeyFor(app.db, a.program.id);
    const fromKey = unique('from-key');
    await app.gql(AddPartner, { input: { programId: a.programId, email: fromKey, firstName: 'Kay' } }, { bearer: secret });
    expect((await emailsTo(app.db, fromKey))[0].subject).toBe('The Gamma team invited you to the Gamma partner program');
    expect((await app.gql(Template, { programId: otherProgramId }, { cookie: a.cookie })).data?.inviteTemplate).toEqual(defaults);

    // Saving again replaces A's content rather than adding a second copy.
    await app.gql(
      AddPartner,
      { input: { programId: a.programId, email: unique('again'), invite: { subject: 'Second {program_name}', body: 'Two', saveForFuture: true } } },
      { cookie: a.cookie },
    );
    expect((await app.gql(Template, { programId: a.programId }, { cookie: a.cookie })).data?.inviteTemplate).toEqual({ subject: 'Second {program_name}', body: 'Two', saved: true });
    expect(await countRows(app.db, inviteTemplates)).toBe(1);
    const [row] = await app.db.select().from(inviteTemplates).where(eq(inviteTemplates.managerId, a.manager.id));
    expect(row.programId).toBe(a.program.id);
  });

  it('is only readable by managers of the program', async () => {
    const a = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, a.program.id);
    expect(accessCode(await app.gql(Template, { programId: a.programId }, { cookie: other.cookie }))).toEqual(['NOT_FOUND']);
    expect(accessCode(await app.gql(Template, { programId: a.programId }, { bearer: secret }))).toEqual(['FORBIDDEN']);
    expect(accessCode(await app.gql(Template, { programId: a.programId }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('previewInvite', () => {
  it('renders every placeholder as the partner would receive it', async () => {
    const { programId, cookie, manager } = await createProgramWithManager(app.db, { name: 'Epsilon' });
    const res = await app.gql(
      Preview,
      {
        programId,
        subject: '{first_name}: {manager_name} invites {company_name} to {program_name}',
        body: 'Hi {first_name} of {partner_name},\n\nClaim here: {claim_link}',
        firstName: 'Rae',
        companyName: 'Rae Studio',
      },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewInvite;
    expect(preview.subject).toBe(`Rae: ${manager.name} invites Rae Studio to Epsilon`);
    expect(preview.text).toContain('Hi Rae of Rae Studio,');
    expect(preview.text).toMatch(/Claim here: https?:\/\/[^\s]+\/invite\/preview/);
    expect(preview.text).toContain('expires in 14 days');
    expect(preview.html).toContain('Rae Studio');
    expect(preview.text).not.toMatch(/\{[a-z_]+\}/);

    const fallback = await app.gql(Preview, { programId, subject: 'Hello {first_name} at {company_name}', body: 'Body' }, { cookie });
    expect(fallback.data?.previewInvite.subject).toBe('Hello there at Your company');
  });

  it('rejects unknown placeholders, naming them', async () => {
    const { programId, cookie } = await createProgramWithManager(app.db);
    const res = await app.gql(Preview, { programId, subject: 'Hi {nickname}', body: 'From {boss} and {manager_name}' }, { cookie });
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const userErrors = error.extensions?.userErrors as { field: string[]; message: string; code: string }[];
    expect(userErrors.map((e) => [e.field, e.code])).toEqual([
      [['subject'], 'INVALID'],
      [['body'], 'INVALID'],
    ]);
    expect(userErrors[0].message).toMatch(/^Unknown placeholder \{nickname\}\./);
    expect(userErrors[1].message).toMatch(/^Unknown placeholder \{boss\}\. Use \{first_name\}/);
  });

  it('is refused to another program', async () => {
    const { programId } = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const res = await app.gql(Preview, { programId, subject: 'Hi', body: 'There' }, { cookie: other.cookie });
    expect(accessCode(res)).toEqual(['NOT_FOUND']);
  });
});
