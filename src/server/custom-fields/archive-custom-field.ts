import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { customFieldIdInput, requireManagedField } from './access';
import type { FieldDefinition } from './values';

/**
 * Hides a field from forms, filters, the export and partner pages. Nothing is deleted: stored
 * values stay in each row's jsonb and reappear when the field is restored.
 */
export async function archiveCustomField(db: Database, viewer: Viewer, rawInput: unknown): Promise<FieldDefinition> {
  const { customFieldId } = parseInput(customFieldIdInput, rawInput);
  return db.transaction(async (tx) => {
    const field = await requireManagedField(tx, viewer, customFieldId);
    const c = customFieldDefinitions;
    const [archived] = await tx
      .update(c)
      .set({ archivedAt: new Date() })
      .where(and(eq(c.id, field.id), isNull(c.archivedAt)))
      .returning();
    if (!archived) throw invalid('customFieldId', `${field.label} is already archived.`, 'CONFLICT');
    await recordEvent(tx, viewer, { programId: field.programId, action: 'custom_field.archived', subjectType: 'CustomField', subjectId: field.id, data: { key: field.key, label: field.label } });
    return archived;
  });
}
