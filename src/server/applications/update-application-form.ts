import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { InvalidInputError, parseInput, type UserError } from '../shared/errors';
import { randomToken } from '../shared/tokens';
import { requireManagedGroup } from '../groups/access';
import { applicationFormFields, isChoiceType, type ApplicationQuestion } from '../../shapes/application-form';
import { questionFromField } from './application-form';

export const updateApplicationFormInput = z.object({ groupId: z.string(), ...applicationFormFields });

type GroupRow = typeof groups.$inferSelect;

/** Ids are short and URL-safe: they key the answers and name the join form's inputs. */
export const newQuestionId = () => `q${randomToken(6).replace(/[-_]/g, 'x')}`;

/** The group, locked until the transaction ends, so two editors' saves apply one after the other. */
export async function lockManagedGroup(tx: Executor, viewer: Viewer, groupId: string): Promise<GroupRow> {
  const group = await requireManagedGroup(tx, viewer, groupId);
  const [locked] = await tx.select().from(groups).where(eq(groups.id, group.id)).for('update');
  return locked;
}

/**
 * A manager (or API key) saves a group's whole application form: on or off, title, description
 * and the ordered questions. Questions that ask for a custom field take its label, type and
 * options now; archived or unknown fields are refused. Existing questions keep their ids, new
 * ones get one. Pending applications are untouched: each keeps the questions it was asked.
 */
export async function updateApplicationForm(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const input = parseInput(updateApplicationFormInput, rawInput);
  return db.transaction(async (tx) => {
    const group = await lockManagedGroup(tx, viewer, input.groupId);
    const definitions = await activeFieldDefinitions(tx, group.programId, 'PARTNERSHIP');
    const byKey = new Map(definitions.map((d) => [d.key, d]));
    const existingIds = new Set(group.applicationQuestions.map((q) => q.id));
    const errors: UserError[] = [];
    const seenIds = new Set<string>();
    const seenKeys = new Set<string>();
    const questions: ApplicationQuestion[] = input.questions.map((q, i) => {
      const at = (field: string) => ['questions', String(i), field];
      let id = q.id || null;
      if (id && (!existingIds.has(id) || seenIds.has(id))) {
        errors.push({ field: at('id'), message: seenIds.has(id) ? 'Two questions have the same id.' : 'This question is not on the form any more: reload the form.', code: 'INVALID' });
      }
      id ??= newQuestionId();
      seenIds.add(id);
      if (q.fieldKey) {
        const def = byKey.get(q.fieldKey);
        if (!def) errors.push({ field: at('fieldKey'), message: `"${q.fieldKey}" is not an active custom field of partnerships in this program (it may have been archived).`, code: 'INVALID' });
        else if (seenKeys.has(def.key)) errors.push({ field: at('fieldKey'), message: `The field "${def.label}" is asked twice.`, code: 'TAKEN' });
        seenKeys.add(q.fieldKey);
        if (def) return questionFromField(id, def, q.visibility);
      }
      const type = q.type ?? 'TEXT';
      return { id, fieldKey: null, label: q.label ?? '', helpText: q.helpText || null, type, options: isChoiceType(type) ? (q.options ?? []) : [], visibility: q.visibility };
    });
    if (errors.length > 0) throw new InvalidInputError(errors);
    const [updated] = await tx
      .update(groups)
      .set({
        applicationFormEnabled: input.enabled,
        applicationFormTitle: input.title || null,
        applicationFormDescription: input.description || null,
        applicationQuestions: questions,
      })
      .where(eq(groups.id, group.id))
      .returning();
    await recordEvent(tx, viewer, {
      programId: group.programId,
      action: 'group.application_form_updated',
      subjectType: 'Group',
      subjectId: group.id,
      data: { name: group.name, enabled: input.enabled, questions: questions.length },
    });
    return updated;
  });
}
