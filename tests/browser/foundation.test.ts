import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, screenshot, signInThroughMailbox } from './support';

const running = appAndBrowserForFile();

test('the seeded manager signs in through the mailbox and creates a group', async () => {
  const page = await running.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(running.app.baseUrl);
  await page.waitForURL('**/signin**');

  await signInThroughMailbox(page, running.app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  assert.equal(await page.getByTestId('signed-in-as').textContent(), 'manager@acme.example');
  await page.getByTestId('partner-row').first().waitFor();
  assert.ok((await page.getByTestId('invited-flag').count()) >= 2, 'seeded invited partnerships show the invited flag');
  await screenshot(page, 'all-partners');

  await page.getByRole('link', { name: 'Groups' }).click();
  await page.waitForURL('**/programs/acme/groups');
  await page.getByTestId('group-row').first().waitFor();
  assert.equal(await page.getByTestId('group-row').count(), 2);

  // An empty name is caught inline before anything is sent.
  await page.getByRole('button', { name: 'Create group' }).click();
  assert.equal(await page.getByTestId('field-error').first().textContent(), 'Enter a group name.');

  await page.getByLabel('Name').fill('Influencers');
  await page.getByLabel('Commission rate (%)').fill('15');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByText('Group “Influencers” created').waitFor();
  await page.getByTestId('group-row').filter({ hasText: 'Influencers' }).waitFor();
  assert.equal(await page.getByTestId('group-row').count(), 3);
  assert.match((await page.getByTestId('group-row').filter({ hasText: 'Influencers' }).textContent()) ?? '', /15%/);
  await screenshot(page, 'group-created');

  // The server's own rule (unique names, whatever the case) comes back inline too.
  await page.getByLabel('Name').fill('INFLUENCERS');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByText('A group named "INFLUENCERS" already exists in this program.').waitFor();
  await screenshot(page, 'group-duplicate');

  // Signing out ends the session: the area sends us back to sign-in.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/signin**');
  await page.goto(`${running.app.baseUrl}/programs/acme/groups`);
  await page.waitForURL('**/signin**');
  await page.close();
});

test('a used sign-in link does not sign in again', async () => {
  const page = await running.browser.newPage();
  await signInThroughMailbox(page, running.app.baseUrl, 'max@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  await page.goto(`${running.app.baseUrl}/dev/mailbox?to=max@acme.example`);
  await page.getByTestId('mailbox-item').first().click();
  const href = await page.getByTestId('email-link').first().getAttribute('href');
  assert.ok(href, 'the email has a sign-in link');
  // Someone else (a fresh browser profile) trying the same link.
  const fresh = await running.browser.newPage();
  await fresh.goto(href);
  await fresh.waitForURL('**/signin/error**');
  assert.match((await fresh.getByTestId('sign-in-error').textContent()) ?? '', /already been used or has expired/);
  await screenshot(fresh, 'sign-in-link-reused');
});
