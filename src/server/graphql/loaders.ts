import DataLoader from 'dataloader';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { activityFor } from '../audit/activity';
import { clicks, partnerKeys, customFieldDefinitions, groups, invites, partnerMembers, partners, partnershipMembers, partnerships, programManagers, programs, users } from '../db/schema';
import type { FieldDefinition } from '../custom-fields/values';
import type { TeamMemberModel } from '../members/rules';
import type { InviteRow } from '../invites/rules';
import type { SignedInUser } from '../auth/viewer';
import type { Viewer } from '../auth/viewer';
import { countPartnershipsByGroup } from '../groups/list-groups';

/**
 * Per-request batch loaders. They load by database id for objects the resolver already reached
 * through an authorized parent, so they never widen what the viewer can see.
 */
export function createLoaders(db: Database, _viewer: Viewer) {
  return {
    partnerById: byId(db, partners),
    groupById: byId(db, groups),
    userById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select({ id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer }).from(users).where(inArray(users.id, [...ids]));
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    primaryContactByPartner: new DataLoader(async (partnerIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(partnerMembers)
        .where(and(inArray(partnerMembers.partnerId, [...partnerIds]), eq(partnerMembers.isPrimaryContact, true)));
      const found = new Map(rows.map((r) => [r.partnerId, r]));
      return partnerIds.map((id) => found.get(id) ?? null);
    }),
    programById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select().from(programs).where(inArray(programs.id, [...ids]));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    defaultGroupByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db.select().from(groups).where(inArray(groups.programId, [...programIds]));
      const byProgram = new Map(rows.filter((g) => g.isDefault).map((g) => [g.programId, g]));
      return programIds.map((id) => byProgram.get(id) ?? new Error(`Program ${id} has no default group`));
    }),
    memberById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select().from(partnerMembers).where(inArray(partnerMembers.id, [...ids]));
      const found = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => found.get(id) ?? new Error(`Member ${id} not found`));
    }),
    customFieldDefinitionsByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(customFieldDefinitions)
        .where(inArray(customFieldDefinitions.programId, [...programIds]))
        .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
      return programIds.map((id): FieldDefinition[] => rows.filter((r) => r.programId === id));
    }),
    managersByProgram: new DataLoader(async (programIds: readonly string[]) => {
      const rows = await db
        .select({ programId: programManagers.programId, id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer })
        .from(programManagers)
        .innerJoin(users, eq(users.id, programManagers.userId))
        .where(inArray(programManagers.programId, [...programIds]))
        .orderBy(asc(users.name), asc(users.email));
      return programIds.map((id): SignedInUser[] => rows.filter((r) => r.programId === id).map(({ programId: _programId, ...user }) => user));
    }),
    teamByPartnership: new DataLoader(async (partnershipIds: readonly string[]) => {
      const rows = await db
        .select({ partnershipId: partnershipMembers.partnershipId, programId: partnerships.programId, member: partnerMembers, customFieldValues: partnershipMembers.customFieldValues })
        .from(partnershipMembers)
        .innerJoin(partnerMembers, eq(partnerMembers.id, partnershipMembers.memberId))
        .innerJoin(partnerships, eq(partnerships.id, partnershipMembers.partnershipId))
        .where(and(inArray(partnershipMembers.partnershipId, [...partnershipIds]), ne(partnerMembers.status, 'REMOVED')))
        .orderBy(desc(partnerMembers.isPrimaryContact), asc(partnerMembers.createdAt), asc(partnerMembers.id));
      return partnershipIds.map((id): TeamMemberModel[] => rows.filter((r) => r.partnershipId === id));
    }),
    invitesByPartnership: new DataLoader(async (partnershipIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(invites)
        .where(inArray(invites.partnershipId, [...partnershipIds]))
        .orderBy(desc(invites.createdAt), desc(invites.id));
      return partnershipIds.map((id): InviteRow[] => rows.filter((r) => r.partnershipId === id));
    }),
    clickCountByPartnership: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select({ partnershipId: clicks.partnershipId, n: count() })
        .from(clicks)
        .where(inArray(clicks.partnershipId, [...ids]))
        .groupBy(clicks.partnershipId);
      const found = new Map(rows.map((r) => [r.partnershipId, r.n]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    keysByPartnership: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.select().from(partnerKeys).where(inArray(partnerKeys.partnershipId, [...ids])).orderBy(asc(partnerKeys.createdAt));
      return ids.map((id) => rows.filter((r) => r.partnershipId === id).map((r) => r.key));
    }),
    activityByPartnership: new DataLoader(async (ids: readonly string[]) => {
      const found = await activityFor(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    partnershipCountByGroup: new DataLoader(async (groupIds: readonly string[]) => {
      const counts = await countPartnershipsByGroup(db, groupIds);
      return groupIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A loader of whole rows by uuid primary key. Missing rows load as an error: callers reached them by a foreign key. */
function byId<T extends typeof partners | typeof groups>(db: Database, table: T) {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = (await db.select().from(table as typeof partners).where(inArray((table as typeof partners).id, [...ids]))) as T['$inferSelect'][];
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? new Error(`${id} not found`));
  });
}
