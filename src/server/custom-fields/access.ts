import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { FieldDefinition } from './values';

/** The input of the mutations that act on one field (archive, restore). */
export const customFieldIdInput = z.object({ customFieldId: z.string() });

/**
 * A field of a program the viewer manages, locked for the rest of the transaction so two edits
 * of one field do not check stored values against different versions of it. Anyone else is told
 * it does not exist.
 */
export async function requireManagedField(tx: Executor, viewer: Viewer, globalId: string): Promise<FieldDefinition> {
  const id = fromGlobalId('CustomField', globalId);
  const [field] = id ? await tx.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.id, id)).for('update') : [];
  if (!field || !canManageProgram(viewer, field.programId)) throw notFound('Custom field');
  return field;
}
