import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FileChooser } from 'playwright-core';
import { appAndBrowserForFile, screenshot, signInThroughMailbox, watchConsole } from './support';

const running = appAndBrowserForFile();

/**
 * A PartnerStack-shaped export: its headers map on their own except "Region", which holds the
 * program's required Geography and needs the manager's mapping. Line 5 has a bad email and line 6
 * a group the program does not have. Generated rows after them make the run take several batches,
 * so its progress can be watched.
 */
const HEAD = [
  'Partner_first,Partner_last,Partner_email,partner_key,Partner_group,Partner_company,Region,Affiliate ID,Notes',
  'Lena,Fischer,lena@fischer.example,lenafischer,Resellers,Fischer Media,Europe,ps_101,Met at SaaStr',
  'Omar,Haddad,omar@haddad.example,,Default,Haddad & Co,North America,ps_102,',
  'Priya,Raman,priya@raman.example,priyaraman,,Raman Labs,APAC,ps_103,"Webinar partner, since 2021"',
  'Bad,Email,not-an-email,,Default,Nowhere Inc,Europe,ps_104,',
  'Una,Known,una@known.example,,Platinum,Known Ltd,Europe,ps_105,',
];
const GENERATED = Number(process.env.IMPORTS_TEST_ROWS ?? 10_000);
const GOOD = 3 + GENERATED;

