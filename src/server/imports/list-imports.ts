import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgramBySlug } from '../programs/access';

export async function listImports(db: Database, viewer: Viewer, programSlug: string, limit = 50) {
  const program = await requireManagedProgramBySlug(db, viewer, programSlug);
  return db.select().from(imports).where(eq(imports.programId, program.id)).orderBy(desc(imports.createdAt)).limit(limit);
}
