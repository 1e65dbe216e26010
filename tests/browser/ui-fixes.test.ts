import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appAndBrowserForFile, screenshot, signInThroughMailbox } from './support';

const running = appAndBrowserForFile();

async function newPage(): Promise<Page> {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  return context.newPage();
}

/** The labels of the navigation items marked as the current page. */
async function currentNavItems(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Partner' }).locator('a[aria-current="page"]').allTextContents();
}

test("a group's Settings show its join link with Copy, and a new link replaces it there", async () => {
  const manager = await newPage();
  await signInThroughMailbox(manager, running.app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');
  await manager.goto(`${running.app.baseUrl}/programs/acme/groups`);
  const groupName = 'Resellers';
  await manager.getByTestId('group-row').filter({ hasText: groupName }).waitFor();
  await manager.getByRole('button', { name: `Settings of ${groupName}` }).click();

  const settings = manager.getByRole('form', { name: `Settings of ${groupName}` });
  const joinLink = settings.getByTestId('group-join-link');
  await joinLink.waitFor();
  const link = (await joinLink.getByTestId('copy-value').textContent()) ?? '';
  assert.match(link, /^http:\/\/localhost:\d+\/join\/[\w-]+$/);
  await joinLink.getByRole('button', { name: `Copy join link of ${groupName}` }).click();
  await joinLink.getByText('Copied').waitFor();
  assert.equal(await manager.evaluate(() => navigator.clipboard.readText()), link);
  await screenshot(manager, 'ui-fixes-group-settings-join-link');

  await joinLink.getByRole('button', { name: 'New join link' }).click();
  await manager.getByRole('alertdialog', { name: 'Make a new join link?' }).getByRole('button', { name: 'Make new link' }).click();
  await joinLink.getByText('has a new join link. The old one no longer works.', { exact: false }).waitFor();
  const renewed = joinLink.getByTestId('copy-value');
  // The regenerate mutation returns the group's new joinUrl; the settings show it without a reload.
  for (let i = 0; i < 50 && (await renewed.textContent()) === link; i++) await manager.waitForTimeout(100);
  assert.notEqual(await renewed.textContent(), link);
  assert.match((await renewed.textContent()) ?? '', /\/join\/[\w-]+/);
});

test("a new partner's held member invite says it waits for the claim, and the Expires column fits at 1280 px", async () => {
  const manager = await newPage();
  await signInThroughMailbox(manager, running.app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');
  await manager.goto(`${running.app.baseUrl}/programs/acme/partners/new`);
  await manager.getByRole('textbox', { name: 'Email', exact: true }).first().fill('nina@brightside.example');
  await manager.getByLabel('First name').first().fill('Nina');
  await manager.getByLabel('Company name').fill('Brightside');
  await manager.getByLabel('Geography').selectOption('Europe');
  await manager.getByRole('button', { name: 'Add a member' }).click();
  const member = manager.getByTestId('member-fields').first();
  await member.getByLabel('Email').fill('theo-with-a-rather-long-address@brightside.example');
  await member.getByLabel('First name').fill('Theo');
  await manager.getByRole('button', { name: 'Add partner' }).click();
  await manager.waitForURL(/\/programs\/acme\/partners\/[^/]+$/);

  await manager.getByRole('tab', { name: /Invites/ }).click();
  const rows = manager.getByTestId('invite-row');
  await rows.first().waitFor();
  const held = rows.filter({ hasText: 'theo-with-a-rather-long-address@brightside.example' });
  assert.match((await held.textContent()) ?? '', /Sent once claimed/);
  assert.doesNotMatch((await held.textContent()) ?? '', /Sent once approved/);

  const table = manager.getByTestId('invites-table');
  const scroller = table.locator('xpath=..');
  const [expires, box] = await Promise.all([table.getByRole('columnheader', { name: 'Expires' }).boundingBox(), scroller.boundingBox()]);
  assert.ok(expires && box, 'the Expires header and the table box are laid out');
  assert.ok(expires.x + expires.width <= box.x + box.width, `Expires ends at ${expires.x + expires.width}px, the table's box at ${box.x + box.width}px`);
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.equal(overflow, 0, 'the invites table needs no horizontal scrolling at 1280 px');
  await screenshot(manager, 'ui-fixes-invites-1280');
});

test('in the partner area exactly one navigation item is current on each page', async () => {
  const partner = await newPage();
  await signInThroughMailbox(partner, running.app.baseUrl, 'owner@northwind.example');
  await partner.waitForURL('**/partner');
  await partner.getByRole('heading', { name: 'Your programs' }).waitFor();
  assert.deepEqual(await currentNavItems(partner), ['Dashboard']);

  await partner.getByRole('link', { name: 'Team' }).click();
  await partner.waitForURL('**/partner/team');
  await partner.getByRole('heading', { name: 'Team' }).waitFor();
  assert.deepEqual(await currentNavItems(partner), ['Team']);
  await screenshot(partner, 'ui-fixes-partner-team-nav');

  // "Profile" is also part of "Network profile": exact names throughout.
  await partner.getByRole('link', { name: 'Network profile', exact: true }).click();
  await partner.waitForURL('**/partner/network');
  await partner.getByRole('heading', { name: 'Network profile', exact: true }).waitFor();
  assert.deepEqual(await currentNavItems(partner), ['Network profile']);

  await partner.getByRole('link', { name: 'Marketplace', exact: true }).click();
  await partner.waitForURL('**/marketplace');
  await partner.getByRole('heading', { name: 'Marketplace', exact: true }).waitFor();
  assert.deepEqual(await currentNavItems(partner), ['Marketplace']);

  await partner.getByRole('link', { name: 'Profile', exact: true }).click();
  await partner.waitForURL('**/partner/profile');
  await partner.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
  assert.deepEqual(await currentNavItems(partner), ['Profile']);
  await screenshot(partner, 'ui-fixes-partner-profile-nav');
});
