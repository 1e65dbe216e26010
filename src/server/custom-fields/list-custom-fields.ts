import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { FieldDefinition } from './values';

export type CustomFieldEntity = FieldDefinition['entity'];

/**
 * The fields a program uses now for one entity, in the manager's order: what forms, filters,
 * exports and pages show, and what new values are checked against. Archived fields are left out
 * (their stored values stay in the jsonb until the field is restored).
 */
export function activeFieldDefinitions(db: Executor, programId: string, entity: CustomFieldEntity): Promise<FieldDefinition[]> {
  return db
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.programId, programId), eq(customFieldDefinitions.entity, entity), isNull(customFieldDefinitions.archivedAt)))
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
}

/** A program's fields for the settings page and the API: one entity or both, archived ones only when asked. */
export function listCustomFields(db: Executor, programId: string, options: { entity?: CustomFieldEntity | null; includeArchived?: boolean | null } = {}): Promise<FieldDefinition[]> {
  const c = customFieldDefinitions;
  return db
    .select()
    .from(c)
    .where(and(eq(c.programId, programId), options.entity ? eq(c.entity, options.entity) : undefined, options.includeArchived ? undefined : isNull(c.archivedAt)))
    .orderBy(asc(c.entity), asc(c.position), asc(c.key));
}

/** The same choice over definitions already loaded (the request's DataLoader holds all of a program's), narrowed as asked. */
export function pickDefinitions(defs: readonly FieldDefinition[], entity: CustomFieldEntity | null | undefined, includeArchived?: boolean | null): FieldDefinition[] {
  return defs.filter((d) => (!entity || d.entity === entity) && (includeArchived || !d.archivedAt));
}
