import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { requireManagedProgram } from '../programs/access';
import { invalid, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { fieldEntity, MAX_FIELDS_PER_ENTITY } from '../../shapes/custom-fields';
import { ENTITY_NOUN } from './stored-values';
import type { FieldDefinition } from './values';

export const reorderCustomFieldsInput = z.object({
  programId: z.string(),
  entity: fieldEntity,
  customFieldIds: z.array(z.string()).max(MAX_FIELDS_PER_ENTITY),
});

/**
 * Puts one entity's active fields in the given order (forms, pages and the export follow it).
 * The list must name each of them once, so a page showing a stale list cannot drop a field a
 * colleague just added to a place nobody chose; archived fields keep their order after them.
 */
export async function reorderCustomFields(db: Database, viewer: Viewer, rawInput: unknown): Promise<FieldDefinition[]> {
  const input = parseInput(reorderCustomFieldsInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const c = customFieldDefinitions;
    const fields = await tx
      .select()
      .from(c)
      .where(and(eq(c.programId, program.id), eq(c.entity, input.entity)))
      .orderBy(asc(c.position), asc(c.key))
      .for('update');
    const active = new Map(fields.filter((f) => !f.archivedAt).map((f) => [f.id, f]));
    const order: string[] = [];
    for (const [index, globalId] of input.customFieldIds.entries()) {
      const id = fromGlobalId('CustomField', globalId);
      if (!id || !active.has(id)) throw invalid(`customFieldIds.${index}`, `This is not an active ${ENTITY_NOUN[input.entity][0]} field of the program.`, 'INVALID');
      if (order.includes(id)) throw invalid(`customFieldIds.${index}`, `${active.get(id)!.label} is listed twice.`, 'INVALID');
      order.push(id);
    }
    const missing = [...active.values()].filter((f) => !order.includes(f.id));
    if (missing.length > 0) {
      throw invalid('customFieldIds', `List every active field once; missing: ${missing.map((f) => f.label).join(', ')}. Reload the page if someone else just changed the fields.`, 'CONFLICT');
    }
    const all = [...order, ...fields.filter((f) => f.archivedAt).map((f) => f.id)];
    await tx.execute(sql`
      update ${c} set position = o.position - 1
      from unnest(${sql.param(all)}::uuid[]) with ordinality as o(id, position)
      where ${c}.id = o.id`);
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'custom_fields.reordered',
      subjectType: 'Program',
      subjectId: program.id,
      data: { entity: input.entity, keys: order.map((id) => active.get(id)!.key) },
    });
    const byId = new Map(fields.map((f) => [f.id, f]));
    return all.map((id, position) => ({ ...byId.get(id)!, position }));
  });
}
