import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import {
  customFieldDefinitions,
  groups,
  invites,
  inviteTemplates,
  links,
  partnerKeys,
  partnerMembers,
  partners,
  partnershipGroupHistory,
  partnershipMembers,
  partnerships,
  programManagers,
} from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { partnershipRequestEmail } from '../email/templates';
import { askOwnersToApprove } from '../members/ask-owners';
import { parseFieldValues, type FieldDefinition } from '../custom-fields/values';
import { inviteContentShape, unknownPlaceholderErrors } from '../invites/content';
import { sendInvites } from '../invites/send-invites';
import { partnerCandidatesFor } from '../partners/partner-candidates';
import { PARTNERSHIP_APPROVERS } from '../partners/access';
import { appUrl } from '../shared/app-url';
import { InvalidInputError, parseInput, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { httpUrl } from '../../shapes/groups';
import { emailShape, fieldInputs, newMemberShape, personName } from '../../shapes/people';
import { duplicateEmailErrors } from '../shared/duplicate-emails';
import { checkExplicitPartnerKey, lockProgramKeys, partnerKeyBase, uniquePartnerKey } from './partner-key';
import { LIVE_PARTNERSHIP_STATUSES, type PartnershipRow } from './rules';
import { addTeamMembers } from '../members/rules';

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
type AddPartnerInput = z.infer<typeof addPartnerInput>;

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

/** A partner in this program (pending or active) that already lists this email as a member. */
async function liveMembershipInProgram(tx: Executor, programId: string, email: string) {
  const [row] = await tx
    .select({ partnerName: partners.name })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .innerJoin(partnerships, and(eq(partnerships.partnerId, partners.id), eq(partnerships.programId, programId)))
    .where(and(sql`lower(${partnerMembers.email}) = ${email}`, inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES]), sql`${partnerMembers.status} <> 'REMOVED'`))
    .limit(1);
  return row ?? null;
}

/**
 * Serialises adds of one email to one program until the transaction ends. Concurrent adds would
 * otherwise each find the email free and each create a partner; after this, a later add reads
 * what the earlier one committed and gets the answer a second add gets ("already a member").
 * `email` is already lowercased by emailShape.
 */
