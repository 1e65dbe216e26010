import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, completeSignIn, followEmailLink, screenshot, signInThroughMailbox } from './support';

const running = appAndBrowserForFile();

test('a manager adds a new partner with a member; the primary contact claims from the email; the invited flag goes', async () => {
  const manager = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInThroughMailbox(manager, running.app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');
  await manager.getByRole('link', { name: 'Add partner' }).click();
  await manager.waitForURL('**/partners/new');

  // Submitting empty shows inline errors and sends nothing.
  await manager.getByRole('button', { name: 'Add partner' }).click();
  await manager.getByText('Enter the main contact’s email.').waitFor();

  await manager.getByRole('textbox', { name: 'Email', exact: true }).first().fill('lena@lumen.example');
  await manager.getByLabel('First name').first().fill('Lena');
  await manager.getByLabel('Last name').first().fill('Lind');
  await manager.getByLabel('Company name').fill('Lumen Media');
  await manager.getByLabel('Geography').selectOption('Europe');
  await manager.getByLabel('Tier').selectOption('Gold');
  await manager.getByRole('button', { name: 'Add a member' }).click();
  const member = manager.getByTestId('member-fields').first();
  await member.getByLabel('Email').fill('otto@lumen.example');
  await member.getByLabel('First name').fill('Otto');
  await member.getByLabel('Access level').selectOption('FINANCE');
  await manager.getByLabel('Subject').fill('Lena, join {program_name} with {company_name}');
  await manager.getByRole('button', { name: 'Preview email' }).click();
  await manager.getByTestId('invite-preview').getByText('Subject: Lena, join Acme with Lumen Media').waitFor();
  await screenshot(manager, 'add-partner-form');
  await manager.getByRole('button', { name: 'Add partner' }).click();

  await manager.waitForURL(/\/programs\/acme\/partners\/[^/]+$/);
  await manager.getByTestId('partner-name').getByTestId('invited-flag').waitFor();
  assert.equal(await manager.getByTestId('member-row').count(), 2);
  await manager.getByRole('tab', { name: /Invites/ }).click();
  const rows = manager.getByTestId('invite-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  assert.match((await rows.filter({ hasText: 'lena@lumen.example' }).textContent()) ?? '', /Sent/);
  assert.match((await rows.filter({ hasText: 'otto@lumen.example' }).textContent()) ?? '', /Sent once claimed/);
  await screenshot(manager, 'partner-invited');
  const partnerUrl = manager.url();

  // The primary contact, in their own browser, opens the emailed link.
  const lena = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await followEmailLink(lena, running.app.baseUrl, 'lena@lumen.example', 'Lena, join Acme with Lumen Media');
  await lena.waitForURL('**/invite/**');
  await lena.getByTestId('invite-summary').waitFor();
  await screenshot(lena, 'invite-landing');
  await lena.getByRole('link', { name: 'Sign in to accept' }).click();
  await lena.waitForURL('**/signin**');
  await completeSignIn(lena, running.app.baseUrl, 'lena@lumen.example');
  await lena.waitForURL('**/invite/**');
  await lena.getByRole('button', { name: 'Claim your account' }).click();
  await lena.waitForURL('**/partner**');
  await lena.getByTestId('partner-program').filter({ hasText: 'Acme' }).waitFor();
  await screenshot(lena, 'partner-dashboard-after-claim');

  // Back on the manager's page: claimed, no invited flag, and Otto's invite went out.
  await manager.goto(partnerUrl);
  await manager.getByTestId('partner-name').waitFor();
  await manager.getByText('Active', { exact: true }).first().waitFor();
  assert.equal(await manager.getByTestId('invited-flag').count(), 0);
  await manager.getByRole('tab', { name: /Invites/ }).click();
  await manager.getByTestId('invite-row').filter({ hasText: 'otto@lumen.example' }).getByText('Sent', { exact: true }).waitFor();
  await screenshot(manager, 'partner-claimed');
  await manager.goto(`${running.app.baseUrl}/programs/acme/partners`);
  const row = manager.getByTestId('partner-row').filter({ hasText: 'Lumen Media' });
  await row.waitFor();
  assert.equal(await row.getByTestId('invited-flag').count(), 0);
});

test('adding an existing partner asks which organisation to connect; its Owner approves from the dashboard', async () => {
  const manager = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInThroughMailbox(manager, running.app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');
  await manager.goto(`${running.app.baseUrl}/programs/acme/partners/new`);
  await manager.getByRole('textbox', { name: 'Email', exact: true }).first().fill('owner@contoso.example');
  await manager.getByLabel('Geography').selectOption('North America');
  await manager.getByRole('button', { name: 'Add partner' }).click();
  const dialog = manager.getByRole('dialog', { name: 'Connect an existing partner' });
  await dialog.waitFor();
  await dialog.getByLabel('Contoso Ltd').check();
  await screenshot(manager, 'connect-existing-partner');
  await dialog.getByRole('button', { name: 'Connect partner' }).click();
  await manager.waitForURL(/\/programs\/acme\/partners\/[^/]+$/);
  await manager.getByTestId('invited-explanation').waitFor();
  assert.match((await manager.getByTestId('invited-explanation').textContent()) ?? '', /Owner or Admin of Contoso Ltd approves/);
  const partnerUrl = manager.url();

  const owner = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInThroughMailbox(owner, running.app.baseUrl, 'owner@contoso.example');
  await owner.waitForURL('**/partner');
  const pending = owner.getByTestId('pending-approvals');
  await pending.getByText('Acme').waitFor();
  await screenshot(owner, 'owner-pending-approval');
  await pending.getByRole('button', { name: 'Approve' }).click();
  await owner.getByText('You joined Acme.').waitFor();
  await owner.getByTestId('partner-program').filter({ hasText: 'Acme' }).getByText('Active').waitFor();

  await manager.goto(partnerUrl);
  await manager.getByTestId('partner-name').waitFor();
  await manager.getByText('Active', { exact: true }).first().waitFor();
  assert.equal(await manager.getByTestId('invited-flag').count(), 0);
  await screenshot(manager, 'existing-partner-approved');
});
