import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, completeSignIn, screenshot, signInThroughMailbox } from './support';

const running = appAndBrowserForFile();

async function linkStatus(url: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') };
}

test('search, select two partners, delete them with links deactivated; move one to another group', async () => {
  const page = await (await running.browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  await signInThroughMailbox(page, running.app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  await page.getByTestId('partner-row').first().waitFor();

  // Before removal the links redirect with attribution.
  const live = await linkStatus(`${running.app.baseUrl}/r/acme/noranorth`);
  assert.equal(live.status, 302);
  assert.match(live.location ?? '', /^https:\/\/acme\.example\/\?utm_source=partners&utm_content=noranorth&ps_xid=/);

  // Two characters are not a search yet; three are, and the URL keeps it.
  const search = page.getByRole('searchbox', { name: 'Search partners' });
  await search.fill('ex');
  await page.getByText('Type at least 3 characters to search.').waitFor();
  await search.fill('.example');
  await page.waitForURL(/q=\.example/);
  await page.getByTestId('result-count').filter({ hasText: 'match' }).waitFor();

  await page.getByRole('checkbox', { name: 'Select Northwind Traders' }).check();
  await page.getByRole('checkbox', { name: 'Select Wayne Resellers' }).check();
  await page.getByTestId('selected-count').filter({ hasText: '2 selected' }).waitFor();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete Partners' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 partners?' });
  await dialog.getByRole('checkbox', { name: /Deactivate partner links/ }).check();
  await screenshot(page, 'delete-partners-dialog');
  await dialog.getByRole('button', { name: 'Delete partners' }).click();
  await page.getByText('2 partners were removed and their links deactivated.').waitFor();
  await page.getByTestId('partner-row').filter({ hasText: 'Northwind Traders' }).waitFor({ state: 'detached' });
  await page.getByTestId('partner-row').filter({ hasText: 'Wayne Resellers' }).waitFor({ state: 'detached' });
  assert.ok((await page.getByTestId('partner-row').count()) >= 1, 'the other partners are still listed');
  await screenshot(page, 'partners-after-delete');

  assert.equal((await linkStatus(`${running.app.baseUrl}/r/acme/noranorth`)).status, 404);
  assert.equal((await linkStatus(`${running.app.baseUrl}/r/acme/brucewayne`)).status, 404);

  // Back button returns to the unfiltered list.
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('q='));

  // Move Globex to Resellers from the Actions menu.
  const globex = page.getByTestId('partner-row').filter({ hasText: 'Globex Partners' });
  await globex.waitFor();
  await page.getByRole('checkbox', { name: 'Select Globex Partners' }).check();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Update Partner Group' }).click();
  const move = page.getByRole('dialog', { name: 'Move 1 partner to another group' });
  await move.getByLabel('New group').selectOption({ label: 'Resellers' });
  await move.getByText('Ongoing commissions').waitFor();
  await move.getByRole('button', { name: 'Move to group' }).click();
  await page.getByText('1 partner was moved to Resellers.').waitFor();
  await globex.filter({ hasText: 'Resellers' }).waitFor();
  await screenshot(page, 'partners-after-move');

  // The removed partner's owner cannot rejoin through a join link with the same email.
  await page.getByRole('link', { name: 'Groups' }).click();
  const joinUrl = await page.getByTestId('group-row').filter({ hasText: 'Default' }).locator('code').getAttribute('title');
  assert.match(joinUrl ?? '', /\/join\//);
  const owner = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await owner.goto(joinUrl!);
  await owner.getByRole('link', { name: 'Sign in or create your account' }).click();
  await owner.waitForURL('**/signin**');
  await completeSignIn(owner, running.app.baseUrl, 'owner@northwind.example');
  await owner.waitForURL('**/join/**');
  // The join page says so before anything is filled in (joinProgram refuses it too).
  await owner.getByTestId('join-refusal').getByText('You were removed from the Acme partner program and cannot rejoin with owner@northwind.example.', { exact: false }).waitFor();
  await screenshot(owner, 'rejoin-refused');
});
