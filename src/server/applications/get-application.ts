import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { applications } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';

export type ApplicationRow = typeof applications.$inferSelect;

/**
 * An application of a program the viewer manages; to anyone else it does not exist. With `lock`,
 * the row is locked until the transaction ends (a change that reads, then writes it).
 */
export async function getManagedApplication(db: Executor, viewer: Viewer, globalId: string, lock = false): Promise<ApplicationRow> {
  const id = fromGlobalId('Application', globalId);
  if (!id) throw notFound('Application');
  const query = db.select().from(applications).where(eq(applications.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !canManageProgram(viewer, row.programId)) throw notFound('Application');
  return row;
}
