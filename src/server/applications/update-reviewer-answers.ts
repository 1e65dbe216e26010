import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { applications, groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { parseFieldValue, type FieldValue } from '../custom-fields/values';
import { InvalidInputError, parseInput, type UserError } from '../shared/errors';
import { QUESTION_VISIBILITY } from '../../shapes/application-form';
import { getManagedApplication, type ApplicationRow } from './get-application';

export const updateReviewerAnswersInput = z.object({
  applicationId: z.string(),
  answers: z
    .array(z.object({ questionId: z.string().max(100), value: z.string().max(6000, 'Use at most 5000 characters.').nullish() }))
    .min(1, 'Give at least one answer.')
    .max(100),
});

/**
 * Reviewers fill in the hidden questions of the group's current form (the applicant never sees
 * them), at any stage of the application. Only hidden questions: what the applicant answered
 * stays as they gave it. Each answer is checked like the custom field type it has; an empty one
 * clears it.
 */
export async function updateReviewerAnswers(db: Database, viewer: Viewer, rawInput: unknown): Promise<ApplicationRow> {
  const input = parseInput(updateReviewerAnswersInput, rawInput);
  return db.transaction(async (tx) => {
    const application = await getManagedApplication(tx, viewer, input.applicationId, true);
    const [group] = await tx
      .select({ questions: groups.applicationQuestions })
      .from(groups)
      .where(and(eq(groups.id, application.groupId), eq(groups.programId, application.programId)));
    const hidden = new Map(group.questions.filter((q) => q.visibility === QUESTION_VISIBILITY.HIDDEN).map((q) => [q.id, q]));
    const values: Record<string, FieldValue | undefined> = { ...(application.reviewerAnswers as Record<string, FieldValue>) };
    const errors: UserError[] = [];
    input.answers.forEach((answer, i) => {
      const field = ['answers', String(i), 'value'];
      const question = hidden.get(answer.questionId);
      if (!question) {
        errors.push({ field: ['answers', String(i), 'questionId'], message: 'Only the hidden questions of the form can be answered by reviewers.', code: 'NOT_ALLOWED' });
        return;
      }
      if (answer.value == null || answer.value.trim() === '') {
        delete values[question.id];
        return;
      }
      const parsed = parseFieldValue(question, answer.value);
      if (parsed.error) errors.push({ field, message: `${question.label}: ${parsed.error}`, code: 'INVALID' });
      else values[question.id] = parsed.value;
    });
    if (errors.length > 0) throw new InvalidInputError(errors);
    const [updated] = await tx.update(applications).set({ reviewerAnswers: values }).where(eq(applications.id, application.id)).returning();
    await recordEvent(tx, viewer, {
      programId: application.programId,
      action: 'application.reviewer_answers_updated',
      subjectType: 'Application',
      subjectId: application.id,
      data: { questions: input.answers.map((a) => a.questionId) },
    });
    return updated;
  });
}
