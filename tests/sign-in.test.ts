import { Auth, type AuthConfig } from '@auth/core';
import { desc, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { buildAuthConfig } from '../src/server/auth/config';
import { emailOutbox, sessions, users, verificationTokens } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager, createUser } from './support/factories';

const Viewer = graphql(`
  query TestSignInViewer {
    viewer {
      user { email }
      programs { slug }
    }
  }
`);

const ORIGIN = 'http://localhost:3000';
const SESSION_COOKIE = 'authjs.session-token';

/**
 * A browser's cookie jar, reduced to what the flow needs: Set-Cookie headers are parsed one by one
 * (Headers.getSetCookie keeps them apart), expired or emptied cookies are dropped, and the rest is
 * sent back as one Cookie header.
 */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val = ''] = a.split('=').map((s) => s.trim());
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return new Date(val).getTime() <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

let app: TestApp;
let authConfig: AuthConfig;
/** Error types Auth.js reported (its logger would print them); each test starts with none. */
let authErrors: string[] = [];

beforeAll(async () => {
  process.env.AUTH_SECRET = 'test-secret-for-sign-in-tests-0123456789abcdef';
  app = await startTestApp();
  authConfig = {
    ...(buildAuthConfig(app.db) as AuthConfig),
    basePath: '/api/auth',
    logger: { error: (error) => void authErrors.push((error as { type?: string }).type ?? error.name) },
  };
});
beforeEach(() => {
  authErrors = [];
});
afterAll(() => app.close());

/** One request to Auth.js, as the /api/auth/[...nextauth] route would pass it; cookies go both ways. */
async function auth(jar: CookieJar, path: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
  const headers = new Headers();
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  let body: string | undefined;
  if (init.form) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = new URLSearchParams(init.form).toString();
  }
  const response = await Auth(new Request(new URL(path, ORIGIN), { method: init.method ?? 'GET', headers, body }), authConfig);
  jar.store(response);
  return response;
}

/** Asks for a magic link for `email`: returns the final redirect and the link that was queued. */
async function requestLink(jar: CookieJar, email: string, callbackUrl = `${ORIGIN}/dashboard`) {
  const csrf = await auth(jar, '/api/auth/csrf');
  expect(csrf.status).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  expect(csrfToken).toMatch(/^[0-9a-f]{64}$/);
  expect(jar.get('authjs.csrf-token')).toBeDefined();

  const signIn = await auth(jar, '/api/auth/signin/email', { method: 'POST', form: { email, csrfToken, callbackUrl } });
  expect(signIn.status).toBe(302);
  // Auth.js sends the browser to its verify-request action, which redirects to our page.
  const verify = new URL(signIn.headers.get('location')!);
  expect(verify.pathname).toBe('/api/auth/verify-request');
  const page = await auth(jar, verify.pathname + verify.search);
  expect(page.status).toBe(302);
  const checkEmail = new URL(page.headers.get('location')!, ORIGIN);

  const [mail] = await app.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email.toLowerCase()))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  expect(mail).toMatchObject({ template: 'sign-in', status: 'PENDING', subject: 'Your Partnerly sign-in link' });
  const match = /Sign in: (\S+)/.exec(mail.text);
  expect(match).not.toBeNull();
  const link = new URL(match![1]);
  // The HTML body carries the same link, escaped.
  expect(mail.html).toContain(link.toString().replace(/&/g, '&amp;'));
  return { checkEmail, link, mail };
}

async function viewerWith(cookie: string | undefined) {
  const res = await app.gql(Viewer, {}, cookie ? { cookie } : {});
  expect(res.errors).toBeUndefined();
  return res.data?.viewer ?? null;
}

