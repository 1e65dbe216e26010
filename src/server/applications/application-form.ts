import { pickDefinitions } from '../custom-fields/list-custom-fields';
import type { customFieldDefinitions, groups } from '../db/schema';
import { applicantQuestions, type ApplicantQuestion, type ApplicationQuestion } from '../../shapes/application-form';

type GroupRow = typeof groups.$inferSelect;
export type FieldDefinitionRow = typeof customFieldDefinitions.$inferSelect;

/** The partnership fields a form may ask, from definitions already loaded: custom-fields' own choice of active fields. */
export const activePartnershipFields = (definitions: readonly FieldDefinitionRow[]): FieldDefinitionRow[] => pickDefinitions(definitions, 'PARTNERSHIP');

/** A question as a manager sees it: `fieldArchived` when its custom field was archived (or deleted) since it was saved. */
export interface PresentedQuestion extends ApplicationQuestion {
  fieldArchived: boolean;
}

/**
 * The stored questions with each custom-field question's label, help text, type and options
 * read again from the field as it is now (they were copied at save time and may have changed).
 */
export function refreshQuestions(questions: readonly ApplicationQuestion[], definitions: readonly FieldDefinitionRow[]): PresentedQuestion[] {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  return questions.map((q) => {
    if (!q.fieldKey) return { ...q, fieldArchived: false };
    const def = byKey.get(q.fieldKey);
    if (!def) return { ...q, fieldArchived: true };
    return { ...q, label: def.label, helpText: def.helpText, type: def.type, options: def.options, fieldArchived: false };
  });
}

/** A question copied from a field definition at save time. */
export function questionFromField(id: string, def: FieldDefinitionRow, visibility: ApplicationQuestion['visibility']): ApplicationQuestion {
  return { id, fieldKey: def.key, label: def.label, helpText: def.helpText, type: def.type, options: def.options, visibility };
}

/** What the applicant of a group is asked: hidden questions and questions whose field was archived are left out. */
export function applicantForm(group: GroupRow, definitions: readonly FieldDefinitionRow[]) {
  const questions = refreshQuestions(group.applicationQuestions, definitions).filter((q) => !q.fieldArchived);
  return {
    title: group.applicationFormTitle,
    description: group.applicationFormDescription,
    questions: applicantQuestions(questions),
    /** The questions as asked, stored on the application (form_snapshot). */
    snapshot: questions.filter((q) => applicantQuestions([q]).length > 0).map(({ fieldArchived: _, ...q }) => q),
  };
}

export type ApplicantForm = { title: string | null; description: string | null; questions: ApplicantQuestion[] };

/** What the GraphQL ApplicationForm type resolves from: the group and its program's active partnership fields. */
export interface ApplicationFormModel {
  group: GroupRow;
  definitions: FieldDefinitionRow[];
}
