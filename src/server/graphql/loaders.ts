import DataLoader from 'dataloader';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groups, partnerMembers, partners, programs, users } from '../db/schema';
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
