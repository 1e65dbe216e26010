import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, completeSignIn, screenshot, signInThroughMailbox, watchConsole } from './support';

const running = appAndBrowserForFile();

const APPLICANT = 'nora@northwind.example';
const AUDIENCE = 'What audience do you reach?';
const SCORE = 'Internal fit score';

test('a manager builds a form; a new visitor applies through the join link; they talk by message; the manager approves and the partner is in', async () => {
  const { app, browser } = running;
  const viewport = { width: 1280, height: 900 };
  const manager = await (await browser.newContext({ viewport })).newPage();
  const managerProblems = watchConsole(manager);
  await signInThroughMailbox(manager, app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');

  // The Default group's form: on, with a required question and a hidden one for reviewers.
  await manager.goto(`${app.baseUrl}/programs/acme/groups`);
  await manager.getByRole('button', { name: 'Settings of Default' }).click();
  const joinUrl = await manager.getByTestId('group-row').filter({ hasText: 'Default' }).locator('code').getAttribute('title');
  assert.match(joinUrl ?? '', /\/join\//);
  await manager.getByRole('link', { name: 'Edit application form of Default' }).click();
  await manager.waitForURL('**/application-form');
  const form = manager.getByRole('form', { name: 'Application form' });
  await form.getByLabel('Application form on').check();
  await form.getByLabel('Title').fill('Apply to Acme');
  await form.getByLabel('Description').fill('Tell us how **{company_name}** would work with us.');
  await form.getByRole('button', { name: 'Add a question of your own' }).click();
  await form.getByRole('button', { name: 'Add a question of your own' }).click();
  const questions = form.getByTestId('form-question');
  await questions.nth(0).getByRole('textbox', { name: 'Question', exact: true }).fill(AUDIENCE);
  await questions.nth(0).getByLabel('Kind of answer').selectOption('LONG_TEXT');
  await questions.nth(0).getByLabel('Visibility').selectOption('REQUIRED');
  await questions.nth(1).getByRole('textbox', { name: 'Question', exact: true }).fill(SCORE);
  await questions.nth(1).getByLabel('Visibility').selectOption('HIDDEN');
  await form.getByRole('button', { name: 'Preview' }).click();
  const preview = manager.getByTestId('form-preview');
  await preview.getByText(AUDIENCE).waitFor();
  assert.equal(await preview.getByText(SCORE).count(), 0, 'the preview shows the form as the applicant sees it');
  await form.getByRole('button', { name: 'Save form' }).click();
  await manager.getByText('saved', { exact: false }).first().waitFor();
  await screenshot(manager, 'inbound-form-editor');

  // A new visitor follows the join link, signs in from the emailed link and is back on the join page.
  const nora = await (await browser.newContext({ viewport })).newPage();
  const noraProblems = watchConsole(nora);
  await nora.goto(joinUrl!);
  await nora.getByRole('link', { name: 'Sign in or create your account' }).click();
  await nora.waitForURL('**/signin**');
  await completeSignIn(nora, app.baseUrl, APPLICANT);
  await nora.waitForURL('**/join/**');
  const apply = nora.getByRole('form', { name: 'Apply to the program' });
  await apply.getByText('Apply to Acme').waitFor();
  assert.equal(await nora.getByText(SCORE).count(), 0, 'hidden questions never reach the applicant');

  // The required question is enforced before anything is sent.
  await apply.getByLabel('Company name').fill('Northwind Media');
  await apply.getByRole('button', { name: 'Send application' }).click();
  await apply.getByTestId('field-error').first().waitFor();
  await apply.getByLabel(AUDIENCE).fill('B2B marketing teams in the Nordics');
  await screenshot(nora, 'inbound-join-form');
  await apply.getByRole('button', { name: 'Send application' }).click();
  await nora.getByText('Your application was sent.').waitFor();

  // The manager sees the application with its answers, fills in the hidden question and asks something.
  await manager.goto(`${app.baseUrl}/programs/acme/applications`);
  await manager.getByRole('link', { name: APPLICANT }).click();
  await manager.waitForURL(/\/applications\/[^/]+$/);
  await manager.getByText('B2B marketing teams in the Nordics').waitFor();
  const reviewer = manager.getByRole('form', { name: 'Reviewer answers' });
  await reviewer.getByLabel(SCORE).fill('8 of 10');
  await reviewer.getByRole('button', { name: /Save/ }).click();
  await reviewer.getByText(/saved/i).waitFor();
  await manager.getByLabel(/^Message to /).fill('Thanks! Could you share your website, e.g. https://northwind.example?');
  await manager.getByRole('button', { name: 'Send', exact: true }).click();
  await manager.getByTestId('thread-messages').getByText('Could you share your website').waitFor();
  await screenshot(manager, 'inbound-application-detail');

  // The applicant replies from their area; the unread message shows in the navigation.
  await nora.goto(`${app.baseUrl}/partner`);
  await nora.getByRole('link', { name: /^Messages/ }).first().click();
  await nora.waitForURL('**/partner/messages**');
  await screenshot(nora, 'inbound-applicant-messages');
  await nora.getByTestId('message-thread-row').filter({ hasText: 'Acme' }).click();
  const question = nora.getByTestId('thread-messages').getByText('Could you share your website', { exact: false });
  await question.waitFor();
  assert.match((await nora.getByTestId('thread-messages').locator('a[href^="https://northwind.example"]').first().getAttribute('href')) ?? '', /^https:\/\/northwind\.example/);
  await nora.getByLabel(/^Message to /).fill('Sure: https://northwind.example, we run webinars monthly.');
  await nora.getByRole('button', { name: 'Send', exact: true }).click();
  await nora.getByTestId('thread-messages').getByText('we run webinars monthly').waitFor();
  await screenshot(nora, 'inbound-applicant-thread');

  // The manager sees the reply and approves.
  await manager.reload();
  await manager.getByTestId('thread-messages').getByText('we run webinars monthly').waitFor();
  await manager.getByRole('button', { name: 'Approve', exact: true }).click();
  await manager.getByRole('dialog', { name: 'Approve 1 application?' }).getByRole('button', { name: 'Approve', exact: true }).click();
  await manager.getByText('1 application approved', { exact: false }).waitFor();

  // The new partner sees the program on their dashboard; the partnership is in All Partners.
  await nora.goto(`${app.baseUrl}/partner`);
  await nora.getByTestId('partner-program').filter({ hasText: 'Acme' }).waitFor();
  await screenshot(nora, 'inbound-partner-dashboard');
  await manager.goto(`${app.baseUrl}/programs/acme/partners?q=northwind`);
  await manager.getByRole('link', { name: 'Northwind Media' }).waitFor();
  await screenshot(manager, 'inbound-all-partners');

  assert.deepEqual([...managerProblems, ...noraProblems], []);
});
