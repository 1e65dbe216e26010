import { graphql } from '../src/gql';
import { ACCESS_LEVEL_PERMISSIONS, can, type AccessLevelValue } from '../src/server/partners/permissions';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager } from './support/factories';
import { createClaimedPartner } from './support/partners';

const AddPartner = graphql(`
  mutation TestPermissionsAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id invites { id status } }
      userErrors { field message code }
    }
  }
`);

const Approve = graphql(`
  mutation TestPermissionsApprove($input: PartnershipIdInput!) {
    approvePartnership(input: $input) {
      partnerProgram { status }
      userErrors { field message code }
    }
  }
`);

const ApproveAddition = graphql(`
  mutation TestPermissionsApproveAddition($input: InviteIdInput!) {
    approveMemberAddition(input: $input) {
      invite { status }
      userErrors { field message code }
    }
  }
`);

const MyPartners = graphql(`
  query TestPermissionsMyPartners {
    myPartners {
      accessLevel
      programs { canApprove }
      pendingAdditions { invite { id } }
    }
  }
`);

const LEVELS = ['OWNER', 'ADMIN', 'FINANCE', 'MEMBER'] as const satisfies readonly AccessLevelValue[];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the access levels, as the article defines them', () => {
  it('Owner has full access; Admin manages the team but cannot withdraw commissions; Finance exclusively manages and withdraws commissions; Member is basic', () => {
    expect(Object.keys(ACCESS_LEVEL_PERMISSIONS).sort()).toEqual([...LEVELS].sort());
    const permissions = Object.keys(ACCESS_LEVEL_PERMISSIONS.OWNER) as (keyof typeof ACCESS_LEVEL_PERMISSIONS.OWNER)[];
    for (const permission of permissions) expect([permission, can('OWNER', permission)]).toEqual([permission, true]);
    for (const permission of permissions) expect([permission, can('MEMBER', permission)]).toEqual([permission, false]);

    expect(can('ADMIN', 'manageTeam')).toBe(true);
    expect(can('ADMIN', 'approvePartnership')).toBe(true);
    expect(can('ADMIN', 'withdrawCommissions')).toBe(false);
    // Only the team owner approves additions to the team.
    expect(LEVELS.filter((level) => can(level, 'approveTeamAddition'))).toEqual(['OWNER']);
    // "Exclusively": besides the Owner's full access, no other level touches commissions.
    expect(LEVELS.filter((level) => can(level, 'withdrawCommissions'))).toEqual(['OWNER', 'FINANCE']);
    expect(LEVELS.filter((level) => can(level, 'manageCommissions'))).toEqual(['OWNER', 'FINANCE']);
    expect(LEVELS.filter((level) => can(level, 'manageTeam'))).toEqual(['OWNER', 'ADMIN']);
    expect(LEVELS.filter((level) => can(level, 'approvePartnership'))).toEqual(['OWNER', 'ADMIN']);
  });

  it('are what the partner area shows and what approvals allow, level by level', async () => {
    const ctx = await createProgramWithManager(app.db, { name: 'Permissions Program' });
    const stamp = Date.now().toString(36);
    const partner = await createClaimedPartner(
      app.db,
      'Levels Ltd',
      LEVELS.map((level) => ({ email: `${level.toLowerCase()}-${stamp}@permissions.example`, level })),
    );
    const added = await app.gql(
      AddPartner,
      {
        input: {
          programId: ctx.programId,
          email: partner.members.OWNER.email,
          existingPartnerId: partner.partnerId,
          members: [{ email: `newcomer-${stamp}@permissions.example`, firstName: 'New' }],
        },
      },
      { cookie: ctx.cookie },
    );
    expect(added.data?.addPartner.userErrors).toEqual([]);
    const partnershipId = added.data!.addPartner.partnership!.id;
    const [addition] = added.data!.addPartner.partnership!.invites;
    expect(addition.status).toBe('AWAITING_OWNER_APPROVAL');

    for (const level of LEVELS) {
      const mine = await app.gql(MyPartners, {}, { cookie: partner.members[level].cookie });
      expect([level, mine.data?.myPartners]).toEqual([
        level,
        [
          {
            accessLevel: level,
            programs: [{ canApprove: can(level, 'approvePartnership') }],
            pendingAdditions: can(level, 'approveTeamAddition') ? [{ invite: { id: addition.id } }] : [],
          },
        ],
      ]);
    }

    // Team additions: only the owner; the others are refused before anything changes.
    for (const level of ['MEMBER', 'FINANCE', 'ADMIN'] as const) {
      const refused = await app.gql(ApproveAddition, { input: { inviteId: addition.id } }, { cookie: partner.members[level].cookie });
      expect([level, refused.data, refused.errors?.map((e) => e.extensions?.code)]).toEqual([level, null, ['FORBIDDEN']]);
    }
    const approvedAddition = await app.gql(ApproveAddition, { input: { inviteId: addition.id } }, { cookie: partner.members.OWNER.cookie });
    expect(approvedAddition.data?.approveMemberAddition).toEqual({ invite: { status: 'HELD' }, userErrors: [] });

    // Partnerships: Owner or Admin; Finance and Member are refused.
    for (const level of ['MEMBER', 'FINANCE'] as const) {
      const refused = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members[level].cookie });
      expect([level, refused.data, refused.errors?.map((e) => e.extensions?.code)]).toEqual([level, null, ['FORBIDDEN']]);
      expect(refused.errors?.[0].message).toBe('Only Owner or Admin members of the partner can do this.');
    }
    const approved = await app.gql(Approve, { input: { partnershipId } }, { cookie: partner.members.ADMIN.cookie });
    expect(approved.data?.approvePartnership).toEqual({ partnerProgram: { status: 'ACTIVE' }, userErrors: [] });
  });
});
