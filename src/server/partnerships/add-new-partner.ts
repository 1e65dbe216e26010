import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { invites, inviteTemplates } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { sendInvites } from '../invites/send-invites';
import { createPartner } from '../partners/create-partner';
import { alreadyInProgram, partnerKeyChoice, type AddPartnerInput, type PreparedAddition } from './partner-addition';
import { openPartnership } from './open-partnership';
import type { PartnershipRow } from './rules';
import { MEMBER_STATUS } from '../members/rules';
import { INVITE_STATUS } from '../invites/rules';
import { PARTNERSHIP_STATUS } from './rules';

async function savedContent(tx: Executor, viewer: Viewer, programId: string) {
  if (viewer.kind !== 'user') return null;
  const [row] = await tx
    .select()
    .from(inviteTemplates)
    .where(and(eq(inviteTemplates.programId, programId), eq(inviteTemplates.managerId, viewer.user.id)));
  return row ?? null;
}

/**
 * The article's "Add a new partner" for an email new to the network: creates the partner, the
 * primary contact (the team's owner) and the members the manager listed, opens the partnership
 * and emails the contact a claim invite. The members' invites wait until the contact claims.
 */
export async function addNewPartner(tx: Executor, viewer: Viewer, input: AddPartnerInput, prepared: PreparedAddition): Promise<PartnershipRow> {
  const { program } = prepared;
  const fullName = `${input.firstName ?? ''} ${input.lastName ?? ''}`.trim();
  const extra = input.members ?? [];
  const { partner, members } = await createPartner(tx, { name: input.companyName || fullName || input.email, logoUrl: input.logoUrl ?? null }, [
    { email: input.email, firstName: input.firstName ?? '', lastName: input.lastName ?? '', accessLevel: 'OWNER', status: MEMBER_STATUS.INVITED },
    ...extra.map((m) => ({
      email: m.email,
      firstName: m.firstName ?? '',
      lastName: m.lastName ?? '',
      accessLevel: m.accessLevel ?? ('MEMBER' as const),
      roleLabel: m.roleLabel ?? null,
      status: MEMBER_STATUS.INVITED,
    })),
  ]);
  const partnership = await openPartnership(tx, viewer, {
    programId: program.id,
    partnerId: partner.id,
    groupId: prepared.groupId,
    status: PARTNERSHIP_STATUS.PENDING_CLAIM,
    source: viewer.kind === 'apiKey' ? 'API' : 'DASHBOARD',
    partnerKey: partnerKeyChoice(input),
    programManagerId: prepared.managerId,
    customFieldValues: prepared.partnershipFields,
    members: members.map((member, i) => ({ memberId: member.id, customFieldValues: i === 0 ? {} : prepared.memberFields[i - 1] })),
    event: { action: 'partnership.added', data: { partner: partner.name, newToNetwork: true, members: members.length } },
    whenTaken: alreadyInProgram,
  });
  const invitedById = viewer.kind === 'user' ? viewer.user.id : null;
  // Content given with this add, else the manager's saved content, else the default template.
  const content = input.invite ?? (await savedContent(tx, viewer, program.id));
  const inviteRows = await tx
    .insert(invites)
    .values(
      members.map((member, i) => ({
        kind: i === 0 ? ('PARTNER_CLAIM' as const) : ('TEAM_JOIN' as const),
        // Members of a partnership not yet claimed get no email until the primary contact claims.
        status: i === 0 ? INVITE_STATUS.SENT : INVITE_STATUS.HELD,
        programId: program.id,
        partnershipId: partnership.id,
        partnerId: partner.id,
        memberId: member.id,
        email: member.email,
        invitedById,
        customSubject: i === 0 ? (content?.subject ?? null) : null,
        customBody: i === 0 ? (content?.body ?? null) : null,
      })),
    )
    .returning();
  await sendInvites(tx, [inviteRows[0].id]);
  await recordEvent(tx, viewer, {
    programId: program.id,
    partnershipId: partnership.id,
    action: 'invite.sent',
    subjectType: 'Invite',
    subjectId: inviteRows[0].id,
    data: { email: input.email, kind: 'PARTNER_CLAIM' },
  });
  return partnership;
}
