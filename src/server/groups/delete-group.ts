import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { applications, groups, partnershipGroupHistory, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, isForeignKeyViolation, parseInput } from '../shared/errors';
import { LIVE_PARTNERSHIP_STATUSES, PARTNERSHIP_STATUS } from '../partnerships/rules';
import { groupIdInput, requireManagedGroup } from './access';
import type { GroupRow } from './create-group';

/** Deletes a group that has no partnerships left; the default group stays. */
export async function deleteGroup(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const { groupId } = parseInput(groupIdInput, rawInput);
  const group = await requireManagedGroup(db, viewer, groupId);
  if (group.isDefault) throw invalid('groupId', 'The default group cannot be deleted: new partners join it.', 'CONFLICT');
  return db.transaction(async (tx) => {
    const [inUse] = await tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(and(eq(partnerships.groupId, group.id), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
      .limit(1);
    if (inUse) throw invalid('groupId', 'This group still has partners. Move them to another group first.', 'CONFLICT');
    const [history] = await tx.select({ id: partnerships.id }).from(partnerships).where(and(eq(partnerships.groupId, group.id), ne(partnerships.status, PARTNERSHIP_STATUS.ACTIVE))).limit(1);
    if (history) throw invalid('groupId', 'Removed or declined partnerships still belong to this group; their history keeps it.', 'CONFLICT');
    // Group history (which commissions follow) and applications keep the group too: the database refuses to delete it.
    const [past] = await tx.select({ id: partnershipGroupHistory.id }).from(partnershipGroupHistory).where(eq(partnershipGroupHistory.groupId, group.id)).limit(1);
    if (past) throw invalid('groupId', 'Partners were in this group before; their group history keeps it.', 'CONFLICT');
    const [application] = await tx.select({ id: applications.id }).from(applications).where(eq(applications.groupId, group.id)).limit(1);
    if (application) throw invalid('groupId', 'Applications were made to this group; their history keeps it.', 'CONFLICT');
    await tx
      .delete(groups)
      .where(eq(groups.id, group.id))
      .catch((error: unknown) => {
        // A move into the group that committed after the checks above.
        if (isForeignKeyViolation(error)) throw invalid('groupId', 'This group still has partners. Move them to another group first.', 'CONFLICT');
        throw error;
      });
    await recordEvent(tx, viewer, { programId: group.programId, action: 'group.deleted', subjectType: 'Group', subjectId: group.id, data: { name: group.name } });
    return group;
  });
}
