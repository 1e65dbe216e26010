import { eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { emailChangeRequests, partnerMembers, users } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { countRows, createClaimedPartner, emailsTo, inviteTokenFor, linkTokenFor, stateDigest } from './support/partners';

const AddPartner = graphql(`
  mutation TestProfileAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id }
      userErrors { field message code }
    }
  }
`);

const Claim = graphql(`
  mutation TestProfileClaim($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const MyProfile = graphql(`
  query TestProfileMine {
    myProfile { email firstName lastName pendingEmail }
  }
`);

const UpdateProfile = graphql(`
  mutation TestProfileUpdate($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      profile { email firstName lastName pendingEmail }
      userErrors { field message code }
    }
  }
`);

const RequestChange = graphql(`
  mutation TestProfileRequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      profile { email pendingEmail }
      userErrors { field message code }
    }
  }
`);

const ConfirmChange = graphql(`
  mutation TestProfileConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      profile { email firstName lastName pendingEmail }
      userErrors { field message code }
    }
  }
`);

const Partnership = graphql(`
  query TestProfilePartnership($id: ID!) {
    partnership(id: $id) {
      primaryContact { email name }
      members { member { id email firstName lastName name roleLabel } }
    }
  }
`);

const UpdateTeamMember = graphql(`
  mutation TestProfileUpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      teamMember { member { email firstName lastName roleLabel } }
      userErrors { field message code }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@profile.example`;

/**
 * A person who claimed a new partner's invite in a program, and who is also an Admin of a second
 * partner: two member rows for one account.
 */
async function partnerPerson() {
  const ctx = await createProgramWithManager(app.db, { name: 'Theta' });
  const email = unique('person');
  const added = await app.gql(AddPartner, { input: { programId: ctx.programId, email, firstName: 'Old', lastName: 'Name', companyName: 'First Co' } }, { cookie: ctx.cookie });
  const partnershipId = added.data!.addPartner.partnership!.id;
  const user = await createUser(app.db, { email, name: 'Old Name' });
  const cookie = await signInAs(app.db, user.id);
  const claim = await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, email) } }, { cookie });
  expect(claim.data?.claimInvite.userErrors).toEqual([]);
  const second = await createClaimedPartner(app.db, 'Second Co', [{ email: unique('second-owner'), level: 'OWNER' }]);
  await app.db.insert(partnerMembers).values({ partnerId: second.partner.id, userId: user.id, email, firstName: 'Old', lastName: 'Name', accessLevel: 'ADMIN', status: 'ACTIVE' });
  return { ...ctx, managerCookie: ctx.cookie, email, user, cookie, partnershipId, second };
}

const memberRowsOf = (userId: string) =>
  app.db.select({ email: partnerMembers.email, firstName: partnerMembers.firstName, lastName: partnerMembers.lastName }).from(partnerMembers).where(eq(partnerMembers.userId, userId));

describe('updateMyProfile', () => {
  it("changes the person's name on their account and on every partner team they are on", async () => {
    const { user, cookie, email, partnershipId, managerCookie, second } = await partnerPerson();
    const res = await app.gql(UpdateProfile, { input: { firstName: '  Ada ', lastName: 'Lovelace' } }, { cookie });
    expect(res.data?.updateMyProfile).toEqual({ profile: { email, firstName: 'Ada', lastName: 'Lovelace', pendingEmail: null }, userErrors: [] });
    const [account] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(account.name).toBe('Ada Lovelace');
    expect(await memberRowsOf(user.id)).toEqual([
      { email, firstName: 'Ada', lastName: 'Lovelace' },
      { email, firstName: 'Ada', lastName: 'Lovelace' },
    ]);
    // Teammates keep their names; the manager sees the new one.
    const [teammate] = await app.db.select().from(partnerMembers).where(eq(partnerMembers.id, second.members.OWNER.memberId));
    expect(teammate.firstName).toBe(second.members.OWNER.email.split('@')[0]);
    const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie: managerCookie })).data!.partnership!;
    expect(seen.primaryContact).toEqual({ email, name: 'Ada Lovelace' });
    expect((await app.gql(MyProfile, {}, { cookie })).data?.myProfile).toEqual({ email, firstName: 'Ada', lastName: 'Lovelace', pendingEmail: null });
  });

  it('requires a first name and changes nothing without one', async () => {
    const { cookie } = await partnerPerson();
    const before = await stateDigest(app.db);
    const res = await app.gql(UpdateProfile, { input: { firstName: '   ', lastName: 'X' } }, { cookie });
    expect(res.data?.updateMyProfile).toEqual({ profile: null, userErrors: [{ field: ['firstName'], message: 'Enter your first name.', code: 'REQUIRED' }] });
    expect(await stateDigest(app.db)).toEqual(before);
  });
});

describe('email change', () => {
  it('sends a confirmation link to the new address and a notice to the old; the link switches the account and memberships', async () => {
    const { user, cookie, email, partnershipId, managerCookie } = await partnerPerson();
    const newEmail = unique('new');
    const res = await app.gql(RequestChange, { input: { newEmail: newEmail.toUpperCase() } }, { cookie });
    expect(res.data?.requestEmailChange).toEqual({ profile: { email, pendingEmail: newEmail }, userErrors: [] });

    const confirmMail = await emailsTo(app.db, newEmail);
    expect(confirmMail.map((m) => m.template)).toEqual(['email-change-confirm']);
    expect(confirmMail[0].text).toMatch(/\/profile\/confirm-email\/[A-Za-z0-9_-]{43}/);
    const notice = (await emailsTo(app.db, email)).filter((m) => m.template === 'email-change-notice');
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toContain(newEmail);
    expect(notice[0].text).not.toContain('/profile/confirm-email/');
    // Nothing changes until the new address confirms.
    expect((await app.db.select().from(users).where(eq(users.id, user.id)))[0].email).toBe(email);
    expect((await memberRowsOf(user.id)).map((m) => m.email)).toEqual([email, email]);

    const token = await linkTokenFor(app.db, newEmail, '/profile/confirm-email/');
    const confirmed = await app.gql(ConfirmChange, { input: { token } });
    expect(confirmed.data?.confirmEmailChange).toEqual({ profile: { email: newEmail, firstName: 'Old', lastName: 'Name', pendingEmail: null }, userErrors: [] });
    const [account] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(account.email).toBe(newEmail);
    expect(account.emailVerified).not.toBeNull();
    expect((await memberRowsOf(user.id)).map((m) => m.email)).toEqual([newEmail, newEmail]);
    expect((await app.gql(MyProfile, {}, { cookie })).data?.myProfile).toMatchObject({ email: newEmail, pendingEmail: null });
    expect((await app.gql(Partnership, { id: partnershipId }, { cookie: managerCookie })).data?.partnership?.primaryContact?.email).toBe(newEmail);

    // The link works once.
    const before = await stateDigest(app.db);
    const reused = await app.gql(ConfirmChange, { input: { token } });
    expect(reused.data?.confirmEmailChange).toEqual({
      profile: null,
      userErrors: [{ field: ['token'], message: 'This confirmation link is not valid: it expired, was already used, or a newer one was sent.', code: 'INVALID' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
  });

  it('refuses an expired link (3 hours) and a link replaced by a newer request', async () => {
    const { user, cookie, email } = await partnerPerson();
    const first = unique('first');
    await app.gql(RequestChange, { input: { newEmail: first } }, { cookie });
    const [request] = await app.db.select().from(emailChangeRequests).where(eq(emailChangeRequests.userId, user.id));
    expect(request.expiresAt.getTime() - request.createdAt.getTime()).toBeGreaterThanOrEqual(3 * 3_600_000 - 1000);
    expect(request.expiresAt.getTime() - request.createdAt.getTime()).toBeLessThanOrEqual(3 * 3_600_000 + 1000);
    const firstToken = await linkTokenFor(app.db, first, '/profile/confirm-email/');

    await app.db.update(emailChangeRequests).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailChangeRequests.id, request.id));
    expect((await app.gql(MyProfile, {}, { cookie })).data?.myProfile.pendingEmail).toBeNull();
    let before = await stateDigest(app.db);
    const expired = await app.gql(ConfirmChange, { input: { token: firstToken } });
    expect(expired.data?.confirmEmailChange.userErrors).toEqual([expect.objectContaining({ field: ['token'], code: 'INVALID' })]);
    expect(await stateDigest(app.db)).toEqual(before);

    // A newer request replaces an older one that has not expired.
    const second = unique('second');
    const third = unique('third');
    await app.gql(RequestChange, { input: { newEmail: second } }, { cookie });
    const secondToken = await linkTokenFor(app.db, second, '/profile/confirm-email/');
    await app.gql(RequestChange, { input: { newEmail: third } }, { cookie });
    expect((await app.gql(MyProfile, {}, { cookie })).data?.myProfile.pendingEmail).toBe(third);
    before = await stateDigest(app.db);
    const replaced = await app.gql(ConfirmChange, { input: { token: secondToken } });
    expect(replaced.data?.confirmEmailChange.userErrors).toEqual([expect.objectContaining({ field: ['token'], code: 'INVALID' })]);
    expect(await stateDigest(app.db)).toEqual(before);
    expect((await app.db.select().from(users).where(eq(users.id, user.id)))[0].email).toBe(email);

    const latest = await app.gql(ConfirmChange, { input: { token: await linkTokenFor(app.db, third, '/profile/confirm-email/') } });
    expect(latest.data?.confirmEmailChange.profile?.email).toBe(third);
  });

  it('refuses an address another account uses, at request and at confirmation', async () => {
    const { cookie, email } = await partnerPerson();
    const other = await createUser(app.db, { email: unique('taken') });
    const requests = await countRows(app.db, emailChangeRequests);
    let before = await stateDigest(app.db);
    const taken = await app.gql(RequestChange, { input: { newEmail: other.email.toUpperCase() } }, { cookie });
    expect(taken.data?.requestEmailChange).toEqual({
      profile: null,
      userErrors: [{ field: ['newEmail'], message: 'Another Partnerly account uses this email address.', code: 'TAKEN' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await emailsTo(app.db, other.email)).toEqual([]);
    expect(await countRows(app.db, emailChangeRequests)).toBe(requests);

    const same = await app.gql(RequestChange, { input: { newEmail: email } }, { cookie });
    expect(same.data?.requestEmailChange.userErrors).toEqual([{ field: ['newEmail'], message: 'This is already your email address.', code: 'INVALID' }]);
    const bad = await app.gql(RequestChange, { input: { newEmail: 'not-an-email' } }, { cookie });
    expect(bad.data?.requestEmailChange.userErrors).toEqual([{ field: ['newEmail'], message: 'Enter a valid email address.', code: 'INVALID' }]);

    // Someone signs up with the address between the request and the confirmation.
    const later = unique('later');
    await app.gql(RequestChange, { input: { newEmail: later } }, { cookie });
    const token = await linkTokenFor(app.db, later, '/profile/confirm-email/');
    await createUser(app.db, { email: later });
    before = await stateDigest(app.db);
    const raced = await app.gql(ConfirmChange, { input: { token } });
    expect(raced.data?.confirmEmailChange).toEqual({
      profile: null,
      userErrors: [{ field: ['token'], message: 'Another Partnerly account now uses this email address.', code: 'TAKEN' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
  });

  it('is only for signed-in people', async () => {
    const before = await stateDigest(app.db);
    for (const res of [
      await app.gql(RequestChange, { input: { newEmail: unique('anon') } }),
      await app.gql(UpdateProfile, { input: { firstName: 'Anon', lastName: 'Ymous' } }),
      await app.gql(MyProfile, {}),
    ]) {
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await stateDigest(app.db)).toEqual(before);
  });
});

describe("a partner's name and email belong to the partner", () => {
  async function post(query: string, variables: Record<string, unknown>, cookie: string) {
    const response = await app.fetchGraphQL('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  }

  it('gives managers no way to change them: updateTeamMember has no name or email input', async () => {
    const { partnershipId, managerCookie, email } = await partnerPerson();
    const members = (await app.gql(Partnership, { id: partnershipId }, { cookie: managerCookie })).data!.partnership!.members;
    const memberId = members[0].member.id;
    const before = await stateDigest(app.db);

    for (const field of ['email: "hijack@evil.example"', 'firstName: "Mallory"', 'lastName: "Mallory"', 'name: "Mallory"']) {
      const inline = await post(
        `mutation { updateTeamMember(input: { partnershipId: "${partnershipId}", memberId: "${memberId}", ${field} }) { userErrors { message } } }`,
        {},
        managerCookie,
      );
      expect(inline.status).toBe(400);
      expect(inline.body.data).toBeUndefined();
      expect(inline.body.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(inline.body.errors?.[0].message).toContain(`Field "${field.split(':')[0]}" is not defined by type "UpdateTeamMemberInput"`);
    }
    const viaVariables = await post(
      'mutation ($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { userErrors { message } } }',
      { input: { partnershipId, memberId, email: 'hijack@evil.example' } },
      managerCookie,
    );
    expect(viaVariables.status).toBe(400);
    expect(viaVariables.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(viaVariables.body.errors?.[0].message).toContain('"email" is not defined by type "UpdateTeamMemberInput"');
    expect(await stateDigest(app.db)).toEqual(before);

    // What a manager may set: the role label, leaving the name and email as they were.
    const allowed = await app.gql(UpdateTeamMember, { input: { partnershipId, memberId, roleLabel: 'Partner manager' } }, { cookie: managerCookie });
    expect(allowed.data?.updateTeamMember).toEqual({ teamMember: { member: { email, firstName: 'Old', lastName: 'Name', roleLabel: 'Partner manager' } }, userErrors: [] });
  });
});
