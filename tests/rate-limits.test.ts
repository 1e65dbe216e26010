import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { count, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { emailOutbox, rateLimits } from '../src/server/db/schema';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import { clientIp } from '../src/server/limits/client-ip';
import { rateLimitPolicy } from '../src/server/limits/rate-limit-settings';
import { startTestApp, type TestApp } from './support/app';
import { ORIGIN, requestSignIn } from './support/auth-http';
import { createApiKeyFor, createProgramWithManager } from './support/factories';

const InviteLanding = graphql(`
  query TestRateLimitInviteLanding($token: String!) {
    inviteLanding(token: $token) { status }
  }
`);

const JoinLanding = graphql(`
  query TestRateLimitJoinLanding($token: String!) {
    joinLanding(token: $token) { status }
  }
`);

const ConfirmEmailChange = graphql(`
  mutation TestRateLimitConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) { userErrors { code } }
  }
`);

const OwnProgram = graphql(`
  query TestRateLimitOwnProgram {
    program { slug }
  }
`);

const RATE_LIMIT_HEADERS = ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy'];

let app: TestApp;
const savedEnv = { ...process.env };

beforeAll(async () => {
  process.env.AUTH_SECRET = 'test-secret-for-rate-limit-tests-0123456789abcdef';
  app = await startTestApp();
});
afterEach(() => {
  // Each test sets the limits it exercises; the next one starts from the defaults.
  for (const name of Object.keys(process.env)) if (/^(RATE_LIMIT|TRUST_PROXY)/.test(name) && !(name in savedEnv)) delete process.env[name];
});
afterAll(() => app.close());

/** One GraphQL request to the real route, from `ip`, optionally with an API key. */
async function gqlFrom<T, V>(document: TypedDocumentNode<T, V>, variables: V, { ip, bearer }: { ip: string; bearer?: string }) {
  return rawGqlFrom(print(document), variables, { ip, bearer });
}

async function rawGqlFrom(query: string, variables: unknown, { ip, bearer }: { ip: string; bearer?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': ip };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await app.fetchGraphQL('/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { response, body, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

function expectRefused(response: Response, limit: number, windowSeconds: number): void {
  expect(response.status).toBe(429);
  for (const name of RATE_LIMIT_HEADERS) expect(response.headers.get(name)).not.toBeNull();
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(response.headers.get('ratelimit-policy')).toBe(`${limit};w=${windowSeconds}`);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(response.headers.get('ratelimit-reset')).toBe(String(retryAfter));
}

/** Ends every current window, as if the wait had passed. */
async function endWindows(): Promise<void> {
  await app.db.update(rateLimits).set({ expiresAt: sql`now() - interval '1 second'` });
}

const emailsTo = async (address: string) =>
  (await app.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.toAddress, address)))[0].n;

let sequence = 0;
/** A fresh documentation-range address per test, so tests never share a counter. */
const nextIp = () => `203.0.113.${++sequence}`;

describe('sign-in emails', () => {
  it('limits sign-in emails per address across networks, answers 429 with the headers, and recovers after the window', async () => {
    process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = '3/15m';
    const email = `bombed-${Date.now()}@example.com`;
    for (let i = 0; i < 3; i++) {
      const res = await requestSignIn({ email, ip: nextIp() });
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location')!).pathname).toBe('/api/auth/verify-request');
    }
    const refused = await requestSignIn({ email: email.toUpperCase(), ip: nextIp() });
    expectRefused(refused, 3, 900);
    expect(await refused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many sign-in links were sent to this address; try again in 15 minutes\.$/) } });
    expect(await emailsTo(email)).toBe(3);

    // Another address is not affected.
    const other = `other-${Date.now()}@example.com`;
    expect((await requestSignIn({ email: other, ip: nextIp() })).status).toBe(302);

    await endWindows();
    expect((await requestSignIn({ email, ip: nextIp() })).status).toBe(302);
    expect(await emailsTo(email)).toBe(4);
  });

  it('limits sign-in requests per client IP whatever the address, and another IP is not limited', async () => {
    process.env.RATE_LIMIT_SIGNIN_PER_IP = '2/10m';
    const ip = nextIp();
    const stamp = Date.now();
    expect((await requestSignIn({ email: `a-${stamp}@example.com`, ip })).status).toBe(302);
    expect((await requestSignIn({ email: `b-${stamp}@example.com`, ip })).status).toBe(302);
    const refused = await requestSignIn({ email: `c-${stamp}@example.com`, ip });
    expectRefused(refused, 2, 600);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'Too many sign-in requests from your network; try again in 10 minutes.',
    );
    expect(await emailsTo(`c-${stamp}@example.com`)).toBe(0);
    expect((await requestSignIn({ email: `c-${stamp}@example.com`, ip: nextIp() })).status).toBe(302);

    await endWindows();
    expect((await requestSignIn({ email: `d-${stamp}@example.com`, ip })).status).toBe(302);
  });

  it('counts concurrent requests for one address exactly: no more emails than the limit', async () => {
    process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = '5/15m';
    const email = `burst-${Date.now()}@example.com`;
    const responses = await Promise.all(Array.from({ length: 20 }, () => requestSignIn({ email, ip: nextIp() })));
    const outcomes = responses.map((r) => (r.status === 302 ? new URL(r.headers.get('location')!).pathname : r.status));
    // Requests that raced past the entry check together are counted where the email is sent, and get none.
    expect(outcomes.every((o) => o === '/api/auth/verify-request' || o === 429)).toBe(true);
    expect(outcomes.filter((o) => o === 429).length).toBeLessThanOrEqual(15);
    expect(await emailsTo(email)).toBe(5);
  });
});

