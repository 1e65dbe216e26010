import type { customFieldDefinitions } from '../db/schema';
import type { UserError } from '../shared/errors';
import { httpUrl } from '../../shapes/groups';
import { isCountryCode } from '../../shapes/countries';

export type FieldDefinition = typeof customFieldDefinitions.$inferSelect;
export type FieldValue = string | number | boolean | string[];
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as one line of text: how inputs carry it and how pages and the export show it. */
export function fieldValueText(value: unknown): string | null {
  if (value == null) return null;
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** MULTI_SELECT values arrive as a JSON array of strings (`["A","B"]`). */
function parseChoices(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export function parseFieldValue(def: Pick<FieldDefinition, 'type' | 'options'>, raw: string): { value?: FieldValue; error?: string } {
  const text = raw.trim();
  switch (def.type) {
    case 'TEXT':
    case 'REGION':
      return text.length > 500 ? { error: 'Use at most 500 characters.' } : { value: text };
    case 'LONG_TEXT':
      return text.length > 5000 ? { error: 'Use at most 5000 characters.' } : { value: text };
    case 'NUMBER': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { value: n } : { error: 'Enter a number.' };
    }
    case 'CURRENCY': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return { error: 'Enter an amount, e.g. 1250.50.' };
      return /^-?\d+(\.\d{1,2})?$/.test(text) ? { value: n } : { error: 'Use at most two decimals.' };
    }
    case 'URL': {
      const parsed = httpUrl.safeParse(text);
      return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0].message };
    }
    case 'BOOLEAN':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'Use true or false.' };
    case 'DATE': {
      const d = new Date(`${text}T00:00:00Z`);
      return DATE.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text) ? { value: text } : { error: 'Enter a date as YYYY-MM-DD.' };
    }
    case 'SELECT':
      return def.options.includes(text) ? { value: text } : { error: `Choose one of: ${def.options.join(', ')}.` };
    case 'MULTI_SELECT': {
      const chosen = parseChoices(text);
      if (!chosen) return { error: 'Give the choices as a JSON list, e.g. ["A","B"].' };
      const unknown = chosen.filter((c) => !def.options.includes(c));
      if (unknown.length > 0) return { error: `${unknown.map((u) => `"${u}"`).join(', ')} is not one of: ${def.options.join(', ')}.` };
      return { value: [...new Set(chosen)] };
    }
    case 'COUNTRY': {
      const code = text.toUpperCase();
      return isCountryCode(code) ? { value: code } : { error: 'Choose a country (a two-letter ISO code such as DE or US).' };
    }
  }
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
