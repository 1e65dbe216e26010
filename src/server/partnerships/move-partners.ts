import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { groups, partnershipGroupHistory, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordPartnershipEvents } from '../audit/record-event';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { groupWelcomeEmail } from '../email/templates';
import { emailFrom } from '../email/outbox';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
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
    await checkSelection(tx, program.id, input.selection, (row) => (row.status === 'REMOVED' ? 'was removed from this program.' : null));
    const target = and(selectionCondition(program.id, input.selection), ne(partnerships.status, 'REMOVED'), ne(partnerships.groupId, group.id))!;
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
  await tx.execute(sql`
    insert into partnership_group_history (partnership_id, group_id, joined_at)
    select id, ${group.id}::uuid, now() from unnest(${sql.param(ids)}::uuid[]) as id`);
  if (group.welcomeEmailSubject && group.welcomeEmailBody) {
    const welcome = groupWelcomeEmail({ subject: group.welcomeEmailSubject, body: group.welcomeEmailBody, programName: program.name });
    // One rendered email for the group, queued to every moved primary contact in one statement.
    await tx.execute(sql`
      insert into email_outbox (program_id, template, to_address, from_address, subject, html, text)
      select ${program.id}::uuid, ${welcome.template}, m.email, ${emailFrom()}, ${welcome.subject}, ${welcome.html}, ${welcome.text}
      from partnerships p
      join partner_members m on m.partner_id = p.partner_id and m.is_primary_contact and m.status <> 'REMOVED'
      where p.id = any(${sql.param(ids)}::uuid[]) and p.status = 'ACTIVE'`);
  }
  await recordPartnershipEvents(tx, viewer, program.id, ids, 'partnership.moved', { groupId: group.id, group: group.name });
}
