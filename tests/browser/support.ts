import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = path.join(process.cwd(), 'artifacts', 'browser');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * A port the OS says is free, from its ephemeral range: a random low port can be one the fetch
 * standard blocks (Next refuses e.g. 3659) or one another process holds.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  /** What the server printed so far (empty for an app started elsewhere). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Environment on top of the defaults; a key set to undefined is removed. */
  env?: Record<string, string | undefined>;
}

/**
 * Starts the built app (`next start`) on a free port with a fresh embedded database, which seeds
 * the demo program on first start. It is a production server, so the development mailbox the
 * tests sign in through is opted in (DEV_MAILBOX=on). BASE_URL points the tests at an app that is
 * already running.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (process.env.BASE_URL && !options.env) return { baseUrl: process.env.BASE_URL, output: () => '', stop: async () => undefined };
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerly-browser-'));
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PARTNERLY_DATA_DIR: dataDir,
    APP_URL: baseUrl,
    AUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: '1',
    DEV_MAILBOX: 'on',
  };
  delete env.DATABASE_URL;
  delete env.RESEND_API_KEY;
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child: ChildProcess = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      // The GraphQL route answers once the database is open (migrated, and seeded when fresh).
      const res = await fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app and one browser for a whole test file: started before its first test, closed after its
 * last. Read `app` and `browser` inside the tests; before the file's `before` has run they do not exist.
 */
export function appAndBrowserForFile(options: StartOptions = {}): { readonly app: RunningApp; readonly browser: Browser } {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  before(async () => {
    app = await startApp(options);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} starts in before(); use it inside a test.`);
    return value;
  };
  return {
    get app() {
      return started(app, 'app');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}

/** Console errors and uncaught exceptions of a page, CSP violations included ("Refused to …", "violates …"). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught: ${error.message}`));
  return problems;
}

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Saves a full-page screenshot under artifacts/browser, and into `alsoIn` too when given (a folder for a person to look at). */
export async function screenshot(page: Page, name: string, alsoIn?: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (alsoIn) {
    fs.mkdirSync(alsoIn, { recursive: true });
    fs.copyFileSync(path.join(ARTIFACTS, `${name}.png`), path.join(alsoIn, `${name}.png`));
  }
}

/** Opens the newest email to `email` whose subject matches, in the development mailbox, and follows its first link. */
export async function followEmailLink(page: Page, baseUrl: string, email: string, subject: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByTestId('mailbox-item').filter({ hasText: subject }).first().click();
  await page.waitForURL('**/dev/mailbox/*');
  await page.getByTestId('email-link').first().click();
}

/** Submits the sign-in form on the current page (already at /signin) and follows the emailed link. */
export async function completeSignIn(page: Page, baseUrl: string, email: string): Promise<void> {
  const field = page.getByLabel('Email address');
  if ((await field.inputValue()) !== email) await field.fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.waitForURL('**/signin/check-email**');
  await followEmailLink(page, baseUrl, email, 'Your Partnerly sign-in link');
}

/** Signs in by magic link the way a person does: request it, open the mailbox, follow the link. */
export async function signInThroughMailbox(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await completeSignIn(page, baseUrl, email);
}

/** A GraphQL operation as the context's signed-in person; fails the test on any error. For setting up what a test is not about. */
export async function gqlAs<T>(context: BrowserContext, baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${baseUrl}/api/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
