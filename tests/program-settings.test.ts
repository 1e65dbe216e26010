import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, emailOutbox, invites, programs } from '../src/server/db/schema';
import { emailFrom, queueEmail, queueEmailToMany } from '../src/server/email/outbox';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import type { UpdateProgramSettingsInput } from '../src/gql/graphql';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createClaimedPartner, emailsTo, insertPartnership, stateDigest } from './support/partners';

const SettingsUpdate = graphql(`
  mutation TestSettingsUpdate($input: UpdateProgramSettingsInput!) {
    updateProgramSettings(input: $input) {
      program { id name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }
      userErrors { field message code }
    }
  }
`);

const SettingsRead = graphql(`
  query TestSettingsRead($slug: String!) {
    program(slug: $slug) { name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }
  }
`);

const SettingsCreateApiKey = graphql(`
  mutation TestSettingsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret userErrors { field message code } }
  }
`);

const SettingsAddPartner = graphql(`
  mutation TestSettingsAddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) { partnership { id } userErrors { field message code } }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

async function update(ctx: Ctx, input: Omit<UpdateProgramSettingsInput, 'programId'>, caller: Caller = { cookie: ctx.cookie }) {
  const res = await app.gql(SettingsUpdate, { input: { programId: ctx.programId, ...input } }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.updateProgramSettings;
}

async function programRow(id: string) {
  const [row] = await app.db.select().from(programs).where(eq(programs.id, id));
  return row;
}

function visit(slug: string, key: string) {
  return followLink(new Request(`http://localhost:3000/r/${slug}/${key}`), { params: Promise.resolve({ program: slug, key }) });
}

describe('updateProgramSettings', () => {
  it('changes every setting, returns them, and records what changed', async () => {
    const ctx = await createProgramWithManager(app.db);
    const payload = await update(ctx, {
      name: '  Acme Partners  ',
      websiteUrl: 'https://acme.example/',
      linkParameters: 'ref={partner_key}&utm_source=partners',
      inviteExpiryDays: 30,
      senderName: 'Acme Partner Team',
      declineReasons: ['Not a fit right now', '  Please fill in the full form when reapplying  '],
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.program).toMatchObject({
      name: 'Acme Partners',
      websiteUrl: 'https://acme.example/',
      linkParameters: 'ref={partner_key}&utm_source=partners',
      inviteExpiryDays: 30,
      senderName: 'Acme Partner Team',
      declineReasons: ['Not a fit right now', 'Please fill in the full form when reapplying'],
    });
    const read = await app.gql(SettingsRead, { slug: ctx.program.slug }, { cookie: ctx.cookie });
    expect(read.data!.program).toEqual(expect.objectContaining({ senderName: 'Acme Partner Team', inviteExpiryDays: 30 }));
    const [event] = await app.db.select().from(auditEvents).where(eq(auditEvents.action, 'program.settings_updated')).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect(event).toMatchObject({ programId: ctx.program.id, actorUserId: ctx.manager.id });
    expect(event.data).toMatchObject({ before: { name: 'Test Program', inviteExpiryDays: 14, senderName: null }, after: { name: 'Acme Partners', inviteExpiryDays: 30 } });

    // Only what is given changes; an empty sender name means "the program's name".
    const partial = await update(ctx, { senderName: '' });
    expect(partial.program).toMatchObject({ name: 'Acme Partners', senderName: null, inviteExpiryDays: 30 });
  });

  it('refuses each bad value naming its field, and changes nothing', async () => {
    const ctx = await createProgramWithManager(app.db);
    const before = await stateDigest(app.db);
    const row = await programRow(ctx.program.id);
    const cases: [Omit<UpdateProgramSettingsInput, 'programId'>, string[], string][] = [
      [{ name: '  ' }, ['name'], 'Enter the program name'],
      [{ name: 'x'.repeat(81) }, ['name'], '80'],
      [{ websiteUrl: 'acme.example' }, ['websiteUrl'], 'https://'],
      [{ websiteUrl: 'javascript:alert(1)' }, ['websiteUrl'], 'https://'],
      [{ linkParameters: 'utm_source=partners' }, ['linkParameters'], 'Include {partner_key}'],
      [{ linkParameters: 'ref={partner_id}' }, ['linkParameters'], '{partner_id} is not a shortcode'],
      [{ linkParameters: 'ref={partner_key' }, ['linkParameters'], 'is not a shortcode'],
      [{ linkParameters: '?ref={partner_key}' }, ['linkParameters'], 'leading "?"'],
      [{ linkParameters: 'ref={partner_key}&broken' }, ['linkParameters'], '"broken" is not a name=value pair'],
      [{ linkParameters: 'ref={partner_key}&a b=c' }, ['linkParameters'], 'not a parameter name'],
      [{ linkParameters: 'ref={partner_key}&x=<b>' }, ['linkParameters'], 'letters, digits'],
      [{ linkParameters: '' }, ['linkParameters'], 'Enter the parameters'],
      [{ inviteExpiryDays: 0 }, ['inviteExpiryDays'], 'at least 1 day'],
      [{ inviteExpiryDays: 91 }, ['inviteExpiryDays'], 'at most 90 days'],
      [{ senderName: 'Acme "Partners"' }, ['senderName'], 'quotes'],
      [{ senderName: 'Acme <evil@x.example>' }, ['senderName'], 'angle brackets'],
      [{ senderName: 'Acme\r\nBcc: victim@x.example' }, ['senderName'], 'line breaks'],
      [{ declineReasons: [] }, ['declineReasons'], 'at least one'],
      [{ declineReasons: Array.from({ length: 11 }, (_, i) => `Reason ${i}`) }, ['declineReasons'], 'at most 10'],
      [{ declineReasons: ['ok', 'x'.repeat(201)] }, ['declineReasons', '1'], '200'],
      [{ declineReasons: ['ok', '   '] }, ['declineReasons', '1'], 'cannot be empty'],
      [{ declineReasons: ['Not a fit', 'not a fit'] }, ['declineReasons', '1'], 'twice'],
    ];
    for (const [input, field, message] of cases) {
      const payload = await update(ctx, { name: 'Should not stick', ...input });
      expect(payload.program).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) })]);
    }
    // A fractional day count is refused by GraphQL itself (Int).
    const fractional = await app.gql(SettingsUpdate, { input: { programId: ctx.programId, inviteExpiryDays: 1.5 } }, { cookie: ctx.cookie });
    expect(fractional.errors?.[0].message).toMatch(/Int/);
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await programRow(ctx.program.id)).toEqual(row);
  });

  it('another program’s manager and API key get NOT_FOUND, a partner member FORBIDDEN; the program’s own API key may', async () => {
    const ctx = await createProgramWithManager(app.db);
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const partner = await createClaimedPartner(app.db, 'Settings Partner', [{ email: `owner-${Date.now()}@settings.example`, level: 'OWNER' }]);
    const row = await programRow(ctx.program.id);
    for (const [caller, code] of [
      [{ cookie: other.cookie }, 'NOT_FOUND'],
      [{ bearer: otherKey.secret }, 'NOT_FOUND'],
      [{ cookie: partner.members.OWNER.cookie }, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ] as [Caller, string][]) {
      const res = await app.gql(SettingsUpdate, { input: { programId: ctx.programId, name: 'Taken over' } }, caller);
      expect(res.errors?.[0].extensions?.code).toBe(code);
    }
    expect(await programRow(ctx.program.id)).toEqual(row);
    const own = await createApiKeyFor(app.db, ctx.program.id);
    expect((await update(ctx, { inviteExpiryDays: 7 }, { bearer: own.secret })).program!.inviteExpiryDays).toBe(7);
  });
});

