import type { Executor } from '../db/client';
import { emailOutbox } from '../db/schema';
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
