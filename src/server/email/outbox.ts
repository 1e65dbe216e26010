import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { emailOutbox, programs } from '../db/schema';
import { insertSelect } from '../shared/insert-select';
import type { RenderedEmail } from './templates';

export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? 'Partnerly <no-reply@partnerly.dev>';
}

/** The address inside EMAIL_FROM ("Name <a@b>" or a bare address): what programs' emails are sent from. */
export function senderAddress(from = emailFrom()): string {
  return (/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).trim();
}

// Control characters, quotes, angle brackets and backslashes would break out of the quoted name.
// Runs of those and of white space become one space.
const UNSAFE_IN_DISPLAY_NAME = '([[:cntrl:]"<>\\\\]|\\s)+';

/**
 * The From of an email: a program's email goes out under its sender name (its name when it has
 * none) at the platform's address, `"Acme Partners" <no-reply@…>`; others under EMAIL_FROM.
 * Read inside the insert, so the name is the one committed with the email and bulk queueing
 * stays one statement. The name is cleaned here as well as on input: program names are free text.
 */
function fromFor(programId: string | null): SQL | string {
  if (!programId) return emailFrom();
  const name = sql`btrim(regexp_replace(coalesce(nullif(btrim(${programs.senderName}), ''), ${programs.name}), ${UNSAFE_IN_DISPLAY_NAME}, ' ', 'g'))`;
  return sql`coalesce((select '"' || left(${name}, 80) || '" <' || ${senderAddress()} || '>' from ${programs} where ${programs.id} = ${programId}), ${emailFrom()})`;
}

/**
 * Queues an email in the outbox. Call it with the transaction that makes the change the email
 * is about: if that change rolls back, no email exists; if it commits, delivery is durable.
 */
export async function queueEmail(tx: Executor, to: string, email: RenderedEmail, programId: string | null = null): Promise<string> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({ toAddress: to, fromAddress: fromFor(programId), programId, ...email })
    .returning({ id: emailOutbox.id });
  return row.id;
}

/**
 * Queues one rendered email to every address `recipients` selects (a query of one column, the
 * addresses), in one statement whatever their number; same transaction rule as `queueEmail`.
 */
export async function queueEmailToMany(tx: Executor, recipients: SQLWrapper, email: RenderedEmail, programId: string | null = null): Promise<void> {
  const o = emailOutbox;
  await tx.execute(
    insertSelect(
      o,
      [o.programId, o.template, o.toAddress, o.fromAddress, o.subject, o.html, o.text],
      sql`select ${programId}::uuid, ${email.template}, r.address, ${fromFor(programId)}, ${email.subject}, ${email.html}, ${email.text}
          from (${recipients}) as r(address)`,
    ),
  );
}

/**
 * Queues many emails, each rendered for its recipient, in one multi-row statement whatever their
 * number; same transaction rule as `queueEmail`. For bulk paths (an import's claim invites and
 * approval requests) where each email differs.
 */
export async function queueEmails(tx: Executor, emails: readonly { to: string; email: RenderedEmail }[], programId: string | null = null): Promise<void> {
  if (emails.length === 0) return;
  const o = emailOutbox;
  const column = (pick: (e: (typeof emails)[number]) => string) => sql.param(emails.map(pick));
  await tx.execute(
    insertSelect(
      o,
      [o.programId, o.template, o.toAddress, o.fromAddress, o.subject, o.html, o.text],
      sql`select ${programId}::uuid, e.template, e.address, (${fromFor(programId)}), e.subject, e.html, e.text
          from unnest(${column((e) => e.email.template)}::text[], ${column((e) => e.to)}::text[], ${column((e) => e.email.subject)}::text[],
                      ${column((e) => e.email.html)}::text[], ${column((e) => e.email.text)}::text[]) as e(template, address, subject, html, text)`,
    ),
  );
}
