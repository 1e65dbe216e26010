import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { refreshQuestions } from './application-form';
import { lockManagedGroup, newQuestionId } from './update-application-form';

export const copyApplicationFormInput = z.object({ groupId: z.string(), fromGroupId: z.string() });

/**
 * "Start from another group's form": the title, description and questions of another group of
 * the same program replace this group's (whether the form is on stays as it was). The copies
 * get their own ids; questions whose custom field was archived since are not copied.
 */
export async function copyApplicationForm(db: Database, viewer: Viewer, rawInput: unknown) {
  const input = parseInput(copyApplicationFormInput, rawInput);
  return db.transaction(async (tx) => {
    const group = await lockManagedGroup(tx, viewer, input.groupId);
    const fromId = fromGlobalId('Group', input.fromGroupId);
    const [source] = fromId ? await tx.select().from(groups).where(and(eq(groups.id, fromId), eq(groups.programId, group.programId))) : [];
    if (!source) throw invalid('fromGroupId', 'Choose another group of this program to copy from.');
    if (source.id === group.id) throw invalid('fromGroupId', 'Choose another group than this one to copy from.');
    const definitions = await activeFieldDefinitions(tx, group.programId, 'PARTNERSHIP');
    const copied = refreshQuestions(source.applicationQuestions, definitions);
    const questions = copied.filter((q) => !q.fieldArchived).map(({ fieldArchived: _, ...q }) => ({ ...q, id: newQuestionId() }));
    const [updated] = await tx
      .update(groups)
      .set({ applicationFormTitle: source.applicationFormTitle, applicationFormDescription: source.applicationFormDescription, applicationQuestions: questions })
      .where(eq(groups.id, group.id))
      .returning();
    await recordEvent(tx, viewer, {
      programId: group.programId,
      action: 'group.application_form_copied',
      subjectType: 'Group',
      subjectId: group.id,
      data: { name: group.name, from: source.name, questions: questions.length, leftOut: copied.length - questions.length },
    });
    return { group: updated, leftOut: copied.length - questions.length };
  });
}
