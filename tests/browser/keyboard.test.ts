import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { appAndBrowserForFile, screenshot, signInThroughMailbox, watchConsole as watch } from './support';

const running = appAndBrowserForFile();

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The focused element's role and accessible text, for readable assertion messages. */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim()}"`;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${await target.evaluate((e) => e.outerHTML.slice(0, 120))} never received focus with ${key}`);
}

/** Radix moves focus a frame after the key press, so focus gets a moment to arrive before this fails. */
async function assertFocused(page: Page, target: Locator, what: string, withinMs = 2_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await isFocused(target))) {
    if (Date.now() > deadline) assert.fail(`${what} has focus (focus is on ${await focusedLabel(page)})`);
    await page.waitForTimeout(25);
  }
}

/** An element's aria-labelledby resolves to an element with this text. */
async function assertLabelledBy(page: Page, element: Locator, text: string): Promise<void> {
  const ids = (await element.getAttribute('aria-labelledby')) ?? '';
  assert.ok(ids, 'aria-labelledby is set');
  const label = await page.evaluate((list) => list.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
  assert.equal(label.trim(), text);
}

async function gql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${running.app.baseUrl}/api/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('the Actions menu and the Delete Partners dialog work with the keyboard alone', async () => {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page);
  await signInThroughMailbox(page, running.app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  await page.getByTestId('partner-row').first().waitFor();

  // Select a partner: Tab to its checkbox, Space ticks it.
  const northwind = page.getByRole('checkbox', { name: 'Select Northwind Traders' });
  await tabTo(page, northwind);
  await page.keyboard.press('Space');
  assert.ok(await northwind.isChecked());
  await page.getByTestId('selected-count').filter({ hasText: '1 selected' }).waitFor();

  // The Actions button announces its menu; Enter opens it with focus on the first item.
  const actions = page.getByRole('button', { name: 'Actions' });
  await tabTo(page, actions, 'Shift+Tab');
  assert.equal(await actions.getAttribute('aria-haspopup'), 'menu');
  assert.equal(await actions.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions' });
  await menu.waitFor();
  assert.equal(await actions.getAttribute('aria-expanded'), 'true');
  assert.equal(await actions.getAttribute('aria-controls'), await menu.getAttribute('id'));
  const items = menu.getByRole('menuitem');
  assert.deepEqual(await items.allTextContents(), ['Update Partner Group', 'Delete Partners']);
  const update = menu.getByRole('menuitem', { name: 'Update Partner Group' });
  const del = menu.getByRole('menuitem', { name: 'Delete Partners' });
  await assertFocused(page, update, 'the first menu item');
  await screenshot(page, 'keyboard-actions-menu');

  // Arrow keys move through the items; Home and End jump to the ends.
  await page.keyboard.press('ArrowDown');
  await assertFocused(page, del, 'Delete Partners after ArrowDown');
  await page.keyboard.press('ArrowUp');
  await assertFocused(page, update, 'Update Partner Group after ArrowUp');
  await page.keyboard.press('End');
  await assertFocused(page, del, 'the last item after End');
  await page.keyboard.press('Home');
  await assertFocused(page, update, 'the first item after Home');

  // Escape closes the menu and gives focus back to its button.
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  await assertFocused(page, actions, 'the Actions button after Escape');
  assert.equal(await actions.getAttribute('aria-expanded'), 'false');

  // ArrowDown opens it too; Enter on Delete Partners opens its dialog.
  await page.keyboard.press('ArrowDown');
  await menu.waitFor();
  await assertFocused(page, update, 'the first menu item after ArrowDown on the button');
  await page.keyboard.press('ArrowDown');
  await assertFocused(page, del, 'Delete Partners after ArrowDown');
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'detached' });
  const dialog = page.getByRole('dialog', { name: 'Delete 1 partner?' });
  await dialog.waitFor();
  await assertLabelledBy(page, dialog, 'Delete 1 partner?');
  await screenshot(page, 'keyboard-delete-dialog');

  // Focus starts inside the dialog and stays there, forwards and backwards.
  const checkbox = dialog.getByRole('checkbox', { name: /Deactivate partner links/ });
  await assertFocused(page, checkbox, 'the dialog’s first control');
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    assert.ok(
      await dialog.evaluate((element) => element.contains(document.activeElement)),
      `focus stays in the dialog after ${key} (it is on ${await focusedLabel(page)})`,
    );
  }
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  assert.ok(await checkbox.isChecked(), 'Space ticks the checkbox in the dialog');
  // The page behind is out of reach for assistive technology while the dialog is open.
  assert.equal(await page.getByRole('button', { name: 'Actions' }).count(), 0, 'the page behind the dialog is hidden from the accessibility tree');

  // Escape closes it, nothing is removed, and focus is back on the Actions button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await assertFocused(page, actions, 'the Actions button after closing the dialog');
  await page.getByTestId('partner-row').filter({ hasText: 'Northwind Traders' }).waitFor();

  // Update Partner Group: a native select inside the dialog, chosen with the arrow keys; Escape cancels.
  await page.keyboard.press('Enter');
  await menu.waitFor();
  await assertFocused(page, update, 'Update Partner Group when the menu opens');
  await page.keyboard.press('Enter');
  const move = page.getByRole('dialog', { name: 'Move 1 partner to another group' });
  await move.waitFor();
  await assertLabelledBy(page, move, 'Move 1 partner to another group');
  const group = move.getByLabel('New group');
  await tabTo(page, group);
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await group.inputValue(), '', 'ArrowDown on the select chooses a group');
  assert.ok(await move.getByRole('button', { name: 'Move to group' }).isEnabled());
  await page.keyboard.press('Escape');
  await move.waitFor({ state: 'detached' });
  await assertFocused(page, actions, 'the Actions button after closing the move dialog');

  assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  await context.close();
});

