import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, screenshot, signInThroughMailbox, watchConsole } from './support';

const running = appAndBrowserForFile();
const viewport = { width: 1280, height: 900 };

test('a manager edits the marketplace listing; a network partner finds the program and applies in one step; the manager sees a marketplace application', async () => {
  const { app, browser } = running;
  const manager = await (await browser.newContext({ viewport })).newPage();
  const managerProblems = watchConsole(manager);
  await signInThroughMailbox(manager, app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');

  // Settings → Marketplace: the seeded listing, a description too long refused inline, then saved.
  await manager.goto(`${app.baseUrl}/programs/acme/settings`);
  await manager.getByRole('tab', { name: 'Marketplace' }).click();
  const form = manager.getByRole('form', { name: 'Marketplace settings' });
  assert.equal(await form.getByLabel('List this program in the marketplace').isChecked(), true);
  const description = form.getByLabel('Description');
  await description.fill('x'.repeat(301));
  await form.getByText('301 / 300 characters').waitFor();
  await form.getByRole('button', { name: 'Save listing' }).click();
  await form.getByText('Use at most 300 characters.').waitFor();
  await description.fill('Project tools for small teams: 20% on every referral, 25% for resellers.');
  await form.getByLabel('Applicants’ group').selectOption({ label: 'Resellers' });
  await manager.getByRole('complementary', { name: 'Listing preview' }).getByText('Project tools for small teams: 20% on every referral').waitFor();
  await form.getByRole('button', { name: 'Save listing' }).click();
  await manager.getByText('Saved. The program is listed in the marketplace.').waitFor();
  await screenshot(manager, 'marketplace-settings');

  // A manager who is in no partner is told what the marketplace is for.
  await manager.goto(`${app.baseUrl}/marketplace`);
  await manager.getByText('The marketplace is for partners').waitFor();

  // Contoso, network approved and in no program, finds Acme and applies.
  const partner = await (await browser.newContext({ viewport })).newPage();
  const partnerProblems = watchConsole(partner);
  await signInThroughMailbox(partner, app.baseUrl, 'owner@contoso.example');
  await partner.getByRole('link', { name: 'Marketplace' }).click();
  await partner.waitForURL('**/marketplace');
  const cards = partner.getByRole('list', { name: 'Listed programs' }).getByRole('listitem');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 3);
  await partner.getByLabel('Category').selectOption('Analytics');
  await partner.getByText('1 program', { exact: true }).waitFor();
  await partner.getByLabel('Category').selectOption('');
  await partner.getByRole('searchbox', { name: 'Search' }).fill('project tools');
  await partner.getByText('1 program', { exact: true }).waitFor();
  const acme = cards.filter({ hasText: 'Acme' });
  await acme.getByRole('button', { name: 'Apply' }).click();
  const dialog = partner.getByRole('alertdialog');
  await dialog.getByText('network profile').first().waitFor();
  await dialog.getByText('you join the Resellers group').waitFor();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await acme.getByText('Applied. The program’s managers review your application').waitFor();
  await screenshot(partner, 'marketplace-applied');

  // The manager finds it on the Applications page with the Marketplace source.
  await manager.goto(`${app.baseUrl}/programs/acme/applications`);
  const row = manager.getByRole('row').filter({ hasText: 'Contoso Ltd' });
  await row.getByText('Marketplace').waitFor();
  await row.getByRole('link').first().click();
  await manager.getByTestId('marketplace-source').waitFor();
  await manager.getByText('Marketplace (network profile)').waitFor();

  assert.deepEqual(managerProblems, []);
  assert.deepEqual(partnerProblems, []);
});
