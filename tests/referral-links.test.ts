import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { clicks, groups, links, programs } from '../src/server/db/schema';
import { newJoinToken } from '../src/server/groups/rules';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { startTestApp, type TestApp } from './support/app';
import { createProgramWithManager } from './support/factories';
import { insertPartnership } from './support/partners';

const LinksPartnership = graphql(`
  query TestLinksPartnership($id: ID!) {
    partnership(id: $id) { partnerKey referralUrl clickCount keyAliases }
  }
`);

const LinksUpdatePartnership = graphql(`
  mutation TestLinksUpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership { partnerKey keyAliases referralUrl }
      userErrors { field message code }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function visit(slug: string, key: string, headers: Record<string, string> = {}) {
  return followLink(new Request(`http://localhost:3000/r/${slug}/${key}`, { headers }), { params: Promise.resolve({ program: slug, key }) });
}

async function clicksOf(partnershipId: string) {
  return app.db.select().from(clicks).where(eq(clicks.partnershipId, partnershipId)).orderBy(clicks.id);
}

async function programWithGroup(linkParameters?: string) {
  const ctx = await createProgramWithManager(app.db);
  if (linkParameters !== undefined) await app.db.update(programs).set({ linkParameters }).where(eq(programs.id, ctx.program.id));
  const [landing] = await app.db
    .insert(groups)
    .values({ programId: ctx.program.id, name: 'Landing', joinToken: newJoinToken(), destinationUrl: 'https://shop.example/partners?lang=en' })
    .returning();
  return { ...ctx, landing };
}

describe('referral links: active partnerships', () => {
  it("redirects to the group's destination with the program's link parameters and a click id, and records the click", async () => {
    const ctx = await programWithGroup('utm_source=partners&utm_content={partner_key}');
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'rosalind', groupId: ctx.landing.id });

    const res = await visit(ctx.program.slug, 'rosalind', { referer: 'https://blog.example/post', 'user-agent': 'Mozilla/5.0 test' });
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe('https://shop.example/partners');
    const xid = location.searchParams.get('ps_xid');
    expect(xid).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(Object.fromEntries(location.searchParams)).toEqual({ lang: 'en', utm_source: 'partners', utm_content: 'rosalind', ps_xid: xid });

    const recorded = await clicksOf(p.partnership.id);
    expect(recorded).toEqual([
      expect.objectContaining({ clickId: xid, programId: ctx.program.id, referrer: 'https://blog.example/post', userAgent: 'Mozilla/5.0 test' }),
    ]);
    const [defaultLink] = await app.db.select().from(links).where(eq(links.partnershipId, p.partnership.id));
    expect(recorded[0].linkId).toBe(defaultLink.id);

    // Every visit is its own click.
    const again = new URL((await visit(ctx.program.slug, 'rosalind')).headers.get('location')!).searchParams.get('ps_xid');
    expect(again).not.toBe(xid);
    expect((await clicksOf(p.partnership.id)).map((c) => c.clickId)).toEqual([xid, again]);
  });

  it("goes to the program's website when the group has no destination, with the default parameters", async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'webonly' });
    const res = await visit(ctx.program.slug, 'webonly');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://program.example/');
    expect(location.searchParams.get('ps_partner_key')).toBe('webonly');
    expect(location.searchParams.get('ps_xid')).toBe((await clicksOf(p.partnership.id))[0].clickId);
  });

  it('finds the partnership whatever the case of the key in the address', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'mixedcase' });
    const res = await visit(ctx.program.slug, 'MixedCase');
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('ps_partner_key')).toBe('mixedcase');
    expect(await clicksOf(p.partnership.id)).toHaveLength(1);
  });

  it('shows the referral URL and counts attributed clicks on the partnership', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'counted' });
    const before = await app.gql(LinksPartnership, { id: p.id }, { cookie: ctx.cookie });
    expect(before.data?.partnership).toEqual({ partnerKey: 'counted', referralUrl: `http://localhost:3000/r/${ctx.program.slug}/counted`, clickCount: 0, keyAliases: [] });
    for (let i = 0; i < 3; i++) expect((await visit(ctx.program.slug, 'counted')).status).toBe(302);
    const after = await app.gql(LinksPartnership, { id: p.id }, { cookie: ctx.cookie });
    expect(after.data?.partnership?.clickCount).toBe(3);
    // The referral URL is the route itself.
    const path = new URL(after.data!.partnership!.referralUrl).pathname.split('/');
    expect((await visit(path[2], path[3])).status).toBe(302);
  });
});

