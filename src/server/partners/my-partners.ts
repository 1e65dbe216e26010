import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { groups, invites, partnerMembers, partners, partnerships, programs, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import type { InviteRow } from '../invites/rules';
import { INVITE_STATUS } from '../invites/rules';
import { MEMBER_STATUS } from '../members/rules';
import { PARTNER_VISIBLE_PARTNERSHIP_STATUSES, PARTNERSHIP_STATUS } from '../partnerships/rules';
import { can } from './permissions';
import type { MemberRow, PartnerRow } from './rules';

export interface PartnerProgram {
  partnershipId: string;
  programName: string;
  groupName: string;
  status: (typeof partnerships.$inferSelect)['status'];
  partnerKey: string;
  canApprove: boolean;
}

export interface PendingAddition {
  invite: InviteRow;
  programName: string;
  invitedByName: string | null;
}

export interface MyPartner {
  partner: PartnerRow;
  accessLevel: MemberRow['accessLevel'];
  programs: PartnerProgram[];
  team: MemberRow[];
  pendingAdditions: PendingAddition[];
}

const inviter = alias(users, 'inviter');

/**
 * The signed-in person's partner organisations with their programs, teams and, for owners, the
 * member additions to approve. Removed partnerships are not shown: a removed partner no longer
 * sees the program. Four statements, whatever the number of partners.
 */
export async function listMyPartners(db: Database, viewer: Viewer): Promise<MyPartner[]> {
  if (viewer.kind !== 'user' || viewer.partnerIds.length === 0) return [];
  const memberships = await db
    .select({ partner: partners, accessLevel: partnerMembers.accessLevel })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .where(and(eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)))
    .orderBy(asc(partners.name));
  const partnerIds = memberships.map((m) => m.partner.id);
  if (partnerIds.length === 0) return [];
  const [programRows, team, pending] = await Promise.all([
    db
      .select({
        partnerId: partnerships.partnerId,
        partnershipId: partnerships.id,
        programName: programs.name,
        groupName: groups.name,
        status: partnerships.status,
        partnerKey: partnerships.partnerKey,
      })
      .from(partnerships)
      .innerJoin(programs, eq(programs.id, partnerships.programId))
      .innerJoin(groups, eq(groups.id, partnerships.groupId))
      .where(and(inArray(partnerships.partnerId, partnerIds), inArray(partnerships.status, [...PARTNER_VISIBLE_PARTNERSHIP_STATUSES])))
      .orderBy(asc(programs.name)),
    db
      .select()
      .from(partnerMembers)
      .where(and(inArray(partnerMembers.partnerId, partnerIds), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)))
      .orderBy(desc(partnerMembers.isPrimaryContact), asc(partnerMembers.createdAt)),
    db
      .select({ invite: invites, programName: programs.name, inviterName: inviter.name, inviterEmail: inviter.email })
      .from(invites)
      .innerJoin(programs, eq(programs.id, invites.programId))
      .leftJoin(inviter, eq(inviter.id, invites.invitedById))
      .where(and(inArray(invites.partnerId, partnerIds), eq(invites.status, INVITE_STATUS.AWAITING_OWNER_APPROVAL)))
      .orderBy(asc(invites.createdAt)),
  ]);
  return memberships.map(({ partner, accessLevel }) => ({
    partner,
    accessLevel,
    programs: programRows
      .filter((r) => r.partnerId === partner.id)
      .map(({ partnerId: _partnerId, ...r }) => ({ ...r, canApprove: r.status === PARTNERSHIP_STATUS.PENDING_APPROVAL && can(accessLevel, 'approvePartnership') })),
    team: team.filter((m) => m.partnerId === partner.id),
    pendingAdditions: can(accessLevel, 'approveTeamAddition')
      ? pending.filter((p) => p.invite.partnerId === partner.id).map((p) => ({ invite: p.invite, programName: p.programName, invitedByName: p.inviterName ?? p.inviterEmail }))
      : [],
  }));
}

/** One of the viewer's programs, after a claim or a decision. */
export async function partnerProgramFor(db: Database, viewer: Viewer, partnershipId: string): Promise<PartnerProgram | null> {
  const mine = await listMyPartners(db, viewer);
  const found = mine.flatMap((p) => p.programs).find((p) => p.partnershipId === partnershipId);
  if (found) return found;
  // A just-declined partnership is no longer listed; describe it from the row itself.
  const [row] = await db
    .select({ partnershipId: partnerships.id, programName: programs.name, groupName: groups.name, status: partnerships.status, partnerKey: partnerships.partnerKey })
    .from(partnerships)
    .innerJoin(programs, eq(programs.id, partnerships.programId))
    .innerJoin(groups, eq(groups.id, partnerships.groupId))
    .where(and(eq(partnerships.id, partnershipId), inArray(partnerships.partnerId, mine.map((m) => m.partner.id))));
  return row ? { ...row, canApprove: false } : null;
}
