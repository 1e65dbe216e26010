import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { invites, partners, programs, users } from '../db/schema';
import { hashToken } from '../shared/tokens';
import { effectiveInviteStatus, landingStatusOf, NO_LONGER_VALID_LANDING, type InviteRow, type LandingStatus } from './rules';

export type { LandingStatus } from './rules';

export interface InviteLanding {
  status: LandingStatus;
  programName: string | null;
  partnerName: string | null;
  invitedByName: string | null;
  email: string | null;
  kind: InviteRow['kind'] | null;
}

const inviter = alias(users, 'inviter');

/** What the emailed link's page shows. Reading it changes nothing: claiming is a separate POST. */
export async function inviteLanding(db: Database, token: string): Promise<InviteLanding> {
  const none: InviteLanding = { status: NO_LONGER_VALID_LANDING, programName: null, partnerName: null, invitedByName: null, email: null, kind: null };
  if (!token || token.length > 200) return none;
  const [row] = await db
    .select({ invite: invites, programName: programs.name, partnerName: partners.name, inviterName: inviter.name, inviterEmail: inviter.email })
    .from(invites)
    .innerJoin(programs, eq(programs.id, invites.programId))
    .innerJoin(partners, eq(partners.id, invites.partnerId))
    .leftJoin(inviter, eq(inviter.id, invites.invitedById))
    .where(eq(invites.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return none;
  return {
    status: landingStatusOf(effectiveInviteStatus(row.invite)),
    programName: row.programName,
    partnerName: row.partnerName,
    invitedByName: row.inviterName ?? row.inviterEmail ?? null,
    email: row.invite.email,
    kind: row.invite.kind,
  };
}
