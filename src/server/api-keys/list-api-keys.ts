import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { apiKeys } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { forbidden } from '../shared/errors';
import type { ApiKeyRow } from './create-api-key';

export async function listApiKeys(db: Database, viewer: Viewer, programId: string): Promise<ApiKeyRow[]> {
  if (viewer.kind !== 'user') throw forbidden('Only a program manager can list API keys.');
  const program = await requireManagedProgram(db, viewer, programId);
  return db.select().from(apiKeys).where(eq(apiKeys.programId, program.id)).orderBy(desc(apiKeys.createdAt));
}
