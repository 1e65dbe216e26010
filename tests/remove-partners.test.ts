import { and, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, clicks, customFieldDefinitions, invites, links, partnerKeys, partnerships } from '../src/server/db/schema';
import { seedGeneratedPartnerships } from '../src/server/db/seed';
import { fromGlobalId, toGlobalId } from '../src/server/shared/ids';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { auditActionsFor, countRows, createClaimedPartner, insertPartnership, inviteTokenFor, parseCsv, stateDigest } from './support/partners';

const RemovePartners = graphql(`
  mutation TestRemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) {
      removedCount
      userErrors { field message code }
    }
  }
`);

const RemoveList = graphql(`
  query TestRemoveList($programId: ID!) {
    partnerships(programId: $programId, first: 100) {
      totalCount
      edges { node { id partnerKey } }
    }
  }
`);

const RemovePartnership = graphql(`
  query TestRemovePartnership($id: ID!) {
    partnership(id: $id) {
      id
      status
      partnerKey
      removedAt
      linksDeactivatedAt
      invites { email status }
      activity { action summary actor }
    }
  }
`);

const RemoveMyPartners = graphql(`
  query TestRemoveMyPartners {
    myPartners { partner { name } programs { partnershipId programName status } }
  }
`);

const RemoveAddPartner = graphql(`
  mutation TestRemoveAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership { id partnerKey status partner { id } }
      userErrors { field message code }
    }
  }
`);

const RemoveInviteLanding = graphql(`
  query TestRemoveInviteLanding($token: String!) {
    inviteLanding(token: $token) { status }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const NO_UUID = '00000000-0000-4000-8000-000000000000';

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

function visit(slug: string, key: string) {
  return followLink(new Request(`http://localhost:3000/r/${slug}/${key}`, { headers: { 'user-agent': 'jest' } }), { params: Promise.resolve({ program: slug, key }) });
}

