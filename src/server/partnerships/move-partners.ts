import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { groups, partnerMembers, partnershipGroupHistory, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordPartnershipEvents } from '../audit/record-event';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { groupWelcomeEmail } from '../email/templates';
import { queueEmailToMany } from '../email/outbox';
import { MEMBER_STATUS } from '../members/rules';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { insertSelect } from '../shared/insert-select';
import { PARTNERSHIP_STATUS } from './rules';
import { bulkSelectionShape, checkSelection, nextBatch, selectionCondition } from './selection';

export const movePartnersInput = z.object({ selection: bulkSelectionShape, groupId: z.string() });

/**
 * Moves partnerships to another group (the article's "Update Partner Group"). From the move on
 * they follow that group: its welcome email is queued for their primary contacts, its link
 * destination applies, and its commission rate applies from the recorded move onward.
 * All or nothing: a selected id that is not a partnership of the program, or one that was
 * removed, refuses the whole move. Partnerships already in the group are skipped, so a repeat
 * (or a concurrent duplicate) moves nothing, sends nothing and records nothing.
 */
export async function movePartners(db: Database, viewer: Viewer, rawInput: unknown): Promise<number> {
  const input = parseInput(movePartnersInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.selection.programId);
    const groupId = fromGlobalId('Group', input.groupId);
    const [group] = groupId ? await tx.select().from(groups).where(and(eq(groups.id, groupId), eq(groups.programId, program.id))) : [];
    if (!group) throw invalid('groupId', 'Choose a group of this program.');
    await checkSelection(tx, program.id, input.selection, (row) => (row.status === PARTNERSHIP_STATUS.REMOVED ? 'was removed from this program.' : null));
    const target = and(selectionCondition(program.id, input.selection), ne(partnerships.status, PARTNERSHIP_STATUS.REMOVED), ne(partnerships.groupId, group.id))!;
    let moved = 0;
    for (;;) {
      const batch = await tx
        .update(partnerships)
        .set({ groupId: group.id })
        // The state is checked again here, on the row as a concurrent move left it.
        .where(and(target, inArray(partnerships.id, nextBatch(tx, target))))
        .returning({ id: partnerships.id });
      if (batch.length === 0) break;
      moved += batch.length;
      await afterMove(tx, viewer, program, group, batch.map((b) => b.id));
    }
    return moved;
  });
}

type GroupRow = typeof groups.$inferSelect;

/**
 * What follows a move to `group`, for partnerships already updated: group history closes and
 * opens, the group's welcome email is queued for active partnerships, and it is recorded.
 */
export async function afterMove(tx: Executor, viewer: Viewer, program: ProgramRow, group: GroupRow, ids: string[]): Promise<void> {
  await tx
    .update(partnershipGroupHistory)
    .set({ leftAt: sql`now()` })
    .where(and(inArray(partnershipGroupHistory.partnershipId, ids), isNull(partnershipGroupHistory.leftAt)));
  const h = partnershipGroupHistory;
  await tx.execute(
    insertSelect(h, [h.partnershipId, h.groupId, h.joinedAt], sql`select id, ${group.id}::uuid, now() from unnest(${sql.param(ids)}::uuid[]) as id`),
  );
  if (group.welcomeEmailSubject && group.welcomeEmailBody) {
    const welcome = groupWelcomeEmail({ subject: group.welcomeEmailSubject, body: group.welcomeEmailBody, programName: program.name });
    // One rendered email for the group, queued to every moved primary contact of an active partnership.
    const primaryContacts = tx
      .select({ address: partnerMembers.email })
      .from(partnerships)
      .innerJoin(
        partnerMembers,
        and(eq(partnerMembers.partnerId, partnerships.partnerId), eq(partnerMembers.isPrimaryContact, true), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)),
      )
      .where(and(sql`${partnerships.id} = any(${sql.param(ids)}::uuid[])`, eq(partnerships.status, PARTNERSHIP_STATUS.ACTIVE)));
    await queueEmailToMany(tx, primaryContacts, welcome, program.id);
  }
  await recordPartnershipEvents(tx, viewer, program.id, ids, 'partnership.moved', { groupId: group.id, group: group.name });
}