async function lockProgramEmail(tx: Executor, programId: string, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`add-partner:${programId}:${email}`}))`);
}

interface Prepared {
  program: ProgramRow;
  groupId: string;
  managerId: string | null;
  partnershipFields: Record<string, unknown>;
  memberFieldDefs: FieldDefinition[];
  memberFields: Record<string, unknown>[];
}

/** Checks everything the caller can fix, all at once, before anything is written. */
async function prepare(tx: Executor, viewer: Viewer, input: AddPartnerInput, program: ProgramRow): Promise<Prepared> {
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

async function insertPartnership(
  tx: Executor,
  viewer: Viewer,
  input: AddPartnerInput,
  prepared: Prepared,
  partnerId: string,
  status: PartnershipRow['status'],
): Promise<PartnershipRow> {
  const { program } = prepared;
  await lockProgramKeys(tx, program.id);
  const partnerKey = input.partnerKey
    ? await checkExplicitPartnerKey(tx, program.id, input.partnerKey)
    : await uniquePartnerKey(tx, program.id, partnerKeyBase(input.firstName ?? '', input.lastName ?? '', input.email.split('@')[0]));
  const [partnership] = await tx
    .insert(partnerships)
    .values({
      programId: program.id,
      partnerId,
      groupId: prepared.groupId,
      partnerKey,
      programManagerId: prepared.managerId,
      status,
      source: viewer.kind === 'apiKey' ? 'API' : 'DASHBOARD',
      customFieldValues: prepared.partnershipFields,
    })
    // The partial unique index (one live partnership per partner and program) decides races.
    .onConflictDoNothing()
    .returning();
  if (!partnership) throw new InvalidInputError([{ field: ['email'], message: 'This partner is already in this program.', code: 'TAKEN' }]);
  await tx.insert(partnerKeys).values({ programId: program.id, key: partnerKey, partnershipId: partnership.id });
  await tx.insert(partnershipGroupHistory).values({ partnershipId: partnership.id, groupId: prepared.groupId });
  await tx.insert(links).values({ programId: program.id, partnershipId: partnership.id });
  return partnership;
}

/**
 * Adds a partner to a program (the article's "Add a new partner"). An email new to the network
 * creates the partner, its members and a claim invite; an email that already has an account
 * connects one of that person's partner organisations, which must then approve.
 */
export async function addPartner(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  const input = parseInput(addPartnerInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    await lockProgramEmail(tx, program.id, input.email);
    const prepared = await prepare(tx, viewer, input, program);
    const candidates = await partnerCandidatesFor(tx, program.id, input.email);

    let partnership: PartnershipRow;
    if (candidates.length > 0) {
      partnership = await connectExistingPartner(tx, viewer, input, prepared, candidates);
    } else {
      if (input.existingPartnerId) {
        throw new InvalidInputError([{ field: ['existingPartnerId'], message: `${input.email} has no partner organisation to connect.`, code: 'INVALID' }]);
      }
      const clash = await liveMembershipInProgram(tx, program.id, input.email);
      if (clash) {
        throw new InvalidInputError([{ field: ['email'], message: `${input.email} is already a member of ${clash.partnerName}, which is in this program.`, code: 'TAKEN' }]);
      }
      partnership = await createNewPartner(tx, viewer, input, prepared);
    }

    if (input.invite?.saveForFuture && viewer.kind === 'user') {
      await tx
        .insert(inviteTemplates)
        .values({ programId: program.id, managerId: viewer.user.id, subject: input.invite.subject, body: input.invite.body })
        .onConflictDoUpdate({
          target: [inviteTemplates.programId, inviteTemplates.managerId],
          set: { subject: input.invite.subject, body: input.invite.body, updatedAt: sql`now()` },
        });
    }
    return partnership;
  });
}

async function createNewPartner(tx: Executor, viewer: Viewer, input: AddPartnerInput, prepared: Prepared): Promise<PartnershipRow> {
  const { program } = prepared;
  const fullName = `${input.firstName ?? ''} ${input.lastName ?? ''}`.trim();
  const [partner] = await tx
    .insert(partners)
    .values({ name: input.companyName || fullName || input.email, logoUrl: input.logoUrl ?? null })
    .returning();
  const partnership = await insertPartnership(tx, viewer, input, prepared, partner.id, 'PENDING_CLAIM');
  const members = input.members ?? [];
  const memberRows = await tx
    .insert(partnerMembers)
    .values([
      {
        partnerId: partner.id,
        email: input.email,
        firstName: input.firstName ?? '',
        lastName: input.lastName ?? '',
        accessLevel: 'OWNER' as const,
        isPrimaryContact: true,
        status: 'INVITED' as const,
      },
      ...members.map((m) => ({
        partnerId: partner.id,
        email: m.email,
        firstName: m.firstName ?? '',
        lastName: m.lastName ?? '',
        accessLevel: m.accessLevel ?? 'MEMBER',
        roleLabel: m.roleLabel ?? null,
        status: 'INVITED' as const,
      })),
    ])
    .returning();
  await tx.insert(partnershipMembers).values(
    memberRows.map((member, i) => ({ partnershipId: partnership.id, memberId: member.id, customFieldValues: i === 0 ? {} : prepared.memberFields[i - 1] })),
  );
  const invitedById = viewer.kind === 'user' ? viewer.user.id : null;
  // Content given with this add, else the manager's saved content, else the default template.
  const content = input.invite ?? (await savedContent(tx, viewer, program.id));
  const inviteRows = await tx
    .insert(invites)
    .values(
      memberRows.map((member, i) => ({
        kind: i === 0 ? ('PARTNER_CLAIM' as const) : ('TEAM_JOIN' as const),
        // Members of a partnership not yet claimed get no email until the primary contact claims.
        status: i === 0 ? ('SENT' as const) : ('HELD' as const),
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
    action: 'partnership.added',
    subjectType: 'Partnership',
    subjectId: partnership.id,
    data: { partner: partner.name, newToNetwork: true, members: memberRows.length, partnerKey: partnership.partnerKey },
  });
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

async function savedContent(tx: Executor, viewer: Viewer, programId: string) {
  if (viewer.kind !== 'user') return null;
  const [row] = await tx
    .select()
    .from(inviteTemplates)
    .where(and(eq(inviteTemplates.programId, programId), eq(inviteTemplates.managerId, viewer.user.id)));
  return row ?? null;
}

async function connectExistingPartner(
  tx: Executor,
  viewer: Viewer,
  input: AddPartnerInput,
  prepared: Prepared,
  candidates: Awaited<ReturnType<typeof partnerCandidatesFor>>,
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
  const partnership = await insertPartnership(tx, viewer, input, prepared, partner.id, 'PENDING_APPROVAL');

  const team = await tx.select().from(partnerMembers).where(eq(partnerMembers.partnerId, partner.id));
  const byEmail = new Map(team.map((m) => [m.email.toLowerCase(), m]));
  const contact = byEmail.get(input.email);
  const extra = input.members ?? [];
  // Someone removed from the team earlier (declined, invite deleted) is a newcomer again.
  const newcomers = extra.map((m, i) => ({ m, i })).filter(({ m }) => (byEmail.get(m.email)?.status ?? 'REMOVED') === 'REMOVED');
  // People new to the team wait for its owner's approval, and for the partnership's, before any email.
  const added = await addTeamMembers(
    tx,
    partner.id,
    newcomers.map(({ m }) => ({
      email: m.email,
      firstName: m.firstName ?? '',
      lastName: m.lastName ?? '',
      accessLevel: 'MEMBER' as const,
      roleLabel: m.roleLabel ?? null,
      status: 'AWAITING_OWNER_APPROVAL' as const,
    })),
  );
  const addedByEmail = new Map(added.map((m) => [m.email.toLowerCase(), m]));
  const programMembers = [
    ...(contact ? [{ memberId: contact.id, customFieldValues: {} }] : []),
    ...extra.map((m, i) => ({ memberId: (byEmail.get(m.email) ?? addedByEmail.get(m.email))!.id, customFieldValues: prepared.memberFields[i] })),
  ];
  await tx
    .insert(partnershipMembers)
    .values(programMembers.map((pm) => ({ partnershipId: partnership.id, ...pm })))
    .onConflictDoNothing();
  if (added.length > 0) {
    await tx.insert(invites).values(
      added.map((member) => ({
        kind: 'TEAM_JOIN' as const,
        status: 'AWAITING_OWNER_APPROVAL' as const,
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
  const approvers = team.filter((m) => m.status === 'ACTIVE' && PARTNERSHIP_APPROVERS.includes(m.accessLevel));
  for (const approver of approvers) {
    await queueEmail(
      tx,
      approver.email,
      partnershipRequestEmail({ partnerName: partner.name, programName: program.name, managerName, dashboardUrl: `${appUrl()}/partner` }),
      program.id,
    );
  }
  await askOwnersToApprove(tx, { team, added, partnerName: partner.name, programName: program.name, programId: program.id });
  await recordEvent(tx, viewer, {
    programId: program.id,
    partnershipId: partnership.id,
    action: 'partnership.added',
    subjectType: 'Partnership',
    subjectId: partnership.id,
    data: { partner: partner.name, newToNetwork: false, awaitingApproval: true, partnerKey: partnership.partnerKey },
  });
  return partnership;
}
