import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { invites, partnerMembers, partners, programs, users } from '../db/schema';
import { queueEmail } from '../email/outbox';
import { teamJoinInviteEmail } from '../email/templates';
import { appUrl } from '../shared/app-url';
import { hashToken, randomToken } from '../shared/tokens';
import { DEFAULT_INVITE_CONTENT, renderInviteEmail } from './content';
import { INVITE_KIND, INVITE_STATUS, type InviteRow } from './rules';

const inviter = alias(users, 'inviter');

/**
 * Issues a fresh link for each invite and queues its email, in the caller's transaction. The
 * token exists only in the email: the row keeps its hash, so a previous link stops working.
 */
export async function sendInvites(tx: Executor, inviteIds: string[]): Promise<InviteRow[]> {
  if (inviteIds.length === 0) return [];
  const rows = await tx
    .select({
      invite: invites,
      program: { id: programs.id, name: programs.name, inviteExpiryDays: programs.inviteExpiryDays },
      partnerName: partners.name,
      firstName: partnerMembers.firstName,
      inviterName: inviter.name,
      inviterEmail: inviter.email,
    })
    .from(invites)
    .innerJoin(programs, eq(programs.id, invites.programId))
    .innerJoin(partners, eq(partners.id, invites.partnerId))
    .innerJoin(partnerMembers, eq(partnerMembers.id, invites.memberId))
    .leftJoin(inviter, eq(inviter.id, invites.invitedById))
    .where(inArray(invites.id, inviteIds));

  const sent: InviteRow[] = [];
  for (const row of rows) {
    const token = randomToken(32);
    const days = row.program.inviteExpiryDays;
    const [updated] = await tx
      .update(invites)
      .set({
        status: INVITE_STATUS.SENT,
        tokenHash: hashToken(token),
        expiresAt: sql`now() + make_interval(days => ${days})`,
        sentCount: sql`${invites.sentCount} + 1`,
        lastSentAt: sql`now()`,
      })
      .where(and(eq(invites.id, row.invite.id)))
      .returning();
    const url = `${appUrl()}/invite/${token}`;
    const managerName = row.inviterName ?? row.inviterEmail ?? `The ${row.program.name} team`;
    const email =
      row.invite.kind === INVITE_KIND.PARTNER_CLAIM
        ? renderInviteEmail(
            { subject: row.invite.customSubject ?? DEFAULT_INVITE_CONTENT.subject, body: row.invite.customBody ?? DEFAULT_INVITE_CONTENT.body },
            {
              first_name: row.firstName || 'there',
              partner_name: row.partnerName,
              company_name: row.partnerName,
              program_name: row.program.name,
              manager_name: managerName,
              claim_link: url,
            },
            days,
          )
        : teamJoinInviteEmail({ firstName: row.firstName, partnerName: row.partnerName, programName: row.program.name, url, expiresInDays: days });
    await queueEmail(tx, row.invite.email, email, row.program.id);
    sent.push(updated);
  }
  return sent;
}

/** Sends the invites that waited for their partnership to be claimed or approved. */
export async function releaseHeldInvites(tx: Executor, partnershipId: string): Promise<InviteRow[]> {
  const held = await tx
    .select({ id: invites.id })
    .from(invites)
    .where(and(eq(invites.partnershipId, partnershipId), eq(invites.status, INVITE_STATUS.HELD)));
  return sendInvites(
    tx,
    held.map((h) => h.id),
  );
}
