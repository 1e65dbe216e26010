import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { InvalidInputError, invalid, parseInput } from '../shared/errors';
import { CUSTOM_FIELD_TYPE_LABELS, fieldHelpText, fieldLabel, fieldOptions, fieldType, isChoiceType, optionsProblem } from '../../shapes/custom-fields';
import { requireManagedField } from './access';
import { checkStoredValues, convertStoredValues, countOf } from './stored-values';
import type { FieldDefinition } from './values';

export const updateCustomFieldInput = z.object({
  customFieldId: z.string(),
  label: fieldLabel.nullish(),
  /** Empty clears it. */
  helpText: fieldHelpText.nullish(),
  type: fieldType.nullish(),
  options: fieldOptions.nullish(),
  required: z.boolean().nullish(),
});

const quoted = (values: string[]) => values.map((v) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`).join(', ');

/**
 * Edits a field (the key never changes: links, imports and API clients use it). Stored values
 * are never lost: a type or options change is checked against every stored value, refused when
 * any would not fit, and otherwise the values are rewritten into the new type's form.
 */
export async function updateCustomField(db: Database, viewer: Viewer, rawInput: unknown): Promise<FieldDefinition> {
  const input = parseInput(updateCustomFieldInput, rawInput);
  return db.transaction(async (tx) => {
    const field = await requireManagedField(tx, viewer, input.customFieldId);
    const type = input.type ?? field.type;
    // Leaving the choice types drops the options; staying keeps them unless new ones are given.
    const options = input.options ?? (isChoiceType(type) ? field.options : []);
    const problem = optionsProblem(type, options);
    if (problem) throw new InvalidInputError([{ field: problem.index === undefined ? ['options'] : ['options', String(problem.index)], message: problem.message, code: 'INVALID' }]);

    const typeChanged = type !== field.type;
    const optionsChanged = JSON.stringify(options) !== JSON.stringify(field.options);
    if (typeChanged || optionsChanged) {
      const check = await checkStoredValues(tx, field, { type, options });
      if (check.misfitRows > 0) {
        const holders = countOf(field, check.misfitRows);
        if (typeChanged) {
          throw invalid(
            'type',
            `${field.label} cannot become a ${CUSTOM_FIELD_TYPE_LABELS[type].toLowerCase()} field: ${holders} ${check.misfitRows === 1 ? 'holds a value' : 'hold values'} that would not fit (${quoted(check.examples)}). Change or clear those values first, or create a new field.`,
            'CONFLICT',
          );
        }
        const removed = field.options.filter((o) => !options.includes(o) && check.misfitTexts.has(o));
        throw invalid(
          'options',
          `${quoted(removed.length ? removed : check.examples)} cannot be removed from ${field.label}: ${holders} ${check.misfitRows === 1 ? 'uses' : 'use'} ${removed.length === 1 ? 'it' : 'them'}. Choose another option for ${check.misfitRows === 1 ? 'it' : 'them'} first.`,
          'CONFLICT',
        );
      }
      await convertStoredValues(tx, field, check.conversions);
    }

    const [updated] = await tx
      .update(customFieldDefinitions)
      .set({
        ...(input.label != null && { label: input.label }),
        ...(input.helpText !== undefined && { helpText: input.helpText || null }),
        ...(input.required != null && { required: input.required }),
        type,
        options,
      })
      .where(eq(customFieldDefinitions.id, field.id))
      .returning();
    await recordEvent(tx, viewer, {
      programId: field.programId,
      action: 'custom_field.updated',
      subjectType: 'CustomField',
      subjectId: field.id,
      data: {
        key: field.key,
        before: { label: field.label, helpText: field.helpText, type: field.type, options: field.options, required: field.required },
        after: { label: updated.label, helpText: updated.helpText, type: updated.type, options: updated.options, required: updated.required },
      },
    });
    return updated;
  });
}
