import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { GroupRow } from './create-group';

/** The input of the mutations that act on one group (regenerate its join link, delete it). */
export const groupIdInput = z.object({ groupId: z.string() });

/** A group of a program the viewer manages; anyone else is told it does not exist. */
export async function requireManagedGroup(db: Executor, viewer: Viewer, globalId: string): Promise<GroupRow> {
  const id = fromGlobalId('Group', globalId);
  const [group] = id ? await db.select().from(groups).where(eq(groups.id, id)) : [];
  if (!group || !canManageProgram(viewer, group.programId)) throw notFound('Group');
  return group;
}
