import { z } from 'zod';

/**
 * A group's application form as stored on the group and snapshotted on each application. Shared by
 * the form editor, the join page and the server (no server code here).
 */

/** Field types a question can have; the same list as program custom fields. */
export const QUESTION_TYPES = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'URL',
  'CURRENCY',
  'DATE',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'COUNTRY',
  'REGION',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** REQUIRED and OPTIONAL questions are asked of the applicant; HIDDEN ones only reviewers see and fill in. */
export const QUESTION_VISIBILITY = { REQUIRED: 'REQUIRED', OPTIONAL: 'OPTIONAL', HIDDEN: 'HIDDEN' } as const;
export type QuestionVisibility = keyof typeof QUESTION_VISIBILITY;
export const APPLICANT_VISIBILITIES: readonly QuestionVisibility[] = [QUESTION_VISIBILITY.REQUIRED, QUESTION_VISIBILITY.OPTIONAL];

/**
 * One question. `fieldKey` set: the question asks for a program custom field of partnerships (its
 * answer becomes the partnership's value on approval), and label/type/options are the field's as
 * of the last save. `fieldKey` null: a question of the form's own.
 */
export interface ApplicationQuestion {
  id: string;
  fieldKey: string | null;
  label: string;
  helpText: string | null;
  type: QuestionType;
  options: string[];
  visibility: QuestionVisibility;
}

/** Reasons offered when declining, until the program edits its list. */
export const DEFAULT_DECLINE_REASONS: string[] = [
  'Not a fit for our program right now',
  'Incomplete application: please fill out the full application form when reapplying',
  'We do not work with partners in your region yet',
  'Your organisation is already a partner of ours',
];

export const formTitle = z.string().trim().max(120, 'Use at most 120 characters.');
export const formDescription = z.string().trim().max(4000, 'Use at most 4000 characters.');
export const questionLabel = z.string().trim().min(1, 'Enter the question.').max(200, 'Use at most 200 characters.');
export const questionHelpText = z.string().trim().max(500, 'Use at most 500 characters.');
export const questionOption = z.string().trim().min(1, 'Enter the choice.').max(100, 'Use at most 100 characters.');
export const MAX_QUESTIONS = 50;

/** Types whose answers are picked from the question's options. */
export const CHOICE_TYPES: readonly QuestionType[] = ['SELECT', 'MULTI_SELECT'];
export const isChoiceType = (type: QuestionType) => CHOICE_TYPES.includes(type);

/**
 * One question as the editor sends it. With `fieldKey` the label, type and options come from the
 * program's custom field (the server copies them); a question of the form's own names its label
 * and type, and its options when it is a choice. `id` keeps an existing question's id.
 */
export const applicationQuestionInput = z
  .object({
    id: z.string().trim().max(40).nullish(),
    fieldKey: z.string().trim().max(64).nullish(),
    label: z.string().trim().max(200, 'Use at most 200 characters.').nullish(),
    helpText: questionHelpText.nullish(),
    type: z.enum(QUESTION_TYPES).nullish(),
    options: z.array(questionOption).max(50, 'Offer at most 50 choices.').nullish(),
    visibility: z.enum([QUESTION_VISIBILITY.REQUIRED, QUESTION_VISIBILITY.OPTIONAL, QUESTION_VISIBILITY.HIDDEN]),
  })
  .superRefine((q, ctx) => {
    if (q.fieldKey) return;
    if (!q.label) ctx.addIssue({ code: 'custom', path: ['label'], message: 'Enter the question.' });
    if (!q.type) ctx.addIssue({ code: 'custom', path: ['type'], message: 'Choose the kind of answer.' });
    else if (isChoiceType(q.type)) {
      const options = q.options ?? [];
      if (options.length === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give at least one choice.' });
      else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Each choice must be different.' });
    }
  });
export type ApplicationQuestionInput = z.input<typeof applicationQuestionInput>;

/** The whole form, saved at once. */
export const applicationFormFields = {
  enabled: z.boolean(),
  title: formTitle.nullish(),
  description: formDescription.nullish(),
  questions: z.array(applicationQuestionInput).max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`),
};

/** A question as the applicant gets it: hidden questions are never among them. */
export interface ApplicantQuestion {
  id: string;
  label: string;
  helpText: string | null;
  type: QuestionType;
  options: string[];
  required: boolean;
}

/** What the applicant is asked, in order: the form's REQUIRED and OPTIONAL questions. */
export function applicantQuestions(questions: readonly ApplicationQuestion[]): ApplicantQuestion[] {
  return questions
    .filter((q) => APPLICANT_VISIBILITIES.includes(q.visibility))
    .map((q) => ({ id: q.id, label: q.label, helpText: q.helpText, type: q.type, options: q.options, required: q.visibility === QUESTION_VISIBILITY.REQUIRED }));
}

/** The placeholder a form's description may use, and what the editor's preview shows for it. */
export const COMPANY_NAME_PLACEHOLDER = '{company_name}';
export const SAMPLE_COMPANY_NAME = 'Acme Media (sample)';
