import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { apiKeys, programManagers, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { apiKeyCreatedEmail } from '../email/templates';
import { forbidden, parseInput } from '../shared/errors';
import { hashToken, randomToken } from '../shared/tokens';
import { API_KEY_PREFIX } from './verify-api-key';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export const createApiKeyInput = z.object({
  programId: z.string(),
  name: z.string().trim().min(1, 'Enter a name that says what the key is for.').max(80, 'Use at most 80 characters.'),
  expiresInDays: z.number().int('Use a whole number of days.').min(1, 'Must be at least 1 day.').max(3650, 'Must be at most 3650 days.').nullish(),
});

/** Inserts a key and returns its secret, which exists only in this return value. */
export async function insertApiKey(
  tx: Executor,
  program: ProgramRow,
  fields: { name: string; createdById: string | null; expiresAt: Date | null },
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
  const [apiKey] = await tx
    .insert(apiKeys)
    .values({ programId: program.id, prefix: secret.slice(0, 12), keyHash: hashToken(secret), ...fields })
    .returning();
  return { apiKey, secret };
}

/**
 * A program manager creates an API key. Keys cannot mint keys: a leaked key must not be able to
 * outlive its revocation. Every manager of the program is told by email.
 */
export async function createApiKey(db: Database, viewer: Viewer, rawInput: unknown): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  if (viewer.kind !== 'user') throw forbidden('Only a program manager can create API keys.');
  const input = parseInput(createApiKeyInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const created = await insertApiKey(tx, program, { name: input.name, createdById: viewer.user.id, expiresAt });
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'api_key.created',
      subjectType: 'ApiKey',
      subjectId: created.apiKey.id,
      data: { name: input.name, prefix: created.apiKey.prefix },
    });
    const managers = await tx
      .select({ email: users.email })
      .from(programManagers)
      .innerJoin(users, eq(users.id, programManagers.userId))
      .where(eq(programManagers.programId, program.id));
    const email = apiKeyCreatedEmail({
      programName: program.name,
      keyName: input.name,
      prefix: created.apiKey.prefix,
      createdBy: viewer.user.name ?? viewer.user.email,
    });
    for (const manager of managers) await queueEmail(tx, manager.email, email, program.id);
    return created;
  });
}
