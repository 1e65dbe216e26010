import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { requireManagedProgram } from '../programs/access';
import { invalid, parseInput } from '../shared/errors';
import { fieldEntity, fieldHelpText, fieldKey, fieldLabel, fieldOptions, fieldType, MAX_FIELDS_PER_ENTITY, optionsProblem } from '../../shapes/custom-fields';
import { ENTITY_NOUN } from './stored-values';
import type { FieldDefinition } from './values';

export const createCustomFieldInput = z
  .object({
    programId: z.string(),
    entity: fieldEntity,
    key: fieldKey,
    label: fieldLabel,
    helpText: fieldHelpText.nullish(),
    type: fieldType,
    options: fieldOptions.nullish(),
    required: z.boolean().nullish(),
  })
  .superRefine((v, ctx) => {
    const problem = optionsProblem(v.type, v.options ?? []);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.index === undefined ? ['options'] : ['options', problem.index] });
  });

/** A program manager (or API key) adds a field to the program's partnerships or members; it goes last. */
export async function createCustomField(db: Database, viewer: Viewer, rawInput: unknown): Promise<FieldDefinition> {
  const input = parseInput(createCustomFieldInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const c = customFieldDefinitions;
    const [{ count, last }] = await tx
      .select({ count: sql<number>`count(*)::int`, last: sql<number | null>`max(${c.position})` })
      .from(c)
      .where(and(eq(c.programId, program.id), eq(c.entity, input.entity)));
    if (Number(count) >= MAX_FIELDS_PER_ENTITY) {
      throw invalid('entity', `A program can have at most ${MAX_FIELDS_PER_ENTITY} ${ENTITY_NOUN[input.entity][0]} fields (archived ones count).`, 'OUT_OF_RANGE');
    }
    const [field] = await tx
      .insert(c)
      .values({
        programId: program.id,
        entity: input.entity,
        key: input.key,
        label: input.label,
        helpText: input.helpText || null,
        type: input.type,
        options: input.options ?? [],
        required: input.required ?? false,
        position: last == null ? 0 : Number(last) + 1,
      })
      // The unique index on (program, entity, key) decides races between two creators.
      .onConflictDoNothing()
      .returning();
    if (!field) {
      const [taken] = await tx
        .select({ label: c.label, archivedAt: c.archivedAt })
        .from(c)
        .where(and(eq(c.programId, program.id), eq(c.entity, input.entity), eq(c.key, input.key)));
      const [noun] = ENTITY_NOUN[input.entity];
      throw invalid(
        'key',
        taken?.archivedAt
          ? `The archived ${noun} field "${taken.label}" uses the key ${input.key}: restore it, or choose another key.`
          : `The ${noun} field "${taken?.label ?? input.key}" already uses the key ${input.key}. Choose another key.`,
        'TAKEN',
      );
    }
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'custom_field.created',
      subjectType: 'CustomField',
      subjectId: field.id,
      data: { entity: field.entity, key: field.key, label: field.label, type: field.type, options: field.options, required: field.required },
    });
    return field;
  });
}
