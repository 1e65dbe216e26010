import type { Executor } from '../db/client';
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
