import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { invites, partnerMembers } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { queueEmail } from '../email/outbox';
import { partnershipRequestEmail } from '../email/templates';
import { askOwnersToApprove } from '../members/ask-owners';
import { addTeamMembers } from '../members/rules';
import type { PartnerCandidate } from '../partners/partner-candidates';
import { can } from '../partners/permissions';
import { appUrl } from '../shared/app-url';
import { InvalidInputError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { alreadyInProgram, partnerKeyChoice, type AddPartnerInput, type PreparedAddition } from './partner-addition';
import { openPartnership } from './open-partnership';
import type { PartnershipRow } from './rules';
import { MEMBER_STATUS } from '../members/rules';
import { PARTNERSHIP_STATUS } from './rules';

/**
 * The article's add for an email that already has an account: the manager chooses which of that
 * person's partner organisations to connect, and the partnership waits for an Owner or Admin of
 * it to approve. People new to its team wait for the team owner's approval too, before any email.
 */
export async function connectExistingPartner(
  tx: Executor,
  viewer: Viewer,
  input: AddPartnerInput,
  prepared: PreparedAddition,
  candidates: PartnerCandidate[],
): Promise<PartnershipRow> {
  const { program } = prepared;
  if (!input.existingPartnerId) {
    throw new InvalidInputError(
      [{ field: ['existingPartnerId'], message: `${input.email} already has a Partnerly account. Choose which partner organisation to connect.`, code: 'REQUIRED' }],
      { partnerCandidates: candidates },
    );
  }
  const chosenId = fromGlobalId('Partner', input.existingPartnerId);
  const chosen = candidates.find((c) => c.partner.id === chosenId);
  if (!chosen) {
    throw new InvalidInputError([{ field: ['existingPartnerId'], message: `Choose one of ${input.email}'s partner organisations.`, code: 'INVALID' }], {
      partnerCandidates: candidates,
    });
  }
  if (chosen.alreadyInProgram) {
    throw new InvalidInputError([{ field: ['existingPartnerId'], message: `${chosen.partner.name} is already in this program.`, code: 'TAKEN' }], {
      partnerCandidates: candidates,
    });
  }
  const partner = chosen.partner;
  const team = await tx.select().from(partnerMembers).where(eq(partnerMembers.partnerId, partner.id));
  const byEmail = new Map(team.map((m) => [m.email.toLowerCase(), m]));
  const contact = byEmail.get(input.email);
  const extra = input.members ?? [];
  // Someone removed from the team earlier (declined, invite deleted) is a newcomer again.
  const newcomers = extra.filter((m) => (byEmail.get(m.email)?.status ?? MEMBER_STATUS.REMOVED) === MEMBER_STATUS.REMOVED);
  const added = await addTeamMembers(
    tx,
    partner.id,
    newcomers.map((m) => ({
      email: m.email,
      firstName: m.firstName ?? '',
      lastName: m.lastName ?? '',
      accessLevel: 'MEMBER' as const,
      roleLabel: m.roleLabel ?? null,
      status: MEMBER_STATUS.AWAITING_OWNER_APPROVAL,
    })),
  );
  const addedByEmail = new Map(added.map((m) => [m.email.toLowerCase(), m]));
  const partnership = await openPartnership(tx, viewer, {
    programId: program.id,
    partnerId: partner.id,
    groupId: prepared.groupId,
    status: PARTNERSHIP_STATUS.PENDING_APPROVAL,
    source: viewer.kind === 'apiKey' ? 'API' : 'DASHBOARD',
    partnerKey: partnerKeyChoice(input),
    programManagerId: prepared.managerId,
    customFieldValues: prepared.partnershipFields,
    members: [
      ...(contact ? [{ memberId: contact.id }] : []),
      ...extra.map((m, i) => ({ memberId: (addedByEmail.get(m.email) ?? byEmail.get(m.email))!.id, customFieldValues: prepared.memberFields[i] })),
    ],
    event: { action: 'partnership.added', data: { partner: partner.name, newToNetwork: false, awaitingApproval: true } },
    whenTaken: alreadyInProgram,
  });
  if (added.length > 0) {
    await tx.insert(invites).values(
      added.map((member) => ({
        kind: 'TEAM_JOIN' as const,
        status: MEMBER_STATUS.AWAITING_OWNER_APPROVAL,
        programId: program.id,
        partnershipId: partnership.id,
        partnerId: partner.id,
        memberId: member.id,
        email: member.email,
        invitedById: viewer.kind === 'user' ? viewer.user.id : null,
      })),
    );
  }

  const managerName = viewer.kind === 'user' ? (viewer.user.name ?? viewer.user.email) : `The ${program.name} team`;
  const approvers = team.filter((m) => m.status === MEMBER_STATUS.ACTIVE && can(m.accessLevel, 'approvePartnership'));
  for (const approver of approvers) {
    await queueEmail(
      tx,
      approver.email,
      partnershipRequestEmail({ partnerName: partner.name, programName: program.name, managerName, dashboardUrl: `${appUrl()}/partner` }),
      program.id,
    );
  }
  await askOwnersToApprove(tx, { team, added, partnerName: partner.name, programName: program.name, programId: program.id });
  return partnership;
}
