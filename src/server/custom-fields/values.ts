import type { customFieldDefinitions } from '../db/schema';
import type { UserError } from '../shared/errors';

export type FieldDefinition = typeof customFieldDefinitions.$inferSelect;
export type FieldValues = Record<string, string | number | boolean>;

export interface FieldValueInput {
  key: string;
  value?: string | null;
}

export interface PresentedField {
  key: string;
  label: string;
  type: FieldDefinition['type'];
  value: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseOne(def: FieldDefinition, raw: string): { value?: string | number | boolean; error?: string } {
  const text = raw.trim();
  switch (def.type) {
    case 'TEXT':
      return text.length > 500 ? { error: 'Use at most 500 characters.' } : { value: text };
    case 'NUMBER': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { value: n } : { error: 'Enter a number.' };
    }
    case 'BOOLEAN':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'Use true or false.' };
    case 'DATE': {
      const d = new Date(`${text}T00:00:00Z`);
      return DATE.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text) ? { value: text } : { error: 'Enter a date as YYYY-MM-DD.' };
    }
    case 'SELECT':
      return def.options.includes(text) ? { value: text } : { error: `Choose one of: ${def.options.join(', ')}.` };
  }
}

/**
 * Validates values against the program's definitions of one entity and merges them over the
 * current ones. Unknown keys, wrong types and missing required fields each get a userError
 * under `path` (e.g. ["customFields", "2"]).
 */
export function parseFieldValues(
  definitions: FieldDefinition[],
  inputs: readonly FieldValueInput[] | null | undefined,
  path: string[],
  current: FieldValues = {},
): { values: FieldValues; errors: UserError[] } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const values: FieldValues = { ...current };
  const errors: UserError[] = [];
  const seen = new Set<string>();
  (inputs ?? []).forEach((input, index) => {
    const field = [...path, String(index)];
    const def = byKey.get(input.key);
    if (!def) {
      errors.push({ field, message: `"${input.key}" is not a custom field of this program.`, code: 'INVALID' });
      return;
    }
    if (seen.has(def.key)) {
      errors.push({ field, message: `${def.label} is given twice.`, code: 'INVALID' });
      return;
    }
    seen.add(def.key);
    if (input.value == null || input.value.trim() === '') {
      delete values[def.key];
      return;
    }
    const parsed = parseOne(def, input.value);
    if (parsed.error) errors.push({ field, message: `${def.label}: ${parsed.error}`, code: 'INVALID' });
    else values[def.key] = parsed.value!;
  });
  for (const def of definitions) {
    if (def.required && values[def.key] === undefined) {
      errors.push({ field: path, message: `${def.label} is required.`, code: 'REQUIRED' });
    }
  }
  return { values, errors };
}

/** Every defined field in order, with its value as text (null when unset). */
export function presentFieldValues(definitions: FieldDefinition[], values: Record<string, unknown>): PresentedField[] {
  return [...definitions]
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map((def) => ({ key: def.key, label: def.label, type: def.type, value: values[def.key] == null ? null : String(values[def.key]) }));
}
