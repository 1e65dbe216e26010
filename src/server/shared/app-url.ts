import { AsyncLocalStorage } from 'node:async_hooks';

const requestOrigin = new AsyncLocalStorage<string>();

type Env = Record<string, string | undefined>;

/** The origin a request was sent to, from its Host (or a proxy's X-Forwarded-Host) header. */
export function originOf(headers: Headers): string | undefined {
  const host = headers.get('x-forwarded-host')?.split(',')[0].trim() || headers.get('host');
  if (!host) return undefined;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/**
 * Runs `work` as part of handling `request`: in development, links made meanwhile point at the
 * host the person is using (localhost, 127.0.0.1, a LAN address), where their session cookie is.
 */
export function withRequestOrigin<T>(headers: Headers, work: () => T): T {
  const origin = originOf(headers);
  return origin ? requestOrigin.run(origin, work) : work();
}

/**
 * The public address of the app, for links in emails, pages and the API; one rule for all of them:
 * 1. APP_URL (or AUTH_URL) when set: what a production deployment sets.
 * 2. In development, the host of the request being handled. Never in production: a forged Host
 *    header would otherwise put an attacker's address into the emails.
 * 3. localhost on the port the server listens on (Next sets PORT once it listens, for `-p` too).
 */
export function appUrl(env: Env = process.env): string {
  const explicit = env.APP_URL || env.AUTH_URL;
  if (explicit) return explicit.replace(/\/+$/, '');
  const origin = env.NODE_ENV === 'development' ? requestOrigin.getStore() : undefined;
  return origin ?? `http://localhost:${env.PORT || '3000'}`;
}
