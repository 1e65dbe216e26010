import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { invites, partnerMembers, partners, programs, users } from '../db/schema';
import { queueEmail, queueEmails } from '../email/outbox';
import { teamJoinInviteEmail, type RenderedEmail } from '../email/templates';
import type { Actor, Viewer } from '../auth/viewer';
import { recordEventsInBulk } from '../audit/record-event';
import { insertSelect } from '../shared/insert-select';
import { appUrl } from '../shared/app-url';
import { hashToken, randomToken } from '../shared/tokens';
import { DEFAULT_INVITE_CONTENT, renderInviteEmail } from './content';
import { INVITE_KIND, INVITE_STATUS, type InviteRow } from './rules';

const inviter = alias(users, 'inviter');

/** The invites with what their emails say: program, partner, the person's first name, who invited. */
function invitesWithContext(tx: Executor, inviteIds: string[]) {
  return tx
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
    .where(sql`${invites.id} = any(${sql.param(inviteIds)}::uuid[])`);
}

function inviteEmail(row: Awaited<ReturnType<typeof invitesWithContext>>[number], token: string): RenderedEmail {
  const days = row.program.inviteExpiryDays;
  const url = `${appUrl()}/invite/${token}`;
  const managerName = row.inviterName ?? row.inviterEmail ?? `The ${row.program.name} team`;
  return row.invite.kind === INVITE_KIND.PARTNER_CLAIM
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
}

/**
 * Issues a fresh link for each invite and queues its email, in the caller's transaction. The
 * token exists only in the email: the row keeps its hash, so a previous link stops working.
 */
export async function sendInvites(tx: Executor, inviteIds: string[]): Promise<InviteRow[]> {
  if (inviteIds.length === 0) return [];
  const rows = await invitesWithContext(tx, inviteIds);
  const sent: InviteRow[] = [];
  for (const row of rows) {
    const token = randomToken(32);
    const [updated] = await tx
      .update(invites)
      .set({
        status: INVITE_STATUS.SENT,
        tokenHash: hashToken(token),
        expiresAt: sql`now() + make_interval(days => ${row.program.inviteExpiryDays})`,
        sentCount: sql`${invites.sentCount} + 1`,
        lastSentAt: sql`now()`,
      })
      .where(and(eq(invites.id, row.invite.id)))
      .returning();
    await queueEmail(tx, row.invite.email, inviteEmail(row, token), row.program.id);
    sent.push(updated);
  }
  return sent;
}

/**
 * sendInvites for many invites of one program, in three statements whatever their number (read,
 * one update from arrays, one multi-row outbox insert): for an import's batch.
 */
export async function sendInvitesInBulk(tx: Executor, programId: string, inviteIds: string[]): Promise<number> {
  if (inviteIds.length === 0) return 0;
  const rows = await invitesWithContext(tx, inviteIds);
  const tokens = rows.map(() => randomToken(32));
  const i = invites;
  await tx.execute(sql`
    update ${i} set ${sql.identifier(i.status.name)} = ${INVITE_STATUS.SENT}::invite_status, ${sql.identifier(i.tokenHash.name)} = t.hash,
           ${sql.identifier(i.expiresAt.name)} = now() + make_interval(days => t.days),
           ${sql.identifier(i.sentCount.name)} = ${i.sentCount} + 1, ${sql.identifier(i.lastSentAt.name)} = now()
    from unnest(${sql.param(rows.map((r) => r.invite.id))}::uuid[], ${sql.param(tokens.map(hashToken))}::text[], ${sql.param(rows.map((r) => r.program.inviteExpiryDays))}::int[])
         as t(id, hash, days)
    where ${i.id} = t.id`);
  await queueEmails(
    tx,
    rows.map((row, n) => ({ to: row.invite.email, email: inviteEmail(row, tokens[n]) })),
    programId,
  );
  return rows.length;
}

export interface NewClaimInvite {
  partnershipId: string;
  partnerId: string;
  memberId: string;
  email: string;
}

/**
 * Claim invites for many new partnerships of one program (an import's batch), one multi-row
 * insert: emailed at once (`send`, with an `invite.sent` event each, as a manager's add does), or
 * kept NOT_SENT for a quiet import, to go out when a manager resends them.
 */
export async function createClaimInvitesInBulk(
  tx: Executor,
  actor: Viewer | Actor,
  programId: string,
  people: readonly NewClaimInvite[],
  options: { send: boolean; invitedById: string | null },
): Promise<void> {
  if (people.length === 0) return;
  const ids = people.map(() => crypto.randomUUID());
  const i = invites;
  await tx.execute(
    insertSelect(
      i,
      [i.id, i.kind, i.status, i.programId, i.partnershipId, i.partnerId, i.memberId, i.email, i.invitedById],
      sql`select t.id, ${INVITE_KIND.PARTNER_CLAIM}::invite_kind, ${INVITE_STATUS.NOT_SENT}::invite_status, ${programId}::uuid, t.partnership_id, t.partner_id, t.member_id, t.email, ${options.invitedById}::text
          from unnest(${sql.param(ids)}::uuid[], ${sql.param(people.map((p) => p.partnershipId))}::uuid[], ${sql.param(people.map((p) => p.partnerId))}::uuid[],
                      ${sql.param(people.map((p) => p.memberId))}::uuid[], ${sql.param(people.map((p) => p.email))}::text[]) as t(id, partnership_id, partner_id, member_id, email)`,
    ),
  );
  if (!options.send) return;
  await sendInvitesInBulk(tx, programId, ids);
  await recordEventsInBulk(
    tx,
    actor,
    programId,
    people.map((p, n) => ({ partnershipId: p.partnershipId, action: 'invite.sent', subjectType: 'Invite', subjectId: ids[n], data: { email: p.email, kind: INVITE_KIND.PARTNER_CLAIM } })),
  );
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
