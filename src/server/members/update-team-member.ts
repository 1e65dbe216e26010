import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions, partnerMembers, partnershipMembers, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { parseFieldValues, type FieldValues } from '../custom-fields/values';
import { InvalidInputError, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { memberRoleLabel } from '../../shapes/people';

export const updateTeamMemberInput = z.object({
  partnershipId: z.string(),
  memberId: z.string(),
  roleLabel: memberRoleLabel.nullish(),
  customFields: z.array(z.object({ key: z.string(), value: z.string().nullish() })).max(100).nullish(),
});

/** A manager sets a member's role label and the program's member custom fields (not name or email). */
export async function updateTeamMember(db: Database, viewer: Viewer, rawInput: unknown) {
  const input = parseInput(updateTeamMemberInput, rawInput);
  const partnershipId = fromGlobalId('Partnership', input.partnershipId);
  const memberId = fromGlobalId('Member', input.memberId);
  if (!partnershipId || !memberId) throw notFound('Team member');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ programId: partnerships.programId, values: partnershipMembers.customFieldValues })
      .from(partnershipMembers)
      .innerJoin(partnerships, eq(partnerships.id, partnershipMembers.partnershipId))
      .where(and(eq(partnershipMembers.partnershipId, partnershipId), eq(partnershipMembers.memberId, memberId)))
      .limit(1);
    if (!row || !canManageProgram(viewer, row.programId)) throw notFound('Team member');
    const defs = await tx
      .select()
      .from(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.programId, row.programId), eq(customFieldDefinitions.entity, 'MEMBER')));
    const parsed = parseFieldValues(defs, input.customFields, ['customFields'], row.values as FieldValues);
    if (parsed.errors.length > 0) throw new InvalidInputError(parsed.errors);
    const [link] = await tx
      .update(partnershipMembers)
      .set({ customFieldValues: parsed.values })
      .where(and(eq(partnershipMembers.partnershipId, partnershipId), eq(partnershipMembers.memberId, memberId)))
      .returning();
    const [member] =
      input.roleLabel === undefined
        ? await tx.select().from(partnerMembers).where(eq(partnerMembers.id, memberId))
        : await tx.update(partnerMembers).set({ roleLabel: input.roleLabel || null }).where(eq(partnerMembers.id, memberId)).returning();
    await recordEvent(tx, viewer, {
      programId: row.programId,
      partnershipId,
      action: 'member.updated',
      subjectType: 'Member',
      subjectId: memberId,
      data: { roleLabel: member.roleLabel, customFields: parsed.values },
    });
    return { member, customFieldValues: link.customFieldValues, programId: row.programId };
  });
}
