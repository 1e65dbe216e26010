import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { invites, partnerMembers, programs } from '../src/server/db/schema';
import { fromGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { emailsTo, invitesTo, inviteTokenFor, stateDigest } from './support/partners';

const AddPartner = graphql(`
  mutation TestClaimAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        partnerKey
      }
      userErrors { field message code }
    }
  }
`);

const Landing = graphql(`
  query TestClaimLanding($token: String!) {
    inviteLanding(token: $token) { status programName partnerName invitedByName email kind }
  }
`);

const Claim = graphql(`
  mutation TestClaimInvite($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { partnershipId programName groupName status partnerKey canApprove }
      userErrors { field message code }
    }
  }
`);

const Partnership = graphql(`
  query TestClaimPartnership($id: ID!) {
    partnership(id: $id) {
      status
      invited
      approvedAt
      partner { name claimed }
      primaryContact { email status }
      members { member { email accessLevel status } }
      invites { kind status email sentCount lastSentAt expiresAt claimedAt member { email } }
    }
  }
`);

const MyPartners = graphql(`
  query TestClaimMyPartners {
    myPartners {
      partner { name claimed }
      accessLevel
      programs { programName status canApprove }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@claim.example`;

/** A partner new to the network, added with one FINANCE and one MEMBER teammate whose invites wait for the claim. */
async function invitedPartner(options: { expiryDays?: number } = {}) {
  const ctx = await createProgramWithManager(app.db, { name: 'Acme Referral' });
  if (options.expiryDays) await app.db.update(programs).set({ inviteExpiryDays: options.expiryDays }).where(eq(programs.id, ctx.program.id));
  const email = unique('owner');
  const teammates = [unique('finance'), unique('member')];
  const res = await app.gql(
    AddPartner,
    {
      input: {
        programId: ctx.programId,
        email,
        firstName: 'Olive',
        lastName: 'Owner',
        companyName: 'Olive Media',
        members: [
          { email: teammates[0], firstName: 'Fin', accessLevel: 'FINANCE' },
          { email: teammates[1], firstName: 'Mo', accessLevel: 'MEMBER' },
        ],
      },
    },
    { cookie: ctx.cookie },
  );
  expect(res.data?.addPartner.userErrors).toEqual([]);
  const partnership = res.data!.addPartner.partnership!;
  return { ...ctx, email, teammates, partnershipId: partnership.id, partnerKey: partnership.partnerKey, token: await inviteTokenFor(app.db, email) };
}

async function partnershipAsManager(id: string, cookie: string) {
  const res = await app.gql(Partnership, { id }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.partnership!;
}

describe('the invite link', () => {
  it('shows the program, partner, inviter and invited address without changing anything', async () => {
    const { token, email, manager } = await invitedPartner();
    const before = await stateDigest(app.db);
    const res = await app.gql(Landing, { token });
    expect(res.data?.inviteLanding).toEqual({
      status: 'VALID',
      programName: 'Acme Referral',
      partnerName: 'Olive Media',
      invitedByName: manager.name,
      email,
      kind: 'PARTNER_CLAIM',
    });
    expect(await stateDigest(app.db)).toEqual(before);
  });

  it('says an unknown or malformed token is no longer valid, revealing nothing', async () => {
    for (const token of ['x'.repeat(43), '', 'y'.repeat(500)]) {
      const res = await app.gql(Landing, { token });
      expect(res.data?.inviteLanding).toEqual({ status: 'NO_LONGER_VALID', programName: null, partnerName: null, invitedByName: null, email: null, kind: null });
    }
  });
});

describe('claimInvite', () => {
  it('refuses a signed-in person whose email is not the invited one, naming both addresses, and changes nothing', async () => {
    const { token, email } = await invitedPartner();
    const other = await createUser(app.db, { email: unique('someone-else') });
    const before = await stateDigest(app.db);
    const res = await app.gql(Claim, { input: { token } }, { cookie: await signInAs(app.db, other.id) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.claimInvite.partnerProgram).toBeNull();
    const errors = res.data!.claimInvite.userErrors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: ['token'], code: 'INVALID' });
    expect(errors[0].message).toContain(email);
    expect(errors[0].message).toContain(other.email);
    expect(await stateDigest(app.db)).toEqual(before);
    expect((await app.gql(Landing, { token })).data?.inviteLanding.status).toBe('VALID');
  });

  it('lets the invited person (any letter case) claim: the partnership becomes active, the partner claimed and the held team invites are sent', async () => {
    const { token, email, teammates, partnershipId, partnerKey, cookie: managerCookie } = await invitedPartner();
    // Before the claim: invited flag, nothing sent to the teammates.
    const pending = await partnershipAsManager(partnershipId, managerCookie);
    expect(pending).toMatchObject({ status: 'PENDING_CLAIM', invited: true, approvedAt: null, partner: { claimed: false } });
    expect(pending.invites.filter((i) => i.kind === 'TEAM_JOIN').map((i) => i.status)).toEqual(['HELD', 'HELD']);
    for (const address of teammates) expect(await emailsTo(app.db, address)).toEqual([]);

    const invitee = await createUser(app.db, { email: email.toUpperCase(), name: 'Olive Owner' });
    const inviteeCookie = await signInAs(app.db, invitee.id);
    const res = await app.gql(Claim, { input: { token } }, { cookie: inviteeCookie });
    expect(res.errors).toBeUndefined();
    expect(res.data?.claimInvite).toEqual({
      partnerProgram: { partnershipId, programName: 'Acme Referral', groupName: 'Default', status: 'ACTIVE', partnerKey, canApprove: false },
      userErrors: [],
    });

    const claimed = await partnershipAsManager(partnershipId, managerCookie);
    expect(claimed).toMatchObject({ status: 'ACTIVE', invited: false, partner: { name: 'Olive Media', claimed: true }, primaryContact: { email, status: 'ACTIVE' } });
    expect(claimed.approvedAt).not.toBeNull();
    const byEmail = new Map(claimed.invites.map((i) => [i.email, i]));
    expect(byEmail.get(email)).toMatchObject({ kind: 'PARTNER_CLAIM', status: 'CLAIMED', member: { email } });
    expect(byEmail.get(email)!.claimedAt).not.toBeNull();
    for (const address of teammates) {
      expect(byEmail.get(address)).toMatchObject({ kind: 'TEAM_JOIN', status: 'SENT', sentCount: 1, member: { email: address } });
      const mail = await emailsTo(app.db, address);
      expect(mail.map((m) => [m.template, m.subject])).toEqual([['team-join-invite', 'Join Olive Media on Partnerly']]);
      const landing = await app.gql(Landing, { token: await inviteTokenFor(app.db, address) });
      expect(landing.data?.inviteLanding).toMatchObject({ status: 'VALID', kind: 'TEAM_JOIN', partnerName: 'Olive Media', email: address });
    }
    // The member row now belongs to the person who claimed it.
    const [member] = await app.db.select().from(partnerMembers).where(sql`lower(${partnerMembers.email}) = ${email}`);
    expect(member).toMatchObject({ userId: invitee.id, status: 'ACTIVE', accessLevel: 'OWNER' });
    // And the partner area lists the program for them.
    const mine = await app.gql(MyPartners, {}, { cookie: inviteeCookie });
    expect(mine.data?.myPartners).toEqual([
      { partner: { name: 'Olive Media', claimed: true }, accessLevel: 'OWNER', programs: [{ programName: 'Acme Referral', status: 'ACTIVE', canApprove: false }] },
    ]);

    // Single use: a second claim, even by the same person, is a conflict and changes nothing.
    const before = await stateDigest(app.db);
    const again = await app.gql(Claim, { input: { token } }, { cookie: inviteeCookie });
    expect(again.data?.claimInvite.partnerProgram).toBeNull();
    expect(again.data?.claimInvite.userErrors).toEqual([{ field: ['token'], message: 'This invite has already been claimed.', code: 'CONFLICT' }]);
    expect(await stateDigest(app.db)).toEqual(before);
    expect((await app.gql(Landing, { token })).data?.inviteLanding.status).toBe('CLAIMED');
    for (const address of teammates) expect(await emailsTo(app.db, address)).toHaveLength(1);
  });

  it('lets a teammate claim the released TEAM_JOIN invite with the access level the manager chose', async () => {
    const { token, email, teammates } = await invitedPartner();
    const owner = await createUser(app.db, { email });
    await app.gql(Claim, { input: { token } }, { cookie: await signInAs(app.db, owner.id) });
    const finance = await createUser(app.db, { email: teammates[0] });
    const financeCookie = await signInAs(app.db, finance.id);
    const res = await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, teammates[0]) } }, { cookie: financeCookie });
    expect(res.data?.claimInvite.userErrors).toEqual([]);
    expect(res.data?.claimInvite.partnerProgram).toMatchObject({ status: 'ACTIVE', canApprove: false });
    const mine = await app.gql(MyPartners, {}, { cookie: financeCookie });
    expect(mine.data?.myPartners.map((p) => [p.partner.name, p.accessLevel])).toEqual([['Olive Media', 'FINANCE']]);
  });

  it('asks an anonymous caller to sign in and changes nothing', async () => {
    const { token } = await invitedPartner();
    const before = await stateDigest(app.db);
    const res = await app.gql(Claim, { input: { token } });
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await stateDigest(app.db)).toEqual(before);
    expect((await app.gql(Landing, { token })).data?.inviteLanding.status).toBe('VALID');
  });

  it('gives exactly one of 20 concurrent claims of one token the invite', async () => {
    const { token, email, teammates, partnershipId, cookie: managerCookie } = await invitedPartner();
    const invitee = await createUser(app.db, { email });
    const cookies = await Promise.all(Array.from({ length: 20 }, () => signInAs(app.db, invitee.id)));
    const results = await Promise.all(cookies.map((cookie) => app.gql(Claim, { input: { token } }, { cookie })));
    for (const r of results) expect(r.errors).toBeUndefined();
    const wins = results.filter((r) => r.data?.claimInvite.partnerProgram);
    const losses = results.filter((r) => r.data?.claimInvite.userErrors.length);
    expect(wins).toHaveLength(1);
    expect(wins[0].data?.claimInvite).toMatchObject({ partnerProgram: { status: 'ACTIVE' }, userErrors: [] });
    expect(losses).toHaveLength(19);
    for (const r of losses) {
      expect(r.data?.claimInvite.partnerProgram).toBeNull();
      expect(r.data?.claimInvite.userErrors).toEqual([{ field: ['token'], message: 'This invite has already been claimed.', code: 'CONFLICT' }]);
    }
    const rows = await invitesTo(app.db, email);
    expect(rows.map((r) => [r.kind, r.status, r.claimedById])).toEqual([['PARTNER_CLAIM', 'CLAIMED', invitee.id]]);
    const partnershipInvites = await app.db.select().from(invites).where(eq(invites.partnershipId, fromGlobalId('Partnership', partnershipId)!));
    expect(partnershipInvites.filter((i) => i.status === 'CLAIMED')).toHaveLength(1);
    expect(partnershipInvites.filter((i) => i.kind === 'TEAM_JOIN').map((i) => [i.status, i.sentCount])).toEqual([
      ['SENT', 1],
      ['SENT', 1],
    ]);
    // One set of released emails, whatever the number of attempts.
    for (const address of teammates) expect((await emailsTo(app.db, address)).map((m) => m.template)).toEqual(['team-join-invite']);
    expect((await partnershipAsManager(partnershipId, managerCookie)).status).toBe('ACTIVE');
  });
});

