import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startFakeResend, type FakeResend } from '../support/fake-resend';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, startApp, type RunningApp } from './support';

/**
 * Two `next start` processes against one PostgreSQL database, as an operator scaling out runs
 * them: limits are counted in the database, and outbox rows are claimed so each email goes once.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `partnerly_multi_${randomBytes(4).toString('hex')}`;
const databaseUrl = Object.assign(new URL(SERVER), { pathname: `/${database}` }).toString();
const SIGN_IN_LIMIT = 4;
const TOKEN_PAGE_LIMIT = 3;

let fake: FakeResend;
let apps: RunningApp[] = [];
let browser: Browser;

async function admin<T>(run: (client: Client) => Promise<T>, url = SERVER): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

before(async () => {
  await admin((c) => c.query(`create database ${database}`));
  fake = await startFakeResend();
  const env = (key: string) => ({
    DATABASE_URL: databaseUrl,
    RESEND_API_KEY: key,
    RESEND_BASE_URL: fake.url,
    DEV_MAILBOX: undefined,
    RATE_LIMIT_SIGNIN_PER_EMAIL: `${SIGN_IN_LIMIT}/15m`,
    RATE_LIMIT_TOKEN_PER_IP: `${TOKEN_PAGE_LIMIT}/15m`,
    // Long enough that the held sends below are never timed out while both instances get going.
    EMAIL_SEND_TIMEOUT_MS: '30000',
  });
  // Both start at once: the migrations are serialised by their advisory lock.
  apps = await Promise.all([startApp({ env: env('re_instance_a') }), startApp({ env: env('re_instance_b') })]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(apps.map((app) => app.stop()));
  await fake?.close();
  await admin((c) => c.query(`drop database if exists ${database} with (force)`));
});

async function requestSignInLink(baseUrl: string, email: string): Promise<Response> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return fetch(`${baseUrl}/api/auth/signin/email`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: '/' }),
  });
}

test('a sign-in limit counts the requests made to both instances', async () => {
  const email = 'both-instances@example.com';
  const answers: number[] = [];
  for (let i = 0; i < SIGN_IN_LIMIT; i++) answers.push((await requestSignInLink(apps[i % 2].baseUrl, email)).status);
  assert.deepEqual(answers, Array(SIGN_IN_LIMIT).fill(302), 'the first requests, alternating instances, are accepted');
  for (const app of apps) {
    const refused = await requestSignInLink(app.baseUrl, email);
    assert.equal(refused.status, 429, `${app.baseUrl} refuses the next one`);
    assert.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After says when to come back');
    assert.equal(refused.headers.get('ratelimit-remaining'), '0');
  }
  // Another address is counted apart.
  assert.equal((await requestSignInLink(apps[1].baseUrl, 'someone-else@example.com')).status, 302);
  const queued = await admin((c) => c.query<{ n: number }>(`select count(*)::int as n from email_outbox where to_address = $1`, [email]), databaseUrl);
  assert.equal(queued.rows[0].n, SIGN_IN_LIMIT, 'only the accepted requests queued an email');
});

test('every outbox row is delivered exactly once while both instances dispatch', async () => {
  const rows = 120;
  // The provider holds every send until both instances have claimed some, so both really dispatch at once.
  fake.behave(() => 'hold');
  await admin(
    (c) =>
      c.query(
        `insert into email_outbox (template, to_address, from_address, subject, html, text)
         select 'load', 'load-' || i || '@example.com', 'Partnerly <no-reply@partnerly.dev>', 'Load ' || i, '<p>' || i || '</p>', 'text ' || i
         from generate_series(1, $1::int) as i`,
        [rows],
      ),
    databaseUrl,
  );
  const senders = () => new Set(fake.requests.map((r) => r.authorization));
  await fake.waitFor(() => senders().size === 2, 30_000);
  fake.behave(() => 'ok');
  fake.release();
  const pending = () =>
    admin((c) => c.query<{ n: number }>(`select count(*)::int as n from email_outbox where status <> 'SENT'`), databaseUrl).then((r) => r.rows[0].n);
  const deadline = Date.now() + 90_000;
  while ((await pending()) > 0) {
    assert.ok(Date.now() < deadline, 'both instances deliver the outbox within 90 s');
    await new Promise((r) => setTimeout(r, 500));
  }

  const ids = await admin((c) => c.query<{ id: string }>(`select id from email_outbox`), databaseUrl).then((r) => r.rows.map((row) => row.id));
  const requestsPerKey = new Map<string, number>();
  for (const request of fake.requests) requestsPerKey.set(request.idempotencyKey ?? '', (requestsPerKey.get(request.idempotencyKey ?? '') ?? 0) + 1);
  for (const id of ids) assert.equal(requestsPerKey.get(`outbox-${id}`), 1, `outbox row ${id} was sent once`);
  assert.equal(fake.deliveries.length, ids.length, 'one delivery per row, nothing else');
  assert.deepEqual([...senders()].sort(), ['Bearer re_instance_a', 'Bearer re_instance_b'], 'both instances took part');
});

test('pages say so when a network is over a limit counted on both instances', async () => {
  const page = await browser.newPage();
  for (let i = 0; i < TOKEN_PAGE_LIMIT; i++) {
    await page.goto(`${apps[i % 2].baseUrl}/invite/no-such-invite-${i}`);
    await page.getByTestId('invite-status').waitFor();
  }
  await page.goto(`${apps[1].baseUrl}/invite/no-such-invite-again`);
  await page.getByTestId('rate-limited').waitFor();
  assert.match((await page.getByTestId('rate-limited').textContent()) ?? '', /Too many attempts from your network; try again in \d+ minutes?/);
  await screenshot(page, 'token-page-rate-limited');

  // The address of the first test is over its sign-in limit: the form says so inline.
  await page.goto(`${apps[0].baseUrl}/signin`);
  await page.getByLabel('Email address').fill('both-instances@example.com');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByText(/Too many sign-in links were sent to this address; try again in/).waitFor();
  await screenshot(page, 'sign-in-rate-limited');
});
