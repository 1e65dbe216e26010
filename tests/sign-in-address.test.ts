import { Auth, type AuthConfig } from '@auth/core';
import { count, sql } from 'drizzle-orm';
import { buildAuthConfig } from '../src/server/auth/config';
import { emailOutbox, users, verificationTokens } from '../src/server/db/schema';
import { startTestApp, type TestApp } from './support/app';
import { CookieJar, ORIGIN, requestSignIn } from './support/auth-http';
import { createUser } from './support/factories';

let app: TestApp;

beforeAll(async () => {
  process.env.AUTH_SECRET = 'test-secret-for-sign-in-address-tests-0123456789';
  app = await startTestApp();
});
afterAll(() => app.close());

/** Everything a sign-in request could leave behind: users, queued emails, link tokens. */
async function footprint() {
  const [u] = await app.db.select({ n: count() }).from(users);
  const [e] = await app.db.select({ n: count() }).from(emailOutbox);
  const [t] = await app.db.select({ n: count() }).from(verificationTokens);
  return { users: u.n, emails: e.n, tokens: t.n };
}

const NOT_PLAIN = [
  '" <manager@acme.example>"',
  'Manager <manager@acme.example>',
  '<manager@acme.example>',
  '"manager"@acme.example',
  'manager@acme.example, intruder@evil.example',
  'manager@acme.example,evil.example',
  'man ager@acme.example',
  'manager＠acme.example',
  'manager@acme.example\u0000',
  'manager',
  '',
];

describe('sign-in accepts only a plain address', () => {
  it.each(NOT_PLAIN)('refuses %j on the HTTP flow with a 400, and creates no user, email or link', async (email) => {
    await createUser(app.db, { email: 'manager@acme.example' }).catch(() => undefined);
    const before = await footprint();
    const res = await requestSignIn({ email });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'INVALID_EMAIL', message: 'Enter a plain email address, like name@company.com (no name, quotes or angle brackets).' },
    });
    expect(await footprint()).toEqual(before);
  });

  it('refuses a display-name address even when a caller reaches Auth.js without the route', async () => {
    const config: AuthConfig = { ...(buildAuthConfig(app.db) as AuthConfig), basePath: '/api/auth', logger: { error: () => undefined } };
    const jar = new CookieJar();
    const csrf = await Auth(new Request(`${ORIGIN}/api/auth/csrf`), config);
    jar.store(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const before = await footprint();
    const res = await Auth(
      new Request(`${ORIGIN}/api/auth/signin/email`, {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: '" <manager@acme.example>"', csrfToken, callbackUrl: `${ORIGIN}/` }).toString(),
      }),
      config,
    );
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/signin/error');
    expect(await footprint()).toEqual(before);
  });

  it('accepts a plain address with surrounding spaces or capitals, as the one lowercased identity', async () => {
    const email = `plain-${Date.now()}@example.com`;
    const res = await requestSignIn({ email: `  ${email.toUpperCase()} ` });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/api/auth/verify-request');
    const tokens = await app.db.select({ identifier: verificationTokens.identifier }).from(verificationTokens).where(sql`lower(${verificationTokens.identifier}) = ${email}`);
    expect(tokens).toEqual([{ identifier: email }]);
    const queued = await app.db.select({ to: emailOutbox.toAddress }).from(emailOutbox).where(sql`lower(${emailOutbox.toAddress}) = ${email}`);
    expect(queued).toEqual([{ to: email }]);
  });
});