describe('invite expiry', () => {
  it('sets expires_at from the program invite_expiry_days (default 14)', async () => {
    for (const [expiryDays, expected] of [
      [undefined, 14],
      [3, 3],
    ] as const) {
      const { email } = await invitedPartner({ expiryDays });
      const [invite] = await invitesTo(app.db, email);
      expect(invite.expiresAt!.getTime() - invite.lastSentAt!.getTime()).toBe(expected * 86_400_000);
      expect(Math.abs(invite.lastSentAt!.getTime() - Date.now())).toBeLessThan(60_000);
      const [mail] = await emailsTo(app.db, email);
      expect(mail.text).toContain(`expires in ${expected} days`);
    }
  });

  it('shows an expired link as EXPIRED and refuses to claim it', async () => {
    const { token, email, partnershipId, cookie: managerCookie, teammates } = await invitedPartner();
    await app.db.update(invites).set({ expiresAt: new Date(Date.now() - 60_000) }).where(sql`lower(${invites.email}) = ${email}`);
    const landing = await app.gql(Landing, { token });
    expect(landing.data?.inviteLanding).toMatchObject({ status: 'EXPIRED', email, kind: 'PARTNER_CLAIM' });

    const invitee = await createUser(app.db, { email });
    const before = await stateDigest(app.db);
    const res = await app.gql(Claim, { input: { token } }, { cookie: await signInAs(app.db, invitee.id) });
    expect(res.data?.claimInvite.partnerProgram).toBeNull();
    expect(res.data?.claimInvite.userErrors).toEqual([{ field: ['token'], message: 'This invite has expired. Ask the program manager to resend it.', code: 'INVALID' }]);
    expect(await stateDigest(app.db)).toEqual(before);
    const partnership = await partnershipAsManager(partnershipId, managerCookie);
    expect(partnership).toMatchObject({ status: 'PENDING_CLAIM', invited: true, partner: { claimed: false } });
    expect(partnership.invites.find((i) => i.email === email)?.status).toBe('EXPIRED');
    for (const address of teammates) expect(await emailsTo(app.db, address)).toEqual([]);
  });
});
