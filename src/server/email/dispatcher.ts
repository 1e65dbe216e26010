import 'server-only';
import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailOutbox } from '../db/schema';
import { EMAIL_STATUS, SETTLEABLE_EMAIL_STATUSES } from './rules';

export type OutboxRow = typeof emailOutbox.$inferSelect;

export interface EmailTransport {
  /**
   * Resolves to the provider's message id; throws with a reason on failure. `signal` aborts when
   * the send has taken too long: the transport should stop its request then.
   */
  send(email: OutboxRow, signal: AbortSignal): Promise<string>;
}

export const MAX_ATTEMPTS = 5;
/** 30 s, 1 min, 2 min, 4 min… between attempts. */
export const backoffMs = (attempt: number) => 30_000 * 2 ** (attempt - 1);


export interface DispatchSettings {
  /** A send with no answer by then is aborted and retried later. */
  sendTimeoutMs: number;
  /** Sends in flight at once per dispatcher, so one slow send does not hold the others. */
  concurrency: number;
  /**
   * A row SENDING for longer belongs to a process that died mid-send, and is claimed again. It
   * must exceed the send timeout: each row is claimed just before its send, so a live sender
   * settles its row within one timeout of the claim.
   */
  staleAfterMs: number;
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

/** A minute, or twice the send timeout when that is longer. */
const staleWindowFor = (sendTimeoutMs: number) => Math.max(60_000, 2 * sendTimeoutMs);

/** Settings from EMAIL_SEND_TIMEOUT_MS (default 15 s) and EMAIL_SEND_CONCURRENCY (default 5). */
export function dispatchSettings(env: Record<string, string | undefined> = process.env): DispatchSettings {
  const sendTimeoutMs = positiveInteger(env, 'EMAIL_SEND_TIMEOUT_MS', 15_000);
  return { sendTimeoutMs, concurrency: positiveInteger(env, 'EMAIL_SEND_CONCURRENCY', 5), staleAfterMs: staleWindowFor(sendTimeoutMs) };
}

class EmailSendTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`No answer from the email provider within ${timeoutMs} ms; the send was aborted`);
    this.name = 'EmailSendTimeoutError';
  }
}

/** Resend transport, built lazily: `new Resend()` throws without a key, and reads RESEND_BASE_URL. */
export async function resendTransport(apiKey = process.env.RESEND_API_KEY): Promise<EmailTransport> {
  if (!apiKey) throw new Error('RESEND_API_KEY is not set');
  const { Resend } = await import('resend');
  const resend = new Resend(apiKey);
  return {
    async send(email, signal) {
      const { data, error } = await resend.emails.send(
        { from: email.fromAddress, to: [email.toAddress], subject: email.subject, html: email.html, text: email.text },
        // One key per outbox row, the same on every attempt: a retry after a lost response, or a
        // second sender after a reclaim, is then a no-op at the provider (Resend answers a repeated
        // key with the first message, for 24 h). The SDK hands `signal` to fetch, which aborts.
        { idempotencyKey: `outbox-${email.id}`, signal },
      );
      // The SDK reports an aborted fetch as "Unable to fetch data"; the abort's reason says more.
      if (signal.aborted) throw signal.reason;
      if (error) throw new Error(`${error.name}: ${error.message}`);
      if (!data?.id) throw new Error('Resend answered without a message id');
      return data.id;
    },
  };
}

/**
 * Runs one send under a deadline. The race matters as much as the abort: a transport that
 * ignores its signal still frees the worker on time.
 */
