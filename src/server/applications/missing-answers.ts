import type { ApplicationQuestion, QuestionType, QuestionVisibility } from '../../shapes/application-form';
import { QUESTION_VISIBILITY } from '../../shapes/application-form';
import { fieldValueText } from '../custom-fields/values';

/**
 * What "missing" means for an application, in one place: a question of the group's CURRENT form
 * whose visibility is REQUIRED and that has no answer, plus every key in applications.missing_fields
 * (a marketplace application from a network profile can arrive without fields). A missing_fields
 * key names a question by its id or by its field key; a key naming no question is still missing.
 */

export interface ApplicationAnswers {
  answers: Record<string, unknown>;
  reviewerAnswers: Record<string, unknown>;
  formSnapshot: ApplicationQuestion[];
  missingFields: string[];
}

export interface PresentedAnswer {
  questionId: string;
  label: string;
  helpText: string | null;
  type: QuestionType;
  options: string[];
  visibility: QuestionVisibility;
  fieldKey: string | null;
  value: string | null;
  missing: boolean;
  asked: boolean;
}

/** An answer counts when it holds something: not null, not blank text, not an empty choice list. */
export function isAnswered(value: unknown): boolean {
  if (value == null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const namesQuestion = (key: string, q: ApplicationQuestion) => key === q.id || (q.fieldKey !== null && key === q.fieldKey);

/** The answer a question has: reviewers' for hidden questions, the applicant's otherwise. */
export function answerTo(application: ApplicationAnswers, question: Pick<ApplicationQuestion, 'id' | 'visibility'>): unknown {
  return question.visibility === QUESTION_VISIBILITY.HIDDEN ? application.reviewerAnswers[question.id] : application.answers[question.id];
}

function isMissing(application: ApplicationAnswers, question: ApplicationQuestion, current: ApplicationQuestion | undefined): boolean {
  if (isAnswered(answerTo(application, question))) return false;
  if (current?.visibility === QUESTION_VISIBILITY.REQUIRED) return true;
  return application.missingFields.some((key) => namesQuestion(key, question));
}

/**
 * Every question of an application with its answer and missing mark: the questions as asked (the
 * snapshot's labels and visibility, so an answer given stays shown), then the current form's
 * questions the applicant was not asked (added since, or hidden), then missing_fields keys that
 * name no question.
 */
export function presentAnswers(application: ApplicationAnswers, currentForm: ApplicationQuestion[]): PresentedAnswer[] {
  const currentById = new Map(currentForm.map((q) => [q.id, q]));
  const asked = new Set(application.formSnapshot.map((q) => q.id));
  const present = (q: ApplicationQuestion, wasAsked: boolean): PresentedAnswer => ({
    questionId: q.id,
    label: q.label,
    helpText: q.helpText,
    type: q.type,
    options: q.options,
    visibility: q.visibility,
    fieldKey: q.fieldKey,
    value: fieldValueText(answerTo(application, q)),
    missing: isMissing(application, q, currentById.get(q.id)),
    asked: wasAsked,
  });
  const list = [...application.formSnapshot.map((q) => present(q, true)), ...currentForm.filter((q) => !asked.has(q.id)).map((q) => present(q, false))];
  for (const key of application.missingFields) {
    if (list.some((a) => a.questionId === key || a.fieldKey === key)) continue;
    list.push({ questionId: key, label: key, helpText: null, type: 'TEXT', options: [], visibility: QUESTION_VISIBILITY.REQUIRED, fieldKey: null, value: null, missing: true, asked: false });
  }
  return list;
}

/** The labels of what an application lacks, for the list and its badges. */
export function missingLabels(application: ApplicationAnswers, currentForm: ApplicationQuestion[]): string[] {
  return presentAnswers(application, currentForm)
    .filter((a) => a.missing)
    .map((a) => a.label);
}
