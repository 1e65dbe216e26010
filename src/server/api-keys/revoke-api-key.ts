import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { apiKeys } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { forbidden, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { ApiKeyRow } from './create-api-key';

export const revokeApiKeyInput = z.object({ id: z.string() });

/** Revoking is immediate and final; revoking an already revoked key changes nothing. */
export async function revokeApiKey(db: Database, viewer: Viewer, rawInput: unknown): Promise<ApiKeyRow> {
  if (viewer.kind !== 'user') throw forbidden('Only a program manager can revoke API keys.');
  const input = parseInput(revokeApiKeyInput, rawInput);
  const keyId = fromGlobalId('ApiKey', input.id);
  if (!keyId) throw notFound('API key');
  return db.transaction(async (tx) => {
    const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.id, keyId)).limit(1);
    if (!key || !canManageProgram(viewer, key.programId)) throw notFound('API key');
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!revoked) return key;
    await recordEvent(tx, viewer, {
      programId: key.programId,
      action: 'api_key.revoked',
      subjectType: 'ApiKey',
      subjectId: key.id,
      data: { name: key.name, prefix: key.prefix },
    });
    return revoked;
  });
}
