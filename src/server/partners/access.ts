import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { partnerMembers } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { MEMBER_STATUS } from '../members/rules';
import { forbidden, notFound } from '../shared/errors';
import { can, levelsThatCan, type PartnerPermission } from './permissions';
import type { MemberRow } from './rules';

/** The viewer's own active membership of a partner, or null. */
export async function membershipOf(tx: Executor, viewer: Viewer, partnerId: string): Promise<MemberRow | null> {
  if (viewer.kind !== 'user' || !viewer.partnerIds.includes(partnerId)) return null;
  const [member] = await tx
    .select()
    .from(partnerMembers)
    .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)))
    .limit(1);
  return member ?? null;
}

/**
 * The viewer's membership if its access level has `permission`. Non-members are told the thing
 * does not exist; members with too little access are told why they cannot act.
 */
export async function requirePartnerAccess(tx: Executor, viewer: Viewer, partnerId: string, permission: PartnerPermission, what: string): Promise<MemberRow> {
  const member = await membershipOf(tx, viewer, partnerId);
  if (!member) throw notFound(what);
  if (!can(member.accessLevel, permission)) {
    const levels = levelsThatCan(permission);
    throw forbidden(`Only ${levels.map((l) => l[0] + l.slice(1).toLowerCase()).join(' or ')} members of the partner can do this.`);
  }
  return member;
}
