import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groups, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { countPartnershipsByGroup } from '../groups/list-groups';

/**
 * Per-request batch loaders. They load by database id for objects the resolver already reached
 * through an authorized parent, so they never widen what the viewer can see.
 */
export function createLoaders(db: Database, _viewer: Viewer) {
  return {
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
