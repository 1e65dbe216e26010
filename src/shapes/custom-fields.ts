import { z } from 'zod';

/** Custom field definitions' shapes, shared by the custom-field use cases and the settings forms (no server code here). */

export const CUSTOM_FIELD_TYPES = ['TEXT', 'LONG_TEXT', 'NUMBER', 'CURRENCY', 'URL', 'DATE', 'BOOLEAN', 'SELECT', 'MULTI_SELECT', 'COUNTRY', 'REGION'] as const;
export type CustomFieldTypeName = (typeof CUSTOM_FIELD_TYPES)[number];

export const CUSTOM_FIELD_ENTITIES = ['PARTNERSHIP', 'MEMBER'] as const;
export type CustomFieldEntityName = (typeof CUSTOM_FIELD_ENTITIES)[number];

export const CUSTOM_FIELD_TYPE_LABELS: Record<CustomFieldTypeName, string> = {
  TEXT: 'Text',
  LONG_TEXT: 'Long text',
  NUMBER: 'Number',
  CURRENCY: 'Currency',
  URL: 'URL',
  DATE: 'Date',
  BOOLEAN: 'Yes/no',
  SELECT: 'Single choice',
  MULTI_SELECT: 'Multiple choice',
  COUNTRY: 'Country',
  REGION: 'Region',
};

/** The types whose values are picked from the field's own options. */
export const CHOICE_TYPES: readonly CustomFieldTypeName[] = ['SELECT', 'MULTI_SELECT'];
export const isChoiceType = (type: string): boolean => (CHOICE_TYPES as readonly string[]).includes(type);

/** A program can keep this many fields per entity (archived ones included). */
export const MAX_FIELDS_PER_ENTITY = 100;
export const MAX_OPTIONS = 100;

export const fieldKey = z
  .string()
  .trim()
  .min(1, 'Enter a key.')
  .max(60, 'Use at most 60 characters.')
  .regex(/^[a-z][a-z0-9_]*$/, 'Use lowercase letters, digits and underscores, starting with a letter (e.g. partner_tier).');
export const fieldLabel = z.string().trim().min(1, 'Enter a label.').max(80, 'Use at most 80 characters.');
export const fieldHelpText = z.string().trim().max(300, 'Use at most 300 characters.');
export const fieldOption = z.string().trim().min(1, 'An option cannot be empty.').max(100, 'Use at most 100 characters per option.');
export const fieldOptions = z.array(fieldOption).max(MAX_OPTIONS, `Use at most ${MAX_OPTIONS} options.`);
export const fieldType = z.enum(CUSTOM_FIELD_TYPES, { message: 'Choose a field type.' });
export const fieldEntity = z.enum(CUSTOM_FIELD_ENTITIES, { message: 'Choose partnerships or members.' });

/**
 * The options rule, for a field's type as it will be: choice types need at least one option,
 * each once; other types take none. Returns the problem, or null.
 */
export function optionsProblem(type: CustomFieldTypeName, options: readonly string[]): { message: string; index?: number } | null {
  if (!isChoiceType(type)) return options.length > 0 ? { message: `A ${CUSTOM_FIELD_TYPE_LABELS[type].toLowerCase()} field has no options; leave them empty.` } : null;
  if (options.length === 0) return { message: 'Add at least one option.' };
  const seen = new Set<string>();
  for (const [index, option] of options.entries()) {
    const normal = option.trim().toLowerCase();
    if (seen.has(normal)) return { message: `"${option.trim()}" is listed twice.`, index };
    seen.add(normal);
  }
  return null;
}

/** The create/edit dialog's values (the key is only editable when creating). */
export const customFieldForm = z
  .object({
    key: fieldKey,
    label: fieldLabel,
    helpText: fieldHelpText,
    type: fieldType,
    options: z.array(z.object({ value: fieldOption })),
    required: z.boolean(),
  })
  .superRefine((v, ctx) => {
    // The form keeps options while another type is picked, and sends them only for choice types.
    if (!isChoiceType(v.type)) return;
    const problem = optionsProblem(
      v.type,
      v.options.map((o) => o.value),
    );
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.index === undefined ? ['options'] : ['options', problem.index, 'value'] });
  });
export type CustomFieldFormValues = z.infer<typeof customFieldForm>;
