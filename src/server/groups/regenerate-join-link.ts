import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { parseInput } from '../shared/errors';
import { groupIdInput, requireManagedGroup } from './access';
import { newJoinToken } from './rules';
import type { GroupRow } from './create-group';

/** A new join link; the old one stops working at once (e.g. after it was shared too widely). */
export async function regenerateJoinLink(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const { groupId } = parseInput(groupIdInput, rawInput);
  const group = await requireManagedGroup(db, viewer, groupId);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(groups).set({ joinToken: newJoinToken() }).where(eq(groups.id, group.id)).returning();
    await recordEvent(tx, viewer, { programId: group.programId, action: 'group.join_link_regenerated', subjectType: 'Group', subjectId: group.id });
    return updated;
  });
}