describe('referral links: not found', () => {
  it.each([
    ['an unknown key', (slug: string) => [slug, 'nobodyhere']],
    ['an unknown program', () => ['no-such-program', 'known']],
    ['a key with characters keys never have', (slug: string) => [slug, 'known..']],
    ['an over-long key', (slug: string) => [slug, 'k'.repeat(61)]],
  ])('answers %s with a 404 page and records nothing', async (_what, where) => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'known' });
    const [slug, key] = where(ctx.program.slug);
    const res = await visit(slug, key);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('<title>Link not found</title>');
    expect(await clicksOf(p.partnership.id)).toEqual([]);
  });

  it("does not resolve one program's key under another program's slug", async () => {
    const a = await createProgramWithManager(app.db);
    const b = await createProgramWithManager(app.db);
    await insertPartnership(app.db, a.program.id, { key: 'onlyina' });
    expect((await visit(a.program.slug, 'onlyina')).status).toBe(302);
    expect((await visit(b.program.slug, 'onlyina')).status).toBe(404);
  });
});

describe('referral links: old keys', () => {
  it('keeps an old key working as an alias that redirects with the new key, attributed to the same partnership', async () => {
    const ctx = await programWithGroup('ref={partner_key}');
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'janedoe', groupId: ctx.landing.id });
    const res = await app.gql(LinksUpdatePartnership, { input: { partnershipId: p.id, partnerKey: 'jdpartner' } }, { cookie: ctx.cookie });
    expect(res.data?.updatePartnership).toEqual({
      partnership: { partnerKey: 'jdpartner', keyAliases: ['janedoe'], referralUrl: `http://localhost:3000/r/${ctx.program.slug}/jdpartner` },
      userErrors: [],
    });

    for (const key of ['janedoe', 'jdpartner']) {
      const link = await visit(ctx.program.slug, key);
      expect(link.status).toBe(302);
      const params = new URL(link.headers.get('location')!).searchParams;
      expect(params.get('ref')).toBe('jdpartner');
      expect(params.get('ps_xid')).toBeTruthy();
    }
    expect(await clicksOf(p.partnership.id)).toHaveLength(2);
    const shown = await app.gql(LinksPartnership, { id: p.id }, { cookie: ctx.cookie });
    expect(shown.data?.partnership).toMatchObject({ clickCount: 2, keyAliases: ['janedoe'] });
  });
});

describe('referral links: partnerships that are not active', () => {
  it.each(['PENDING_CLAIM', 'PENDING_APPROVAL', 'DECLINED'] as const)('redirects a %s partnership to the destination without attribution', async (status) => {
    const ctx = await programWithGroup('utm_content={partner_key}');
    const p = await insertPartnership(app.db, ctx.program.id, { key: `notyet${status.length}`, status, groupId: ctx.landing.id });
    const res = await visit(ctx.program.slug, p.partnership.partnerKey);
    expect(res.status).toBe(302);
    // The destination's own query stays; no partner key, no click id.
    expect(res.headers.get('location')).toBe('https://shop.example/partners?lang=en');
    expect(await clicksOf(p.partnership.id)).toEqual([]);
    const [{ n }] = await app.db.select({ n: sql<number>`count(*)::int` }).from(clicks).where(eq(clicks.programId, ctx.program.id));
    expect(n).toBe(0);
  });

  it('answers 404 for a deactivated link even while the partnership is active', async () => {
    const ctx = await createProgramWithManager(app.db);
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'switchedoff' });
    await app.db.update(links).set({ deactivatedAt: new Date() }).where(eq(links.partnershipId, p.partnership.id));
    expect((await visit(ctx.program.slug, 'switchedoff')).status).toBe(404);
    expect(await clicksOf(p.partnership.id)).toEqual([]);
  });
});
