import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database, type Executor } from '../db/client';
import { applications, groups, links, partnerKeys, partnerMembers, partners, partnershipGroupHistory, partnershipMembers, partnerships, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput, unauthenticated } from '../shared/errors';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { lockProgramKeys, partnerKeyBase, uniquePartnerKey } from '../partnerships/partner-key';
import { PARTNERSHIP_APPROVERS } from '../partners/access';

export interface JoinLanding {
  status: 'OPEN' | 'INVALID';
  programName: string | null;
  groupName: string | null;
  applicationFormEnabled: boolean;
}

async function groupByToken(db: Executor, token: string) {
  // Join tokens are base64url; anything else (a NUL from /join/%00) is no token and must not reach the database.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(token)) return null;
  const [row] = await db
    .select({ group: groups, program: programs })
    .from(groups)
    .innerJoin(programs, eq(programs.id, groups.programId))
    .where(eq(groups.joinToken, token))
    .limit(1);
  return row ?? null;
}

export async function joinLanding(db: Database, token: string): Promise<JoinLanding> {
  const row = await groupByToken(db, token);
  if (!row) return { status: 'INVALID', programName: null, groupName: null, applicationFormEnabled: false };
  return { status: 'OPEN', programName: row.program.name, groupName: row.group.name, applicationFormEnabled: row.group.applicationFormEnabled };
}

/**
 * Whether this email belongs to a partner the program removed and has not added again. The
 * article: such a partner cannot rejoin with the same email unless a manager re-adds them.
 */
export async function removedFromProgram(db: Executor, programId: string, email: string): Promise<boolean> {
  const [row] = await queryRows<{ blocked: boolean }>(db, sql`
    select exists (
      select 1 from partnerships p
      join partner_members m on m.partner_id = p.partner_id and lower(m.email) = lower(${email})
      where p.program_id = ${programId} and p.status = 'REMOVED'
        and not exists (select 1 from partnerships live where live.program_id = p.program_id and live.partner_id = p.partner_id
                        and live.status in ('PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE'))
    ) as blocked`);
  return Boolean(row?.blocked);
}

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
    const row = await groupByToken(tx, input.token);
    if (!row) throw invalid('token', 'This join link is not valid any more. Ask the program for a new one.');
    const { group, program } = row;
    const email = viewer.user.email.toLowerCase();
    if (await removedFromProgram(tx, program.id, email)) {
      throw invalid('token', `You were removed from the ${program.name} partner program and cannot rejoin with ${email}. Ask the program manager to add you again.`, 'NOT_ALLOWED');
    }
    const owned = await tx
      .select({ partnerId: partnerMembers.partnerId, accessLevel: partnerMembers.accessLevel })
      .from(partnerMembers)
      .where(and(eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, 'ACTIVE')));
    if (owned.length > 0) {
      const [live] = await tx
        .select({ id: partnerships.id })
        .from(partnerships)
        .where(and(eq(partnerships.programId, program.id), inArray(partnerships.partnerId, owned.map((o) => o.partnerId)), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
        .limit(1);
      if (live) throw invalid('token', `Your partner organisation is already in the ${program.name} program.`, 'CONFLICT');
    }
    const approver = owned.find((o) => PARTNERSHIP_APPROVERS.includes(o.accessLevel));

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

    let partnerId = approver?.partnerId;
    const [first = '', ...rest] = (viewer.user.name ?? '').split(' ');
    if (!partnerId) {
      const [partner] = await tx
        .insert(partners)
        .values({ name: input.companyName || viewer.user.name || email, networkStatus: 'NONE', claimedAt: sql`now()` })
        .returning();
      partnerId = partner.id;
      await tx.insert(partnerMembers).values({ partnerId, userId: viewer.user.id, email, firstName: first, lastName: rest.join(' '), accessLevel: 'OWNER', isPrimaryContact: true, status: 'ACTIVE' });
    }
    await lockProgramKeys(tx, program.id);
    const partnerKey = await uniquePartnerKey(tx, program.id, partnerKeyBase(first, rest.join(' '), email.split('@')[0]));
    const [partnership] = await tx
      .insert(partnerships)
      .values({ programId: program.id, partnerId, groupId: group.id, partnerKey, status: 'ACTIVE', source: 'JOIN_LINK', approvedAt: sql`now()` })
      .returning();
    await tx.insert(partnerKeys).values({ programId: program.id, key: partnerKey, partnershipId: partnership.id });
    await tx.insert(partnershipGroupHistory).values({ partnershipId: partnership.id, groupId: group.id });
    await tx.insert(links).values({ programId: program.id, partnershipId: partnership.id });
    const team = await tx.select({ id: partnerMembers.id }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, 'ACTIVE')));
    await tx.insert(partnershipMembers).values(team.map((m) => ({ partnershipId: partnership.id, memberId: m.id })));
    await recordEvent(tx, viewer, {
      programId: program.id,
      partnershipId: partnership.id,
      action: 'partnership.joined',
      subjectType: 'Partnership',
      subjectId: partnership.id,
      data: { group: group.name, by: email },
    });
    return { kind: 'joined', partnershipId: partnership.id };
  });
}
