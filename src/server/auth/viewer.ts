import { and, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema';
import { verifyApiKey } from '../api-keys/verify-api-key';
import { unauthenticated } from '../shared/errors';

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
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/**
 * The programs a user manages and the partners they are an active member of, as select columns.
 * Written with explicit aliases: drizzle leaves column names unqualified in a one-table select,
 * where a bare "id" inside these subqueries would name the subquery's own table.
 */
function membershipColumns(userId: SQL) {
  return {
    managedProgramIds: sql<string[]>`coalesce((select array_agg(pm.program_id::text) from program_managers pm where pm.user_id = ${userId}), '{}')`,
    partnerIds: sql<string[]>`coalesce((select array_agg(distinct m.partner_id::text) from partner_members m where m.user_id = ${userId} and m.status = 'ACTIVE'), '{}')`,
  };
}

export async function viewerFromSessionToken(db: Database, sessionToken: string): Promise<Viewer> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, isNetworkReviewer: users.isNetworkReviewer, ...membershipColumns(sql`"users"."id"`) })
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
 */
export async function resolveViewer(db: Database, headers: Headers): Promise<Viewer> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
    const apiKey = await verifyApiKey(db, match[1]);
    if (!apiKey) throw unauthenticated('This API key is not valid: it is unknown, revoked or expired.');
    return { kind: 'apiKey', apiKey };
  }
  const cookieHeader = headers.get('cookie');
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (token) return viewerFromSessionToken(db, token);
  }
  return ANONYMOUS;
}

export function actorOf(viewer: Viewer): { actorUserId: string | null; actorApiKeyId: string | null } {
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
