import { createHash } from 'node:crypto';
import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';
import { excluded } from '../shared/insert-select';
import { rateLimitPolicy, type RateLimitName, type RateLimitPolicy } from './rate-limit-settings';

/** Where a subject stands in its current window. */
export interface RateLimitState {
  policy: RateLimitPolicy;
  /** Whether this hit was within the limit (for a check: whether one more hit would be). */
  allowed: boolean;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/** A caller over a limit: answered 429 on the API, with a message on pages. */
export class RateLimitedError extends Error {
  constructor(
    readonly state: RateLimitState,
    message: string,
  ) {
    super(message);
    this.name = 'RateLimitedError';
  }
}

/** Expired counters deleted per new window: more than are created, so the table never grows past the live ones. */
const SWEEP_BATCH = 100;
/** Keeps a counter that runs on past its limit inside an integer column. */
const POINTS_CEILING = 1_000_000_000;

/**
 * Subjects are stored hashed: the table holds no addresses or IPs, and an oversized subject
 * (a long header) still makes a short key.
 */
function counterKey(name: RateLimitName, subject: string): string {
  return `${name}:${createHash('sha256').update(subject, 'utf8').digest('hex').slice(0, 32)}`;
}

function stateOf(policy: RateLimitPolicy, points: number, secondsLeft: number, allowed: boolean): RateLimitState {
  return { policy, allowed, remaining: Math.max(policy.limit - points, 0), resetSeconds: Math.max(Math.ceil(secondsLeft), 1) };
}

const UNLIMITED = (name: RateLimitName): RateLimitState => ({
  policy: { name, limit: Number.POSITIVE_INFINITY, windowSeconds: 0 },
  allowed: true,
  remaining: Number.POSITIVE_INFINITY,
  resetSeconds: 0,
});

/**
 * Counts `points` hits for `subject` against a limit: one atomic upsert on the shared table, so
 * app instances count together and concurrent hits never lose an increment. The database clock
 * decides windows, so instances with drifting clocks still agree.
 */
export async function hitRateLimit(db: Database, name: RateLimitName, subject: string, points = 1): Promise<RateLimitState> {
  const policy = rateLimitPolicy(name);
  if (!policy) return UNLIMITED(name);
  const key = counterKey(name, subject);
  const r = rateLimits;
  const fresh = sql`${r.expiresAt} <= now()`;
  const [row] = await db
    .insert(r)
    .values({ key, points, expiresAt: sql`now() + ${policy.windowSeconds}::integer * interval '1 second'` })
    .onConflictDoUpdate({
      target: r.key,
      set: {
        points: sql`case when ${fresh} then ${excluded(r.points)}
                         else least(${r.points}::bigint + ${excluded(r.points)}, ${POINTS_CEILING}::bigint)::integer end`,
        expiresAt: sql`case when ${fresh} then ${excluded(r.expiresAt)} else ${r.expiresAt} end`,
      },
    })
    .returning({ points: r.points, secondsLeft: sql<number>`extract(epoch from ${r.expiresAt} - now())::float8` });
  const count = Number(row.points);
  // A count equal to this hit's points means the window is new: the moment to clear old ones.
  if (count === points) await sweepExpiredRateLimits(db);
  return stateOf(policy, count, Number(row.secondsLeft), count <= policy.limit);
}

/** Whether one more hit would be allowed, without counting one. */
export async function checkRateLimit(db: Database, name: RateLimitName, subject: string): Promise<RateLimitState> {
  const policy = rateLimitPolicy(name);
  if (!policy) return UNLIMITED(name);
  const r = rateLimits;
  const [row] = await db
    .select({ points: r.points, secondsLeft: sql<number>`extract(epoch from ${r.expiresAt} - now())::float8` })
    .from(r)
    .where(and(eq(r.key, counterKey(name, subject)), gt(r.expiresAt, sql`now()`)));
  const count = row ? Number(row.points) : 0;
  return stateOf(policy, count, row ? Number(row.secondsLeft) : policy.windowSeconds, count < policy.limit);
}

/** Deletes a batch of counters whose window has ended; instances sweeping at once skip each other's rows. */
export async function sweepExpiredRateLimits(db: Database): Promise<void> {
  const r = rateLimits;
  const expired = db
    .select({ key: r.key })
    .from(r)
    .where(lte(r.expiresAt, sql`now()`))
    .orderBy(r.expiresAt)
    .limit(SWEEP_BATCH)
    .for('update', { skipLocked: true });
  await db.delete(r).where(inArray(r.key, expired));
}

/** "try again in 12 minutes": the wait a person is told, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers, the separate-fields
 * form most clients read) plus Retry-After when the caller is refused.
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  if (!Number.isFinite(state.policy.limit)) return {};
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(state.policy.limit),
    'RateLimit-Remaining': String(state.allowed ? state.remaining : 0),
    'RateLimit-Reset': String(state.resetSeconds),
    'RateLimit-Policy': `${state.policy.limit};w=${state.policy.windowSeconds}`,
  };
  if (!state.allowed) headers['Retry-After'] = String(state.resetSeconds);
  return headers;
}

/** The 429 answer of a plain HTTP route, shaped like the routes' other JSON errors. */
export function rateLimitedResponse(error: RateLimitedError): Response {
  return Response.json({ error: { code: 'RATE_LIMITED', message: error.message } }, { status: 429, headers: rateLimitHeaders(error.state) });
}
