import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { applications, partnerMembers, partners, partnerships, type programs } from '../db/schema';
import type { UserError } from '../shared/errors';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { partnerInProgramWithEmail } from '../partnerships/open-partnership';
import { MEMBER_STATUS } from '../members/rules';
import { can } from '../partners/permissions';
import type { AccessLevelValue } from '../partners/permissions';
import { removedFromProgram } from './removed-from-program';
import { APPLICATION_STATUS, PENDING_APPLICATION_STATUSES, REAPPLY_POLICY } from './rules';

/**
 * Who may join or apply through a join link: the refusals joinProgram answers with and the join
 * page shows before anyone fills anything in. One module, so the page and the mutation agree.
 */

type ProgramRow = typeof programs.$inferSelect;

const refusal = (message: string, code: UserError['code'], field = 'token'): UserError => ({ field: [field], message, code });

const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The newest declined application of this email or partner in the program, when it bars a new
 * one: NEVER for good, AFTER_DAYS until its date. ANYTIME (or no policy) does not.
 */
async function declinedTooRecently(tx: Executor, program: ProgramRow, condition: ReturnType<typeof or>, now: Date): Promise<UserError | null> {
  const [last] = await tx
    .select({ policy: applications.reapplyPolicy, after: applications.reapplyAfter })
    .from(applications)
    .where(and(eq(applications.programId, program.id), eq(applications.status, APPLICATION_STATUS.DECLINED), condition))
    .orderBy(desc(applications.decidedAt))
    .limit(1);
  if (!last) return null;
  if (last.policy === REAPPLY_POLICY.NEVER) {
    return refusal(`The ${program.name} program declined your application and does not accept a new one.`, 'NOT_ALLOWED');
  }
  if (last.policy === REAPPLY_POLICY.AFTER_DAYS && last.after && last.after > now) {
    return refusal(`The ${program.name} program declined your application. You may apply again from ${day(last.after)}.`, 'NOT_ALLOWED');
  }
  return null;
}

const pendingOf = (programId: string, condition: ReturnType<typeof or>) =>
  and(eq(applications.programId, programId), inArray(applications.status, [...PENDING_APPLICATION_STATUSES]), condition);

/** Refusals that depend on the person alone: removed from the program, declined too recently, an application pending. */
export async function personRefusal(tx: Executor, program: ProgramRow, email: string, now = new Date()): Promise<UserError | null> {
  if (await removedFromProgram(tx, program.id, email)) {
    return refusal(`You were removed from the ${program.name} partner program and cannot rejoin with ${email}. Ask the program manager to add you again.`, 'NOT_ALLOWED');
  }
  const byEmail = or(sql`lower(${applications.email}) = ${email}`);
  const declined = await declinedTooRecently(tx, program, byEmail, now);
  if (declined) return declined;
  const [pending] = await tx.select({ id: applications.id }).from(applications).where(pendingOf(program.id, byEmail)).limit(1);
  if (pending) return refusal(`You already applied to ${program.name}; a program manager will review it.`, 'CONFLICT');
  return null;
}

/** Refusals for one partner: already in the program, an application of it pending, declined too recently. */
export async function partnerRefusal(tx: Executor, program: ProgramRow, partnerId: string, now = new Date()): Promise<UserError | null> {
  const [live] = await tx
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(and(eq(partnerships.programId, program.id), eq(partnerships.partnerId, partnerId), inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])))
    .limit(1);
  if (live) return refusal(`Your partner organisation is already in the ${program.name} program.`, 'CONFLICT');
  const byPartner = or(eq(applications.partnerId, partnerId));
  const [pending] = await tx.select({ id: applications.id }).from(applications).where(pendingOf(program.id, byPartner)).limit(1);
  if (pending) return refusal(`Your partner organisation already applied to ${program.name}; a program manager will review it.`, 'CONFLICT');
  return declinedTooRecently(tx, program, byPartner, now);
}

/** A manager may have added this email already (an invite not yet claimed): a person is in a program through one partner. */
export async function emailInProgram(tx: Executor, program: ProgramRow, email: string): Promise<UserError | null> {
  const clash = await partnerInProgramWithEmail(tx, program.id, email);
  return clash ? refusal(`${email} is already a member of ${clash.partnerName}, which is in the ${program.name} program.`, 'CONFLICT') : null;
}

export interface Membership {
  partnerId: string;
  name: string;
  accessLevel: AccessLevelValue;
}

/** The partners the person is an active member of, by name. */
export async function membershipsOf(tx: Executor, userId: string): Promise<Membership[]> {
  return tx
    .select({ partnerId: partnerMembers.partnerId, name: partners.name, accessLevel: partnerMembers.accessLevel })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .where(and(eq(partnerMembers.userId, userId), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)))
    .orderBy(partners.name);
}

/** Owners and Admins apply (and join) for their partner; Finance and Member people cannot. */
export const canApplyFor = (m: Membership) => can(m.accessLevel, 'approvePartnership');

export const levelName = (level: AccessLevelValue) => level[0] + level.slice(1).toLowerCase();
