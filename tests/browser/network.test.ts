import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appAndBrowserForFile, screenshot, signInThroughMailbox, watchConsole } from './support';

const running = appAndBrowserForFile();

/** Screenshots go with the others under artifacts/browser, and to NETWORK_SHOTS_DIR when set. */
const shot = (page: Page, name: string) => screenshot(page, name, process.env.NETWORK_SHOTS_DIR);

test('a partner fills its network profile and applies; a reviewer approves it at /admin/network; the partner is told', async () => {
  const { app, browser } = running;
  const viewport = { width: 1280, height: 900 };

  // Initech's owner: claimed, not yet in the network.
  const peter = await (await browser.newContext({ viewport })).newPage();
  const peterProblems = watchConsole(peter);
  await signInThroughMailbox(peter, app.baseUrl, 'peter@initech.example');
  await peter.waitForURL('**/partner');
  await peter.getByRole('link', { name: 'Network profile' }).click();
  await peter.waitForURL('**/partner/network');
  const form = peter.getByRole('form', { name: 'Network profile of Initech Consulting' });
  await form.waitFor();
  assert.equal(await peter.getByRole('button', { name: 'Apply to the network' }).isDisabled(), true, 'no profile yet: apply is not offered');
  await peter.getByText('Save your network profile first.').waitFor();

  // Checked in the browser with the server's shape: each problem next to its field.
  await form.getByRole('button', { name: 'Save profile' }).click();
  await form.getByText('Describe the partner in at least 20 characters.').waitFor();
  await form.getByText('Choose at least one country.').waitFor();
  await form.getByLabel('Website').fill('https://initech.example');
  await form.getByLabel('Description').fill('Initech advises mid-sized companies on sales software and resells the tools it recommends.');
  await form.getByLabel('Audience size').selectOption('FROM_1K_TO_10K');
  await form.getByLabel('Consulting and services').check();
  await form.getByLabel('Reselling').check();
  await form.getByLabel('Countries').selectOption(['US', 'CA']);
  for (const category of ['Sales', 'Productivity', 'Analytics', 'Security']) await form.getByLabel(category, { exact: true }).check();
  await form.getByRole('button', { name: 'Save profile' }).click();
  await form.getByText('Choose at most 3 categories.').waitFor();
  await shot(peter, 'network-profile-errors');
  await form.getByLabel('Security', { exact: true }).uncheck();
  await form.getByRole('button', { name: 'Save profile' }).click();
  await peter.getByText('Profile saved.').waitFor();

  const apply = peter.getByRole('button', { name: 'Apply to the network' });
  await apply.click();
  await peter.getByText('Applied: a network reviewer will look at your profile.').waitFor();
  await peter.getByTestId('network-status').getByText('Pending').waitFor();
  await peter.getByTestId('network-status').getByText(/Applied \d+ \w+ \d{4}; your application is waiting for a network reviewer/).waitFor();
  assert.equal(await apply.isDisabled(), true, 'one application waits at a time');
  await shot(peter, 'network-profile-pending');

  // Not a reviewer: the review page does not exist for Peter.
  const before404 = peterProblems.length;
  const denied = await peter.goto(`${app.baseUrl}/admin/network`);
  assert.equal(denied?.status(), 404);
  // Next's built-in 404 page (the app has no not-found page of its own) trips the CSP: not this feature's.
  peterProblems.splice(before404);

  // The reviewer: sent to the queue on sign-in, oldest first.
  const rita = await (await browser.newContext({ viewport })).newPage();
  const ritaProblems = watchConsole(rita);
  await signInThroughMailbox(rita, app.baseUrl, 'reviewer@partnerly.example');
  await rita.waitForURL('**/admin/network');
  const pending = rita.getByRole('list', { name: 'pending applications' });
  await pending.getByText('Initech Consulting').waitFor();
  const names = await pending.locator('li').allInnerTexts();
  assert.match(names[0], /Fabrikam Media/, 'the seeded application has waited longest');
  assert.match(names[1], /Initech Consulting/);
  assert.equal(await rita.getByTestId('figure-waiting').innerText(), '2');
  assert.notEqual(await rita.getByTestId('figure-median').innerText(), '—', 'the seed decided applications in the last 30 days');

  // Fabrikam's earlier decline shows with its application.
  await pending.getByRole('button', { name: /Fabrikam Media/ }).click();
  await rita.getByTestId('network-application').getByText(/Declined .*Tell us about your audience/).waitFor();

  await pending.getByRole('button', { name: /Initech Consulting/ }).click();
  const detail = rita.getByTestId('network-application');
  await detail.getByText('Initech advises mid-sized companies').waitFor();
  await detail.getByText('peter@initech.example').waitFor();
  await detail.getByText('None: this is the partner\'s first application.').waitFor();
  await shot(rita, 'network-review-detail');
  await detail.getByRole('button', { name: 'Approve' }).click();
  await rita.getByRole('alertdialog').getByRole('button', { name: 'Approve' }).click();
  await rita.getByText('Initech Consulting is approved into the network. Its Owners and Admins were emailed.').waitFor();
  await rita.getByRole('tab', { name: 'Approved' }).click();
  await rita.getByRole('list', { name: 'approved applications' }).getByText('Initech Consulting').waitFor();
  await shot(rita, 'network-review-approved');

  // Peter is told, and his page says so.
  await peter.goto(`${app.baseUrl}/dev/mailbox?to=${encodeURIComponent('peter@initech.example')}`);
  await peter.getByTestId('mailbox-item').filter({ hasText: 'Initech Consulting is approved into the Partnerly network' }).first().waitFor();
  await peter.goto(`${app.baseUrl}/partner/network`);
  await peter.getByTestId('network-status').getByText('Network approved').waitFor();
  await shot(peter, 'network-profile-approved');

  assert.deepEqual([...peterProblems, ...ritaProblems], []);
});