function writeFixture(dir: string): string {
  const lines = [...HEAD];
  for (let n = 1; n <= GENERATED; n++) {
    const id = String(n).padStart(4, '0');
    lines.push(`Bulk${id},Partner,bulk${id}@bulk.example,,,Bulk ${id} GmbH,Europe,ps_b${id},`);
  }
  const file = path.join(dir, 'partnerstack-export.csv');
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

test('a manager uploads a partner export, maps a column, reads the problems, runs it to the end and downloads the failed rows', async (t) => {
  const { app, browser } = running;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imports-browser-'));
  const fixture = writeFixture(dir);
  const empty = path.join(dir, 'empty.csv');
  fs.writeFileSync(empty, '');

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = watchConsole(page);
  // Listening from the start turns Playwright's file-chooser interception on before any click.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  await signInThroughMailbox(page, app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');

  // No imports yet: the page offers the upload and says the size limit.
  await page.getByRole('link', { name: 'Imports' }).click();
  await page.waitForURL('**/programs/acme/imports');
  await page.getByText('No imports yet').waitFor();
  await page.getByText('CSV up to 50 MB', { exact: false }).waitFor();
  await screenshot(page, 'imports-1-empty');

  // A bad file is refused inline with the reader's message, from the keyboard-reachable button.
  const choose = page.getByRole('button', { name: 'Choose a CSV file' });
  await choose.focus();
  await page.keyboard.press('Enter');
  for (const deadline = Date.now() + 10_000; choosers.length === 0; await page.waitForTimeout(100)) assert.ok(Date.now() < deadline, 'Enter on the button opens the file picker');
  await choosers[0].setFiles(empty);
  await page.getByTestId('upload-error').getByText('The file is empty', { exact: false }).waitFor();
  await screenshot(page, 'imports-2-bad-file');
  // Dropped on the zone: an image is refused as not text.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])], 'logo.png', { type: 'image/png' }));
    return transfer;
  });
  await page.getByTestId('upload-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await page.getByText('logo.png cannot be imported.').waitFor();
  assert.match((await page.getByTestId('upload-error').textContent()) ?? '', /not text/);

  // The real file: uploaded with a progress bar, then its own page opens on the draft.
  await page.getByLabel('CSV file to import').setInputFiles(fixture);
  await page.waitForURL(/\/programs\/acme\/imports\/[^/]+$/);
  const importUrl = page.url();
  await page.getByTestId('mapping-table').waitFor();
  const facts = page.getByTestId('file-facts');
  await facts.getByText((GOOD + 2).toLocaleString('en-GB'), { exact: true }).waitFor();
  await facts.getByText('comma (,)').waitFor();
  assert.match((await page.getByTestId('unmapped-columns').textContent()) ?? '', /Region/);
  const region = page.getByLabel('Region', { exact: true });
  assert.equal(await region.inputValue(), '', 'Region is not a header the importer knows');
  assert.equal(await page.getByLabel('Partner_email', { exact: true }).inputValue(), 'email');
  assert.equal(await page.getByLabel('Affiliate ID', { exact: true }).inputValue(), 'externalId');
  // Until Region is mapped every row lacks the required Geography.
  await page.getByTestId('preview-problem').filter({ hasText: 'Geography is required' }).first().waitFor();
  assert.match((await page.getByTestId('required-unmapped').textContent()) ?? '', /Geography is required and no column is imported as it/);
  await screenshot(page, 'imports-3-draft-detected');

  // Map Region to Geography: the preview is checked again and only the two bad rows remain.
  await region.selectOption('customField:geography');
  await page.getByText('Checking every row with your changes…').waitFor({ state: 'detached' });
  await page.getByTestId('preview-fail').getByText('2', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('required-unmapped').count(), 0);
  const listed = page.getByTestId('preview-problem');
  assert.equal(await listed.count(), 2);
  assert.match((await listed.nth(0).textContent()) ?? '', /Line 5.*Partner_email.*"not-an-email" is not a valid email address/);
  assert.match((await listed.nth(1).textContent()) ?? '', /Line 6.*Partner_group.*no group "Platinum"/);
  assert.equal(await page.getByTestId('preview-create').textContent(), GOOD.toLocaleString('en-GB'));
  assert.equal(await page.getByRole('link', { name: 'Download problem rows (CSV)' }).count(), 1);
  const first = page.getByTestId('preview-row').first();
  assert.match((await first.textContent()) ?? '', /Lena Fischer.*lenafischer.*Resellers.*Geography:\s*Europe/);

  // A quiet import: nobody is emailed, as the confirmation says.
  await page.getByLabel('Import quietly').check();
  await page.getByText('Checking every row with your changes…').waitFor({ state: 'detached' });
  await screenshot(page, 'imports-4-draft-mapped');
  await page.getByRole('button', { name: 'Start import' }).click();
  const dialog = page.getByRole('dialog', { name: `Import ${GOOD.toLocaleString('en-GB')} partners?` });
  await dialog.waitFor();
  assert.match((await dialog.getByTestId('start-summary').textContent()) ?? '', new RegExp(`${GOOD.toLocaleString('en-GB')} partners will be created`));
  assert.match((await dialog.getByTestId('start-summary').textContent()) ?? '', /2 rows with problems will not be imported/);
  assert.match((await dialog.getByTestId('start-emails').textContent()) ?? '', /Nobody is emailed/);
  await screenshot(page, 'imports-5-start-dialog');
  await dialog.getByRole('button', { name: 'Start import' }).click();

  // The progress bar shows from the start (queued, at 0) and only moves forward, up to the end; then the report.
  const seen: number[] = [];
  const report = page.getByTestId('import-report');
  const bar = page.getByRole('progressbar', { name: /^Progress of / });
  for (const deadline = Date.now() + 120_000; !(await report.isVisible()); ) {
    assert.ok(Date.now() < deadline, 'the import ends within 2 minutes');
    const value = await bar.getAttribute('value', { timeout: 100 }).catch(() => null);
    if (value !== null) {
      if (seen.length === 0 || (Number(value) > 0 && seen.at(-1) === 0)) await screenshot(page, Number(value) > 0 ? 'imports-6-running' : 'imports-6-queued');
      seen.push(Number(value));
    }
    await page.waitForTimeout(150);
  }
  t.diagnostic(`progress values seen while it ran: ${[...new Set(seen)].join(', ')}`);
  assert.ok(seen.length > 0, 'the progress bar showed while the import was under way');
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'the progress only moves forward');
  // At the end the report's bar is full.
  const total = String(GOOD + 2);
  assert.equal(await report.getByRole('progressbar').getAttribute('value'), total);
  assert.equal(await report.getByRole('progressbar').getAttribute('max'), total);
  assert.match((await report.textContent()) ?? '', new RegExp(`${(GOOD + 2).toLocaleString('en-GB')} of ${(GOOD + 2).toLocaleString('en-GB')} rows processed`));
  assert.equal(await page.getByTestId('report-created').textContent(), GOOD.toLocaleString('en-GB'));
  assert.equal(await page.getByTestId('report-failed').textContent(), '2');
  assert.equal(await page.getByTestId('report-skipped').textContent(), '0');
  await screenshot(page, 'imports-7-report');

  // The failed rows come back as they were, with a reason column, to be fixed and imported again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download failed rows (CSV)' }).click()]);
  const saved = path.join(dir, download.suggestedFilename() || 'failed.csv');
  await download.saveAs(saved);
  const rows = parse(fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  assert.equal(rows.length, 2);
  const reasonColumn = Object.keys(rows[0]).find((k) => /reason/i.test(k));
  assert.ok(reasonColumn, `a reason column among ${Object.keys(rows[0]).join(', ')}`);
  assert.equal(rows[0].Partner_email, 'not-an-email');
  assert.match(rows[0][reasonColumn], /not a valid email address/);
  assert.equal(rows[1].Partner_email, 'una@known.example');
  assert.match(rows[1][reasonColumn], /Platinum/);

  // The list shows it completed with its counts; the imported partnership says where it came from.
  await page.goto(`${app.baseUrl}/programs/acme/imports`);
  const row = page.getByTestId('import-row').filter({ hasText: 'partnerstack-export.csv' });
  await row.getByText('Completed').waitFor();
  assert.match((await row.getByTestId('import-counts').textContent()) ?? '', new RegExp(`${GOOD.toLocaleString('en-GB')} created .* 2 failed`));
  await screenshot(page, 'imports-8-list');
  await page.goto(`${app.baseUrl}/programs/acme/partners?q=fischer`);
  await page.getByRole('link', { name: 'Fischer Media' }).click();
  await page.waitForURL(/\/programs\/acme\/partners\/[^/]+$/);
  await page.getByTestId('partnership-source').getByText('Imported').waitFor();
  assert.equal(await page.getByTestId('partnership-external-id').textContent(), 'ps_101');
  assert.equal(await page.getByTestId('partnership-notes').textContent(), 'Met at SaaStr');
  await screenshot(page, 'imports-9-partnership');

  // The import page keeps its report.
  await page.goto(importUrl);
  await page.getByTestId('import-report').waitFor();

  // The same file again: the page says it was imported before, and nobody would be imported twice.
  await page.goto(`${app.baseUrl}/programs/acme/imports`);
  await page.getByLabel('CSV file to import').setInputFiles(fixture);
  await page.waitForURL((url) => /\/programs\/acme\/imports\/[^/]+$/.test(url.pathname) && url.toString() !== importUrl);
  await page.getByTestId('imported-before').waitFor();
  await page.getByLabel('Region', { exact: true }).selectOption('customField:geography');
  await page.getByTestId('preview-skip').getByText(GOOD.toLocaleString('en-GB'), { exact: true }).waitFor();
  assert.equal(await page.getByTestId('preview-create').textContent(), '0');
  await page.getByText('Checking every row with your changes…').waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('button', { name: 'Start import' }).isDisabled(), true);
  await screenshot(page, 'imports-10-imported-before');

  // The two refused uploads answered 400, which the browser logs; nothing else went wrong.
  const refused = /\/programs\/acme\/imports: console error: Failed to load resource: the server responded with a status of 400/;
  assert.equal(problems.filter((p) => refused.test(p)).length, 2, problems.join('\n'));
  assert.deepEqual(problems.filter((p) => !refused.test(p)), []);
  fs.rmSync(dir, { recursive: true, force: true });
});
