import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { applications, partnerMembers, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput, unauthenticated, type UserError } from '../shared/errors';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { lockPartnershipEmail, openPartnership, partnerInProgramWithEmail } from '../partnerships/open-partnership';
import { createPartner } from '../partners/create-partner';
import { can } from '../partners/permissions';
import { groupByJoinToken } from './join-link';
import { removedFromProgram } from './removed-from-program';
import { MEMBER_STATUS } from '../members/rules';
import { NETWORK_STATUS } from '../partners/rules';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';

export type JoinResult = { kind: 'joined'; partnershipId: string } | { kind: 'applied'; applicationId: string };

export const joinInput = z.object({
  token: z.string().trim().min(1, 'The join link is incomplete.').max(100, 'The join link is not valid.'),
  companyName: z.string().trim().max(120, 'Use at most 120 characters.').nullish(),
});

/**
 * A signed-in person follows a group's join link. Removed partners are refused. With the group's
 * application form on, an application waits for a manager; otherwise the person's partner (or a
 * new one they own) joins the group at once.
 */
export async function joinProgram(db: Database, viewer: Viewer, rawInput: unknown): Promise<JoinResult> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to join this program.');
  const input = parseInput(joinInput, rawInput);
  return db.transaction(async (tx) => {
    const row = await groupByJoinToken(tx, input.token);
    if (!row) throw invalid('token', 'This join link is not valid any more. Ask the program for a new one.');
    const { group, program } = row;
    const email = viewer.user.email.toLowerCase();
    // The same lock a manager's add of this email takes: one of the two sees the other's partnership.
    await lockPartnershipEmail(tx, program.id, email);
    if (await removedFromProgram(tx, program.id, email)) {
      throw invalid('token', `You were removed from the ${program.name} partner program and cannot rejoin with ${email}. Ask the program manager to add you again.`, 'NOT_ALLOWED');
    }
    const inProgram: UserError = { field: ['token'], message: `Your partner organisation is already in the ${program.name} program.`, code: 'CONFLICT' };
    const owned = await tx
      .select({ partnerId: partnerMembers.partnerId, accessLevel: partnerMembers.accessLevel })
      .from(partnerMembers)
      .where(and(eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)));
    if (owned.length > 0) {
      const [live] = await tx
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.programId, program.id), inArray(partnerships.partnerId, owned.map((o) => o.partnerId)), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
        .limit(1);
      if (live) throw invalid('token', inProgram.message, inProgram.code);
    }
    // A manager may have added this email already (an invite not yet claimed): one partner per person and program.
    const clash = await partnerInProgramWithEmail(tx, program.id, email);
    if (clash) throw invalid('token', `${email} is already a member of ${clash.partnerName}, which is in the ${program.name} program.`, 'CONFLICT');
    const approver = owned.find((o) => can(o.accessLevel, 'approvePartnership'));

    if (group.applicationFormEnabled) {
      const [application] = await tx
        .insert(applications)
        .values({ programId: program.id, groupId: group.id, partnerId: approver?.partnerId ?? null, userId: viewer.user.id, email, source: 'JOIN_LINK', answers: input.companyName ? { companyName: input.companyName } : {} })
        .onConflictDoNothing()
        .returning();
      if (!application) throw invalid('token', `You already applied to ${program.name}; a program manager will review it.`, 'CONFLICT');
      await recordEvent(tx, viewer, { programId: program.id, action: 'application.submitted', subjectType: 'Application', subjectId: application.id, data: { email } });
      return { kind: 'applied', applicationId: application.id };
    }

    const [firstName = '', ...rest] = (viewer.user.name ?? '').split(' ');
    const lastName = rest.join(' ');
    let partnerId = approver?.partnerId;
    if (!partnerId) {
      const created = await createPartner(tx, { name: input.companyName || viewer.user.name || email, networkStatus: NETWORK_STATUS.NONE, claimedAt: new Date() }, [
        { userId: viewer.user.id, email, firstName, lastName, accessLevel: 'OWNER', status: MEMBER_STATUS.ACTIVE },
      ]);
      partnerId = created.partner.id;
    }
    const team = await tx.select({ id: partnerMembers.id }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)));
    const partnership = await openPartnership(tx, viewer, {
      programId: program.id,
      partnerId,
      groupId: group.id,
      status: PARTNERSHIP_STATUS.ACTIVE,
      source: 'JOIN_LINK',
      partnerKey: { firstName, lastName, fallback: email.split('@')[0] },
      members: team.map((m) => ({ memberId: m.id })),
      event: { action: 'partnership.joined', data: { group: group.name, by: email } },
      whenTaken: inProgram,
    });
    return { kind: 'joined', partnershipId: partnership.id };
  });
}
