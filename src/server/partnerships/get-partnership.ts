import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { PartnershipRow } from './rules';

/** A partnership of a program the viewer manages; otherwise it does not exist for them. */
export async function getManagedPartnership(db: Database, viewer: Viewer, globalId: string): Promise<PartnershipRow> {
  const id = fromGlobalId('Partnership', globalId);
  if (!id) throw notFound('Partnership');
  const [row] = await db.select().from(partnerships).where(eq(partnerships.id, id)).limit(1);
  if (!row || !canManageProgram(viewer, row.programId)) throw notFound('Partnership');
  return row;
}
