import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { partnerKeys } from '../db/schema';
import { invalid } from '../shared/errors';

export const PARTNER_KEY_MAX = 40;
/** The article: "alphanumeric and cannot contain spaces, capitals or special characters". */
export const PARTNER_KEY_PATTERN = /^[a-z0-9]+$/;

/** A partner key made from a name: accents folded, everything but letters and digits dropped. */
export function partnerKeyBase(firstName: string, lastName: string, fallback: string): string {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const base = fold(`${firstName}${lastName}`) || fold(fallback) || 'partner';
  return base.slice(0, PARTNER_KEY_MAX - 6);
}

/**
 * Serialises partner-key choices within one program for the rest of the transaction, so two
 * adds of "Jane Doe" cannot both pick "janedoe".
 */
export async function lockProgramKeys(tx: Executor, programId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`partner-keys:${programId}`}))`);
}

/** The base itself if free in the program, else the base with the smallest free number. */
export async function uniquePartnerKey(tx: Executor, programId: string, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx
        .select({ key: partnerKeys.key })
        .from(partnerKeys)
        .where(and(eq(partnerKeys.programId, programId), like(partnerKeys.key, `${base}%`)))
    ).map((r) => r.key),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** An explicitly given key: valid and not used (now or before) by another partnership of the program. */
export async function checkExplicitPartnerKey(tx: Executor, programId: string, key: string, field = 'partnerKey'): Promise<string> {
  if (!PARTNER_KEY_PATTERN.test(key)) throw invalid(field, 'Use lowercase letters and digits only: no spaces, capitals or special characters.');
  if (key.length > PARTNER_KEY_MAX) throw invalid(field, `Use at most ${PARTNER_KEY_MAX} characters.`, 'TOO_LONG');
  const [existing] = await tx
    .select({ key: partnerKeys.key })
    .from(partnerKeys)
    .where(and(eq(partnerKeys.programId, programId), eq(partnerKeys.key, key)))
    .limit(1);
  if (existing) throw invalid(field, `The partner key "${key}" is already used in this program.`, 'TAKEN');
  return key;
}

/**
 * Which partnership of the program holds (now or as an old alias) each of these keys, in one
 * statement however many keys: for checking a batch of imported keys at once.
 */
export async function partnerKeyHolders(tx: Executor, programId: string, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ key: partnerKeys.key, partnershipId: partnerKeys.partnershipId })
    .from(partnerKeys)
    .where(and(eq(partnerKeys.programId, programId), inArray(partnerKeys.key, [...keys])));
  return new Map(rows.map((r) => [r.key, r.partnershipId]));
}