async function listedKeys(ctx: Ctx): Promise<string[]> {
  const res = await app.gql(RemoveList, { programId: ctx.programId }, { cookie: ctx.cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.partnerships.edges.map((e) => e.node.partnerKey).sort();
}

async function remove(ctx: Ctx, selection: Record<string, unknown>, deactivateLinks: boolean, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(RemovePartners, { input: { selection: { programId: ctx.programId, ...selection }, deactivateLinks } }, caller);
}

async function exportRows(ctx: Ctx): Promise<Record<string, string>[]> {
  const response = await exportCsv(new Request(`http://localhost:3000/api/programs/${ctx.program.slug}/partners.csv`, { headers: { cookie: ctx.cookie } }), {
    params: Promise.resolve({ slug: ctx.program.slug }),
  });
  expect(response.status).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

async function clickCount(partnershipId: string): Promise<number> {
  const [{ n }] = await app.db.select({ n: sql<number>`count(*)::int` }).from(clicks).where(eq(clicks.partnershipId, partnershipId));
  return n;
}

describe('removePartners: selected partnerships', () => {
  it('removes them from All Partners; links keep redirecting but attribute nothing; history stays in the export', async () => {
    const ctx = await createProgramWithManager(app.db);
    const a = await insertPartnership(app.db, ctx.program.id, { key: 'alicekey' });
    const b = await insertPartnership(app.db, ctx.program.id, { key: 'bobkey', status: 'PENDING_CLAIM' });
    await insertPartnership(app.db, ctx.program.id, { key: 'keepkey' });
    // A click before the removal stays in the history.
    expect((await visit(ctx.program.slug, 'alicekey')).status).toBe(302);
    expect(await clickCount(a.partnership.id)).toBe(1);

    const res = await remove(ctx, { partnershipIds: [a.id, b.id] }, false);
    expect(res.errors).toBeUndefined();
    expect(res.data?.removePartners).toEqual({ removedCount: 2, userErrors: [] });
    expect(await listedKeys(ctx)).toEqual(['keepkey']);

    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, a.partnership.id));
    expect(row).toMatchObject({ status: 'REMOVED', linksDeactivatedAt: null });
    expect(row.removedAt).toBeInstanceOf(Date);
    const shown = await app.gql(RemovePartnership, { id: a.id }, { cookie: ctx.cookie });
    expect(shown.data?.partnership).toMatchObject({ status: 'REMOVED', removedAt: row.removedAt!.toISOString(), linksDeactivatedAt: null });
    expect(shown.data?.partnership?.activity[0]).toEqual({ action: 'partnership.removed', summary: 'Removed from the program; links still redirect', actor: 'Pat Manager' });

    const link = await visit(ctx.program.slug, 'alicekey');
    expect(link.status).toBe(302);
    expect(link.headers.get('location')).toBe('https://program.example/');
    expect(await clickCount(a.partnership.id)).toBe(1);
    const [defaultLink] = await app.db.select().from(links).where(eq(links.partnershipId, a.partnership.id));
    expect(defaultLink.deactivatedAt).toBeNull();

    const exported = await exportRows(ctx);
    expect(exported.map((r) => r.partner_key).sort()).toEqual(['alicekey', 'bobkey', 'keepkey']);
    const alice = exported.find((r) => r.partner_key === 'alicekey')!;
    expect(alice).toMatchObject({ status: 'REMOVED', removed_at: row.removedAt!.toISOString(), links_deactivated_at: '', clicks: '1' });
    expect(exported.find((r) => r.partner_key === 'keepkey')).toMatchObject({ status: 'ACTIVE', removed_at: '' });
  });

  it('with deactivateLinks, the links answer 404 and record nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const a = await insertPartnership(app.db, ctx.program.id, { key: 'fraudkey' });
    expect((await visit(ctx.program.slug, 'fraudkey')).status).toBe(302);

    const res = await remove(ctx, { partnershipIds: [a.id] }, true);
    expect(res.data?.removePartners).toEqual({ removedCount: 1, userErrors: [] });

    const link = await visit(ctx.program.slug, 'fraudkey');
    expect(link.status).toBe(404);
    expect(link.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await link.text()).toContain('This link is not available');
    expect(await clickCount(a.partnership.id)).toBe(1);

    const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, a.partnership.id));
    expect(row.linksDeactivatedAt).toBeInstanceOf(Date);
    const [defaultLink] = await app.db.select().from(links).where(eq(links.partnershipId, a.partnership.id));
    expect(defaultLink.deactivatedAt).toBeInstanceOf(Date);
    const [exported] = await exportRows(ctx);
    expect(exported).toMatchObject({ status: 'REMOVED', removed_at: row.removedAt!.toISOString(), links_deactivated_at: row.linksDeactivatedAt!.toISOString() });
    const shown = await app.gql(RemovePartnership, { id: a.id }, { cookie: ctx.cookie });
    expect(shown.data?.partnership?.activity[0].summary).toBe('Removed from the program; links deactivated');
  });

  it('takes the program away from the partner’s own view', async () => {
    const ctx = await createProgramWithManager(app.db, { name: 'Leaving Program' });
    const other = await createProgramWithManager(app.db, { name: 'Staying Program' });
    const claimed = await createClaimedPartner(app.db, 'Seen Co', [{ email: `owner-${Date.now()}@seen.example`, level: 'OWNER' }]);
    const here = await insertPartnership(app.db, ctx.program.id, { partnerId: claimed.partner.id, key: 'seenhere' });
    await insertPartnership(app.db, other.program.id, { partnerId: claimed.partner.id, key: 'seenthere' });
    const owner = { cookie: claimed.members.OWNER.cookie };
    const before = await app.gql(RemoveMyPartners, {}, owner);
    expect(before.data?.myPartners[0].programs.map((p) => p.programName)).toEqual(['Leaving Program', 'Staying Program']);

    await remove(ctx, { partnershipIds: [here.id] }, false);
    const after = await app.gql(RemoveMyPartners, {}, owner);
    expect(after.data?.myPartners[0].programs).toEqual([
      { partnershipId: expect.any(String), programName: 'Staying Program', status: 'ACTIVE' },
    ]);
  });

  it('writes one audit event per removed partnership, by the caller', async () => {
    const ctx = await createProgramWithManager(app.db);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await insertPartnership(app.db, ctx.program.id));
    const { secret, apiKey } = await createApiKeyFor(app.db, ctx.program.id, 'Cleanup script');
    const res = await remove(ctx, { partnershipIds: made.map((m) => m.id) }, true, { bearer: secret });
    expect(res.data?.removePartners.removedCount).toBe(3);
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'partnership.removed')));
    expect(events.map((e) => e.partnershipId).sort()).toEqual(made.map((m) => m.partnership.id).sort());
    for (const e of events) {
      expect(e).toMatchObject({ subjectType: 'Partnership', subjectId: e.partnershipId, actorApiKeyId: apiKey.id, actorUserId: null, data: { linksDeactivated: true } });
    }
  });

  it('refuses ids of another program, naming them, and skips partnerships already removed (count 0, nothing written)', async () => {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const theirs = await insertPartnership(app.db, other.program.id, { key: 'theirs' });
    const mine = await insertPartnership(app.db, ctx.program.id, { key: 'mine' });
    await remove(ctx, { partnershipIds: [mine.id] }, false);
    const digest = await stateDigest(app.db);

    // All or nothing: one id that is not this program's refuses the whole selection.
    const mixed = await remove(ctx, { partnershipIds: [theirs.id, mine.id] }, true);
    expect(mixed.data?.removePartners.userErrors).toEqual([
      { field: ['selection', 'partnershipIds', '0'], message: `${theirs.id} is not a partnership of this program.`, code: 'INVALID' },
    ]);
    // A repeat of an earlier removal is a no-op.
    const repeat = await remove(ctx, { partnershipIds: [mine.id] }, true);
    expect(repeat.data?.removePartners).toEqual({ removedCount: 0, userErrors: [] });
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await listedKeys(other)).toEqual(['theirs']);
    // The earlier removal kept its choice: links were not deactivated by the later calls.
    expect((await visit(ctx.program.slug, 'mine')).status).toBe(302);
  });

  it('hides the program from a manager or API key of another program (NOT_FOUND) and from anonymous callers', async () => {
    const ctx = await createProgramWithManager(app.db);
    const target = await insertPartnership(app.db, ctx.program.id, { key: 'guarded' });
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const digest = await stateDigest(app.db);
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const res = await remove(ctx, { partnershipIds: [target.id] }, true, caller);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ message: 'Program not found.', extensions: { code: 'NOT_FOUND' } });
    }
    // Naming their own program with our ids removes nothing either.
    const own = await app.gql(RemovePartners, { input: { selection: { programId: other.programId, partnershipIds: [target.id] }, deactivateLinks: true } }, { cookie: other.cookie });
    expect(own.data?.removePartners.removedCount).toBe(0);
    const anonymous = await remove(ctx, { partnershipIds: [target.id] }, true, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await listedKeys(ctx)).toEqual(['guarded']);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no selection at all', {}, ['selection', 'partnershipIds']],
    ['an empty list of ids', { partnershipIds: [] }, ['selection', 'partnershipIds']],
    ['ids and allMatching together', { partnershipIds: ['x'], allMatching: true }, ['selection', 'partnershipIds']],
    ['allMatching: false without ids', { allMatching: false, filter: { statuses: ['ACTIVE'] } }, ['selection', 'partnershipIds']],
    ['an id that is not an id', { partnershipIds: [toGlobalId('Partnership', NO_UUID), 'not-an-id'] }, ['selection', 'partnershipIds', '1']],
    ['a group id where a partnership id belongs', { partnershipIds: [toGlobalId('Group', NO_UUID)] }, ['selection', 'partnershipIds', '0']],
  ])('answers %s with a userError and removes nothing', async (_what, selection, field) => {
    const ctx = await createProgramWithManager(app.db);
    await insertPartnership(app.db, ctx.program.id, { key: 'survivor' });
    const digest = await stateDigest(app.db);
    const res = await remove(ctx, selection, false);
    expect(res.errors).toBeUndefined();
    expect(res.data?.removePartners.removedCount).toBe(0);
    expect(res.data?.removePartners.userErrors).toEqual([expect.objectContaining({ field })]);
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await listedKeys(ctx)).toEqual(['survivor']);
  });

  it('revokes the open invites of removed partnerships: their links stop working', async () => {
    const ctx = await createProgramWithManager(app.db);
    const email = `invitee-${Date.now()}@new.example`;
    const added = await app.gql(
      RemoveAddPartner,
      { input: { programId: ctx.programId, email, firstName: 'Ivy', lastName: 'Invitee', members: [{ email: `team-${email}`, firstName: 'Tim' }] } },
      { cookie: ctx.cookie },
    );
    const p = added.data!.addPartner.partnership!;
    const token = await inviteTokenFor(app.db, email);
    expect((await app.gql(RemoveInviteLanding, { token }, {})).data?.inviteLanding.status).toBe('VALID');
    const keepOpen = await insertPartnership(app.db, ctx.program.id, { status: 'PENDING_CLAIM' });
    const [otherInvite] = await app.db
      .insert(invites)
      .values({ kind: 'PARTNER_CLAIM', status: 'SENT', programId: ctx.program.id, partnershipId: keepOpen.partnership.id, partnerId: keepOpen.partnerId, memberId: keepOpen.member!.id, email: keepOpen.member!.email })
      .returning();

    const res = await remove(ctx, { partnershipIds: [p.id] }, false);
    expect(res.data?.removePartners.removedCount).toBe(1);
    const shown = await app.gql(RemovePartnership, { id: p.id }, { cookie: ctx.cookie });
    expect(shown.data?.partnership?.invites.map((i) => i.status)).toEqual(['REVOKED', 'REVOKED']);
    expect((await app.gql(RemoveInviteLanding, { token }, {})).data?.inviteLanding.status).toBe('NO_LONGER_VALID');
    const [untouched] = await app.db.select().from(invites).where(eq(invites.id, otherInvite.id));
    expect(untouched.status).toBe('SENT');
  });
});

