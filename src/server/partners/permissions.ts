import type { MemberRow } from './rules';

export type AccessLevelValue = MemberRow['accessLevel'];

/**
 * What each access level of a partner's team may do, as the article defines them: Owner has full
 * access; Admin manages team settings and user permissions but cannot withdraw commissions;
 * Finance exclusively manages and withdraws commissions; Member has basic access. Approving
 * partnerships is the Owner's or an Admin's; approving additions to the team is the owner's.
 * Writing to and reading the message threads with programs is the Owner's and Admins' (they
 * speak for the partner; Finance and Member people do not). So is the partner's network profile
 * and its application to the network: what the whole network is told about the partner.
 * Every check reads this table through `can`, at call time (no list derived from it is kept), so
 * the table alone decides.
 *
 * manageTeam and the commission rows are read by no check yet: the partner side has no team
 * settings and the product has no commissions. A partner's team is changed by program managers
 * (programs/access), and a member a program adds awaits the owner (approveTeamAddition). The rows
 * say what those features are to check when they come.
 */
export const ACCESS_LEVEL_PERMISSIONS = {
  OWNER: { approvePartnership: true, approveTeamAddition: true, manageTeam: true, manageCommissions: true, withdrawCommissions: true, messagePrograms: true, manageNetworkProfile: true },
  ADMIN: { approvePartnership: true, approveTeamAddition: false, manageTeam: true, manageCommissions: false, withdrawCommissions: false, messagePrograms: true, manageNetworkProfile: true },
  FINANCE: { approvePartnership: false, approveTeamAddition: false, manageTeam: false, manageCommissions: true, withdrawCommissions: true, messagePrograms: false, manageNetworkProfile: false },
  MEMBER: { approvePartnership: false, approveTeamAddition: false, manageTeam: false, manageCommissions: false, withdrawCommissions: false, messagePrograms: false, manageNetworkProfile: false },
} as const satisfies Record<AccessLevelValue, Record<string, boolean>>;

export type PartnerPermission = keyof (typeof ACCESS_LEVEL_PERMISSIONS)[AccessLevelValue];

export function can(level: AccessLevelValue, permission: PartnerPermission): boolean {
  return ACCESS_LEVEL_PERMISSIONS[level][permission];
}

/** The access levels that have a permission, in the table's order (for messages). */
export function levelsThatCan(permission: PartnerPermission): AccessLevelValue[] {
  return (Object.keys(ACCESS_LEVEL_PERMISSIONS) as AccessLevelValue[]).filter((level) => can(level, permission));
}