describe('magic-link sign-in through Auth.js', () => {
  it('emails a single-use link that signs a program manager in, and the session cookie identifies them to GraphQL', async () => {
    const { program, manager } = await createProgramWithManager(app.db);
    const jar = new CookieJar();

    const { checkEmail, link } = await requestLink(jar, manager.email);
    expect(checkEmail.pathname).toBe('/signin/check-email');
    expect(link.origin).toBe(ORIGIN);
    expect(link.pathname).toBe('/api/auth/callback/email');
    expect(link.searchParams.get('email')).toBe(manager.email);
    expect(link.searchParams.get('callbackUrl')).toBe(`${ORIGIN}/dashboard`);
    // Only a hash of the link's token is stored.
    const token = link.searchParams.get('token')!;
    const stored = await app.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, manager.email));
    expect(stored).toHaveLength(1);
    expect(stored[0].token).not.toBe(token);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();

    const callback = await auth(jar, link.pathname + link.search);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${ORIGIN}/dashboard`);
    const sessionToken = jar.get(SESSION_COOKIE);
    expect(sessionToken).toBeDefined();
    const rows = await app.db.select().from(sessions).where(eq(sessions.sessionToken, sessionToken!));
    expect(rows).toEqual([expect.objectContaining({ userId: manager.id })]);
    expect(rows[0].expires.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(await app.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, manager.email))).toEqual([]);

    expect(await viewerWith(`${SESSION_COOKIE}=${sessionToken}`)).toEqual({
      user: { email: manager.email },
      programs: [{ slug: program.slug }],
    });
    expect(authErrors).toEqual([]);
  });

  it('does not sign anyone in with the same link a second time', async () => {
    const user = await createUser(app.db);
    const first = new CookieJar();
    const { link } = await requestLink(first, user.email);
    await auth(first, link.pathname + link.search);
    expect(first.get(SESSION_COOKIE)).toBeDefined();
    const sessionsBefore = await app.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(sessionsBefore).toHaveLength(1);

    // Someone else (or the same person in another browser) replays the link.
    const replay = new CookieJar();
    const again = await auth(replay, link.pathname + link.search);
    expect(again.status).toBe(302);
    const location = new URL(again.headers.get('location')!);
    expect(location.pathname).toBe('/signin/error');
    expect(location.searchParams.get('error')).toBe('Verification');
    expect(replay.get(SESSION_COOKIE)).toBeUndefined();
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    expect(authErrors).toEqual(['Verification']);
  });

  it('does not accept a link whose token was tampered with', async () => {
    const user = await createUser(app.db);
    const jar = new CookieJar();
    const { link } = await requestLink(jar, user.email);
    link.searchParams.set('token', `${link.searchParams.get('token')}x`);
    const res = await auth(jar, link.pathname + link.search);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('Verification');
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(await app.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
    expect(authErrors).toEqual(['Verification']);
  });

  it('creates the user on the first sign-in of an unknown email, and no user before the link is used', async () => {
    const email = `newcomer-${Date.now()}@example.com`;
    const jar = new CookieJar();
    const { link } = await requestLink(jar, email);
    const byEmail = () => app.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    expect(await byEmail()).toEqual([]);

    await auth(jar, link.pathname + link.search);
    const [created] = await byEmail();
    expect(created).toMatchObject({ email, isNetworkReviewer: false });
    expect(created.emailVerified).toBeInstanceOf(Date);
    expect(await viewerWith(jar.header())).toEqual({ user: { email }, programs: [] });
  });

  it('signs in an existing user whose address was stored with capitals, without creating a second user', async () => {
    const user = await createUser(app.db, { email: `Mixed.Case-${Date.now()}@Example.com` });
    const jar = new CookieJar();
    // Auth.js lowercases what is typed before looking the user up.
    const { link } = await requestLink(jar, user.email);
    expect(link.searchParams.get('email')).toBe(user.email.toLowerCase());
    await auth(jar, link.pathname + link.search);
    expect(jar.get(SESSION_COOKIE)).toBeDefined();
    expect(await viewerWith(jar.header())).toEqual({ user: { email: user.email }, programs: [] });
    const sameAddress = await app.db.select().from(users).where(sql`lower(${users.email}) = ${user.email.toLowerCase()}`);
    expect(sameAddress.map((u) => u.id)).toEqual([user.id]);
    expect(authErrors).toEqual([]);
  });

  it('treats a request without a session cookie, or with an unknown or expired one, as signed out', async () => {
    expect(await viewerWith(undefined)).toBeNull();
    expect(await viewerWith(`${SESSION_COOKIE}=not-a-session`)).toBeNull();

    const user = await createUser(app.db);
    const jar = new CookieJar();
    const { link } = await requestLink(jar, user.email);
    await auth(jar, link.pathname + link.search);
    const token = jar.get(SESSION_COOKIE)!;
    expect(await viewerWith(`${SESSION_COOKIE}=${token}`)).not.toBeNull();
    await app.db.update(sessions).set({ expires: new Date(Date.now() - 1000) }).where(eq(sessions.sessionToken, token));
    expect(await viewerWith(`${SESSION_COOKIE}=${token}`)).toBeNull();
  });

  it('refuses a sign-in request without the CSRF token and queues no email', async () => {
    const email = `nocsrf-${Date.now()}@example.com`;
    const jar = new CookieJar();
    await auth(jar, '/api/auth/csrf');
    const res = await auth(jar, '/api/auth/signin/email', { method: 'POST', form: { email, callbackUrl: `${ORIGIN}/` } });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('MissingCSRF');
    expect(await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).toEqual([]);
    expect(authErrors).toEqual(['MissingCSRF']);
  });
});