describe('removePartners: all matching a filter', () => {
  it('removes exactly the partnerships the filter matches, in this program only', async () => {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    await app.db.insert(customFieldDefinitions).values({ programId: ctx.program.id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'] });
    const spec: [string, 'ACTIVE' | 'PENDING_CLAIM', string][] = [
      ['goldactive1', 'ACTIVE', 'Gold'],
      ['goldactive2', 'ACTIVE', 'Gold'],
      ['goldpending', 'PENDING_CLAIM', 'Gold'],
      ['silveractive', 'ACTIVE', 'Silver'],
    ];
    for (const [key, status, tier] of spec) await insertPartnership(app.db, ctx.program.id, { key, status, customFieldValues: { tier } });
    await insertPartnership(app.db, other.program.id, { key: 'goldactiveother', customFieldValues: { tier: 'Gold' } });
    const filter = { statuses: ['ACTIVE'], customFields: [{ key: 'tier', values: ['Gold'] }] };

    const res = await remove(ctx, { allMatching: true, filter }, false);
    expect(res.data?.removePartners).toEqual({ removedCount: 2, userErrors: [] });
    expect(await listedKeys(ctx)).toEqual(['goldpending', 'silveractive']);
    expect(await listedKeys(other)).toEqual(['goldactiveother']);

    // A search filter selects by search; all matching without a filter is the whole (remaining) program.
    expect((await remove(ctx, { allMatching: true, filter: { search: 'silver' } }, false)).data?.removePartners.removedCount).toBe(1);
    expect(await listedKeys(ctx)).toEqual(['goldpending']);
    expect((await remove(ctx, { allMatching: true }, false)).data?.removePartners.removedCount).toBe(1);
    expect(await listedKeys(ctx)).toEqual([]);
    expect(await listedKeys(other)).toEqual(['goldactiveother']);
    const bad = await remove(ctx, { allMatching: true, filter: { search: 'go' } }, false);
    expect(bad.data?.removePartners.userErrors).toEqual([{ field: ['selection', 'filter', 'search'], message: 'Type at least 3 characters to search.', code: 'INVALID' }]);
  });
});

describe('removePartners: re-adding a removed partner', () => {
  it('makes a new partnership with a new key; the old one keeps its history', async () => {
    const ctx = await createProgramWithManager(app.db);
    const email = `comeback-${Date.now()}@again.example`;
    const input = { programId: ctx.programId, email, firstName: 'Carl', lastName: 'Comeback' };
    const first = (await app.gql(RemoveAddPartner, { input }, { cookie: ctx.cookie })).data!.addPartner.partnership!;
    expect(first.partnerKey).toBe('carlcomeback');
    const oldId = fromGlobalId('Partnership', first.id)!;
    await remove(ctx, { partnershipIds: [first.id] }, false);
    const oldHistory = await auditActionsFor(app.db, oldId);
    expect(oldHistory).toEqual(['partnership.added', 'invite.sent', 'partnership.removed']);
    const [oldRow] = await app.db.select().from(partnerships).where(eq(partnerships.id, oldId));

    const again = await app.gql(RemoveAddPartner, { input }, { cookie: ctx.cookie });
    expect(again.data?.addPartner.userErrors).toEqual([]);
    const second = again.data!.addPartner.partnership!;
    expect(second.id).not.toBe(first.id);
    expect(second.partnerKey).toBe('carlcomeback2');
    expect(second.status).toBe('PENDING_CLAIM');
    expect(await listedKeys(ctx)).toEqual(['carlcomeback2']);

    // The old partnership is untouched: still removed, same row, same history, and its key still points to it.
    const [oldAfter] = await app.db.select().from(partnerships).where(eq(partnerships.id, oldId));
    expect(oldAfter).toEqual(oldRow);
    expect(await auditActionsFor(app.db, oldId)).toEqual(oldHistory);
    expect(await auditActionsFor(app.db, fromGlobalId('Partnership', second.id)!)).toEqual(['partnership.added', 'invite.sent']);
    const keys = await app.db.select().from(partnerKeys).where(eq(partnerKeys.programId, ctx.program.id));
    expect(Object.fromEntries(keys.map((k) => [k.key, toGlobalId('Partnership', k.partnershipId)]))).toEqual({ carlcomeback: first.id, carlcomeback2: second.id });
    const exported = await exportRows(ctx);
    expect(exported.map((r) => [r.partner_key, r.status])).toEqual([
      ['carlcomeback', 'REMOVED'],
      ['carlcomeback2', 'PENDING_CLAIM'],
    ]);
  });
});

describe('removePartners: many partnerships, all or nothing', () => {
  const COUNT = 12_000;

  it('rolls back everything when a statement fails midway, and removes all of them when nothing fails', async () => {
    const ctx = await createProgramWithManager(app.db);
    await seedGeneratedPartnerships(app.db, ctx.program.slug, COUNT);
    const before = await stateDigest(app.db);
    const auditBefore = await countRows(app.db, auditEvents);

    // The 7,000th removal (in the second batch of 5,000) fails.
    await app.db.execute(sql.raw(`create sequence test_remove_fail_seq`));
    await app.db.execute(
      sql.raw(`create function test_remove_fail() returns trigger language plpgsql as $$
        begin
          if new.status = 'REMOVED' and old.status <> 'REMOVED' and nextval('test_remove_fail_seq') >= 7000 then
            raise exception 'test: failing the 7000th removal';
          end if;
          return new;
        end $$`),
    );
    await app.db.execute(sql.raw(`create trigger test_remove_fail before update on partnerships for each row execute function test_remove_fail()`));
    const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await remove(ctx, { allMatching: true }, true);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toEqual(expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
      expect(errorSpy).toHaveBeenCalled();
      // It failed midway: the first batch of 5,000 and more of the second had been removed by then.
      const seq = await app.db.execute(sql.raw(`select last_value::int as n from test_remove_fail_seq`));
      const [{ n }] = (Array.isArray(seq) ? seq : (seq as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
      expect(n).toBe(7000);
    } finally {
      errorSpy.mockRestore();
      await app.db.execute(sql.raw(`drop trigger test_remove_fail on partnerships`));
      await app.db.execute(sql.raw(`drop function test_remove_fail()`));
      await app.db.execute(sql.raw(`drop sequence test_remove_fail_seq`));
    }
    // Not one partnership, link, invite or audit event changed.
    expect(await stateDigest(app.db)).toEqual(before);
    const [{ deactivated }] = await app.db
      .select({ deactivated: sql<number>`count(*)::int` })
      .from(links)
      .where(and(eq(links.programId, ctx.program.id), sql`${links.deactivatedAt} is not null`));
    expect(deactivated).toBe(0);
    const page = await app.gql(RemoveList, { programId: ctx.programId }, { cookie: ctx.cookie });
    expect(page.data?.partnerships.totalCount).toBeGreaterThan(10_000);

    const ok = await remove(ctx, { allMatching: true }, false);
    expect(ok.data?.removePartners).toEqual({ removedCount: COUNT, userErrors: [] });
    const [{ removed }] = await app.db
      .select({ removed: sql<number>`count(*)::int` })
      .from(partnerships)
      .where(and(eq(partnerships.programId, ctx.program.id), eq(partnerships.status, 'REMOVED')));
    expect(removed).toBe(COUNT);
    expect(await countRows(app.db, auditEvents)).toBe(auditBefore + COUNT);
    expect((await app.gql(RemoveList, { programId: ctx.programId }, { cookie: ctx.cookie })).data?.partnerships.totalCount).toBe(0);
  }, 180_000);
});