async function sendWithTimeout(transport: EmailTransport, email: OutboxRow, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new EmailSendTimeoutError(timeoutMs);
      controller.abort(reason);
      reject(reason);
    }, timeoutMs);
  });
  try {
    return await Promise.race([transport.send(email, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

export interface SendFailure {
  email: OutboxRow;
  reason: string;
  /** When the next attempt is due, or null when the email was marked FAILED. */
  retryAt: Date | null;
}

export interface DispatchOptions extends Partial<DispatchSettings> {
  /** Most rows one call delivers. */
  limit?: number;
  /** While a send is still in flight, idle workers look for newly due rows this often. */
  pollMs?: number;
  /** Told about every failed attempt, for the delivery loop's log. */
  onFailure?: (failure: SendFailure) => void;
}

/** The oldest due row, claimed for one send: SENDING, one more attempt, claim time in nextAttemptAt. */
async function claimOne(db: Database): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(emailOutbox)
    .set({ status: EMAIL_STATUS.SENDING, attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: sql`now()` })
    .where(
      inArray(
        emailOutbox.id,
        db
          .select({ id: emailOutbox.id })
          .from(emailOutbox)
          .where(and(eq(emailOutbox.status, EMAIL_STATUS.PENDING), lte(emailOutbox.nextAttemptAt, sql`now()`)))
          .orderBy(emailOutbox.nextAttemptAt)
          .limit(1)
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
  return row;
}

/** The claim this sender holds, and only that one: a row claimed again since is another sender's. */
const ownClaim = (email: OutboxRow) =>
  and(eq(emailOutbox.id, email.id), eq(emailOutbox.attempts, email.attempts), inArray(emailOutbox.status, SETTLEABLE_EMAIL_STATUSES));

/**
 * Delivers due outbox rows. Each of `concurrency` workers claims one row at a time with
 * FOR UPDATE SKIP LOCKED, sends it under the timeout, and settles it with a compare-and-set on
 * its claim, so any number of dispatchers (in any number of processes) can run at once, a slow
 * send holds only its own worker, and a row is settled once.
 */
export async function dispatchDueEmails(db: Database, transport: EmailTransport, options: DispatchOptions = {}): Promise<DispatchResult> {
  const fromEnv = dispatchSettings();
  const { limit = 50, pollMs = 1_000, sendTimeoutMs = fromEnv.sendTimeoutMs, concurrency = fromEnv.concurrency } = options;
  const staleAfterMs = options.staleAfterMs ?? staleWindowFor(sendTimeoutMs);
  if (staleAfterMs <= sendTimeoutMs) throw new Error(`The stale window (${staleAfterMs} ms) must be longer than the send timeout (${sendTimeoutMs} ms)`);

  // Rows whose sender died mid-send. Once per call, not per claim: the due index covers only
  // PENDING rows, so this is the one statement that looks at SENDING ones.
  await db
    .update(emailOutbox)
    .set({ status: EMAIL_STATUS.PENDING })
    .where(and(eq(emailOutbox.status, EMAIL_STATUS.SENDING), lt(emailOutbox.nextAttemptAt, sql`now() - ${staleAfterMs} * interval '1 millisecond'`)));

  const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  let reserved = 0;
  let sending = 0;
  // Idle workers wait for the next poll or for a send to finish, whichever comes first, so the
  // call ends as soon as its last send does rather than at the next poll.
  const idlers = new Set<() => void>();
  const idle = () =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        idlers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, pollMs);
      idlers.add(wake);
    });

  async function deliver(email: OutboxRow): Promise<void> {
    let providerMessageId: string;
    try {
      providerMessageId = await sendWithTimeout(transport, email, sendTimeoutMs);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = email.attempts >= MAX_ATTEMPTS;
      const retryAt = giveUp ? null : new Date(Date.now() + backoffMs(email.attempts));
      const settled = await db
        .update(emailOutbox)
        .set({ status: giveUp ? EMAIL_STATUS.FAILED : EMAIL_STATUS.PENDING, lastError: reason, nextAttemptAt: retryAt ?? new Date() })
        .where(ownClaim(email))
        .returning({ id: emailOutbox.id });
      if (settled.length === 0) return;
      if (giveUp) result.failed++;
      else result.retried++;
      options.onFailure?.({ email, reason, retryAt });
      return;
    }
    // Outside the try: a database error here must not count as a failed send. The row then stays
    // SENDING and is claimed again after the stale window, a no-op at the provider.
    const settled = await db
      .update(emailOutbox)
      .set({ status: EMAIL_STATUS.SENT, sentAt: new Date(), providerMessageId, lastError: null })
      .where(ownClaim(email))
      .returning({ id: emailOutbox.id });
    if (settled.length > 0) result.sent++;
  }

  async function worker(): Promise<void> {
    while (reserved < limit) {
      reserved++;
      const email = await claimOne(db);
      if (!email) {
        reserved--;
        // Nothing due now. While another worker still waits on a slow send this call is not
        // over, so keep picking up email queued meanwhile instead of leaving it behind the slow one.
        if (sending === 0) return;
        await idle();
        continue;
      }
      sending++;
      try {
        await deliver(email);
      } finally {
        sending--;
        for (const wake of [...idlers]) wake();
      }
    }
  }

  const outcomes = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(concurrency, limit)) }, worker));
  const broken = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (broken) throw broken.reason;
  return result;
}
