import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groups, partnerMembers, partners, partnerships, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';

export interface MyPartner {
  partnerId: string;
  partnerName: string;
  accessLevel: (typeof partnerMembers.$inferSelect)['accessLevel'];
  programs: { partnershipId: string; programName: string; groupName: string; status: (typeof partnerships.$inferSelect)['status']; partnerKey: string }[];
}

/**
 * The signed-in person's partner organisations and their programs. Removed partnerships are not
 * shown: a removed partner no longer sees the program.
 */
export async function listMyPartnerships(db: Database, viewer: Viewer): Promise<MyPartner[]> {
  if (viewer.kind !== 'user' || viewer.partnerIds.length === 0) return [];
  const memberships = await db
    .select({ partnerId: partners.id, partnerName: partners.name, accessLevel: partnerMembers.accessLevel })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .where(and(eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, 'ACTIVE')))
    .orderBy(asc(partners.name));
  const rows = await db
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
    .where(and(inArray(partnerships.partnerId, memberships.map((m) => m.partnerId)), ne(partnerships.status, 'REMOVED')))
    .orderBy(asc(programs.name));
  return memberships.map((m) => ({ ...m, programs: rows.filter((r) => r.partnerId === m.partnerId) }));
}
