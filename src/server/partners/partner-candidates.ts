import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { partnerMembers, partners, partnerships, users } from '../db/schema';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { MEMBER_STATUS } from '../members/rules';
import type { PartnerRow } from './rules';

export interface PartnerCandidate {
  partner: PartnerRow;
  alreadyInProgram: boolean;
}

/**
 * The partner organisations that the account with this email belongs to: adding such a person
 * connects one of them rather than creating a new partner.
 */
export async function partnerCandidatesFor(tx: Executor, programId: string, email: string): Promise<PartnerCandidate[]> {
  const rows = await tx
    .select({
      partner: partners,
      alreadyInProgram: sql<boolean>`exists (select 1 from ${partnerships} where ${partnerships.partnerId} = ${partners.id}
        and ${partnerships.programId} = ${programId} and ${inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])})`,
    })
    .from(users)
    .innerJoin(partnerMembers, and(eq(partnerMembers.userId, users.id), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)))
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .where(sql`lower(${users.email}) = lower(${email})`)
    .orderBy(partners.name);
  return rows;
}
