import { and, eq, like, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
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
    .where(and(eq(partnerKeys.programId, programId), sql`${partnerKeys.key} = any(${sql.param([...keys])}::text[])`));
  return new Map(rows.map((r) => [r.key, r.partnershipId]));
}

/**
 * uniquePartnerKey for many bases at once (one statement whatever their number): for each base
 * in order, the base itself if free, else the base with the smallest free number, never a key of
 * the program (now or as an alias), one of `reserved` (keys others in the same import keep), or
 * one given earlier in the list. Call under lockProgramKeys.
 */
export async function uniquePartnerKeysInBulk(
  tx: Executor,
  programId: string,
  bases: readonly string[],
  reserved: Pick<ReadonlySet<string>, 'has'> = new Set(),
): Promise<string[]> {
  if (bases.length === 0) return [];
  const stem = (key: string) => key.replace(/[0-9]+$/, '');
  const stems = [...new Set(bases.map(stem))];
  // The base and its numbered forms share the base's stem (it without trailing digits): the stem
  // index finds every key that could clash, and nothing else but their stem-mates.
  const k = partnerKeys;
  const rows = await queryRows<{ key: string }>(
    tx,
    sql`select ${k.key} as key from ${k}
        where ${k.programId} = ${programId} and rtrim(${k.key}, '0123456789') = any(${sql.param(stems)}::text[])`,
  );
  const taken = new Set(rows.map((r) => r.key));
  const next = new Map<string, number>();
  return bases.map((base) => {
    let n = next.get(base) ?? 1;
    let key = n === 1 ? base : `${base}${n}`;
    while (taken.has(key) || reserved.has(key)) key = `${base}${++n}`;
    next.set(base, n + 1);
    taken.add(key);
    return key;
  });
}
