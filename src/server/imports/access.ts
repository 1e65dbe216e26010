import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { imports, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram, type ProgramRow } from '../programs/access';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { ImportRow } from './rules';

/**
 * The import behind a global id, with its program, if the viewer manages that program (a manager
 * or an API key of it). Anyone else is told it does not exist. `lock` takes the row for update.
 */
export async function requireManagedImport(db: Executor, viewer: Viewer, importGlobalId: string): Promise<{ importRow: ImportRow; program: ProgramRow }> {
  const id = fromGlobalId('Import', importGlobalId);
  if (!id) throw notFound('Import');
  const [found] = await db.select({ importRow: imports, program: programs }).from(imports).innerJoin(programs, eq(programs.id, imports.programId)).where(eq(imports.id, id)).limit(1);
  if (!found || !canManageProgram(viewer, found.importRow.programId)) throw notFound('Import');
  return found;
}
