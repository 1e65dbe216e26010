import { toGlobalId } from '../src/server/shared/ids';
import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { apiKeys, customFieldDefinitions, groups, partnerships } from '../src/server/db/schema';
import { seedGeneratedPartnerships } from '../src/server/db/seed';
import { EXPORT_BATCH_SIZE } from '../src/server/exports/partnerships-csv';
import { newJoinToken } from '../src/server/groups/rules';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { callerHeaders, startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createClaimedPartner, insertPartnership, parseCsv } from './support/partners';

const ExportRemovePartners = graphql(`
  mutation TestExportRemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) { removedCount userErrors { field message code } }
  }
`);

const ExportUrl = graphql(`
  query TestExportUrl($slug: String!) {
    program(slug: $slug) { exportUrl }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function download(slug: string, caller: Caller | Record<string, string> = {}) {
  const headers = 'cookie' in caller || 'bearer' in caller ? callerHeaders(caller as Caller) : (caller as Record<string, string>);
  return exportCsv(new Request(`http://localhost:3000/api/programs/${slug}/partners.csv`, { headers }), { params: Promise.resolve({ slug }) });
}

async function csvOf(slug: string, caller: Caller) {
  const response = await download(slug, caller);
  expect(response.status).toBe(200);
  const text = await response.text();
  const [header, ...rows] = parseCsv(text);
  return { response, text, header, rows, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const BASE = Date.now() - 3_600_000;
const at = (minutes: number) => new Date(BASE + minutes * 60_000);

describe('partner export', () => {
  let ctx: Awaited<ReturnType<typeof createProgramWithManager>>;
  let made: Record<string, Awaited<ReturnType<typeof insertPartnership>>>;

  beforeAll(async () => {
    ctx = await createProgramWithManager(app.db);
    const id = ctx.program.id;
    await app.db.insert(customFieldDefinitions).values([
      { programId: id, entity: 'PARTNERSHIP', key: 'vip', label: 'VIP', type: 'BOOLEAN', position: 4 },
      { programId: id, entity: 'PARTNERSHIP', key: 'tier', label: 'Tier', type: 'SELECT', options: ['Gold', 'Silver'], position: 1 },
      { programId: id, entity: 'PARTNERSHIP', key: 'seats', label: 'Seats', type: 'NUMBER', position: 3 },
      { programId: id, entity: 'PARTNERSHIP', key: 'notes', label: 'Notes', type: 'TEXT', position: 2 },
      { programId: id, entity: 'MEMBER', key: 'linkedin', label: 'LinkedIn', type: 'TEXT', position: 1 },
    ]);
    const [resellers] = await app.db.insert(groups).values({ programId: id, name: 'Resellers', joinToken: newJoinToken() }).returning();
    made = {
      acme: await insertPartnership(app.db, id, {
        key: 'acmekey',
        partnerName: 'Acme, "Best" Partners',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@acme.example',
        programManagerId: ctx.manager.id,
        customFieldValues: { tier: 'Gold', notes: '=1+1', seats: 12, vip: true },
        createdAt: at(1),
      }),
      evil: await insertPartnership(app.db, id, {
        key: 'evilkey',
        partnerName: '=HYPERLINK("http://evil.example","click")',
        firstName: '@SUM(A1)',
        lastName: '',
        email: 'evil@evil.example',
        status: 'PENDING_CLAIM',
        groupId: resellers.id,
        customFieldValues: { notes: '+cmd|calc', seats: -3 },
        createdAt: at(2),
      }),
      gone: await insertPartnership(app.db, id, { key: 'gonekey', partnerName: 'Gone\nLimited', createdAt: at(3) }),
      fraud: await insertPartnership(app.db, id, { key: 'fraudkey', partnerName: 'Fraud Ltd', createdAt: at(4) }),
    };
    for (let i = 0; i < 2; i++) {
      const res = await followLink(new Request(`http://localhost:3000/r/${ctx.program.slug}/acmekey`), { params: Promise.resolve({ program: ctx.program.slug, key: 'acmekey' }) });
      expect(res.status).toBe(302);
    }
    await followLink(new Request(`http://localhost:3000/r/${ctx.program.slug}/fraudkey`), { params: Promise.resolve({ program: ctx.program.slug, key: 'fraudkey' }) });
    const remove = (partnershipIds: string[], deactivateLinks: boolean) =>
      app.gql(ExportRemovePartners, { input: { selection: { programId: ctx.programId, partnershipIds }, deactivateLinks } }, { cookie: ctx.cookie });
    expect((await remove([made.gone.id], false)).data?.removePartners.removedCount).toBe(1);
    expect((await remove([made.fraud.id], true)).data?.removePartners.removedCount).toBe(1);
  });

  it('gives a manager one row per partnership, removed ones included, with their history facts', async () => {
    const { response, text, header, records } = await csvOf(ctx.program.slug, { cookie: ctx.cookie });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${ctx.program.slug}-partners-${new Date().toISOString().slice(0, 10)}.csv"`);
    expect(text.endsWith('\r\n')).toBe(true);
    // Partnership custom fields in their order; member fields are not columns.
    expect(header).toEqual([
      'partnership_id',
      'partner',
      'primary_contact_name',
      'primary_contact_email',
      'status',
      'invited',
      'group',
      'program_manager',
      'partner_key',
      'tier',
      'notes',
      'seats',
      'vip',
      'clicks',
      'source',
      'created_at',
      'approved_at',
      'removed_at',
      'links_deactivated_at',
    ]);
    // Oldest first.
    expect(records.map((r) => r.partner_key)).toEqual(['acmekey', 'evilkey', 'gonekey', 'fraudkey']);

    const rows = await app.db.select().from(partnerships).where(eq(partnerships.programId, ctx.program.id));
    const db = Object.fromEntries(rows.map((r) => [r.partnerKey, r]));
    expect(records[0]).toEqual({
      partnership_id: toGlobalId('Partnership', made.acme.partnership.id),
      partner: 'Acme, "Best" Partners',
      primary_contact_name: 'Ada Lovelace',
      primary_contact_email: 'ada@acme.example',
      status: 'ACTIVE',
      invited: 'false',
      group: 'Default',
      program_manager: ctx.manager.email,
      partner_key: 'acmekey',
      tier: 'Gold',
      notes: "'=1+1",
      seats: '12',
      vip: 'true',
      clicks: '2',
      source: 'IMPORT',
      created_at: at(1).toISOString(),
      approved_at: at(1).toISOString(),
      removed_at: '',
      links_deactivated_at: '',
    });
    expect(records[1]).toMatchObject({ status: 'PENDING_CLAIM', invited: 'true', group: 'Resellers', program_manager: '', tier: '', vip: '', clicks: '0', approved_at: '' });
    expect(records[2]).toMatchObject({ partner: 'Gone\nLimited', status: 'REMOVED', removed_at: db.gonekey.removedAt!.toISOString(), links_deactivated_at: '' });
    // A removed partnership keeps its clicks from before the removal.
    expect(records[3]).toMatchObject({
      partner: 'Fraud Ltd',
      status: 'REMOVED',
      clicks: '1',
      removed_at: db.fraudkey.removedAt!.toISOString(),
      links_deactivated_at: db.fraudkey.linksDeactivatedAt!.toISOString(),
    });
  });

  it('quotes cells with commas, quotes and line breaks, and neutralises cells a spreadsheet would run as formulas', async () => {
    const { text, records } = await csvOf(ctx.program.slug, { cookie: ctx.cookie });
    expect(text).toContain(',"Acme, ""Best"" Partners",');
    expect(text).toContain(',"Gone\nLimited",');
    expect(records[2].partner).toBe('Gone\nLimited');
    const evil = records[1];
    expect(evil.partner).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(evil.primary_contact_name).toBe("'@SUM(A1)");
    expect(evil.notes).toBe("'+cmd|calc");
    // A negative number is a number, not a formula.
    expect(evil.seats).toBe('-3');
    // No cell of any row starts with a formula character, numbers aside.
    for (const record of records) for (const value of Object.values(record)) if (!/^-?\d+(\.\d+)?$/.test(value)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives an API key of the program the same export', async () => {
    const asManager = await csvOf(ctx.program.slug, { cookie: ctx.cookie });
    const { secret } = await createApiKeyFor(app.db, ctx.program.id);
    const asKey = await csvOf(ctx.program.slug, { bearer: secret });
    expect(asKey.text).toBe(asManager.text);
    const url = await app.gql(ExportUrl, { slug: ctx.program.slug }, { bearer: secret });
    expect(url.data?.program?.exportUrl).toBe(`http://localhost:3000/api/programs/${ctx.program.slug}/partners.csv`);
  });

  it('answers 404 to other programs’ managers and keys, partners and anonymous callers; 401 to a bad API key', async () => {
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const revoked = await createApiKeyFor(app.db, ctx.program.id, 'Old');
    await app.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, revoked.apiKey.id));
    const partner = await createClaimedPartner(app.db, 'Curious Partner', [{ email: `curious-${Date.now()}@p.example`, level: 'OWNER' }]);
    await insertPartnership(app.db, ctx.program.id, { partnerId: partner.partner.id, key: 'curious' });

    const notFound = { error: { code: 'NOT_FOUND', message: 'Program not found.' } };
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }, { cookie: partner.members.OWNER.cookie }, {}, { cookie: 'authjs.session-token=expired-or-made-up' }]) {
      const res = await download(ctx.program.slug, caller);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(notFound);
    }
    expect((await download('no-such-program', { cookie: ctx.cookie })).status).toBe(404);

    for (const headers of [{ authorization: `Bearer ${revoked.secret}` }, { authorization: 'Bearer not-a-key' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
      const res = await download(ctx.program.slug, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('partner export: more rows than one batch', () => {
  it(`exports every partnership exactly once across batches of ${EXPORT_BATCH_SIZE}, also when creation times tie`, async () => {
    const ctx = await createProgramWithManager(app.db);
    const n = 2 * EXPORT_BATCH_SIZE + 321;
    await seedGeneratedPartnerships(app.db, ctx.program.slug, n);
    // Some removed ones are exported too.
    await app.db.execute(sql`update partnerships set status = 'REMOVED', removed_at = now() where program_id = ${ctx.program.id} and partner_key like '%7'`);
    // In uuid order (the keyset's tie-break), as the export's opaque ids.
    const ids = (await app.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.programId, ctx.program.id)))
      .map((r) => r.id)
      .sort()
      .map((id) => toGlobalId('Partnership', id));
    expect(ids).toHaveLength(n);

    const check = async () => {
      const { records } = await csvOf(ctx.program.slug, { cookie: ctx.cookie });
      const exported = records.map((r) => r.partnership_id);
      expect(exported).toHaveLength(n);
      expect(new Set(exported).size).toBe(n);
      expect([...exported].sort()).toEqual([...ids].sort());
      expect(records.filter((r) => r.status === 'REMOVED').length).toBe(records.filter((r) => r.partner_key.endsWith('7')).length);
      return records;
    };
    const records = await check();
    const times = records.map((r) => r.created_at);
    expect([...times].sort()).toEqual(times);

    // Thousands of rows created in the same millisecond: the keyset must break ties by id across batches.
    await app.db.update(partnerships).set({ createdAt: new Date('2025-01-01T00:00:00.000Z') }).where(eq(partnerships.programId, ctx.program.id));
    const tied = await check();
    expect(tied.map((r) => r.partnership_id)).toEqual(ids);
  }, 180_000);
});
