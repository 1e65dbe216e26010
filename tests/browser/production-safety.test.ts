import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { appAndBrowserForFile, screenshot, signInThroughMailbox, startApp, watchConsole as watch } from './support';

const running = appAndBrowserForFile();

function assertSecurityHeaders(response: Response | null, where: string): void {
  assert.ok(response, `${where} answered`);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/, `${where} has a nonce CSP`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${where}: no unsafe script sources in production`);
  assert.match(csp, /frame-ancestors 'none'/, `${where} cannot be framed`);
  assert.equal(headers['x-frame-options'], 'DENY', `${where} X-Frame-Options`);
  assert.equal(headers['x-content-type-options'], 'nosniff', `${where} nosniff`);
  assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', `${where} Referrer-Policy`);
  assert.equal(headers['strict-transport-security'], undefined, `${where}: no HSTS over plain HTTP`);
}

/** Opens `path`, checks its headers, waits for it to settle, and returns it for more checks. */
async function visit(page: Page, path: string, name: string): Promise<void> {
  const response = await page.goto(`${running.app.baseUrl}${path}`);
  assertSecurityHeaders(response, path);
  await page.waitForLoadState('networkidle');
  await screenshot(page, `csp-${name}`);
}

async function gql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${running.app.baseUrl}/api/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('every page loads under the Content-Security-Policy with no console errors', async () => {
  const managerContext = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const manager = await managerContext.newPage();
  const problems = watch(manager);

  await visit(manager, '/signin', 'signin');
  await signInThroughMailbox(manager, running.app.baseUrl, 'manager@acme.example');
  await manager.waitForURL('**/programs/acme/partners');
  await manager.getByTestId('partner-row').first().waitFor();

  const { program } = await gql<{ program: { id: string; groups: { edges: { node: { joinUrl: string } }[] } } }>(
    managerContext,
    '{ program(slug: "acme") { id groups { edges { node { joinUrl } } } } }',
  );
  const { partnerships } = await gql<{ partnerships: { edges: { node: { id: string } }[] } }>(
    managerContext,
    'query($id: ID!) { partnerships(programId: $id, first: 1) { edges { node { id } } } }',
    { id: program.id },
  );
  const partnershipId = partnerships.edges[0].node.id;

  for (const [path, name] of [
    ['/programs/acme/partners', 'all-partners'],
    ['/programs/acme/partners?search=north', 'all-partners-search'],
    ['/programs/acme/partners/new', 'add-partner'],
    [`/programs/acme/partners/${encodeURIComponent(partnershipId)}`, 'partner-detail'],
    ['/programs/acme/groups', 'groups'],
    ['/programs/acme/applications', 'applications'],
    ['/programs/acme/imports', 'imports'],
    ['/programs/acme/settings', 'settings'],
    ['/dev/mailbox', 'mailbox'],
    ['/signin/check-email', 'check-email'],
    ['/signin/error?error=Verification', 'signin-error'],
  ] as const) {
    await visit(manager, path, name);
  }

  // The partner detail's tabs and the actions menu run client code under the policy too.
  await visit(manager, `/programs/acme/partners/${encodeURIComponent(partnershipId)}`, 'partner-detail-again');
  await manager.getByRole('tab', { name: /Invites/ }).click();
  await manager.getByRole('tab', { name: /Activity/ }).click();

  // An email as the mailbox shows it: framed, styled, scriptless.
  await visit(manager, '/dev/mailbox', 'mailbox-list');
  await manager.getByTestId('mailbox-item').first().click();
  await manager.waitForURL('**/dev/mailbox/*');
  const frame = manager.frameLocator('iframe[title="Rendered email"]');
  await frame.getByRole('heading', { name: 'Sign in to Partnerly' }).waitFor();
  await screenshot(manager, 'csp-mailbox-message');

  // A join link, opened by someone signed out.
  const visitor = await (await running.browser.newContext()).newPage();
  const visitorProblems = watch(visitor);
  const joinPath = new URL(program.groups.edges[0].node.joinUrl).pathname;
  await visit(visitor, joinPath, 'join-link');
  await visit(visitor, '/invite/not-a-real-token', 'invite-unknown');

  // The partner's own area.
  const partner = await (await running.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const partnerProblems = watch(partner);
  await signInThroughMailbox(partner, running.app.baseUrl, 'owner@northwind.example');
  await partner.waitForURL('**/partner');
  for (const [path, name] of [
    ['/partner', 'partner-dashboard'],
    ['/partner/team', 'partner-team'],
    ['/partner/profile', 'partner-profile'],
  ] as const) {
    await visit(partner, path, name);
  }

  assert.deepEqual([...problems, ...visitorProblems, ...partnerProblems], []);
});

test('the opted-in mailbox says loudly that it is open on a production server', async () => {
  assert.match(running.app.output(), /WARNING: DEV_MAILBOX=on in production/);
  const page = await running.browser.newPage();
  await page.goto(`${running.app.baseUrl}/dev/mailbox`);
  await page.getByTestId('mailbox-production-banner').waitFor();
  assert.match((await page.getByTestId('mailbox-production-banner').textContent()) ?? '', /anyone who can open this page can read/);
  await screenshot(page, 'mailbox-opted-in');
});

test('a path with a malformed percent-escape is a 400 page, not a 500', async () => {
  for (const path of ['/invite/%E0%A4%A', '/join/%E0%A4%A', '/r/acme/%E0%A4%A', '/programs/%E0%A4%A/partners', '/dev/mailbox/%ZZ']) {
    const response = await fetch(`${running.app.baseUrl}${path}`);
    assert.equal(response.status, 400, path);
    assert.match(await response.text(), /This address is not valid/);
    assert.ok(response.headers.get('content-security-policy'), `${path} still has its security headers`);
  }
});

test('a production start without an email provider serves no mailbox and says sign-in emails cannot be sent', async () => {
  // No AUTH_URL either, as behind a TLS-terminating proxy: Auth.js then trusts x-forwarded-proto.
  const bare = await startApp({ env: { DEV_MAILBOX: undefined, AUTH_URL: undefined } });
  try {
    assert.match(bare.output(), /Email is not being delivered/);
    assert.equal((await fetch(`${bare.baseUrl}/dev/mailbox`)).status, 404);
    const page = await running.browser.newPage();
    await page.goto(`${bare.baseUrl}/signin`);
    await page.getByTestId('sign-in-unavailable').waitFor();
    assert.match((await page.getByTestId('sign-in-unavailable').textContent()) ?? '', /Sign-in emails cannot be sent on this server/);
    assert.equal(await page.getByRole('button', { name: 'Email me a sign-in link' }).count(), 0);
    await screenshot(page, 'signin-no-email-provider');

    // The plain HTTP flow is refused by the server too: nothing is queued for anyone to read.
    const csrfResponse = await fetch(`${bare.baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const cookie = csrfResponse.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const signIn = await fetch(`${bare.baseUrl}/api/auth/signin/email`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email: 'manager@acme.example', csrfToken, callbackUrl: '/' }),
    });
    assert.notEqual(signIn.status, 500);
    assert.doesNotMatch(signIn.headers.get('location') ?? '', /check-email/);

    // Behind HTTPS: HSTS, and Auth.js's cookies (the session cookie among them) are Secure.
    const secure = await fetch(`${bare.baseUrl}/signin`, { headers: { 'x-forwarded-proto': 'https' } });
    assert.match(secure.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
    assert.match(secure.headers.get('content-security-policy') ?? '', /upgrade-insecure-requests/);
    const secureCsrf = await fetch(`${bare.baseUrl}/api/auth/csrf`, { headers: { 'x-forwarded-proto': 'https' } });
    const cookies = secureCsrf.headers.getSetCookie();
    assert.ok(cookies.length > 0, 'Auth.js sets its cookies');
    for (const setCookie of cookies) {
      assert.match(setCookie, /;\s*Secure/i, `${setCookie.split('=')[0]} is Secure`);
      assert.match(setCookie, /^__(Secure|Host)-/, `${setCookie.split('=')[0]} carries the secure prefix`);
    }
  } finally {
    await bare.stop();
  }
});
