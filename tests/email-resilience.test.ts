import { eq, inArray, sql } from 'drizzle-orm';
import { provideDatabase } from '../src/server/db/bootstrap';
import type { DatabaseHandle } from '../src/server/db/client';
import { emailOutbox } from '../src/server/db/schema';
import { deliverDueEmails, startEmailDelivery, stopEmailDelivery } from '../src/server/email/delivery';
import { backoffMs, dispatchDueEmails, dispatchSettings, MAX_ATTEMPTS, resendTransport, type EmailTransport } from '../src/server/email/dispatcher';
import { queueEmail } from '../src/server/email/outbox';
import { signInEmail } from '../src/server/email/templates';
import { openTestDatabase } from './support/database';
import { startFakeResend, type FakeResend } from './support/fake-resend';

const API_KEY = 're_test_resilience';
/** Short enough that a hung provider costs the file a fraction of a second. */
const TIMEOUT_MS = 300;
const TIMEOUT_REASON = `No answer from the email provider within ${TIMEOUT_MS} ms; the send was aborted`;

/** Email needs only the database: the delivery loop finds it where the app's code does. */
let app: DatabaseHandle;
let fake: FakeResend;
let transport: EmailTransport;
const LOOP_SETTINGS = ['RESEND_API_KEY', 'EMAIL_SEND_TIMEOUT_MS', 'EMAIL_SEND_CONCURRENCY'] as const;
const savedEnv = Object.fromEntries(['RESEND_BASE_URL', ...LOOP_SETTINGS].map((name) => [name, process.env[name]]));
function restoreEnv(names: readonly string[]) {
  for (const name of names) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
}

beforeAll(async () => {
  app = await openTestDatabase();
  provideDatabase(app);
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
  transport = await resendTransport(API_KEY);
});
afterAll(async () => {
  restoreEnv(Object.keys(savedEnv));
  await fake.close();
  await app.close();
});
beforeEach(async () => {
  await app.db.delete(emailOutbox);
  fake.reset();
});

