import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { applications, groups, partnershipGroupHistory, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { invalid, isForeignKeyViolation, isUniqueViolation, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { commissionRate, groupName, httpUrl, newJoinToken } from './rules';
import type { GroupRow } from './create-group';
import { welcomeEmailBody, welcomeEmailSubject } from '../../shapes/groups';

const updateGroupInput = z.object({
  groupId: z.string(),
  name: groupName.nullish(),
  /** Null or empty: links go to the program's website. */
  destinationUrl: z.union([httpUrl, z.literal('')]).nullish(),
  commissionRate: commissionRate.nullish(),
  applicationFormEnabled: z.boolean().nullish(),
  welcomeEmailSubject: welcomeEmailSubject.nullish(),
  welcomeEmailBody: welcomeEmailBody.nullish(),
});

async function requireManagedGroup(db: Database, viewer: Viewer, globalId: string): Promise<GroupRow> {
  const id = fromGlobalId('Group', globalId);
  const [group] = id ? await db.select().from(groups).where(eq(groups.id, id)) : [];
  if (!group || !canManageProgram(viewer, group.programId)) throw notFound('Group');
  return group;
}

/** Changes a group's settings; its partners follow the new link destination and commission from now on. */
export async function updateGroup(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const input = parseInput(updateGroupInput, rawInput);
  const group = await requireManagedGroup(db, viewer, input.groupId);
  const subject = input.welcomeEmailSubject === undefined ? group.welcomeEmailSubject : input.welcomeEmailSubject || null;
  const body = input.welcomeEmailBody === undefined ? group.welcomeEmailBody : input.welcomeEmailBody || null;
  if (Boolean(subject) !== Boolean(body)) {
    throw invalid(subject ? 'welcomeEmailBody' : 'welcomeEmailSubject', 'A welcome email needs both a subject and a message (or neither).', 'REQUIRED');
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(groups)
      .set({
        ...(input.name != null && { name: input.name }),
        ...(input.destinationUrl !== undefined && { destinationUrl: input.destinationUrl || null }),
        ...(input.commissionRate != null && { commissionRate: input.commissionRate.toFixed(2) }),
        ...(input.applicationFormEnabled != null && { applicationFormEnabled: input.applicationFormEnabled }),
        welcomeEmailSubject: subject,
        welcomeEmailBody: body,
      })
      .where(eq(groups.id, group.id))
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw invalid('name', `A group named "${input.name}" already exists in this program.`, 'TAKEN');
        }
        throw error;
      });
    await recordEvent(tx, viewer, { programId: group.programId, action: 'group.updated', subjectType: 'Group', subjectId: group.id, data: { name: updated.name } });
    return updated;
  });
}

/** A new join link; the old one stops working at once (e.g. after it was shared too widely). */
export async function regenerateJoinLink(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const { groupId } = parseInput(z.object({ groupId: z.string() }), rawInput);
  const group = await requireManagedGroup(db, viewer, groupId);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(groups).set({ joinToken: newJoinToken() }).where(eq(groups.id, group.id)).returning();
    await recordEvent(tx, viewer, { programId: group.programId, action: 'group.join_link_regenerated', subjectType: 'Group', subjectId: group.id });
    return updated;
  });
}

/** Deletes a group that has no partnerships left; the default group stays. */
export async function deleteGroup(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const { groupId } = parseInput(z.object({ groupId: z.string() }), rawInput);
  const group = await requireManagedGroup(db, viewer, groupId);
  if (group.isDefault) throw invalid('groupId', 'The default group cannot be deleted: new partners join it.', 'CONFLICT');
  return db.transaction(async (tx) => {
    const [inUse] = await tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(and(eq(partnerships.groupId, group.id), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
      .limit(1);
    if (inUse) throw invalid('groupId', 'This group still has partners. Move them to another group first.', 'CONFLICT');
    const [history] = await tx.select({ id: partnerships.id }).from(partnerships).where(and(eq(partnerships.groupId, group.id), ne(partnerships.status, 'ACTIVE'))).limit(1);
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
