import { graphql } from '../src/gql';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser, signInAs } from './support/factories';
import { createClaimedPartner, emailsTo, invitesTo, inviteTokenFor, stateDigest } from './support/partners';

const AddPartner = graphql(`
  mutation TestApprovalsAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
        status
        invites { id status email }
      }
      userErrors { field message code }
    }
  }
`);

const Approve = graphql(`
  mutation TestApprovalsApprove($input: PartnershipIdInput!) {
    approvePartnership(input: $input) {
      partnerProgram { partnershipId programName groupName status partnerKey canApprove }
      userErrors { field message code }
    }
  }
`);

const Decline = graphql(`
  mutation TestApprovalsDecline($input: PartnershipIdInput!) {
    declinePartnership(input: $input) {
      partnerProgram { partnershipId programName status canApprove }
      userErrors { field message code }
    }
  }
`);

const AddMembers = graphql(`
  mutation TestApprovalsAddMembers($input: AddPartnerMembersInput!) {
    addPartnerMembers(input: $input) {
      invites { id kind status email member { email accessLevel status } }
      userErrors { field message code }
    }
  }
`);

const ApproveAddition = graphql(`
  mutation TestApprovalsApproveAddition($input: InviteIdInput!) {
    approveMemberAddition(input: $input) {
      invite { id status email sentCount member { email status } }
      userErrors { field message code }
    }
  }
`);

const DeclineAddition = graphql(`
  mutation TestApprovalsDeclineAddition($input: InviteIdInput!) {
    declineMemberAddition(input: $input) {
      invite { id status email member { email status } }
      userErrors { field message code }
    }
  }
`);

const Partnership = graphql(`
  query TestApprovalsPartnership($id: ID!) {
    partnership(id: $id) {
      status
      invited
      approvedAt
      members { member { email accessLevel status } }
      invites { id kind status email sentCount }
    }
  }
`);

const MyPartners = graphql(`
  query TestApprovalsMyPartners {
    myPartners {
      partner { name }
      accessLevel
      programs { partnershipId programName status canApprove }
      team { email status }
      pendingAdditions { programName invitedByName invite { id email status } }
    }
  }
`);

