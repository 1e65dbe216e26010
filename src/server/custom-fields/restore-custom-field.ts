import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { customFieldIdInput, requireManagedField } from './access';
import type { FieldDefinition } from './values';

/** Brings an archived field back, with the values it held, at the end of the entity's fields. */
export async function restoreCustomField(db: Database, viewer: Viewer, rawInput: unknown): Promise<FieldDefinition> {
  const { customFieldId } = parseInput(customFieldIdInput, rawInput);
  return db.transaction(async (tx) => {
    const field = await requireManagedField(tx, viewer, customFieldId);
    const c = customFieldDefinitions;
    const [restored] = await tx
      .update(c)
      .set({
        archivedAt: null,
        position: sql`(select coalesce(max(o.position) + 1, 0) from ${c} o where o.program_id = ${field.programId} and o.entity = ${field.entity} and o.archived_at is null)`,
      })
      .where(and(eq(c.id, field.id), isNotNull(c.archivedAt)))
      .returning();
    if (!restored) throw invalid('customFieldId', `${field.label} is not archived.`, 'CONFLICT');
    await recordEvent(tx, viewer, { programId: field.programId, action: 'custom_field.restored', subjectType: 'CustomField', subjectId: field.id, data: { key: field.key, label: field.label } });
    return restored;
  });
}
