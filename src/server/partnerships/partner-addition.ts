import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { customFieldDefinitions, groups, programManagers } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import type { ProgramRow } from '../programs/access';
import { parseFieldValues, type FieldDefinition } from '../custom-fields/values';
import { inviteContentShape, unknownPlaceholderErrors } from '../invites/content';
import { InvalidInputError, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { httpUrl } from '../../shapes/groups';
import { emailShape, fieldInputs, newMemberShape, personName } from '../../shapes/people';
import { duplicateEmailErrors } from '../shared/duplicate-emails';
import type { PartnerKeyChoice } from './open-partnership';

/** The input of adding a partner, and the checks both ways of adding (new, existing) share. */
export const addPartnerInput = z.object({
  programId: z.string(),
  email: emailShape,
  firstName: personName.nullish(),
  lastName: personName.nullish(),
  companyName: z.string().trim().max(120, 'Use at most 120 characters.').nullish(),
  logoUrl: httpUrl.nullish(),
  programManagerId: z.string().nullish(),
  groupId: z.string().nullish(),
  customFields: fieldInputs,
  members: z.array(newMemberShape).max(50, 'Add at most 50 members at once.').nullish(),
  partnerKey: z.string().trim().nullish(),
  existingPartnerId: z.string().nullish(),
  invite: inviteContentShape.nullish(),
});
export type AddPartnerInput = z.infer<typeof addPartnerInput>;

export interface PreparedAddition {
  program: ProgramRow;
  groupId: string;
  managerId: string | null;
  partnershipFields: Record<string, unknown>;
  memberFieldDefs: FieldDefinition[];
  memberFields: Record<string, unknown>[];
}

async function resolveGroup(tx: Executor, program: ProgramRow, groupId: string | null | undefined) {
  const id = groupId ? fromGlobalId('Group', groupId) : null;
  const [group] = await tx
    .select()
    .from(groups)
    .where(and(eq(groups.programId, program.id), id ? eq(groups.id, id) : eq(groups.isDefault, true)))
    .limit(1);
  return group ?? null;
}

async function resolveManager(tx: Executor, viewer: Viewer, program: ProgramRow, managerId: string | null | undefined): Promise<string | null | undefined> {
  if (!managerId) return viewer.kind === 'user' ? viewer.user.id : null;
  const userId = fromGlobalId('User', managerId);
  if (!userId) return undefined;
  const [row] = await tx
    .select({ userId: programManagers.userId })
    .from(programManagers)
    .where(and(eq(programManagers.programId, program.id), eq(programManagers.userId, userId)));
  return row?.userId;
}

/** Checks everything the caller can fix, all at once, before anything is written. */
export async function prepareAddition(tx: Executor, viewer: Viewer, input: AddPartnerInput, program: ProgramRow): Promise<PreparedAddition> {
  const errors: UserError[] = [];
  const group = await resolveGroup(tx, program, input.groupId);
  if (!group) errors.push({ field: ['groupId'], message: 'Choose a group of this program.', code: 'INVALID' });
  const managerId = await resolveManager(tx, viewer, program, input.programManagerId);
  if (managerId === undefined) errors.push({ field: ['programManagerId'], message: 'Choose a manager of this program.', code: 'INVALID' });

  const definitions = await tx.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.programId, program.id));
  const partnershipDefs = definitions.filter((d) => d.entity === 'PARTNERSHIP');
  const memberFieldDefs = definitions.filter((d) => d.entity === 'MEMBER');
  const partnershipFields = parseFieldValues(partnershipDefs, input.customFields, ['customFields']);
  errors.push(...partnershipFields.errors);
  const members = input.members ?? [];
  const memberFields = members.map((m, i) => {
    const parsed = parseFieldValues(memberFieldDefs, m.customFields, ['members', String(i), 'customFields']);
    errors.push(...parsed.errors);
    return parsed.values;
  });
  errors.push(...duplicateEmailErrors([input.email, ...members.map((m) => m.email)], (i) => (i === 0 ? ['email'] : ['members', String(i - 1), 'email'])));
  if (input.invite) errors.push(...unknownPlaceholderErrors(input.invite, ['invite']));
  if (errors.length > 0) throw new InvalidInputError(errors);
  return { program, groupId: group!.id, managerId: managerId ?? null, partnershipFields: partnershipFields.values, memberFieldDefs, memberFields };
}

/** The partner key asked for, else one made from the contact's name (or email). */
export function partnerKeyChoice(input: AddPartnerInput): PartnerKeyChoice {
  return input.partnerKey
    ? { given: input.partnerKey, field: 'partnerKey' }
    : { firstName: input.firstName ?? '', lastName: input.lastName ?? '', fallback: input.email.split('@')[0] };
}

/** What a manager's add answers when the partner is in the program already (a lost race). */
export const alreadyInProgram: UserError = { field: ['email'], message: 'This partner is already in this program.', code: 'TAKEN' };
