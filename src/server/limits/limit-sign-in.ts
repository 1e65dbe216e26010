import type { NextRequest } from 'next/server';
import { getDb } from '../db/bootstrap';
import type { Database } from '../db/client';
import { parseSignInAddress } from '../auth/sign-in-address';
import { SIGN_IN_EMAIL_UNAVAILABLE, signInEmailsDeliverable } from '../email/mode';
import { clientIp, type HeaderReader } from './client-ip';
import { checkRateLimit, hitRateLimit, rateLimitedResponse, RateLimitedError, waitText } from './rate-limiter';

function tooManyForAddress(state: RateLimitedError['state']): RateLimitedError {
  return new RateLimitedError(state, `Too many sign-in links were sent to this address; try again in ${waitText(state.resetSeconds)}.`);
}

/**
 * Counts one sign-in email to `email`; false when it must not be sent. Called where every sign-in
 * email is sent (Auth.js's sendVerificationRequest), so no entry point can get around it; the
 * entry points check the same counter first to answer with a clear message.
 */
export async function countSignInEmail(db: Database, email: string): Promise<boolean> {
  return (await hitRateLimit(db, 'signInPerEmail', email)).allowed;
}

/**
 * At a sign-in entry point (the form's server action, the HTTP flow): counts the request against
 * the client's IP, then checks, without counting, that the address may get another email.
 */
export async function signInRefusal(db: Database, headers: HeaderReader, email: string): Promise<RateLimitedError | null> {
  const byIp = await hitRateLimit(db, 'signInPerIp', clientIp(headers));
  if (!byIp.allowed) {
    return new RateLimitedError(byIp, `Too many sign-in requests from your network; try again in ${waitText(byIp.resetSeconds)}.`);
  }
  const byAddress = await checkRateLimit(db, 'signInPerEmail', email);
  return byAddress.allowed ? null : tooManyForAddress(byAddress);
}

async function submittedEmail(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (/^application\/json\b/i.test(type)) return ((await request.clone().json()) as { email?: unknown } | null)?.email;
    return (await request.clone().formData()).get('email');
  } catch {
    return undefined;
  }
}

/**
 * Wraps Auth.js's POST handler: an email sign-in request with an address that is not plain gets a
 * 400 (Auth.js would redirect to its error page with a misleading "Configuration"), one over a
 * limit a 429 with the RateLimit headers. Everything else passes through untouched.
 */
export function withSignInLimits(post: (request: NextRequest) => Promise<Response>, database: () => Promise<Database> = getDb) {
  return async (request: NextRequest): Promise<Response> => {
    if (!new URL(request.url).pathname.endsWith('/signin/email')) return post(request);
    if (!signInEmailsDeliverable()) return Response.json({ error: { code: 'EMAIL_UNAVAILABLE', message: SIGN_IN_EMAIL_UNAVAILABLE } }, { status: 503 });
    const address = parseSignInAddress(await submittedEmail(request));
    if (!address.ok) return Response.json({ error: { code: 'INVALID_EMAIL', message: address.message } }, { status: 400 });
    const refusal = await signInRefusal(await database(), request.headers, address.email);
    return refusal ? rateLimitedResponse(refusal) : post(request);
  };
}