test('partner detail tabs and the Delete invite confirmation work with the keyboard alone', async () => {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page);
  await signInThroughMailbox(page, running.app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');

  // A seeded partner whose claim invite is still open, so its Invites tab has a Delete button.
  const { program } = await gql<{ program: { id: string } }>(context, '{ program(slug: "acme") { id } }');
  const { partnerships } = await gql<{ partnerships: { edges: { node: { id: string; invites: { status: string; email: string }[] } }[] } }>(
    context,
    'query($id: ID!) { partnerships(programId: $id, first: 20) { edges { node { id invites { status email } } } } }',
    { id: program.id },
  );
  const pending = partnerships.edges.map((e) => e.node).find((node) => node.invites.some((invite) => invite.status === 'SENT'));
  assert.ok(pending, 'the seed has a partner with an open invite');
  const inviteEmail = pending.invites.find((invite) => invite.status === 'SENT')?.email ?? '';
  await page.goto(`${running.app.baseUrl}/programs/acme/partners/${encodeURIComponent(pending.id)}`);

  const tablist = page.getByRole('tablist');
  await tablist.waitFor();
  const members = page.getByRole('tab', { name: /Members/ });
  const invites = page.getByRole('tab', { name: /Invites/ });
  const activity = page.getByRole('tab', { name: 'Activity' });
  const messages = page.getByRole('tab', { name: 'Messages' });
  const selected = async () => Promise.all([members, invites, activity, messages].map((tab) => tab.getAttribute('aria-selected')));
  assert.deepEqual(await selected(), ['true', 'false', 'false', 'false']);

  // The tab list is one stop in the Tab order: Tab lands on the selected tab, and the next Tab
  // leaves the list for the panel, which the selected tab controls and which is labelled by it.
  await tabTo(page, members);
  const panel = page.getByRole('tabpanel');
  assert.equal(await panel.count(), 1, 'one visible panel');
  assert.equal(await panel.getAttribute('id'), await members.getAttribute('aria-controls'));
  await assertLabelledBy(page, panel, (await members.textContent()) ?? '');
  await page.keyboard.press('Tab');
  assert.ok(await panel.evaluate((element) => element.contains(document.activeElement)), `Tab from the tab list goes to the panel (focus is on ${await focusedLabel(page)})`);
  await page.keyboard.press('Shift+Tab');
  await assertFocused(page, members, 'the selected tab again after Shift+Tab');

  // Arrow keys move between the tabs and select them, wrapping at the ends; Home and End jump.
  await page.keyboard.press('ArrowRight');
  await assertFocused(page, invites, 'the Invites tab after ArrowRight');
  assert.deepEqual(await selected(), ['false', 'true', 'false', 'false']);
  await page.getByTestId('invite-row').first().waitFor();
  await page.keyboard.press('ArrowRight');
  await assertFocused(page, activity, 'the Activity tab');
  assert.deepEqual(await selected(), ['false', 'false', 'true', 'false']);
  await page.keyboard.press('ArrowRight');
  await assertFocused(page, messages, 'the Messages tab');
  await page.keyboard.press('ArrowRight');
  await assertFocused(page, members, 'the Members tab after wrapping forwards');
  await page.keyboard.press('ArrowLeft');
  await assertFocused(page, messages, 'the Messages tab after wrapping backwards');
  await page.keyboard.press('Home');
  await assertFocused(page, members, 'the first tab after Home');
  await page.keyboard.press('End');
  await assertFocused(page, messages, 'the last tab after End');
  await page.keyboard.press('ArrowLeft');
  await assertFocused(page, activity, 'the Activity tab after ArrowLeft from the last');
  await page.keyboard.press('ArrowLeft');
  await assertFocused(page, invites, 'the Invites tab');
  assert.deepEqual(await selected(), ['false', 'true', 'false', 'false']);
  await assertLabelledBy(page, page.getByRole('tabpanel'), (await invites.textContent()) ?? '');
  await screenshot(page, 'keyboard-invites-tab');

  // Delete invite asks first, in an alert dialog whose focus starts on Cancel.
  const deleteButton = page.getByRole('button', { name: `Delete invite to ${inviteEmail}` });
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Delete this invite?' });
  await confirm.waitFor();
  await assertLabelledBy(page, confirm, 'Delete this invite?');
  const describedBy = (await confirm.getAttribute('aria-describedby')) ?? '';
  assert.match((await page.locator(`[id="${describedBy}"]`).textContent()) ?? '', /will say it is no longer valid/);
  await assertFocused(page, confirm.getByRole('button', { name: 'Cancel' }), 'Cancel, the safe choice');
  await screenshot(page, 'keyboard-confirm-dialog');
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    assert.ok(await confirm.evaluate((element) => element.contains(document.activeElement)), `focus stays in the alert dialog after ${key}`);
  }
  await page.keyboard.press('Escape');
  await confirm.waitFor({ state: 'detached' });
  await assertFocused(page, deleteButton, 'the Delete button after Escape');
  assert.ok(await page.getByTestId('invite-row').filter({ hasText: inviteEmail }).isVisible(), 'the invite is still there');

  // Enter on Cancel closes it too, and focus returns the same way.
  await page.keyboard.press('Enter');
  await confirm.waitFor();
  await page.keyboard.press('Enter');
  await confirm.waitFor({ state: 'detached' });
  await assertFocused(page, deleteButton, 'the Delete button after Cancel');

  assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  await context.close();
});
