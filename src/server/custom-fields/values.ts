import type { customFieldDefinitions } from '../db/schema';
import type { UserError } from '../shared/errors';
import { parseFieldValue, type FieldValue } from '../../shapes/field-values';

export type FieldDefinition = typeof customFieldDefinitions.$inferSelect;
// Parsing lives in src/shapes so the join form in the browser runs the same rules as the server.
export { parseFieldValue, type FieldValue };
export type FieldValues = Record<string, FieldValue>;

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

/** A value as one line of text: how inputs carry it and how pages and the export show it. */
export function fieldValueText(value: unknown): string | null {
  if (value == null) return null;
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/**
 * Validates values against the program's definitions of one entity and merges them over the
 * current ones (values of archived fields stay as they are). Unknown keys, archived fields,
 * wrong types and missing required fields of active fields each get a userError
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
    if (def.archivedAt) {
      errors.push({ field, message: `${def.label} is archived: restore it under Settings → Custom fields to set it.`, code: 'NOT_ALLOWED' });
      return;
    }
    if (input.value == null || input.value.trim() === '') {
      delete values[def.key];
      return;
    }
    const parsed = parseFieldValue(def, input.value);
    if (parsed.error) errors.push({ field, message: `${def.label}: ${parsed.error}`, code: 'INVALID' });
    else values[def.key] = parsed.value!;
  });
  for (const def of definitions) {
    if (!def.archivedAt && def.required && (values[def.key] === undefined || (Array.isArray(values[def.key]) && (values[def.key] as string[]).length === 0))) {
      errors.push({ field: path, message: `${def.label} is required.`, code: 'REQUIRED' });
    }
  }
  return { values, errors };
}

/** Every active field in order, with its value as text (null when unset); archived fields are not shown. */
export function presentFieldValues(definitions: FieldDefinition[], values: Record<string, unknown>): PresentedField[] {
  return definitions
    .filter((def) => !def.archivedAt)
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .map((def) => ({ key: def.key, label: def.label, type: def.type, value: fieldValueText(values[def.key]) }));
}
