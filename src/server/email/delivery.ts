import 'server-only';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { getDb } from '../db/bootstrap';
import { dispatchDueEmails, MAX_ATTEMPTS, resendTransport, type SendFailure } from './dispatcher';
import { emailMode } from './mode';

const state: { timer?: NodeJS.Timeout; running?: Promise<void>; again?: boolean } = ((globalThis as { __partnerlyMail?: object }).__partnerlyMail ??= {});

/** Only with a provider does this process deliver; otherwise email waits in the outbox (see mode.ts). */
export function deliveryEnabled(): boolean {
  return emailMode().kind === 'resend';
}

function messageOf(error: unknown): string {
  // A failed statement's message is its whole SQL and parameters; the driver's reason is what to act on.
  if (error instanceof DrizzleQueryError && error.cause) return `database error: ${error.cause.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** One line per failed attempt, without a stack: the reason is what the operator acts on. */
function logFailure({ email, reason, retryAt }: SendFailure): void {
  const what = `[email] ${email.template} email ${email.id} failed on attempt ${email.attempts} of ${MAX_ATTEMPTS}: ${reason}`;
  if (retryAt) console.warn(`${what} (retrying at ${retryAt.toISOString()})`);
  else console.error(`${what} (giving up: marked FAILED)`);
}

/**
 * One delivery pass over the due outbox rows. It never throws, so the loop keeps going whatever a
 * pass met; a request during a pass runs one more pass right after, so no kick is lost.
 */
export function deliverDueEmails(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    do {
      state.again = false;
      try {
        await dispatchDueEmails(await getDb(), await resendTransport(), { onFailure: logFailure });
      } catch (error) {
        console.error(`[email] delivery pass failed (the next pass tries again): ${messageOf(error)}`);
      }
    } while (state.again);
  })().finally(() => {
    state.running = undefined;
  });
  return state.running;
}

/** Delivers soon after a change commits, rather than waiting for the next tick. */
export function kickEmailDelivery(): void {
  if (deliveryEnabled()) void deliverDueEmails();
}

/** Started once per server process; retries and backoff come from the outbox rows themselves. */
export function startEmailDelivery(intervalMs = 5_000): void {
  if (!deliveryEnabled() || state.timer) return;
  state.timer = setInterval(() => void deliverDueEmails(), intervalMs);
  state.timer.unref();
}

/** Stops the loop; resolves once the pass in progress, if any, has finished. */
export async function stopEmailDelivery(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  state.again = false;
  await state.running;
}
