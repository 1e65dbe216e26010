import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailOutbox } from '../db/schema';

export type OutboxRow = typeof emailOutbox.$inferSelect;

export interface EmailTransport {
  /** Resolves to the provider's message id; throws with a reason on failure. */
  send(email: OutboxRow): Promise<string>;
}

export const MAX_ATTEMPTS = 5;
/** 30 s, 1 min, 2 min, 4 min… between attempts. */
export const backoffMs = (attempt: number) => 30_000 * 2 ** (attempt - 1);
/** A row left SENDING this long belongs to a process that died mid-send: try it again. */
const STALE_SENDING_MS = 10 * 60_000;

/** Resend transport, built lazily: `new Resend()` throws without a key, and reads RESEND_BASE_URL. */
export async function resendTransport(apiKey = process.env.RESEND_API_KEY): Promise<EmailTransport> {
  if (!apiKey) throw new Error('RESEND_API_KEY is not set');
  const { Resend } = await import('resend');
  const resend = new Resend(apiKey);
  return {
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from: email.fromAddress, to: [email.toAddress], subject: email.subject, html: email.html, text: email.text },
        // One key per outbox row, the same on every attempt: a retry after a lost response is then
        // a no-op at the provider (Resend answers a repeated key with the first message, for 24 h).
        { idempotencyKey: `outbox-${email.id}` },
      );
      if (error) throw new Error(`${error.name}: ${error.message}`);
      if (!data?.id) throw new Error('Resend answered without a message id');
      return data.id;
    },
  };
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Delivers due outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of app
 * instances can dispatch at once without sending an email twice.
 */
export async function dispatchDueEmails(db: Database, transport: EmailTransport, limit = 50): Promise<DispatchResult> {
  await db
    .update(emailOutbox)
    .set({ status: 'PENDING' })
    .where(and(eq(emailOutbox.status, 'SENDING'), lt(emailOutbox.nextAttemptAt, new Date(Date.now() - STALE_SENDING_MS))));

  const claimed = await db
    .update(emailOutbox)
    .set({ status: 'SENDING', attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: sql`now()` })
    .where(
      inArray(
        emailOutbox.id,
        db
          .select({ id: emailOutbox.id })
          .from(emailOutbox)
          .where(and(eq(emailOutbox.status, 'PENDING'), lte(emailOutbox.nextAttemptAt, sql`now()`)))
          .orderBy(emailOutbox.nextAttemptAt)
          .limit(limit)
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();

  const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  for (const email of claimed) {
    try {
      const providerMessageId = await transport.send(email);
      await db
        .update(emailOutbox)
        .set({ status: 'SENT', sentAt: new Date(), providerMessageId, lastError: null })
        .where(eq(emailOutbox.id, email.id));
      result.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = email.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? 'FAILED' : 'PENDING',
          lastError: reason.slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + (giveUp ? 0 : backoffMs(email.attempts))),
        })
        .where(eq(emailOutbox.id, email.id));
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}
