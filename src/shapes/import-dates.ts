/**
 * Dates in imported files. Other services export ISO dates (2024-03-15), ISO date-times
 * (2024-03-15T14:20:50Z), US dates (03/15/2024) or European ones (15.03.2024, 15/03/2024).
 * A slashed date such as 01/02/2024 reads either way, so the import's `dateOrder` decides it:
 * MDY (the default, as US-based services export) or DMY. Dotted dates are always day first.
 */
export type DateOrder = 'MDY' | 'DMY';
export const DEFAULT_DATE_ORDER: DateOrder = 'MDY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A calendar day at midnight UTC, or null when the parts are no real day (31/02, month 13). */
function utcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The instant a cell names (dates at midnight UTC), or null when it is not one of the accepted forms. */
export function parseImportDate(text: string, order: DateOrder = DEFAULT_DATE_ORDER): Date | null {
  const value = text.trim();
  let match = ISO_DATE.exec(value);
  if (match) return utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (ISO_DATE_TIME.test(value)) {
    // A date-time without an offset is taken as UTC, not as the server's local time.
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
    const date = new Date(withZone.replace(' ', 'T'));
    return Number.isNaN(date.getTime()) || !utcDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) ? null : date;
  }
  match = SLASHED.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return order === 'MDY' ? utcDay(year, first, second) : utcDay(year, second, first);
  }
  match = DOTTED.exec(value);
  if (match) return utcDay(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

/** The day as YYYY-MM-DD (UTC), the form DATE custom fields store. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
