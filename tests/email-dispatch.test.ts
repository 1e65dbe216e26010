import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import { emailOutbox } from '../src/server/db/schema';
import { backoffMs, dispatchDueEmails, MAX_ATTEMPTS, resendTransport, type EmailTransport } from '../src/server/email/dispatcher';
import { queueEmail } from '../src/server/email/outbox';
import { apiKeyCreatedEmail, signInEmail } from '../src/server/email/templates';
import { startTestApp, type TestApp } from './support/app';

const API_KEY = 're_test_0123456789';

interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
}

/**
 * A stand-in for the Resend API on 127.0.0.1: it records every request, and like Resend it
 * answers a repeated Idempotency-Key with the first answer instead of sending again.
 */
interface FakeResend {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Emails the fake actually "delivered", by idempotency key. */
  delivered: Map<string, { id: string; body: RecordedRequest['body'] }>;
  /** ok: accept; down: 500; drop: accept but lose the response (connection reset). */
  mode: 'ok' | 'down' | 'drop';
  delayMs: number;
  close(): Promise<void>;
}

async function startFakeResend(): Promise<FakeResend> {
  let counter = 0;
  const fake: Omit<FakeResend, 'baseUrl' | 'close'> = { requests: [], delivered: new Map(), mode: 'ok', delayMs: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as RecordedRequest['body'],
      };
      fake.requests.push(record);
      setTimeout(() => {
        if (record.method !== 'POST' || record.path !== '/emails') return answer(404, { statusCode: 404, name: 'not_found', message: 'Not found' });
        if (record.authorization !== `Bearer ${API_KEY}`) return answer(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
        if (fake.mode === 'down') return answer(500, { statusCode: 500, name: 'internal_server_error', message: 'The fake provider is down.' });
        const key = record.idempotencyKey ?? `no-key-${++counter}`;
        const earlier = fake.delivered.get(key);
        if (earlier) return answer(200, { id: earlier.id });
        const id = `fake-msg-${++counter}`;
        fake.delivered.set(key, { id, body: record.body });
        if (fake.mode === 'drop') return void req.socket.destroy();
        answer(200, { id });
      }, fake.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

let app: TestApp;
let fake: FakeResend;
let transport: EmailTransport;
const previousBaseUrl = process.env.RESEND_BASE_URL;

beforeAll(async () => {
  app = await startTestApp();
  fake = await startFakeResend();
  // The SDK reads RESEND_BASE_URL (origin, no trailing slash) when the client is constructed.
  process.env.RESEND_BASE_URL = fake.baseUrl;
  transport = await resendTransport(API_KEY);
});
afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  await fake.close();
  await app.close();
});
beforeEach(async () => {
  await app.db.delete(emailOutbox);
  fake.requests.length = 0;
  fake.delivered.clear();
  fake.mode = 'ok';
  fake.delayMs = 0;
});

const row = async (id: string) => (await app.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];
/** Makes waiting retries (all, or one) due now, as if their backoff had passed. */
const makeDue = (id?: string) =>
  app.db
    .update(emailOutbox)
    .set({ nextAttemptAt: sql`now() - interval '1 second'` })
    .where(id ? eq(emailOutbox.id, id) : eq(emailOutbox.status, 'PENDING'));

function queueSignIn(to: string) {
  return queueEmail(app.db, to, signInEmail({ url: `http://localhost:3000/api/auth/callback/email?token=t-${to}`, host: 'localhost:3000' }));
}

describe('dispatchDueEmails through the Resend SDK', () => {
  it('sends each due email once, with the key, and marks it SENT with the provider id', async () => {
    const signInId = await queueSignIn('ada@example.com');
    const keyMail = apiKeyCreatedEmail({ programName: 'Acme', keyName: 'CRM', prefix: 'ptly_abcdefg', createdBy: 'Ada' });
    const keyMailId = await queueEmail(app.db, 'max@example.com', keyMail);

    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 2, retried: 0, failed: 0 });

    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request).toMatchObject({ method: 'POST', path: '/emails', authorization: `Bearer ${API_KEY}`, contentType: 'application/json' });
    }
    const byTo = Object.fromEntries(fake.requests.map((r) => [r.body.to[0], r]));
    const signIn = signInEmail({ url: 'http://localhost:3000/api/auth/callback/email?token=t-ada@example.com', host: 'localhost:3000' });
    expect(byTo['ada@example.com'].body).toEqual({
      from: 'Partnerly <no-reply@partnerly.dev>',
      to: ['ada@example.com'],
      subject: signIn.subject,
      html: signIn.html,
      text: signIn.text,
    });
    expect(byTo['max@example.com'].body).toMatchObject({ to: ['max@example.com'], subject: keyMail.subject, html: keyMail.html, text: keyMail.text });
    expect(byTo['ada@example.com'].idempotencyKey).toContain(signInId);

    for (const [id, to] of [[signInId, 'ada@example.com'], [keyMailId, 'max@example.com']]) {
      const sent = await row(id);
      expect(sent).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, providerMessageId: fake.delivered.get(byTo[to].idempotencyKey!)!.id });
      expect(sent.sentAt).toBeInstanceOf(Date);
    }

    // Nothing is due any more.
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(2);
  });

  it('does not send an email before its next attempt is due', async () => {
    const id = await queueSignIn('later@example.com');
    await app.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() + 60_000) }).where(eq(emailOutbox.id, id));
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toEqual([]);
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('puts an email back with a backoff when the provider answers 500, and sends it once the provider recovers', async () => {
    const id = await queueSignIn('retry@example.com');
    fake.mode = 'down';
    const before = Date.now();
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, providerMessageId: null, sentAt: null });
    expect(waiting.lastError).toBe('internal_server_error: The fake provider is down.');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + backoffMs(1) - 1000);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + backoffMs(1) + 1000);

    // Still backing off: the next run leaves it alone.
    fake.mode = 'ok';
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);

    await makeDue();
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(sent.providerMessageId).toMatch(/^fake-msg-/);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not send twice when the provider accepted an email but the answer was lost', async () => {
    const id = await queueSignIn('lost@example.com');
    fake.mode = 'drop';
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringContaining('Unable to fetch data') });
    expect(fake.delivered.size).toBe(1);

    fake.mode = 'ok';
    await makeDue();
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 1, retried: 0, failed: 0 });
    // The retry carried the same idempotency key, so the provider answered with the first message.
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].idempotencyKey).toBe(fake.requests[0].idempotencyKey);
    expect(fake.delivered.size).toBe(1);
    expect((await row(id)).providerMessageId).toBe([...fake.delivered.values()][0].id);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts, backing off longer each time, and marks the email FAILED`, async () => {
    const id = await queueSignIn('never@example.com');
    const other = await queueSignIn('fine@example.com');
    await app.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() + 3_600_000) }).where(eq(emailOutbox.id, other));
    fake.mode = 'down';
    const delays: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const started = Date.now();
      expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 1, failed: 0 });
      const waiting = await row(id);
      expect(waiting).toMatchObject({ status: 'PENDING', attempts: attempt });
      delays.push(Math.round((waiting.nextAttemptAt.getTime() - started) / 1000));
      await makeDue(id);
    }
    expect(delays).toEqual([30, 60, 120, 240]);

    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sentAt: null, lastError: 'internal_server_error: The fake provider is down.' });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);

    // A failed email is never picked up again, even once the provider is back.
    fake.mode = 'ok';
    await app.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 hour'` });
    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
    expect(fake.requests.map((r) => r.body.to[0])).toEqual([...Array(MAX_ATTEMPTS).fill('never@example.com'), 'fine@example.com']);
  });

  it('takes back an email left SENDING by a process that died mid-send, but not one still being sent', async () => {
    const abandoned = await queueSignIn('abandoned@example.com');
    const inFlight = await queueSignIn('inflight@example.com');
    await app.db.update(emailOutbox).set({ status: 'SENDING', attempts: 1, nextAttemptAt: new Date(Date.now() - 11 * 60_000) }).where(eq(emailOutbox.id, abandoned));
    // Claimed 30 s ago: inside the one-minute stale window, so its sender may still be at it.
    await app.db.update(emailOutbox).set({ status: 'SENDING', attempts: 1, nextAttemptAt: new Date(Date.now() - 30_000) }).where(eq(emailOutbox.id, inFlight));

    expect(await dispatchDueEmails(app.db, transport)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(abandoned)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(await row(inFlight)).toMatchObject({ status: 'SENDING', attempts: 1 });
    expect(fake.requests.map((r) => r.body.to[0])).toEqual(['abandoned@example.com']);
  });

  it('never sends an email twice when dispatchers run at the same time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await queueSignIn(`crowd${i}@example.com`));
    // A slow provider keeps every dispatcher busy while the others claim.
    fake.delayMs = 5;

    const results = await Promise.all([
      dispatchDueEmails(app.db, transport, { limit: 15 }),
      dispatchDueEmails(app.db, transport, { limit: 15 }),
      dispatchDueEmails(app.db, transport, { limit: 15 }),
      dispatchDueEmails(app.db, transport, { limit: 15 }),
    ]);
    const sentNow = results.reduce((n, r) => n + r.sent, 0);
    expect(results.every((r) => r.retried === 0 && r.failed === 0)).toBe(true);
    // No dispatcher can take all 40, so the work really was shared.
    expect(results.filter((r) => r.sent > 0).length).toBeGreaterThanOrEqual(2);

    // Whatever the first round left (a dispatcher may find nothing to claim), a second round finishes.
    const rest = await Promise.all([dispatchDueEmails(app.db, transport), dispatchDueEmails(app.db, transport)]);
    expect(sentNow + rest.reduce((n, r) => n + r.sent, 0)).toBe(40);

    const recipients = fake.requests.map((r) => r.body.to[0]);
    expect(recipients).toHaveLength(40);
    expect(new Set(recipients).size).toBe(40);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(40);
    const rows = await app.db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.providerMessageId)).size).toBe(40);
  });
});
