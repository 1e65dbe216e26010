import { and, eq, gt, sql, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../db/client';
import { partnerMembers, programManagers, sessions, users } from '../db/schema';
import { verifyApiKey } from '../api-keys/verify-api-key';
import { unauthenticated } from '../shared/errors';
import { clientIp } from '../limits/client-ip';
import { checkRateLimit, hitRateLimit, RateLimitedError, waitText, type RateLimitState } from '../limits/rate-limiter';
import { recordApiKeyUsage } from '../limits/api-key-usage';
import { MEMBER_STATUS } from '../members/rules';

const tooManyBadKeys = (state: RateLimitState) =>
  new RateLimitedError(state, `Too many requests with an invalid API key from your network; try again in ${waitText(state.resetSeconds)}.`);

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  isNetworkReviewer: boolean;
}

/** Who is calling. Resolved once per request from the session cookie or the Bearer API key. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: SignedInUser; managedProgramIds: string[]; partnerIds: string[] }
  | { kind: 'apiKey'; apiKey: { id: string; programId: string; name: string } };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** Auth.js names its session cookie with a __Secure- prefix on https. */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        // A malformed escape is no session of ours: the caller is anonymous, not a server error.
        return null;
      }
    }
  }
  return null;
}

/**
 * The programs a user manages and the partners they are an active member of, as select columns.
 * In a one-table select drizzle strips the table from the columns it sees at the top of these
 * templates; unqualified they still name the subquery's own table. The caller passes the outer
 * user id wrapped in sql`` (nested, so it stays qualified) or as a parameter, never a bare column,
 * which would come out as a bare "user_id"/"id" of the subquery's table.
 */
function membershipColumns(userId: SQLWrapper) {
  const pm = programManagers;
  const m = partnerMembers;
  return {
    managedProgramIds: sql<string[]>`coalesce((select array_agg(${pm.programId}::text) from ${pm} where ${pm.userId} = ${userId}), '{}')`,
    partnerIds: sql<string[]>`coalesce((select array_agg(distinct ${m.partnerId}::text) from ${m} where ${m.userId} = ${userId} and ${m.status} = ${MEMBER_STATUS.ACTIVE}), '{}')`,
  };
}

/** Auth.js session tokens are short ASCII; anything else (NUL, huge) would only reach the database to fail. */
const SESSION_TOKEN_SHAPE = /^[\x21-\x7e]{1,512}$/;

export async function viewerFromSessionToken(db: Database, sessionToken: string): Promise<Viewer> {
  if (!SESSION_TOKEN_SHAPE.test(sessionToken)) return ANONYMOUS;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer, ...membershipColumns(sql`${users.id}`) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionToken), gt(sessions.expires, sql`now()`)))
    .limit(1);
  if (!row) return ANONYMOUS;
  const { managedProgramIds, partnerIds, ...user } = row;
  return { kind: 'user', user, managedProgramIds, partnerIds };
}

/**
 * A Bearer key that is wrong, revoked or expired is an error (the caller meant to authenticate);
 * a missing or expired session cookie just means anonymous.
 *
 * Keys are rate-limited twice: failed attempts per client IP (checked before the key is even
 * looked at, so a guesser over the limit cannot tell a right key from a wrong one) and requests
 * per key. Either refusal is a RateLimitedError, answered 429.
 */
export async function resolveViewer(db: Database, headers: Headers): Promise<Viewer> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const ip = clientIp(headers);
    const guesses = await checkRateLimit(db, 'badApiKeyPerIp', ip);
    if (!guesses.allowed) throw tooManyBadKeys(guesses);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const apiKey = match ? await verifyApiKey(db, match[1]) : null;
    if (!apiKey) {
      const failed = await hitRateLimit(db, 'badApiKeyPerIp', ip);
      if (!failed.allowed) throw tooManyBadKeys(failed);
      throw unauthenticated(match ? 'This API key is not valid: it is unknown, revoked or expired.' : 'The Authorization header must be "Bearer <API key>".');
    }
    const usage = await hitRateLimit(db, 'apiKey', apiKey.id);
    recordApiKeyUsage(headers, usage);
    if (!usage.allowed) throw new RateLimitedError(usage, `This API key made too many requests; try again in ${waitText(usage.resetSeconds)}.`);
    return { kind: 'apiKey', apiKey };
  }
  const cookieHeader = headers.get('cookie');
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (token) return viewerFromSessionToken(db, token);
  }
  return ANONYMOUS;
}

/**
 * Who an audit event names. Work that runs after its request (an import's background run) has
 * no viewer, only the person or API key that started it: it gives this instead.
 */
export interface Actor {
  actorUserId: string | null;
  actorApiKeyId: string | null;
}

export function actorOf(viewer: Viewer | Actor): Actor {
  if (!('kind' in viewer)) return { actorUserId: viewer.actorUserId, actorApiKeyId: viewer.actorApiKeyId };
  return {
    actorUserId: viewer.kind === 'user' ? viewer.user.id : null,
    actorApiKeyId: viewer.kind === 'apiKey' ? viewer.apiKey.id : null,
  };
}

/** The GraphQL Viewer type's backing model (named apart from the generated Viewer type). */
export type ViewerModel = Viewer;

/** The same person with their memberships read again (after a change made in this request). */
export async function refreshUserViewer(db: Database, viewer: Extract<Viewer, { kind: 'user' }>): Promise<Viewer> {
  const [row] = await db
    .select(membershipColumns(sql`${viewer.user.id}`))
    .from(users)
    .where(eq(users.id, viewer.user.id));
  return { ...viewer, managedProgramIds: row?.managedProgramIds ?? [], partnerIds: row?.partnerIds ?? [] };
}
