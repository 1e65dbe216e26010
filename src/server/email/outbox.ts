import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { emailOutbox } from '../db/schema';
import { insertSelect } from '../shared/insert-select';
import type { RenderedEmail } from './templates';

export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? 'Partnerly <no-reply@partnerly.dev>';
}

/**
 * Queues an email in the outbox. Call it with the transaction that makes the change the email
 * is about: if that change rolls back, no email exists; if it commits, delivery is durable.
 */
export async function queueEmail(tx: Executor, to: string, email: RenderedEmail, programId: string | null = null): Promise<string> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({ toAddress: to, fromAddress: emailFrom(), programId, ...email })
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
      sql`select ${programId}::uuid, ${email.template}, r.address, ${emailFrom()}, ${email.subject}, ${email.html}, ${email.text}
          from (${recipients}) as r(address)`,
    ),
  );
}
