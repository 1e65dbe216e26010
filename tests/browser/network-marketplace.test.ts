import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { appAndBrowserForFile, gqlAs, screenshot, signInThroughMailbox, watchConsole } from './support';

const running = appAndBrowserForFile();
const viewport = { width: 1280, height: 900 };

/** Screenshots go with the others under artifacts/browser, and to E2E_SHOTS_DIR when set. */
const shot = (page: Page, name: string) => screenshot(page, name, process.env.E2E_SHOTS_DIR);

const QUESTION_THE_PROFILE_CANNOT_ANSWER = 'Monthly newsletter subscribers';

test('from outside the network to a partner of a listed program: profile, network review, one-step application, manager approval', async () => {
  const { app, browser } = running;

  // Globex's manager asks marketplace applicants (its default group) a required question that no network profile answers.
  const managerContext = await browser.newContext({ viewport });
  const manager = await managerContext.newPage();
  const managerProblems = watchConsole(manager);
  await signInThroughMailbox(manager, app.baseUrl, 'manager@globex.example');
  await manager.waitForURL('**/programs/globex/**');
  const { program } = await gqlAs<{ program: { marketplaceListing: { group: { id: string } | null }; groups: { edges: { node: { id: string; isDefault: boolean } }[] } } }>(
    managerContext,
    app.baseUrl,
    `query { program(slug: "globex") { marketplaceListing { group { id } } groups(first: 20) { edges { node { id isDefault } } } } }`,
  );
  const groupId = program.marketplaceListing.group?.id ?? program.groups.edges.find((e) => e.node.isDefault)!.node.id;
  const saved = await gqlAs<{ updateApplicationForm: { userErrors: unknown[] } }>(
    managerContext,
    app.baseUrl,
    `mutation ($input: UpdateApplicationFormInput!) { updateApplicationForm(input: $input) { userErrors { field message } } }`,
    {
      input: {
        groupId,
        enabled: true,
        title: 'Join Globex Analytics',
        questions: [
          { label: 'Company name', type: 'TEXT', visibility: 'REQUIRED' },
          { label: QUESTION_THE_PROFILE_CANNOT_ANSWER, type: 'NUMBER', visibility: 'REQUIRED' },
        ],
      },
    },
  );
  assert.deepEqual(saved.updateApplicationForm.userErrors, []);

  // Initech's owner (claimed, outside the network) fills the profile and applies to the network.
  const peter = await (await browser.newContext({ viewport })).newPage();
  const peterProblems = watchConsole(peter);
  await signInThroughMailbox(peter, app.baseUrl, 'peter@initech.example');
  await peter.waitForURL('**/partner');
  await peter.getByRole('link', { name: 'Network profile' }).click();
  const form = peter.getByRole('form', { name: 'Network profile of Initech Consulting' });
  await form.waitFor();
  await form.getByLabel('Website').fill('https://initech.example');
  await form.getByLabel('Description').fill('Initech advises mid-sized companies on sales software and resells the tools it recommends.');
  await form.getByLabel('Audience size').selectOption('FROM_1K_TO_10K');
  await form.getByLabel('Consulting and services').check();
  await form.getByLabel('Countries').selectOption(['US']);
  await form.getByLabel('Analytics', { exact: true }).check();
  await form.getByRole('button', { name: 'Save profile' }).click();
  await peter.getByText(/Profile last saved/).waitFor();
  await peter.getByRole('button', { name: 'Apply to the network' }).click();
  await peter.getByTestId('network-status').getByText('Pending').waitFor();
  await shot(peter, '1-partner-applied-to-network');

  // The reviewer approves it at /admin/network.
  const rita = await (await browser.newContext({ viewport })).newPage();
  const ritaProblems = watchConsole(rita);
  await signInThroughMailbox(rita, app.baseUrl, 'reviewer@partnerly.example');
  await rita.waitForURL('**/admin/network');
  const pending = rita.getByRole('list', { name: 'pending applications' });
  await pending.getByRole('button', { name: /Initech Consulting/ }).click();
  const detail = rita.getByTestId('network-application');
  await detail.getByText('Initech advises mid-sized companies').waitFor();
  await detail.getByRole('button', { name: 'Approve' }).click();
  await rita.getByRole('alertdialog').getByRole('button', { name: 'Approve' }).click();
  await rita.getByText('Initech Consulting is approved into the network. Its Owners and Admins were emailed.').waitFor();
  await shot(rita, '2-reviewer-approved');

  // The partner finds Globex in the marketplace and applies in one step.
  await peter.goto(`${app.baseUrl}/partner/network`);
  await peter.getByTestId('network-status').getByText('Network approved').waitFor();
  await peter.getByTestId('network-status').getByRole('link', { name: 'marketplace' }).click();
  await peter.waitForURL('**/marketplace');
  const cards = peter.getByRole('list', { name: 'Listed programs' }).getByRole('listitem');
  await peter.getByLabel('Category').selectOption('Analytics');
  await peter.getByText('1 program', { exact: true }).waitFor();
  const globex = cards.filter({ hasText: 'Globex Analytics' });
  await globex.getByRole('button', { name: 'Apply' }).click();
  const dialog = peter.getByRole('alertdialog');
  await dialog.getByText('network profile').first().waitFor();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await globex.getByText('Applied. The program’s managers review your application').waitFor();
  await shot(peter, '3-partner-applied-from-marketplace');

  // Globex's manager sees it, from the marketplace, network approved, with the unanswerable question marked missing.
  await manager.goto(`${app.baseUrl}/programs/globex/applications`);
  const row = manager.getByTestId('application-row').filter({ hasText: 'Initech Consulting' });
  await row.getByText('Marketplace').waitFor();
  await row.getByTestId('network-approved').waitFor();
  await shot(manager, '4-manager-applications');
  await row.getByRole('link').first().click();
  await manager.getByTestId('marketplace-source').waitFor();
  await manager.getByTestId('network-approved').waitFor();
  assert.equal(await manager.getByTestId('network-approved').getAttribute('title'), "Network approved: vetted by Partnerly's network team");
  await manager.getByTestId('missing-summary').getByText(QUESTION_THE_PROFILE_CANNOT_ANSWER, { exact: false }).waitFor();
  const answers = manager.getByTestId('answers').locator(':scope > div');
  const missingAnswer = answers.filter({ hasText: QUESTION_THE_PROFILE_CANNOT_ANSWER });
  await missingAnswer.getByText('Missing', { exact: true }).waitFor();
  const answered = answers.filter({ hasText: 'Company name' });
  await answered.getByText('Initech Consulting').waitFor();
  assert.equal(await answered.getByText('Missing', { exact: true }).count(), 0, 'the profile answers the company name');
  await shot(manager, '5-manager-application-missing-answer');

  await manager.getByRole('button', { name: 'Approve', exact: true }).click();
  await manager.getByRole('dialog', { name: 'Approve 1 application?' }).getByRole('button', { name: 'Approve', exact: true }).click();
  await manager.getByText(/approved: the partner is now active in the program/).waitFor();

  // Now a partner of Globex, badge and all.
  await manager.goto(`${app.baseUrl}/programs/globex/partners`);
  const partnerRow = manager.getByTestId('partner-row').filter({ hasText: 'Initech Consulting' });
  await partnerRow.getByTestId('network-approved').waitFor();
  await partnerRow.getByRole('link', { name: 'Initech Consulting' }).click();
  await manager.getByTestId('partner-name').waitFor();
  await manager.getByTestId('network-approved').waitFor();
  await shot(manager, '6-manager-partner-page');

  assert.deepEqual([...managerProblems, ...peterProblems, ...ritaProblems], []);
});
