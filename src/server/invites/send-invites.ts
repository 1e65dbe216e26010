import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { invites, partnerMembers, partners, programs, users } from '../db/schema';
import { queueEmail, queueEmails } from '../email/outbox';
import { teamJoinInviteEmail, type RenderedEmail } from '../email/templates';
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

export interface NewClaimInvite {
  partnershipId: string;
  partnerId: string;
  memberId: string;
  email: string;
  /** For the email: the person's first name and their organisation's name. */
  firstName: string;
  partnerName: string;
}

/**
 * Claim invites for many new partnerships of one program (an import's batch), created as sent
 * in one multi-row insert: each gets a random token (stored hashed, expiring after the program's
 * days), and its email goes out in one multi-row outbox insert, as sendInvites would send it.
 * `quiet` (a quiet import) creates them NOT_SENT with no link and no email: a manager's resend
 * sends one later.
 */
export async function sendInvitesInBulk(
  tx: Executor,
  program: Pick<typeof programs.$inferSelect, 'id' | 'name' | 'inviteExpiryDays'>,
  people: readonly NewClaimInvite[],
  options: { invitedById: string | null; inviterName: string | null; quiet: boolean },
): Promise<void> {
  if (people.length === 0) return;
  const tokens = options.quiet ? null : people.map(() => randomToken(32));
  const i = invites;
  const days = program.inviteExpiryDays;
  await tx.execute(
    insertSelect(
      i,
      [i.kind, i.status, i.tokenHash, i.expiresAt, i.sentCount, i.lastSentAt, i.programId, i.partnershipId, i.partnerId, i.memberId, i.email, i.invitedById],
      sql`select ${INVITE_KIND.PARTNER_CLAIM}::invite_kind, ${tokens ? INVITE_STATUS.SENT : INVITE_STATUS.NOT_SENT}::invite_status, t.hash,
                 ${tokens ? sql`now() + make_interval(days => ${days})` : sql`null::timestamptz`}, ${tokens ? 1 : 0}, ${tokens ? sql`now()` : sql`null::timestamptz`},
                 ${program.id}::uuid, t.partnership_id, t.partner_id, t.member_id, t.email, ${options.invitedById}::text
          from unnest(${sql.param(people.map((p) => p.partnershipId))}::uuid[], ${sql.param(people.map((p) => p.partnerId))}::uuid[],
                      ${sql.param(people.map((p) => p.memberId))}::uuid[], ${sql.param(people.map((p) => p.email))}::text[],
                      ${sql.param(tokens ? tokens.map(hashToken) : people.map(() => null))}::text[])
               as t(partnership_id, partner_id, member_id, email, hash)`,
    ),
  );
  if (!tokens) return;
  const managerName = options.inviterName ?? `The ${program.name} team`;
  await queueEmails(
    tx,
    people.map((person, n) => ({
      to: person.email,
      email: renderInviteEmail(
        DEFAULT_INVITE_CONTENT,
        {
          first_name: person.firstName || 'there',
          partner_name: person.partnerName,
          company_name: person.partnerName,
          program_name: program.name,
          manager_name: managerName,
          claim_link: `${appUrl()}/invite/${tokens[n]}`,
        },
        days,
      ),
    })),
    program.id,
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
