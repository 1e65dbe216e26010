import { httpUrl } from './groups';
import { isCountryCode } from './countries';
import type { QuestionType } from './application-form';

/**
 * Parsing one custom-field value from the text an input carries. Pure, so the join form in the
 * browser and the server run the very same rules (src/server/custom-fields/values.ts re-exports it).
 */

export type FieldValue = string | number | boolean | string[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** MULTI_SELECT values arrive as a JSON array of strings (`["A","B"]`). */
export function parseChoices(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export function parseFieldValue(def: { type: QuestionType; options: string[] }, raw: string): { value?: FieldValue; error?: string } {
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
