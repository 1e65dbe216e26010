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
    await expectChecksToFollowTable('as defined');
  });

  it('are read by every check: a rearranged table changes what each level sees and may do', async () => {
    const saved = structuredClone(ACCESS_LEVEL_PERMISSIONS);
    const table = ACCESS_LEVEL_PERMISSIONS as unknown as Record<AccessLevelValue, Record<string, boolean>>;
    // Each level takes another's rights: a check with its own list of levels would disagree.
    Object.assign(table.OWNER, { approvePartnership: false, approveTeamAddition: false });
    Object.assign(table.ADMIN, { approvePartnership: false, approveTeamAddition: true });
    Object.assign(table.FINANCE, { approvePartnership: true, approveTeamAddition: true });
    Object.assign(table.MEMBER, { approvePartnership: true, approveTeamAddition: false });
    try {
      await expectChecksToFollowTable('rearranged');
    } finally {
      for (const level of LEVELS) Object.assign(table[level], saved[level]);
    }
    expect(can('OWNER', 'approvePartnership')).toBe(true);
  });
});

/**
 * A partner with one member of each level, in one program per level (a waiting partnership and a
 * member addition waiting for the owner in each); each level then acts on its own program's
 * partnership and addition. What every level is shown and allowed must be what the table says.
 */
async function expectChecksToFollowTable(label: string) {
  const stamp = `${label.replace(/\W/g, '')}-${Date.now().toString(36)}`;
  const partner = await createClaimedPartner(
    app.db,
    `Levels ${label}`,
    LEVELS.map((level) => ({ email: `${level.toLowerCase()}-${stamp}@permissions.example`, level })),
  );
  const waiting = new Map<AccessLevelValue, { partnershipId: string; additionId: string }>();
  for (const level of LEVELS) {
    const ctx = await createProgramWithManager(app.db, { name: `Permissions ${level}` });
    const added = await app.gql(
      AddPartner,
      {
        input: {
          programId: ctx.programId,
          email: partner.members.OWNER.email,
          existingPartnerId: partner.partnerId,
          members: [{ email: `newcomer-${level.toLowerCase()}-${stamp}@permissions.example`, firstName: 'New' }],
        },
      },
      { cookie: ctx.cookie },
    );
    expect(added.data?.addPartner.userErrors).toEqual([]);
    const [addition] = added.data!.addPartner.partnership!.invites;
    expect(addition.status).toBe('AWAITING_OWNER_APPROVAL');
    waiting.set(level, { partnershipId: added.data!.addPartner.partnership!.id, additionId: addition.id });
  }
  const additionIds = [...waiting.values()].map((w) => w.additionId).sort();

  for (const level of LEVELS) {
    const mine = await app.gql(MyPartners, {}, { cookie: partner.members[level].cookie });
    const [only] = mine.data?.myPartners ?? [];
    expect([label, level, only?.accessLevel, only?.programs.map((p) => p.canApprove), only?.pendingAdditions.map((a) => a.invite.id).sort()]).toEqual([
      label,
      level,
      level,
      LEVELS.map(() => can(level, 'approvePartnership')),
      can(level, 'approveTeamAddition') ? additionIds : [],
    ]);
  }

  for (const level of LEVELS) {
    const { partnershipId, additionId } = waiting.get(level)!;
    const cookie = partner.members[level].cookie;
    const addition = await app.gql(ApproveAddition, { input: { inviteId: additionId } }, { cookie });
    const partnership = await app.gql(Approve, { input: { partnershipId } }, { cookie });
    expect([label, level, addition.data?.approveMemberAddition ?? addition.errors?.map((e) => e.extensions?.code)]).toEqual([
      label,
      level,
      // The addition waits for the partnership too, so it is held rather than sent.
      can(level, 'approveTeamAddition') ? { invite: { status: 'HELD' }, userErrors: [] } : ['FORBIDDEN'],
    ]);
    expect([label, level, partnership.data?.approvePartnership ?? partnership.errors?.map((e) => e.extensions?.code)]).toEqual([
      label,
      level,
      can(level, 'approvePartnership') ? { partnerProgram: { status: 'ACTIVE' }, userErrors: [] } : ['FORBIDDEN'],
    ]);
    if (!can(level, 'approvePartnership')) {
      const names = LEVELS.filter((l) => can(l, 'approvePartnership')).map((l) => l[0] + l.slice(1).toLowerCase());
      expect(partnership.errors?.[0].message).toBe(`Only ${names.join(' or ')} members of the partner can do this.`);
    }
  }
}
