import { z } from 'zod';

/**
 * What PostgreSQL can store, checked before a value reaches it: a value outside these rules is
 * the caller's mistake and must be answered as one, not as the driver error it would become.
 */

// With the `u` flag a surrogate class matches only halves that are not part of a pair.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  // text and jsonb cannot hold U+0000; an unpaired surrogate is not Unicode at all (UTF-8 has no
  // encoding for it, and jsonb refuses its \u escape).
  if (value.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold.';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired UTF-16 surrogate: it is not valid Unicode text.';
  return null;
}

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * The instant an ISO-8601 date-time with a time zone names, or null. JavaScript dates reach
 * ±275,760 years but timestamptz has no year 0 and its ISO input no signed years, so only years
 * 1 to 9999 (in UTC) are accepted.
 */
export function parseTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string' || !isoDateTime.safeParse(value).success) return null;
  const date = new Date(value);
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 1 || year > 9999 ? null : date;
}