const queue = (to: string) => queueEmail(app.db, to, signInEmail({ url: `http://localhost:3000/api/auth/callback/email?token=t-${to}`, host: 'localhost:3000' }));
const row = async (id: string) => (await app.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];
const rows = (ids: string[]) => app.db.select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
/** Makes waiting retries due now, as if their backoff had passed. */
const makeDue = () => app.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(emailOutbox.status, 'PENDING'));
const deliveriesOf = (id: string) => fake.deliveries.filter((d) => d.idempotencyKey === `outbox-${id}`);
const requestsOf = (id: string) => fake.requests.filter((r) => r.idempotencyKey === `outbox-${id}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every row SENT once, with the id of the one delivery the provider made for its key. */
async function expectEachDeliveredOnce(ids: string[]) {
  expect(fake.deliveries).toHaveLength(ids.length);
  for (const sent of await rows(ids)) {
    const deliveries = deliveriesOf(sent.id);
    expect(deliveries).toHaveLength(1);
    expect(sent).toMatchObject({ status: 'SENT', providerMessageId: deliveries[0].id, lastError: null });
    // Every claim made exactly one request, and no request went out without a claim.
    expect(requestsOf(sent.id)).toHaveLength(sent.attempts);
  }
}

describe('email delivery settings', () => {
  it('defaults to a 15 s send timeout, 5 sends at a time and a one-minute stale window', () => {
    expect(dispatchSettings({})).toEqual({ sendTimeoutMs: 15_000, concurrency: 5, staleAfterMs: 60_000 });
    expect(dispatchSettings({ EMAIL_SEND_TIMEOUT_MS: '2000', EMAIL_SEND_CONCURRENCY: '12' })).toEqual({ sendTimeoutMs: 2_000, concurrency: 12, staleAfterMs: 60_000 });
    // The stale window always leaves a live sender time to finish.
    expect(dispatchSettings({ EMAIL_SEND_TIMEOUT_MS: '45000' }).staleAfterMs).toBe(90_000);
  });

  it('refuses a setting that is not a positive whole number, naming it', () => {
    for (const bad of ['abc', '0', '-5', '1.5']) {
      expect(() => dispatchSettings({ EMAIL_SEND_TIMEOUT_MS: bad })).toThrow(`EMAIL_SEND_TIMEOUT_MS must be a positive whole number, got "${bad}"`);
    }
    expect(() => dispatchSettings({ EMAIL_SEND_CONCURRENCY: 'lots' })).toThrow('EMAIL_SEND_CONCURRENCY must be a positive whole number, got "lots"');
  });

  it('refuses a stale window that a live sender could outlast, and changes nothing', async () => {
    const id = await queue('early@example.com');
    await expect(dispatchDueEmails(app.db, transport, { sendTimeoutMs: 1_000, staleAfterMs: 1_000 })).rejects.toThrow(
      'The stale window (1000 ms) must be longer than the send timeout (1000 ms)',
    );
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(fake.requests).toEqual([]);
  });
});

describe('dispatchDueEmails against a misbehaving provider', () => {
  it('delivers every other email, and email queued meanwhile, while one send is stuck', async () => {
    const slow = await queue('slow@example.com');
    const others = [];
    for (let i = 0; i < 6; i++) others.push(await queue(`other${i}@example.com`));
    fake.behave(({ to }) => (to === 'slow@example.com' ? 'hold' : 'ok'));

    const run = dispatchDueEmails(app.db, transport, { concurrency: 3, pollMs: 20 });
    await fake.waitFor(() => fake.deliveries.length === others.length);
    // The provider still holds the slow request, unanswered, while the others went through.
    const [slowRequest] = requestsOf(slow);
    expect(slowRequest.outcome).toBeUndefined();

    const late = await queue('late@example.com');
    await fake.waitFor(() => deliveriesOf(late).length === 1);
    expect(slowRequest.outcome).toBeUndefined();

    fake.release();
    expect(await run).toEqual({ sent: others.length + 2, retried: 0, failed: 0 });
    expect(fake.deliveries.at(-1)!.idempotencyKey).toBe(`outbox-${slow}`);
    await expectEachDeliveredOnce([slow, late, ...others]);
  });

  it('aborts a send that gets no answer within the timeout and retries it later', async () => {
    const hung = await queue('hung@example.com');
    const fine = [await queue('fine1@example.com'), await queue('fine2@example.com')];
    fake.behave(({ to, attempt }) => (to === 'hung@example.com' && attempt === 1 ? 'hang' : 'ok'));

    const before = Date.now();
    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: TIMEOUT_MS })).toEqual({ sent: 2, retried: 1, failed: 0 });
    // The client closed the connection: the request was aborted, not left open for minutes.
    await fake.waitFor(() => requestsOf(hung)[0].outcome !== undefined);
    expect(requestsOf(hung)[0].outcome).toBe('closed-by-client');
    const waiting = await row(hung);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, lastError: TIMEOUT_REASON, sentAt: null });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + backoffMs(1));

    // Still backing off: nothing is sent again yet.
    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: TIMEOUT_MS })).toEqual({ sent: 0, retried: 0, failed: 0 });
    await makeDue();
    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: TIMEOUT_MS })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(hung)).toMatchObject({ status: 'SENT', attempts: 2 });
    await expectEachDeliveredOnce([hung, ...fine]);
  });

  it('puts 500s and dropped connections back on the retry schedule, then delivers each once', async () => {
    const failing = await queue('failing@example.com');
    const dropped = await queue('dropped@example.com');
    const answerLost = await queue('answer-lost@example.com');
    const fine = await queue('fine@example.com');
    const firstTime = { 'failing@example.com': 'error', 'dropped@example.com': 'drop', 'answer-lost@example.com': 'lose-answer' } as const;
    fake.behave(({ to, attempt }) => (attempt === 1 ? (firstTime[to as keyof typeof firstTime] ?? 'ok') : 'ok'));

    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: TIMEOUT_MS })).toEqual({ sent: 1, retried: 3, failed: 0 });
    expect(await row(failing)).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'internal_server_error: The fake provider failed.' });
    for (const id of [dropped, answerLost]) {
      expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringContaining('Unable to fetch data') });
    }
    // The provider did take the email whose answer was lost.
    expect(fake.deliveries.map((d) => d.to).sort()).toEqual(['answer-lost@example.com', 'fine@example.com']);

    await makeDue();
    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: TIMEOUT_MS })).toEqual({ sent: 3, retried: 0, failed: 0 });
    // The retry carried the same key, so the provider answered with the first message instead of sending again.
    expect(requestsOf(answerLost).map((r) => r.outcome)).toEqual(['dropped', 'repeat']);
    await expectEachDeliveredOnce([failing, dropped, answerLost, fine]);
    expect((await rows([failing, dropped, answerLost])).map((r) => r.attempts)).toEqual([2, 2, 2]);
  });

  it(`marks an email FAILED after ${MAX_ATTEMPTS} timed-out attempts`, async () => {
    const id = await queue('black-hole@example.com');
    fake.behave(() => 'hang');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const expected = attempt < MAX_ATTEMPTS ? { sent: 0, retried: 1, failed: 0 } : { sent: 0, retried: 0, failed: 1 };
      expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: 100 })).toEqual(expected);
      await makeDue();
    }
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: 'No answer from the email provider within 100 ms; the send was aborted' });
    expect(await dispatchDueEmails(app.db, transport, { sendTimeoutMs: 100 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);
    expect(fake.deliveries).toEqual([]);
  });
});

describe('rows claimed by a sender that stopped', () => {
  /** Wide enough that the check right after a claim is always inside it, even on a machine busy with other work (1.5 s was not, at a load of 12 on 2 cores). */
  const STALE_MS = 4_000;
  const quick = { sendTimeoutMs: 100, staleAfterMs: STALE_MS };

  it('claims a stuck row again after the stale window, and the late first sender can neither resend nor mark it', async () => {
    const id = await queue('stuck@example.com');
    fake.behave(({ attempt }) => (attempt === 1 ? 'hold' : 'ok'));
    // A sender that claims the row and then stops answering, as a frozen or dying process would.
    // One worker, so its idle siblings cannot take the row back themselves once it is swept.
    const frozen = dispatchDueEmails(app.db, transport, { concurrency: 1 });
    await fake.waitFor(() => fake.requests.length === 1);
    expect(await row(id)).toMatchObject({ status: 'SENDING', attempts: 1 });

    // Inside the window the claim is respected.
    expect(await dispatchDueEmails(app.db, transport, quick)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);

    await sleep(STALE_MS + 100);
    expect(await dispatchDueEmails(app.db, transport, quick)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });

    // The first sender finally gets its answer: the provider repeats the first message for the
    // key, and the row, now settled by the second claim, is left alone.
    fake.release();
    expect(await frozen).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(requestsOf(id).map((r) => r.outcome)).toEqual(['repeat', 'delivered']);
    await expectEachDeliveredOnce([id]);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('lets a slow sender settle its row when the row was swept back but not yet claimed again', async () => {
    const id = await queue('swept@example.com');
    fake.behave(() => 'hold');
    const slow = dispatchDueEmails(app.db, transport, { concurrency: 1 });
    await fake.waitFor(() => fake.requests.length === 1);
    // What the stale sweep of another dispatcher does to a claim past its window.
    await app.db.update(emailOutbox).set({ status: 'PENDING', nextAttemptAt: sql`now() + interval '1 hour'` }).where(eq(emailOutbox.id, id));

    fake.release();
    expect(await slow).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 1 });
    await app.db.update(emailOutbox).set({ nextAttemptAt: sql`now() - interval '1 hour'` });
    expect(await dispatchDueEmails(app.db, transport, quick)).toEqual({ sent: 0, retried: 0, failed: 0 });
    await expectEachDeliveredOnce([id]);
  });
});

describe('two dispatchers at once', () => {
  it('deliver each row exactly once through errors, drops, lost answers and hangs', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await queue(`crowd${i}@example.com`));
    const firstTime = ['ok', 'error', 'drop', 'lose-answer', 'ok', 'ok'] as const;
    fake.behave(({ to, attempt }) => {
      if (attempt > 1) return 'ok';
      const n = Number(to.match(/\d+/)![0]);
      return n === 7 ? 'hang' : firstTime[n % firstTime.length];
    });
    const options = { concurrency: 4, sendTimeoutMs: TIMEOUT_MS, limit: 30 };

    const firstRound = await Promise.all([dispatchDueEmails(app.db, transport, options), dispatchDueEmails(app.db, transport, options)]);
    // Both took part: neither had the outbox to itself.
    expect(firstRound.every((r) => r.sent + r.retried > 0)).toBe(true);
    let sent = firstRound.reduce((n, r) => n + r.sent, 0);
    for (let round = 0; round < 3 && sent < ids.length; round++) {
      await makeDue();
      const results = await Promise.all([dispatchDueEmails(app.db, transport, options), dispatchDueEmails(app.db, transport, options)]);
      sent += results.reduce((n, r) => n + r.sent, 0);
    }
    expect(sent).toBe(ids.length);
    await expectEachDeliveredOnce(ids);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(ids.length);
  });
});

describe('the delivery loop', () => {
  afterEach(async () => {
    await stopEmailDelivery();
    jest.restoreAllMocks();
    restoreEnv(LOOP_SETTINGS);
  });

  it('logs each failure in one line without a stack, and keeps delivering after errors', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.assign(process.env, { RESEND_API_KEY: API_KEY, EMAIL_SEND_TIMEOUT_MS: String(TIMEOUT_MS) });
    const id = await queue('loop@example.com');
    fake.behave(({ attempt }) => (attempt === 1 ? 'error' : 'ok'));

    await deliverDueEmails();
    expect(warn.mock.calls).toEqual([[expect.stringMatching(new RegExp(`^\\[email\\] sign-in email ${id} failed on attempt 1 of ${MAX_ATTEMPTS}: internal_server_error: The fake provider failed\\. \\(retrying at \\S+\\)$`))]]);
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 1 });

    // A broken setting fails the whole pass: said plainly, and the pass still ends normally.
    process.env.EMAIL_SEND_CONCURRENCY = 'many';
    await makeDue();
    await expect(deliverDueEmails()).resolves.toBeUndefined();
    expect(error.mock.calls).toEqual([['[email] delivery pass failed (the next pass tries again): EMAIL_SEND_CONCURRENCY must be a positive whole number, got "many"']]);
    expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 1 });

    // Fixed while the loop runs: its next tick delivers, with no restart.
    delete process.env.EMAIL_SEND_CONCURRENCY;
    startEmailDelivery(20);
    await fake.waitFor(() => deliveriesOf(id).length === 1);
    await deliverDueEmails();
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect([...warn.mock.calls, ...error.mock.calls].flat().join('\n')).not.toMatch(/\n\s+at /);
  });
});
