import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { apiKeys } from '../db/schema';
import { hashToken } from '../shared/tokens';

export const API_KEY_PREFIX = 'ptly_';

/** The key's program and name, if it is known, not revoked and not expired. */
export async function verifyApiKey(db: Database, secret: string): Promise<{ id: string; programId: string; name: string } | null> {
  if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) return null;
  const [key] = await db
    .select({ id: apiKeys.id, programId: apiKeys.programId, name: apiKeys.name })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.keyHash, hashToken(secret)),
        isNull(apiKeys.revokedAt),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, sql`now()`)),
      ),
    )
    .limit(1);
  if (!key) return null;
  // "Last used" to the minute is enough, and spares a write on every request.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return key;
}
