import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { insertSelect } from '../shared/insert-select';
import { MEMBER_STATUS } from '../members/rules';
import { partnerMembers, partners } from '../db/schema';
import type { NewTeamMember } from '../members/rules';
import type { MemberRow, PartnerRow } from './rules';

export type NewPartner = Pick<typeof partners.$inferInsert, 'name' | 'logoUrl' | 'networkStatus' | 'claimedAt' | 'createdAt'>;
export type FirstTeamMember = NewTeamMember & Pick<typeof partnerMembers.$inferInsert, 'userId' | 'createdAt'>;

/**
 * A partner organisation new to the network, with its first people in the given order. The
 * first person is the primary contact.
 */
export async function createPartner(tx: Executor, partner: NewPartner, team: [FirstTeamMember, ...FirstTeamMember[]]): Promise<{ partner: PartnerRow; members: MemberRow[] }> {
  const [created] = await tx.insert(partners).values(partner).returning();
  const members = await tx
    .insert(partnerMembers)
    .values(team.map((person, i) => ({ ...person, partnerId: created.id, isPrimaryContact: i === 0, createdAt: person.createdAt ?? partner.createdAt })))
    .returning();
  return { partner: created, members };
}

/** A partner organisation new to the network with its one person, the primary contact and owner. */
export interface NewPartnerWithOwner {
  partnerId: string;
  name: string;
  memberId: string;
  email: string;
  firstName: string;
  lastName: string;
  createdAt: Date;
}

/**
 * createPartner for many one-person partners (an import's batch), in two statements whatever
 * their number. The person is the team's OWNER: a team's only person must own it, or nobody could
 * approve partnerships, take team additions or hand the team over.
 */
export async function createPartnersInBulk(tx: Executor, rows: readonly NewPartnerWithOwner[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: NewPartnerWithOwner) => T) => sql.param(rows.map(pick));
  const createdAt = column((r) => r.createdAt.toISOString());
  await tx.execute(
    insertSelect(partners, [partners.id, partners.name, partners.createdAt], sql`select * from unnest(${column((r) => r.partnerId)}::uuid[], ${column((r) => r.name)}::text[], ${createdAt}::timestamptz[])`),
  );
  const m = partnerMembers;
  await tx.execute(
    insertSelect(
      m,
      [m.id, m.partnerId, m.email, m.firstName, m.lastName, m.accessLevel, m.isPrimaryContact, m.status, m.createdAt],
      sql`select t.id, t.partner_id, t.email, t.first_name, t.last_name, 'OWNER'::access_level, true, ${MEMBER_STATUS.INVITED}::member_status, t.created_at
          from unnest(${column((r) => r.memberId)}::uuid[], ${column((r) => r.partnerId)}::uuid[], ${column((r) => r.email)}::text[],
                      ${column((r) => r.firstName)}::text[], ${column((r) => r.lastName)}::text[], ${createdAt}::timestamptz[])
               as t(id, partner_id, email, first_name, last_name, created_at)`,
    ),
  );
}
