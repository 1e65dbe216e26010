import { eq, sql } from 'drizzle-orm';
import { emailOutbox } from '../src/server/db/schema';
import { queueEmail } from '../src/server/email/outbox';
import { signInEmail } from '../src/server/email/templates';
import { emailMode, emailModeWarning } from '../src/server/email/mode';
import { GET as mailboxEmailHtml } from '../src/app/dev/mailbox/[id]/html/route';
import { startTestApp, type TestApp } from './support/app';
import { requestSignIn } from './support/auth-http';

const ORIGIN = 'http://localhost:3000';
const SAVED = { NODE_ENV: process.env.NODE_ENV, DEV_MAILBOX: process.env.DEV_MAILBOX, RESEND_API_KEY: process.env.RESEND_API_KEY };

let app: TestApp;
let messageId: string;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'test-secret-for-mailbox-tests-0123456789abcdef';
  app = await startTestApp();
  messageId = await queueEmail(app.db, 'someone@example.com', signInEmail({ url: `${ORIGIN}/api/auth/callback/email?token=secret`, host: 'localhost:3000' }));
});
afterAll(() => app.close());
afterEach(() => {
  for (const [name, value] of Object.entries(SAVED)) {
    if (value === undefined) delete process.env[name];
    else Object.assign(process.env, { [name]: value });
  }
});

function runAs(env: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else Object.assign(process.env, { [name]: value });
  }
}

function openMailboxEmail(): Promise<Response> {
  return mailboxEmailHtml(new Request(`${ORIGIN}/dev/mailbox/${messageId}/html`), { params: Promise.resolve({ id: messageId }) });
}

const signInEmailsTo = async (email: string) =>
  (await app.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.toAddress, email)))[0].n;

describe('the development mailbox', () => {
  test('is served under next dev, with no warning', async () => {
    runAs({ NODE_ENV: 'development', DEV_MAILBOX: undefined, RESEND_API_KEY: undefined });
    expect(emailMode()).toEqual({ kind: 'mailbox', optedIn: false });
    expect(emailModeWarning()).toBeNull();
    const response = await openMailboxEmail();
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sign in to Partnerly');
  });

  test('is off in development with DEV_MAILBOX=off', async () => {
    runAs({ NODE_ENV: 'development', DEV_MAILBOX: 'off', RESEND_API_KEY: undefined });
    expect((await openMailboxEmail()).status).toBe(404);
  });

  test('is off on a production start without the opt-in, which logs that email is not delivered', async () => {
    runAs({ NODE_ENV: 'production', DEV_MAILBOX: undefined, RESEND_API_KEY: undefined });
    expect(emailMode()).toEqual({ kind: 'undelivered' });
    expect(emailModeWarning()).toMatch(/Email is not being delivered/);
    const response = await openMailboxEmail();
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('token=secret');
  });

  test('is served on a production start with DEV_MAILBOX=on, with a loud warning', async () => {
    runAs({ NODE_ENV: 'production', DEV_MAILBOX: 'on', RESEND_API_KEY: undefined });
    expect(emailMode()).toEqual({ kind: 'mailbox', optedIn: true });
    expect(emailModeWarning()).toMatch(/^WARNING: DEV_MAILBOX=on in production/);
    expect((await openMailboxEmail()).status).toBe(200);
  });

  test('is off whenever an email provider is set, even with the opt-in', async () => {
    runAs({ NODE_ENV: 'production', DEV_MAILBOX: 'on', RESEND_API_KEY: 're_test' });
    expect(emailMode()).toEqual({ kind: 'resend' });
    expect((await openMailboxEmail()).status).toBe(404);
  });
});

describe('sign-in without any way to deliver the email', () => {
  test('is refused on a production start with neither provider nor mailbox, and queues nothing', async () => {
    runAs({ NODE_ENV: 'production', DEV_MAILBOX: undefined, RESEND_API_KEY: undefined });
    const response = await requestSignIn({ email: 'nobody-can-read@example.com' });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'EMAIL_UNAVAILABLE', message: 'Sign-in emails cannot be sent on this server: it has no email provider configured.' } });
    expect(await signInEmailsTo('nobody-can-read@example.com')).toBe(0);
  });

  test('queues the link as before when the mailbox is opted in', async () => {
    runAs({ NODE_ENV: 'production', DEV_MAILBOX: 'on', RESEND_API_KEY: undefined });
    const response = await requestSignIn({ email: 'opted-in@example.com' });
    expect(response.status).toBe(302);
    expect(await signInEmailsTo('opted-in@example.com')).toBe(1);
  });
});
