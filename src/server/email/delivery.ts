import { getDb } from '../db/client';
import { dispatchDueEmails, resendTransport } from './dispatcher';

const state: { timer?: NodeJS.Timeout; running?: Promise<unknown> } = ((globalThis as { __partnerlyMail?: object }).__partnerlyMail ??= {});

/** Without a Resend key, email stays in the outbox and the development mailbox shows it. */
export function deliveryEnabled(): boolean {
  return Boolean(process.env.RESEND_API_KEY);
}

export function devMailboxEnabled(): boolean {
  return !deliveryEnabled() && process.env.DEV_MAILBOX !== 'off';
}

async function runOnce(): Promise<void> {
  if (state.running) return;
  state.running = (async () => dispatchDueEmails(await getDb(), await resendTransport()))()
    .catch((error: unknown) => console.error('[email] dispatch failed:', error instanceof Error ? error.message : error))
    .finally(() => {
      state.running = undefined;
    });
  await state.running;
}

/** Delivers soon after a change commits, rather than waiting for the next tick. */
export function kickEmailDelivery(): void {
  if (deliveryEnabled()) void runOnce();
}

/** Started once per server process; retries and backoff come from the outbox rows themselves. */
export function startEmailDelivery(intervalMs = 5_000): void {
  if (!deliveryEnabled() || state.timer) return;
  state.timer = setInterval(() => void runOnce(), intervalMs);
  state.timer.unref();
}
