import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { customFieldDefinitions, invites, partnerMembers, partners, partnershipMembers, partnerships, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { parseFieldValues } from '../custom-fields/values';
import { newMemberShape } from '../../shapes/people';
import { duplicateEmailErrors } from '../shared/duplicate-emails';
import { excluded } from '../shared/insert-select';
import { LIVE_PARTNERSHIP_STATUSES, type PartnershipRow } from '../partnerships/rules';
import { InvalidInputError, invalid, notFound, parseInput, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { INVITE_KIND, INVITE_STATUS, type InviteRow } from '../invites/rules';
import { addTeamMembers, MEMBER_STATUS } from './rules';
import { askOwnersToApprove } from './ask-owners';

export const addPartnerMembersInput = z.object({
  partnershipId: z.string(),
  members: z.array(newMemberShape).min(1, 'Add at least one member.').max(50, 'Add at most 50 members at once.'),
});

/**
 * A manager adds members to a partnership's team. For a partner that has claimed its account,
 * each addition waits for the team owner's approval before any invite is sent. For a partner
 * still being invited, the manager sets access levels and the invites wait for the claim.
 */
export async function addPartnerMembers(db: Database, viewer: Viewer, rawInput: unknown): Promise<{ partnership: PartnershipRow; invites: InviteRow[] }> {
  const input = parseInput(addPartnerMembersInput, rawInput);
  const id = fromGlobalId('Partnership', input.partnershipId);
  if (!id) throw notFound('Partnership');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ partnership: partnerships, partner: partners, programName: programs.name })
      .from(partnerships)
      .innerJoin(partners, eq(partners.id, partnerships.partnerId))
      .innerJoin(programs, eq(programs.id, partnerships.programId))
      .where(eq(partnerships.id, id))
      .limit(1);
    if (!row || !canManageProgram(viewer, row.partnership.programId)) throw notFound('Partnership');
    const { partnership, partner } = row;
    if (!(LIVE_PARTNERSHIP_STATUSES as readonly string[]).includes(partnership.status)) {
      throw invalid('partnershipId', 'Members can only be added to a pending or active partnership.', 'CONFLICT');
    }

    const team = await tx.select().from(partnerMembers).where(and(eq(partnerMembers.partnerId, partner.id), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)));
    const onTeam = new Set(team.map((m) => m.email.toLowerCase()));
    const errors: UserError[] = duplicateEmailErrors(
      input.members.map((m) => m.email),
      (i) => ['members', String(i), 'email'],
    );
    input.members.forEach((m, i) => {
      if (onTeam.has(m.email)) errors.push({ field: ['members', String(i), 'email'], message: `${m.email} is already on ${partner.name}'s team.`, code: 'TAKEN' });
    });
    const memberDefs = await tx
      .select()
      .from(customFieldDefinitions)
      .where(and(eq(customFieldDefinitions.programId, partnership.programId), eq(customFieldDefinitions.entity, 'MEMBER')));
    const fieldValues = input.members.map((m, i) => {
      const parsed = parseFieldValues(memberDefs, m.customFields, ['members', String(i), 'customFields']);
      errors.push(...parsed.errors);
      return parsed.values;
    });
    if (errors.length > 0) throw new InvalidInputError(errors);

    const claimed = partner.claimedAt !== null;
    const members = await addTeamMembers(
      tx,
      partner.id,
      input.members.map((m) => ({
        email: m.email,
        firstName: m.firstName ?? '',
        lastName: m.lastName ?? '',
        // An existing partner's team sets its own access levels; new members start as Member.
        accessLevel: claimed ? ('MEMBER' as const) : (m.accessLevel ?? 'MEMBER'),
        roleLabel: m.roleLabel ?? null,
        status: claimed ? MEMBER_STATUS.AWAITING_OWNER_APPROVAL : MEMBER_STATUS.INVITED,
      })),
    );
    // A member removed earlier may still be linked to this partnership: their values are replaced.
    await tx
      .insert(partnershipMembers)
      .values(members.map((m, i) => ({ partnershipId: id, memberId: m.id, customFieldValues: fieldValues[i] })))
      .onConflictDoUpdate({ target: [partnershipMembers.partnershipId, partnershipMembers.memberId], set: { customFieldValues: excluded(partnershipMembers.customFieldValues) } });
    const created = await tx
      .insert(invites)
      .values(
        members.map((m) => ({
          kind: INVITE_KIND.TEAM_JOIN,
          status: claimed ? INVITE_STATUS.AWAITING_OWNER_APPROVAL : INVITE_STATUS.HELD,
          programId: partnership.programId,
          partnershipId: id,
          partnerId: partner.id,
          memberId: m.id,
          email: m.email,
          invitedById: viewer.kind === 'user' ? viewer.user.id : null,
        })),
      )
      .returning();
    if (claimed) await askOwnersToApprove(tx, { team, added: members, partnerName: partner.name, programName: row.programName, programId: partnership.programId });
    await recordEvent(tx, viewer, {
      programId: partnership.programId,
      partnershipId: id,
      action: 'members.added',
      subjectType: 'Partnership',
      subjectId: id,
      data: { emails: members.map((m) => m.email), awaitingOwnerApproval: claimed },
    });
    return { partnership, invites: created };
  });
}
