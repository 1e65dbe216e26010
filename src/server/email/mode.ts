/**
 * How this server handles outgoing email: delivered through Resend, kept for the development
 * mailbox, or neither. The mailbox shows every sign-in link to whoever opens it, so a production
 * server (`next start`) serves it only when the operator opts in with DEV_MAILBOX=on.
 */
export type EmailMode =
  | { kind: 'resend' }
  /** `optedIn`: a production server whose operator set DEV_MAILBOX=on; the mailbox says so loudly. */
  | { kind: 'mailbox'; optedIn: boolean }
  /** No provider and no mailbox: email waits in the outbox until a provider is configured. */
  | { kind: 'undelivered' };

type Env = Record<string, string | undefined>;

export function emailMode(env: Env = process.env): EmailMode {
  if (env.RESEND_API_KEY) return { kind: 'resend' };
  if (env.DEV_MAILBOX === 'off') return { kind: 'undelivered' };
  if (env.NODE_ENV !== 'production') return { kind: 'mailbox', optedIn: false };
  return env.DEV_MAILBOX === 'on' ? { kind: 'mailbox', optedIn: true } : { kind: 'undelivered' };
}

export function devMailboxEnabled(env: Env = process.env): boolean {
  return emailMode(env).kind === 'mailbox';
}

/** Sign-in is by emailed link only: without a way to deliver it, nobody can sign in here. */
export function signInEmailsDeliverable(env: Env = process.env): boolean {
  return emailMode(env).kind !== 'undelivered';
}

export const SIGN_IN_EMAIL_UNAVAILABLE = 'Sign-in emails cannot be sent on this server: it has no email provider configured.';

/** What the operator reads once at start, or null when there is nothing to warn about. */
export function emailModeWarning(env: Env = process.env): string | null {
  const mode = emailMode(env);
  if (mode.kind === 'mailbox' && mode.optedIn) {
    return 'WARNING: DEV_MAILBOX=on in production. /dev/mailbox shows every email, sign-in links included, to ANYONE who opens it. Use it only on a private test server; set RESEND_API_KEY to deliver email instead.';
  }
  if (mode.kind === 'undelivered') {
    return 'Email is not being delivered: RESEND_API_KEY is not set and the development mailbox is off. Nobody can sign in until a provider is configured; queued emails wait in the outbox.';
  }
  return null;
}
