import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, screenshot, signInThroughMailbox } from './support';

/*
 * The app as a newcomer starts it: no APP_URL and no AUTH_URL, on a port of its own (here a random
 * one), opened at 127.0.0.1 rather than localhost.
 */
const running = appAndBrowserForFile({ env: { APP_URL: undefined, AUTH_URL: undefined } });
const port = () => new URL(running.app.baseUrl).port;

test('the first start says it is preparing the demo database, then that it is ready', async () => {
  assert.match(running.app.output(), /Preparing the demo database/);
  // The server answers before the database is ready (it is prepared in the background from the start).
  const deadline = Date.now() + 90_000;
  while (!/Demo database ready in \d+\.\d s/.test(running.app.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  assert.match(running.app.output(), /Demo database ready in \d+\.\d s/);
});

test('signing in at 127.0.0.1 keeps the person on 127.0.0.1, signed in; an invite email links to the port the app runs on', async () => {
  const base = `http://127.0.0.1:${port()}`;
  const page = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(base);
  await page.waitForURL('**/signin**');
  await signInThroughMailbox(page, base, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  assert.equal(new URL(page.url()).host, `127.0.0.1:${port()}`);
  assert.equal(await page.getByTestId('signed-in-as').textContent(), 'manager@acme.example');
  await screenshot(page, 'first-run-127-signed-in');

  await page.goto(`${base}/programs/acme/partners/new`);
  await page.getByRole('textbox', { name: 'Email', exact: true }).first().fill('ines@firstrun.example');
  await page.getByLabel('First name').first().fill('Ines');
  await page.getByLabel('Last name').first().fill('Ito');
  await page.getByLabel('Company name').fill('First Run Media');
  await page.getByLabel('Geography').selectOption('Europe');
  await page.getByLabel('Tier').selectOption('Gold');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await page.waitForURL((url) => /\/programs\/acme\/partners\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
  await page.getByTestId('partner-name').waitFor();

  await page.goto(`${base}/dev/mailbox?to=${encodeURIComponent('ines@firstrun.example')}`);
  await page.getByTestId('mailbox-item').first().click();
  await page.waitForURL('**/dev/mailbox/*');
  const link = new URL((await page.getByTestId('email-link').first().getAttribute('href')) ?? '');
  assert.match(link.pathname, /^\/invite\/[A-Za-z0-9_-]+$/);
  assert.equal(link.port, port(), `the invite links to the port the app runs on (${link.href})`);
  const landing = await fetch(link);
  assert.equal(landing.status, 200);
});
