import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions, groups, partnerKeys, partnerships, programManagers, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { parseFieldValues, type FieldValues } from '../custom-fields/values';
import { InvalidInputError, invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { lockProgramKeys, PARTNER_KEY_MAX, PARTNER_KEY_PATTERN } from './partner-key';
import { afterMove } from './move-partners';
import { PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

export const updatePartnershipInput = z.object({
  partnershipId: z.string(),
  partnerKey: z.string().trim().nullish(),
  /** Null clears the program manager; absent leaves it. */
  programManagerId: z.string().nullish(),
  customFields: z.array(z.object({ key: z.string(), value: z.string().nullish() })).max(100).nullish(),
  groupId: z.string().nullish(),
});

/**
 * Managers and API keys update a partnership: partner key, program manager, custom fields,
 * group. Not name or email: only the partner changes those. A changed partner key keeps the old
 * one as an alias, so links already shared keep working, and no other partnership may take it.
 */
export async function updatePartnership(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  const input = parseInput(updatePartnershipInput, rawInput);
  const id = fromGlobalId('Partnership', input.partnershipId);
  if (!id) throw notFound('Partnership');
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(partnerships).where(eq(partnerships.id, id)).for('update').limit(1);
    if (!current || !canManageProgram(viewer, current.programId)) throw notFound('Partnership');
    if (current.status === PARTNERSHIP_STATUS.REMOVED) throw invalid('partnershipId', 'This partner was removed from the program; add them again to make a new partnership.', 'CONFLICT');
    const [program] = await tx.select().from(programs).where(eq(programs.id, current.programId));
    const changes: Partial<typeof partnerships.$inferInsert> = {};
    const changed: Record<string, unknown> = {};

    if (input.partnerKey != null && input.partnerKey !== current.partnerKey) {
      const key = input.partnerKey;
      if (!PARTNER_KEY_PATTERN.test(key)) throw invalid('partnerKey', 'Use lowercase letters and digits only: no spaces, capitals or special characters.');
      if (key.length > PARTNER_KEY_MAX) throw invalid('partnerKey', `Use at most ${PARTNER_KEY_MAX} characters.`, 'TOO_LONG');
      await lockProgramKeys(tx, program.id);
      const [owner] = await tx
        .select({ partnershipId: partnerKeys.partnershipId })
        .from(partnerKeys)
        .where(and(eq(partnerKeys.programId, program.id), eq(partnerKeys.key, key)));
      if (owner && owner.partnershipId !== id) throw invalid('partnerKey', `The partner key "${key}" is already used in this program.`, 'TAKEN');
      if (!owner) await tx.insert(partnerKeys).values({ programId: program.id, key, partnershipId: id });
      changes.partnerKey = key;
      changed.partnerKey = { from: current.partnerKey, to: key };
    }

    if (input.programManagerId !== undefined) {
      let managerId: string | null = null;
      if (input.programManagerId !== null) {
        managerId = fromGlobalId('User', input.programManagerId);
        const [manager] = managerId
          ? await tx
              .select()
              .from(programManagers)
              .where(and(eq(programManagers.programId, program.id), eq(programManagers.userId, managerId)))
          : [];
        if (!manager) throw invalid('programManagerId', 'Choose a manager of this program.');
      }
      if (managerId !== current.programManagerId) {
        changes.programManagerId = managerId;
        changed.programManagerId = managerId;
      }
    }

    if (input.customFields) {
      const defs = await tx
        .select()
        .from(customFieldDefinitions)
        .where(and(eq(customFieldDefinitions.programId, program.id), inArray(customFieldDefinitions.entity, ['PARTNERSHIP'])));
      const parsed = parseFieldValues(defs, input.customFields, ['customFields'], current.customFieldValues as FieldValues);
      if (parsed.errors.length > 0) throw new InvalidInputError(parsed.errors);
      changes.customFieldValues = parsed.values;
      changed.customFields = parsed.values;
    }

    let movedTo: typeof groups.$inferSelect | null = null;
    if (input.groupId != null) {
      const groupId = fromGlobalId('Group', input.groupId);
      const [group] = groupId ? await tx.select().from(groups).where(and(eq(groups.id, groupId), eq(groups.programId, program.id))) : [];
      if (!group) throw invalid('groupId', 'Choose a group of this program.');
      if (group.id !== current.groupId) {
        changes.groupId = group.id;
        movedTo = group;
      }
    }

    if (Object.keys(changes).length === 0) return current;
    const [updated] = await tx.update(partnerships).set(changes).where(eq(partnerships.id, id)).returning();
    if (movedTo) await afterMove(tx, viewer, program, movedTo, [id]);
    const fieldsChanged = Object.keys(changed);
    if (fieldsChanged.length > 0) {
      await recordEvent(tx, viewer, {
        programId: program.id,
        partnershipId: id,
        action: changed.partnerKey && fieldsChanged.length === 1 ? 'partnership.key_changed' : 'partnership.updated',
        subjectType: 'Partnership',
        subjectId: id,
        data: changed,
      });
    }
    return updated;
  });
}