describe('links with tokens', () => {
  it('limits token fields per client IP, counting each aliased use, with a RATE_LIMITED error and recovery', async () => {
    process.env.RATE_LIMIT_TOKEN_PER_IP = '3/5m';
    const ip = nextIp();
    expect((await gqlFrom(InviteLanding, { token: 'guess-1' }, { ip })).body.data).toEqual({ inviteLanding: { status: 'NO_LONGER_VALID' } });
    expect((await gqlFrom(JoinLanding, { token: 'guess-2' }, { ip })).response.status).toBe(200);
    expect((await gqlFrom(ConfirmEmailChange, { input: { token: 'guess-3' } }, { ip })).response.status).toBe(200);

    const refused = await gqlFrom(InviteLanding, { token: 'guess-4' }, { ip });
    expectRefused(refused.response, 3, 300);
    expect(refused.body).toEqual({
      errors: [{ message: 'Too many attempts from your network; try again in 5 minutes.', extensions: { code: 'RATE_LIMITED' } }],
    });

    // Another network is not limited, but one request with more aliases than the limit is.
    const other = nextIp();
    expect((await gqlFrom(InviteLanding, { token: 'guess-5' }, { ip: other })).response.status).toBe(200);
    const aliases = Array.from({ length: 4 }, (_, i) => `a${i}: inviteLanding(token: "alias-${i}") { status }`).join(' ');
    const batch = await rawGqlFrom(`query { ${aliases} }`, {}, { ip: nextIp() });
    expect(batch.response.status).toBe(429);
    expect(batch.codes).toEqual(['RATE_LIMITED']);
    // Fields spread through a fragment count too.
    const viaFragment = await rawGqlFrom('query { ...F } fragment F on Query { x: inviteLanding(token: "f") { status } }', {}, { ip });
    expect(viaFragment.codes).toEqual(['RATE_LIMITED']);

    await endWindows();
    expect((await gqlFrom(InviteLanding, { token: 'guess-6' }, { ip })).response.status).toBe(200);
  });

  it('does not count operations without token fields', async () => {
    process.env.RATE_LIMIT_TOKEN_PER_IP = '1/5m';
    const { program } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const ip = nextIp();
    for (let i = 0; i < 3; i++) expect((await gqlFrom(OwnProgram, {}, { ip, bearer: secret })).body.data).toEqual({ program: { slug: program.slug } });
    expect((await gqlFrom(InviteLanding, { token: 'only-one' }, { ip })).response.status).toBe(200);
  });
});

describe('API keys', () => {
  it('limits failed API-key authentications per IP; over the limit even a valid key is refused from there, not from elsewhere', async () => {
    process.env.RATE_LIMIT_BAD_API_KEY_PER_IP = '3/15m';
    const { program } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const ip = nextIp();
    for (const bad of ['ptly_wrong1', 'ptly_wrong2', 'not-a-key']) {
      const res = await gqlFrom(OwnProgram, {}, { ip, bearer: bad });
      expect(res.response.status).toBe(401);
      expect(res.codes).toEqual(['UNAUTHENTICATED']);
    }
    const refused = await gqlFrom(OwnProgram, {}, { ip, bearer: 'ptly_wrong4' });
    expectRefused(refused.response, 3, 900);
    expect(refused.body.errors?.[0].message).toBe('Too many requests with an invalid API key from your network; try again in 15 minutes.');
    // The guesser cannot tell a right key from a wrong one any more.
    expect((await gqlFrom(OwnProgram, {}, { ip, bearer: secret })).response.status).toBe(429);
    expect((await gqlFrom(OwnProgram, {}, { ip: nextIp(), bearer: secret })).body.data).toEqual({ program: { slug: program.slug } });
    // The CSV export authenticates the same way.
    const csv = await exportCsv(new Request(`${ORIGIN}/api/programs/${program.slug}/partners.csv`, { headers: { authorization: `Bearer ${secret}`, 'x-forwarded-for': ip } }), {
      params: Promise.resolve({ slug: program.slug }),
    });
    expectRefused(csv, 3, 900);

    await endWindows();
    expect((await gqlFrom(OwnProgram, {}, { ip, bearer: secret })).response.status).toBe(200);
  });

  it('limits requests per API key, shows where the key stands on every response, and another key is not limited', async () => {
    process.env.RATE_LIMIT_API_KEY = '3/1m';
    const { program } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id, 'Busy');
    const { secret: quiet } = await createApiKeyFor(app.db, program.id, 'Quiet');
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await gqlFrom(OwnProgram, {}, { ip: nextIp(), bearer: secret });
      expect(res.response.status).toBe(200);
      expect(res.response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(res.response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1']);
    const csv = await exportCsv(new Request(`${ORIGIN}/api/programs/${program.slug}/partners.csv`, { headers: { authorization: `Bearer ${secret}` } }), {
      params: Promise.resolve({ slug: program.slug }),
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('ratelimit-remaining')).toBe('0');
    await csv.text();

    const refused = await gqlFrom(OwnProgram, {}, { ip: nextIp(), bearer: secret });
    expectRefused(refused.response, 3, 60);
    expect(refused.body).toEqual({
      errors: [{ message: expect.stringMatching(/^This API key made too many requests; try again in (1 minute|\d+ seconds)\.$/), extensions: { code: 'RATE_LIMITED' } }],
    });
    const csvRefused = await exportCsv(new Request(`${ORIGIN}/api/programs/${program.slug}/partners.csv`, { headers: { authorization: `Bearer ${secret}` } }), {
      params: Promise.resolve({ slug: program.slug }),
    });
    expectRefused(csvRefused, 3, 60);
    expect(await csvRefused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^This API key made too many requests/) } });
    expect((await gqlFrom(OwnProgram, {}, { ip: nextIp(), bearer: quiet })).response.status).toBe(200);

    await endWindows();
    const recovered = await gqlFrom(OwnProgram, {}, { ip: nextIp(), bearer: secret });
    expect(recovered.response.status).toBe(200);
    expect(recovered.response.headers.get('ratelimit-remaining')).toBe('2');
  });
});