const Claim = graphql(`
  mutation TestApprovalsClaim($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram { status }
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
const unique = (label: string) => `${label}-${Date.now().toString(36)}${++sequence}@approvals.example`;
const accessCode = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => e.extensions?.code);

async function claimedPartner(name: string) {
  return createClaimedPartner(app.db, name, [
    { email: unique('owner'), level: 'OWNER' },
    { email: unique('admin'), level: 'ADMIN' },
    { email: unique('finance'), level: 'FINANCE' },
    { email: unique('member'), level: 'MEMBER' },
  ]);
}

/** A program manager asks an existing partner to join; the partnership waits for the partner's approval. */
async function pendingPartnership(options: { newMembers?: string[] } = {}) {
  const ctx = await createProgramWithManager(app.db, { name: 'Zeta Program' });
  const partner = await claimedPartner('Known Partner');
  const res = await app.gql(
    AddPartner,
    {
      input: {
        programId: ctx.programId,
        email: partner.members.OWNER.email,
        existingPartnerId: partner.partnerId,
        members: (options.newMembers ?? []).map((email) => ({ email, firstName: 'New' })),
      },
    },
    { cookie: ctx.cookie },
  );
  expect(res.data?.addPartner.userErrors).toEqual([]);
  const partnership = res.data!.addPartner.partnership!;
  expect(partnership.status).toBe('PENDING_APPROVAL');
  return { ...ctx, partner, partnershipId: partnership.id, invites: partnership.invites };
}

/** An existing partner whose partnership is approved (ACTIVE). */
async function activePartnership() {
  const pending = await pendingPartnership();
  const res = await app.gql(Approve, { input: { partnershipId: pending.partnershipId } }, { cookie: pending.partner.members.OWNER.cookie });
  expect(res.data?.approvePartnership.partnerProgram?.status).toBe('ACTIVE');
  return pending;
}

describe('approvePartnership and declinePartnership', () => {
  it('lets the Owner approve: active, no longer invited, the manager is told; a second approval conflicts', async () => {
    const { partner, partnershipId, cookie, manager } = await pendingPartnership();
    const res = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.OWNER.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data?.approvePartnership).toEqual({
      partnerProgram: { partnershipId, programName: 'Zeta Program', groupName: 'Default', status: 'ACTIVE', partnerKey: expect.any(String), canApprove: false },
      userErrors: [],
    });
    const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(seen).toMatchObject({ status: 'ACTIVE', invited: false });
    expect(seen.approvedAt).not.toBeNull();
    const mail = await emailsTo(app.db, manager.email);
    expect(mail.map((m) => [m.template, m.subject])).toEqual([['partnership-approved', 'Known Partner approved the partnership with Zeta Program']]);
    expect(mail[0].text).toContain(`/partners/${partnershipId}`);

    const before = await stateDigest(app.db);
    const again = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.ADMIN.cookie });
    expect(again.data?.approvePartnership).toEqual({
      partnerProgram: null,
      userErrors: [{ field: ['partnershipId'], message: 'This partnership is already approved.', code: 'CONFLICT' }],
    });
    const decline = await app.gql(Decline, { input: { partnershipId } }, { cookie: partner.members.OWNER.cookie });
    expect(decline.data?.declinePartnership.userErrors).toEqual([{ field: ['partnershipId'], message: 'This partnership is already approved.', code: 'CONFLICT' }]);
    expect(await stateDigest(app.db)).toEqual(before);
  });

  it('lets an Admin approve', async () => {
    const { partner, partnershipId, cookie } = await pendingPartnership();
    const res = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.ADMIN.cookie });
    expect(res.data?.approvePartnership).toMatchObject({ partnerProgram: { partnershipId, status: 'ACTIVE', canApprove: false }, userErrors: [] });
    expect((await app.gql(Partnership, { id: partnershipId }, { cookie })).data?.partnership?.status).toBe('ACTIVE');
  });

  it('refuses Finance and Member (FORBIDDEN) and people of another partner (NOT_FOUND), changing nothing', async () => {
    const { partner, partnershipId, cookie } = await pendingPartnership();
    const stranger = await claimedPartner('Stranger Co');
    const cases = [
      ['FINANCE', partner.members.FINANCE.cookie, 'FORBIDDEN'],
      ['MEMBER', partner.members.MEMBER.cookie, 'FORBIDDEN'],
      ['other OWNER', stranger.members.OWNER.cookie, 'NOT_FOUND'],
      ['other ADMIN', stranger.members.ADMIN.cookie, 'NOT_FOUND'],
    ] as const;
    for (const [who, callerCookie, code] of cases) {
      for (const document of [Approve, Decline] as const) {
        const before = await stateDigest(app.db);
        const res = await app.gql(document as typeof Approve, { input: { partnershipId } }, { cookie: callerCookie });
        expect([who, res.data, accessCode(res)]).toEqual([who, null, [code]]);
        expect(await stateDigest(app.db)).toEqual(before);
      }
    }
    expect((await app.gql(Partnership, { id: partnershipId }, { cookie })).data?.partnership).toMatchObject({ status: 'PENDING_APPROVAL', invited: true });
  });

  it('lets the Owner or an Admin decline: declined, waiting member invites revoked, the manager told, the program gone from the partner area', async () => {
    for (const level of ['OWNER', 'ADMIN'] as const) {
      const newbie = unique('newbie');
      const { partner, partnershipId, cookie, manager, invites } = await pendingPartnership({ newMembers: [newbie] });
      expect(invites).toEqual([expect.objectContaining({ email: newbie, status: 'AWAITING_OWNER_APPROVAL' })]);
      const res = await app.gql(Decline, { input: { partnershipId } }, { cookie: partner.members[level].cookie });
      expect(res.data?.declinePartnership).toEqual({
        partnerProgram: { partnershipId, programName: 'Zeta Program', status: 'DECLINED', canApprove: false },
        userErrors: [],
      });
      const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
      expect(seen.status).toBe('DECLINED');
      expect(seen.invites.map((i) => [i.email, i.status])).toEqual([[newbie, 'REVOKED']]);
      expect((await emailsTo(app.db, manager.email)).map((m) => [m.template, m.subject])).toEqual([
        ['partnership-declined', 'Known Partner declined the partnership with Zeta Program'],
      ]);
      expect(await emailsTo(app.db, newbie)).toEqual([]);
      const mine = await app.gql(MyPartners, {}, { cookie: partner.members.OWNER.cookie });
      expect(mine.data?.myPartners[0].programs).toEqual([]);
      const again = await app.gql(Decline, { input: { partnershipId } }, { cookie: partner.members.OWNER.cookie });
      expect(again.data?.declinePartnership.userErrors).toEqual([{ field: ['partnershipId'], message: 'This partnership is not waiting for approval.', code: 'CONFLICT' }]);
    }
  });

  it('sends the invites an owner approved while the partnership waited, once the partnership is approved', async () => {
    const newbie = unique('newbie');
    const { partner, partnershipId, cookie, invites } = await pendingPartnership({ newMembers: [newbie] });
    const [waiting] = invites;

    const approved = await app.gql(ApproveAddition, { input: { inviteId: waiting.id } }, { cookie: partner.members.OWNER.cookie });
    expect(approved.data?.approveMemberAddition).toEqual({
      invite: { id: waiting.id, status: 'HELD', email: newbie, sentCount: 0, member: { email: newbie, status: 'INVITED' } },
      userErrors: [],
    });
    expect(await emailsTo(app.db, newbie)).toEqual([]);

    const res = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.ADMIN.cookie });
    expect(res.data?.approvePartnership.userErrors).toEqual([]);
    const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(seen.invites).toEqual([{ id: waiting.id, kind: 'TEAM_JOIN', status: 'SENT', email: newbie, sentCount: 1 }]);
    expect((await emailsTo(app.db, newbie)).map((m) => [m.template, m.subject])).toEqual([['team-join-invite', 'Join Known Partner on Partnerly']]);

    // The newcomer can now claim and join the team as a Member.
    const user = await createUser(app.db, { email: newbie });
    const userCookie = await signInAs(app.db, user.id);
    const claim = await app.gql(Claim, { input: { token: await inviteTokenFor(app.db, newbie) } }, { cookie: userCookie });
    expect(claim.data?.claimInvite).toEqual({ partnerProgram: { status: 'ACTIVE' }, userErrors: [] });
    const mine = await app.gql(MyPartners, {}, { cookie: userCookie });
    expect(mine.data?.myPartners.map((p) => [p.partner.name, p.accessLevel])).toEqual([['Known Partner', 'MEMBER']]);
  });
});

describe('member additions', () => {
  it('asks the owner of a claimed partner to approve each new member; nobody else hears of it yet', async () => {
    const { partner, partnershipId, cookie } = await activePartnership();
    const newcomer = unique('newcomer');
    const res = await app.gql(
      AddMembers,
      { input: { partnershipId, members: [{ email: newcomer, firstName: 'Nora', lastName: 'New', accessLevel: 'ADMIN', roleLabel: 'Sales' }] } },
      { cookie },
    );
    expect(res.data?.addPartnerMembers.userErrors).toEqual([]);
    // An existing partner's team sets its own levels: the member starts as MEMBER.
    expect(res.data?.addPartnerMembers.invites).toEqual([
      { id: expect.any(String), kind: 'TEAM_JOIN', status: 'AWAITING_OWNER_APPROVAL', email: newcomer, member: { email: newcomer, accessLevel: 'MEMBER', status: 'AWAITING_OWNER_APPROVAL' } },
    ]);
    const ownerMail = await emailsTo(app.db, partner.members.OWNER.email);
    const request = ownerMail.filter((m) => m.template === 'member-addition-request');
    expect(request.map((m) => m.subject)).toEqual(['Approve Nora New joining Known Partner']);
    expect(request[0].text).toContain(newcomer);
    for (const level of ['ADMIN', 'FINANCE', 'MEMBER'] as const) {
      expect((await emailsTo(app.db, partner.members[level].email)).filter((m) => m.template === 'member-addition-request')).toEqual([]);
    }
    expect(await emailsTo(app.db, newcomer)).toEqual([]);
  });

  it('holds the invites of members added to a partner that has not claimed its account', async () => {
    const ctx = await createProgramWithManager(app.db);
    const owner = unique('unclaimed-owner');
    const added = await app.gql(AddPartner, { input: { programId: ctx.programId, email: owner, companyName: 'Unclaimed Co' } }, { cookie: ctx.cookie });
    const partnershipId = added.data!.addPartner.partnership!.id;
    const later = unique('later');
    const res = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: later, accessLevel: 'FINANCE' }] } }, { cookie: ctx.cookie });
    expect(res.data?.addPartnerMembers.invites).toEqual([
      { id: expect.any(String), kind: 'TEAM_JOIN', status: 'HELD', email: later, member: { email: later, accessLevel: 'FINANCE', status: 'INVITED' } },
    ]);
    expect(await emailsTo(app.db, later)).toEqual([]);
    expect((await emailsTo(app.db, owner)).map((m) => m.template)).toEqual(['partner-invite']);
  });

  it('lets only the Owner approve: the invite is then sent to the member', async () => {
    const { partner, partnershipId, cookie } = await activePartnership();
    const stranger = await claimedPartner('Stranger Co');
    const newcomer = unique('newcomer');
    const added = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: newcomer, firstName: 'Ned' }] } }, { cookie });
    const inviteId = added.data!.addPartnerMembers.invites[0].id;

    const refusals = [
      ['ADMIN', partner.members.ADMIN.cookie, 'FORBIDDEN'],
      ['FINANCE', partner.members.FINANCE.cookie, 'FORBIDDEN'],
      ['MEMBER', partner.members.MEMBER.cookie, 'FORBIDDEN'],
      ['other OWNER', stranger.members.OWNER.cookie, 'NOT_FOUND'],
    ] as const;
    for (const [who, callerCookie, code] of refusals) {
      for (const document of [ApproveAddition, DeclineAddition] as const) {
        const before = await stateDigest(app.db);
        const res = await app.gql(document as typeof ApproveAddition, { input: { inviteId } }, { cookie: callerCookie });
        expect([who, res.data, accessCode(res)]).toEqual([who, null, [code]]);
        expect(await stateDigest(app.db)).toEqual(before);
      }
    }
    const forbidden = await app.gql(ApproveAddition, { input: { inviteId } }, { cookie: partner.members.ADMIN.cookie });
    expect(forbidden.errors?.[0].message).toBe('Only Owner members of the partner can do this.');

    const res = await app.gql(ApproveAddition, { input: { inviteId } }, { cookie: partner.members.OWNER.cookie });
    expect(res.data?.approveMemberAddition).toEqual({
      invite: { id: inviteId, status: 'SENT', email: newcomer, sentCount: 1, member: { email: newcomer, status: 'INVITED' } },
      userErrors: [],
    });
    const mail = await emailsTo(app.db, newcomer);
    expect(mail.map((m) => [m.template, m.subject])).toEqual([['team-join-invite', 'Join Known Partner on Partnerly']]);
    expect(mail[0].text).toContain('Hi Ned,');
    expect((await invitesTo(app.db, newcomer)).map((i) => i.status)).toEqual(['SENT']);

    const before = await stateDigest(app.db);
    const again = await app.gql(ApproveAddition, { input: { inviteId } }, { cookie: partner.members.OWNER.cookie });
    expect(again.data?.approveMemberAddition).toEqual({
      invite: null,
      userErrors: [{ field: ['inviteId'], message: 'This addition has already been decided.', code: 'CONFLICT' }],
    });
    expect(await stateDigest(app.db)).toEqual(before);
  });

  it('lets the Owner decline: the invite is declined, the member removed and never emailed', async () => {
    const { partner, partnershipId, cookie } = await activePartnership();
    const newcomer = unique('declined');
    const added = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: newcomer }] } }, { cookie });
    const inviteId = added.data!.addPartnerMembers.invites[0].id;
    const res = await app.gql(DeclineAddition, { input: { inviteId } }, { cookie: partner.members.OWNER.cookie });
    expect(res.data?.declineMemberAddition).toEqual({ invite: { id: inviteId, status: 'DECLINED', email: newcomer, member: { email: newcomer, status: 'REMOVED' } }, userErrors: [] });
    const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(seen.members.map((m) => m.member.email)).not.toContain(newcomer);
    expect(seen.invites.find((i) => i.id === inviteId)?.status).toBe('DECLINED');
    expect(await emailsTo(app.db, newcomer)).toEqual([]);
    const approveLater = await app.gql(ApproveAddition, { input: { inviteId } }, { cookie: partner.members.OWNER.cookie });
    expect(approveLater.data?.approveMemberAddition.userErrors).toEqual([{ field: ['inviteId'], message: 'This addition has already been decided.', code: 'CONFLICT' }]);
  });
});

describe('people who were turned away can be added again', () => {
  it('a member the Owner declined can be added again and is asked about afresh', async () => {
    const { partner, partnershipId, cookie } = await activePartnership();
    const person = unique('second-chance');
    const first = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: person, firstName: 'Sam' }] } }, { cookie });
    await app.gql(DeclineAddition, { input: { inviteId: first.data!.addPartnerMembers.invites[0].id } }, { cookie: partner.members.OWNER.cookie });

    const again = await app.gql(AddMembers, { input: { partnershipId, members: [{ email: person, firstName: 'Sam', lastName: 'Again' }] } }, { cookie });
    expect(again.errors).toBeUndefined();
    expect(again.data?.addPartnerMembers.userErrors).toEqual([]);
    const [invite] = again.data!.addPartnerMembers.invites;
    expect(invite).toMatchObject({ status: 'AWAITING_OWNER_APPROVAL', email: person, member: { email: person, status: 'AWAITING_OWNER_APPROVAL' } });
    expect((await emailsTo(app.db, partner.members.OWNER.email)).filter((m) => m.template === 'member-addition-request').map((m) => m.subject)).toEqual([
      'Approve Sam Again joining Known Partner',
      'Approve Sam joining Known Partner',
    ]);
    const seen = (await app.gql(Partnership, { id: partnershipId }, { cookie })).data!.partnership!;
    expect(seen.members.filter((m) => m.member.email === person).map((m) => m.member.status)).toEqual(['AWAITING_OWNER_APPROVAL']);
    expect(seen.invites.filter((i) => i.email === person).map((i) => i.status)).toEqual(['AWAITING_OWNER_APPROVAL', 'DECLINED']);

    const approved = await app.gql(ApproveAddition, { input: { inviteId: invite.id } }, { cookie: partner.members.OWNER.cookie });
    expect(approved.data?.approveMemberAddition.invite).toMatchObject({ status: 'SENT', member: { status: 'INVITED' } });
    expect((await emailsTo(app.db, person)).map((m) => m.template)).toEqual(['team-join-invite']);
  });

  it('declining a partnership takes its never-joined newcomers off the team; re-adding the partner asks the Owner about them again', async () => {
    const newbie = unique('newbie');
    const { partner, partnershipId, programId, cookie } = await pendingPartnership({ newMembers: [newbie] });
    await app.gql(Decline, { input: { partnershipId } }, { cookie: partner.members.OWNER.cookie });
    const team = (await app.gql(MyPartners, {}, { cookie: partner.members.OWNER.cookie })).data!.myPartners[0].team;
    expect(team.map((m) => m.email)).not.toContain(newbie);
    expect(team).toHaveLength(4);

    const readd = await app.gql(
      AddPartner,
      { input: { programId, email: partner.members.OWNER.email, existingPartnerId: partner.partnerId, members: [{ email: newbie, firstName: 'New' }] } },
      { cookie },
    );
    expect(readd.data?.addPartner.userErrors).toEqual([]);
    expect(readd.data?.addPartner.partnership?.invites).toEqual([{ id: expect.any(String), status: 'AWAITING_OWNER_APPROVAL', email: newbie }]);
    const mine = (await app.gql(MyPartners, {}, { cookie: partner.members.OWNER.cookie })).data!.myPartners[0];
    expect(mine.pendingAdditions.map((p) => p.invite.email)).toEqual([newbie]);
    expect(mine.team.find((m) => m.email === newbie)?.status).toBe('AWAITING_OWNER_APPROVAL');
  });
});

describe('myPartners', () => {
  it('shows pending additions to the Owner only, and which pending programs each level may approve', async () => {
    const newbie = unique('pending');
    const { partner, partnershipId, manager } = await pendingPartnership({ newMembers: [newbie] });
    const view = async (level: 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER') => {
      const res = await app.gql(MyPartners, {}, { cookie: partner.members[level].cookie });
      expect(res.errors).toBeUndefined();
      return res.data!.myPartners;
    };

    const owner = await view('OWNER');
    expect(owner).toHaveLength(1);
    expect(owner[0]).toMatchObject({ partner: { name: 'Known Partner' }, accessLevel: 'OWNER' });
    expect(owner[0].programs).toEqual([{ partnershipId, programName: 'Zeta Program', status: 'PENDING_APPROVAL', canApprove: true }]);
    expect(owner[0].pendingAdditions).toEqual([
      { programName: 'Zeta Program', invitedByName: manager.name, invite: { id: expect.any(String), email: newbie, status: 'AWAITING_OWNER_APPROVAL' } },
    ]);

    const admin = await view('ADMIN');
    expect(admin[0].programs.map((p) => p.canApprove)).toEqual([true]);
    expect(admin[0].pendingAdditions).toEqual([]);
    for (const level of ['FINANCE', 'MEMBER'] as const) {
      const mine = await view(level);
      expect(mine[0]).toMatchObject({ accessLevel: level, pendingAdditions: [] });
      expect(mine[0].programs).toEqual([{ partnershipId, programName: 'Zeta Program', status: 'PENDING_APPROVAL', canApprove: false }]);
    }

    // Someone outside the partner sees none of it.
    const outsider = await createUser(app.db);
    const none = await app.gql(MyPartners, {}, { cookie: await signInAs(app.db, outsider.id) });
    expect(none.data?.myPartners).toEqual([]);

    // Once decided, nothing is left to approve.
    await app.gql(ApproveAddition, { input: { inviteId: owner[0].pendingAdditions[0].invite.id } }, { cookie: partner.members.OWNER.cookie });
    await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.OWNER.cookie });
    const after = await view('OWNER');
    expect(after[0].programs).toEqual([{ partnershipId, programName: 'Zeta Program', status: 'ACTIVE', canApprove: false }]);
    expect(after[0].pendingAdditions).toEqual([]);
  });
});
