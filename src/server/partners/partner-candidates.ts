import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { partnerMembers, partners, partnerships, users } from '../db/schema';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { MEMBER_STATUS } from '../members/rules';
import type { PartnerRow } from './rules';
import { levelsThatCan } from './permissions';

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

/** The organisation an import connects for a person with an account, and who on it may approve. */
export interface ChosenPartner {
  partnerId: string;
  partnerName: string;
  /** The person's own membership of it. */
  memberId: string;
  /** Active people on it who may approve a partnership (Owners, Admins). */
  approverEmails: string[];
}

/**
 * For many lowercased emails at once (one statement): whether each belongs to an account that is
 * an active member of partner organisations outside this program, and if so which one an import
 * connects: the one the person owns, else the first by name (a manager adding one partner
 * chooses; an import cannot ask).
 */
export async function chosenPartnersByEmail(tx: Executor, programId: string, emails: readonly string[]): Promise<Map<string, ChosenPartner>> {
  if (emails.length === 0) return new Map();
  const m = partnerMembers;
  const approvers = sql`(select coalesce(array_agg(a.${sql.identifier(m.email.name)} order by a.${sql.identifier(m.email.name)}), '{}')
      from ${m} a where a.${sql.identifier(m.partnerId.name)} = ${partners.id} and a.${sql.identifier(m.status.name)} = ${MEMBER_STATUS.ACTIVE}
      and a.${sql.identifier(m.accessLevel.name)}::text = any(${sql.param(levelsThatCan('approvePartnership'))}::text[]))`;
  const rows = await queryRows<{ email: string; partner_id: string; partner_name: string; member_id: string; approvers: string[] }>(
    tx,
    sql`select distinct on (lower(${users.email})) lower(${users.email}) as email, ${partners.id} as partner_id, ${partners.name} as partner_name,
               ${m.id} as member_id, ${approvers} as approvers
        from ${users}
        join ${m} on ${m.userId} = ${users.id} and ${m.status} = ${MEMBER_STATUS.ACTIVE}
        join ${partners} on ${partners.id} = ${m.partnerId}
        where lower(${users.email}) = any(${sql.param([...emails])}::text[])
          and not exists (select 1 from ${partnerships} where ${partnerships.partnerId} = ${partners.id} and ${partnerships.programId} = ${programId}
                          and ${partnerships.status}::text = any(${sql.param([...LIVE_PARTNERSHIP_STATUSES])}::text[]))
        order by lower(${users.email}), (${m.accessLevel} = 'OWNER') desc, ${partners.name}, ${partners.id}`,
  );
  return new Map(
    rows.map((r) => [r.email, { partnerId: r.partner_id, partnerName: r.partner_name, memberId: r.member_id, approverEmails: parseArray(r.approvers) }]),
  );
}

/** node-postgres parses text[] into an array; a raw result elsewhere may give the literal. */
function parseArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((v) => v.replace(/^"|"$/g, ''));
}