describe('the counters', () => {
  it('deletes expired counters when a new window starts, so the table holds only live ones', async () => {
    await app.db.insert(rateLimits).values(
      Array.from({ length: 30 }, (_, i) => ({ key: `stale:${i}`, points: 1, expiresAt: sql`now() - interval '1 hour'` })),
    );
    await gqlFrom(InviteLanding, { token: 'sweep' }, { ip: nextIp() });
    expect(await app.db.select().from(rateLimits).where(sql`${rateLimits.key} like 'stale:%'`)).toEqual([]);
    expect((await app.db.select({ n: count() }).from(rateLimits).where(sql`${rateLimits.expiresAt} <= now()`))[0].n).toBe(0);
  });

  it('applies no limit and writes no counter with RATE_LIMITS=off', async () => {
    process.env.RATE_LIMITS = 'off';
    process.env.RATE_LIMIT_TOKEN_PER_IP = '1/1h';
    await app.db.delete(rateLimits);
    const ip = nextIp();
    for (let i = 0; i < 3; i++) expect((await gqlFrom(InviteLanding, { token: `off-${i}` }, { ip })).response.status).toBe(200);
    expect(await app.db.select().from(rateLimits)).toEqual([]);
  });

  it('reads limits as <count>/<window> and refuses a malformed setting, naming the variable', () => {
    process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = ' 10/2H ';
    expect(rateLimitPolicy('signInPerEmail')).toEqual({ name: 'signInPerEmail', limit: 10, windowSeconds: 7200 });
    process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = 'off';
    expect(rateLimitPolicy('signInPerEmail')).toBeNull();
    delete process.env.RATE_LIMIT_SIGNIN_PER_EMAIL;
    expect(rateLimitPolicy('signInPerEmail')).toEqual({ name: 'signInPerEmail', limit: 5, windowSeconds: 900 });
    for (const bad of ['5 per minute', '0/1m', '5/0s', '5/15x']) {
      process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = bad;
      expect(() => rateLimitPolicy('signInPerEmail')).toThrow(/^RATE_LIMIT_SIGNIN_PER_EMAIL: /);
    }
  });
});

describe('the client address', () => {
  const ipOf = (forwardedFor?: string) => clientIp(new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }));

  it('is the last X-Forwarded-For entry, or the Nth from the right behind TRUST_PROXY=N proxies', () => {
    expect(ipOf('192.0.2.7')).toBe('192.0.2.7');
    // Entries left of the last are whatever the client sent.
    expect(ipOf('10.0.0.1, 192.0.2.7')).toBe('192.0.2.7');
    process.env.TRUST_PROXY = 'true';
    expect(ipOf('10.0.0.1, 192.0.2.7')).toBe('192.0.2.7');
    process.env.TRUST_PROXY = '2';
    expect(ipOf('10.0.0.1, 192.0.2.7, 198.51.100.9')).toBe('192.0.2.7');
    expect(ipOf('192.0.2.7')).toBe('192.0.2.7');
    process.env.TRUST_PROXY = 'maybe';
    expect(() => ipOf('192.0.2.7')).toThrow(/TRUST_PROXY/);
  });

  it('counts IPv6 clients per /64, reads mapped IPv4 as IPv4, and puts unreadable or missing addresses together', () => {
    expect(ipOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(ipOf('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(ipOf('[2001:db8::5]:443')).toBe('2001:db8:0:0::/64');
    expect(ipOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(ipOf('192.0.2.7:5000')).toBe('192.0.2.7');
    expect(ipOf('not-an-ip')).toBe('unknown');
    expect(ipOf()).toBe('unknown');
  });
});