describe('what the settings drive', () => {
  it('referral redirects use the new link parameters from the next visit on', async () => {
    const ctx = await createProgramWithManager(app.db);
    await insertPartnership(app.db, ctx.program.id, { key: 'janedoe' });
    const first = new URL((await visit(ctx.program.slug, 'janedoe')).headers.get('location')!);
    expect(first.searchParams.get('ps_partner_key')).toBe('janedoe');
    expect((await update(ctx, { websiteUrl: 'https://acme.example/landing?lang=en', linkParameters: 'ref={partner_key}&via=partner_{partner_key}' })).userErrors).toEqual([]);
    const after = new URL((await visit(ctx.program.slug, 'janedoe')).headers.get('location')!);
    expect(`${after.origin}${after.pathname}`).toBe('https://acme.example/landing');
    expect(Object.fromEntries(after.searchParams)).toEqual({ lang: 'en', ref: 'janedoe', via: 'partner_janedoe', ps_xid: expect.any(String) });
  });

  it("program emails go out under the sender name, or the program's name, made safe for the From header", async () => {
    const ctx = await createProgramWithManager(app.db);
    const address = (from: string) => from.slice(from.indexOf('<'));
    const newestFrom = async () => (await emailsTo(app.db, ctx.manager.email))[0].fromAddress;

    await update(ctx, { senderName: 'Acme Partner Team' });
    expect((await app.gql(SettingsCreateApiKey, { input: { programId: ctx.programId, name: 'one' } }, { cookie: ctx.cookie })).data!.createApiKey.userErrors).toEqual([]);
    const named = await newestFrom();
    expect(named).toMatch(/^"Acme Partner Team" <[^<>"]+@[^<>"]+>$/);

    // No sender name: the program's name, cleaned of what would break the header.
    await update(ctx, { senderName: '' });
    await app.db.update(programs).set({ name: 'Acme "Best" <Partners>\nBcc: x@y' }).where(eq(programs.id, ctx.program.id));
    await app.gql(SettingsCreateApiKey, { input: { programId: ctx.programId, name: 'two' } }, { cookie: ctx.cookie });
    const fallback = await newestFrom();
    expect(fallback).toBe(`"Acme Best Partners Bcc: x@y" ${address(named)}`);

    // Bulk queueing (one statement for many recipients) uses it too.
    await update(ctx, { senderName: 'Bulk Sender' });
    await app.db.transaction((tx) =>
      queueEmailToMany(tx, sql`select ${ctx.manager.email}::text`, { template: 'test', subject: 'Hello', html: '<p>Hi</p>', text: 'Hi' }, ctx.program.id),
    );
    expect(await newestFrom()).toBe(`"Bulk Sender" ${address(named)}`);

    // Emails of no program (sign-in and the like) keep the platform's From.
    const id = await app.db.transaction((tx) => queueEmail(tx, 'someone@else.example', { template: 'test', subject: 'Sign in', html: '<p>Hi</p>', text: 'Hi' }));
    const [platform] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(platform.fromAddress).toBe(emailFrom());
  });

  it('invites sent after a change expire after the new number of days', async () => {
    const ctx = await createProgramWithManager(app.db);
    await update(ctx, { inviteExpiryDays: 3 });
    const added = await app.gql(SettingsAddPartner, { input: { programId: ctx.programId, email: `invitee-${Date.now()}@p.example`, firstName: 'In', lastName: 'Vitee', companyName: 'Invitee Co' } }, { cookie: ctx.cookie });
    expect(added.data!.addPartner.userErrors).toEqual([]);
    const [invite] = await app.db.select().from(invites).where(eq(invites.programId, ctx.program.id));
    const days = (invite.expiresAt!.getTime() - invite.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(3, 2);
  });
});
