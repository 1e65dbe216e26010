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
