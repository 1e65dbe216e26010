import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { programManagers, users } from '../db/schema';

/** The program's managers with their emails lowercased: who a partnership's program manager can be. */
export function listProgramManagers(db: Executor, programId: string): Promise<{ userId: string; email: string }[]> {
  return db
    .select({ userId: users.id, email: sql<string>`lower(${users.email})` })
    .from(programManagers)
    .innerJoin(users, eq(users.id, programManagers.userId))
    .where(eq(programManagers.programId, programId));
}
