import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appAndBrowserForFile, signInThroughMailbox } from './support';

/**
 * The upload route on the production server: Next copies the body of every request its proxy
 * (src/proxy.ts) sees and cuts it at 10 MB, so the route is outside the proxy's matcher. A 12 MB
 * file must arrive whole, as a raw body and as a form; the GraphQL body stays capped at 1 MB.
 */
const running = appAndBrowserForFile();

const rows = 200_000;
const big = `Email,First Name,Last Name,Company\n${Array.from({ length: rows }, (_, i) => `p${i}@big.example,First${i},Last${i},Company number ${i} with a longer name`).join('\n')}\n`;

test('a file over 10 MB uploads whole, raw and as multipart, with a manager’s session', async () => {
  assert.ok(Buffer.byteLength(big) > 10 * 1024 * 1024);
  const context = await running.browser.newContext();
  const page = await context.newPage();
  await signInThroughMailbox(page, running.app.baseUrl, 'manager@acme.example');
  await page.waitForURL('**/programs/acme/partners');
  const url = `${running.app.baseUrl}/api/programs/acme/imports`;

  const raw = await context.request.post(`${url}?filename=big.csv`, { headers: { 'content-type': 'text/csv' }, data: big });
  assert.equal(raw.status(), 201, await raw.text());
  const rawBody = await raw.json();
  assert.equal(rawBody.import.totalRows, rows);
  assert.equal(rawBody.import.byteSize, Buffer.byteLength(big));
  assert.equal(raw.headers()['x-frame-options'], 'DENY');

  const form = await context.request.post(url, { multipart: { file: { name: 'form.csv', mimeType: 'text/csv', buffer: Buffer.from(big) } } });
  assert.equal(form.status(), 201, await form.text());
  assert.deepEqual([(await form.json()).import.filename, (await form.json()).import.totalRows], ['form.csv', rows]);

  const anonymous = await fetch(`${url}?filename=x.csv`, { method: 'POST', body: 'Email\na@b.example\n' });
  assert.equal(anonymous.status, 401);

  const graphql = await fetch(`${running.app.baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($csv: String!) { __typename }', variables: { csv: big.slice(0, 2 * 1024 * 1024) } }),
  });
  assert.equal(graphql.status, 413);
  await context.close();
});
