import { and, asc, eq, inArray } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { auditEvents, clicks, emailOutbox, groups, partnerMembers, partnershipGroupHistory, partnerships } from '../src/server/db/schema';
import { newJoinToken } from '../src/server/groups/rules';
import { toGlobalId } from '../src/server/shared/ids';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { emailsTo, insertPartnership, stateDigest } from './support/partners';

const MovePartnerGroup = graphql(`
  mutation TestMovePartnerGroup($input: MovePartnerGroupInput!) {
    movePartnerGroup(input: $input) {
      movedCount
      group { id name partnershipCount }
      userErrors { field message code }
    }
  }
`);

const MoveUpdateGroup = graphql(`
  mutation TestMoveUpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      group { id welcomeEmailSubject welcomeEmailBody }
      userErrors { field message code }
    }
  }
`);

const MovePartnership = graphql(`
  query TestMovePartnership($id: ID!) {
    partnership(id: $id) {
      group { id name }
      activity { action summary }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

async function setup(destinationUrl: string | null = 'https://program.example/resellers') {
  const ctx = await createProgramWithManager(app.db, { name: 'Moving Program' });
  const [defaultGroup] = await app.db.select().from(groups).where(eq(groups.programId, ctx.program.id));
  const [resellers] = await app.db.insert(groups).values({ programId: ctx.program.id, name: 'Resellers', joinToken: newJoinToken(), destinationUrl }).returning();
  return { ...ctx, defaultGroup, resellers, resellersId: toGlobalId('Group', resellers.id) };
}

function move(ctx: Ctx, selection: Record<string, unknown>, groupId: string, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(MovePartnerGroup, { input: { selection: { programId: ctx.programId, ...selection }, groupId } }, caller);
}

function visit(slug: string, key: string) {
  return followLink(new Request(`http://localhost:3000/r/${slug}/${key}`), { params: Promise.resolve({ program: slug, key }) });
}

async function historyOf(partnershipId: string) {
  return app.db.select().from(partnershipGroupHistory).where(eq(partnershipGroupHistory.partnershipId, partnershipId)).orderBy(asc(partnershipGroupHistory.joinedAt), asc(partnershipGroupHistory.leftAt));
}

describe('movePartnerGroup', () => {
  it('moves the selected partnerships, closes their old group history and opens the new one', async () => {
    const ctx = await setup();
    const a = await insertPartnership(app.db, ctx.program.id, { key: 'mova' });
    const b = await insertPartnership(app.db, ctx.program.id, { key: 'movb', status: 'PENDING_CLAIM' });
    const stay = await insertPartnership(app.db, ctx.program.id, { key: 'stays' });

    const res = await move(ctx, { partnershipIds: [a.id, b.id] }, ctx.resellersId);
    expect(res.errors).toBeUndefined();
    expect(res.data?.movePartnerGroup).toEqual({ movedCount: 2, group: { id: ctx.resellersId, name: 'Resellers', partnershipCount: 2 }, userErrors: [] });

    for (const p of [a, b]) {
      const [row] = await app.db.select().from(partnerships).where(eq(partnerships.id, p.partnership.id));
      expect(row.groupId).toBe(ctx.resellers.id);
      const history = await historyOf(p.partnership.id);
      expect(history).toHaveLength(2);
      const [old, current] = history;
      expect(old).toMatchObject({ groupId: ctx.defaultGroup.id });
      expect(old.leftAt).toBeInstanceOf(Date);
      expect(current).toMatchObject({ groupId: ctx.resellers.id, leftAt: null });
      expect(current.joinedAt.getTime()).toBe(old.leftAt!.getTime());
      const shown = await app.gql(MovePartnership, { id: p.id }, { cookie: ctx.cookie });
      expect(shown.data?.partnership?.group).toEqual({ id: ctx.resellersId, name: 'Resellers' });
      expect(shown.data?.partnership?.activity[0]).toEqual({ action: 'partnership.moved', summary: 'Moved to the group Resellers' });
    }
    const [stayRow] = await app.db.select().from(partnerships).where(eq(partnerships.id, stay.partnership.id));
    expect(stayRow.groupId).toBe(ctx.defaultGroup.id);
    expect(await historyOf(stay.partnership.id)).toEqual([expect.objectContaining({ groupId: ctx.defaultGroup.id, leftAt: null })]);

    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'partnership.moved')));
    expect(events.map((e) => e.partnershipId).sort()).toEqual([a.partnership.id, b.partnership.id].sort());
    expect(events[0]).toMatchObject({ actorUserId: ctx.manager.id, data: { groupId: ctx.resellers.id, group: 'Resellers' } });

    // Moving back closes the second row and opens a third.
    const back = await move(ctx, { partnershipIds: [a.id] }, toGlobalId('Group', ctx.defaultGroup.id));
    expect(back.data?.movePartnerGroup.movedCount).toBe(1);
    const history = await historyOf(a.partnership.id);
    expect(history.map((h) => [h.groupId, h.leftAt === null])).toEqual([
      [ctx.defaultGroup.id, false],
      [ctx.resellers.id, false],
      [ctx.defaultGroup.id, true],
    ]);
  });

  it("queues the group's welcome email to each moved active partnership's primary contact, and not to pending ones", async () => {
    const ctx = await setup();
    const set = await app.gql(
      MoveUpdateGroup,
      { input: { groupId: ctx.resellersId, welcomeEmailSubject: 'Welcome, resellers', welcomeEmailBody: 'Your new links are ready.\n\nSell <b>more</b>.' } },
      { cookie: ctx.cookie },
    );
    expect(set.data?.updateGroup.userErrors).toEqual([]);
    const tag = Date.now();
    const active1 = await insertPartnership(app.db, ctx.program.id, { email: `a1-${tag}@p.example` });
    const active2 = await insertPartnership(app.db, ctx.program.id, { email: `a2-${tag}@p.example` });
    const claim = await insertPartnership(app.db, ctx.program.id, { email: `c-${tag}@p.example`, status: 'PENDING_CLAIM' });
    const approval = await insertPartnership(app.db, ctx.program.id, { email: `ap-${tag}@p.example`, status: 'PENDING_APPROVAL' });
    const notMoved = await insertPartnership(app.db, ctx.program.id, { email: `nm-${tag}@p.example` });
    // A second member of an active partner is not the primary contact: no email for them.
    await app.db.insert(partnerMembers).values({ partnerId: active1.partnerId, email: `team-${tag}@p.example`, firstName: 'Team', status: 'ACTIVE', accessLevel: 'ADMIN' });

    const res = await move(ctx, { partnershipIds: [active1.id, active2.id, claim.id, approval.id] }, ctx.resellersId);
    expect(res.data?.movePartnerGroup.movedCount).toBe(4);

    for (const p of [active1, active2]) {
      const mails = await emailsTo(app.db, p.member!.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ template: 'group-welcome', subject: 'Welcome, resellers', programId: ctx.program.id, status: 'PENDING' });
      expect(mails[0].text).toContain('Your new links are ready.');
      expect(mails[0].text).toContain('Sell <b>more</b>.');
      expect(mails[0].html).toContain('Sell &lt;b&gt;more&lt;/b&gt;.');
      expect(mails[0].html).not.toContain('<b>more</b>');
    }
    for (const p of [claim, approval, notMoved]) expect(await emailsTo(app.db, p.member!.email)).toEqual([]);
    expect(await emailsTo(app.db, `team-${tag}@p.example`)).toEqual([]);
  });

  it('queues no email when the group has no welcome email', async () => {
    const ctx = await setup();
    const p = await insertPartnership(app.db, ctx.program.id);
    const before = await app.db.select().from(emailOutbox);
    expect((await move(ctx, { partnershipIds: [p.id] }, ctx.resellersId)).data?.movePartnerGroup.movedCount).toBe(1);
    expect(await app.db.select().from(emailOutbox)).toHaveLength(before.length);
  });

  it("sends the moved partners' links to the new group's destination", async () => {
    const ctx = await setup('https://program.example/resellers');
    const p = await insertPartnership(app.db, ctx.program.id, { key: 'linkmover' });
    const before = new URL((await visit(ctx.program.slug, 'linkmover')).headers.get('location')!);
    expect(before.origin + before.pathname).toBe('https://program.example/');

    await move(ctx, { partnershipIds: [p.id] }, ctx.resellersId);
    const after = new URL((await visit(ctx.program.slug, 'linkmover')).headers.get('location')!);
    expect(after.origin + after.pathname).toBe('https://program.example/resellers');
    expect(after.searchParams.get('ps_partner_key')).toBe('linkmover');
    expect(after.searchParams.get('ps_xid')).toBeTruthy();
    expect(await app.db.select().from(clicks).where(eq(clicks.partnershipId, p.partnership.id))).toHaveLength(2);
  });

  it('counts only partnerships that change group: moving to their own group does nothing', async () => {
    const ctx = await setup();
    const a = await insertPartnership(app.db, ctx.program.id, { groupId: ctx.resellers.id });
    const b = await insertPartnership(app.db, ctx.program.id);
    await app.gql(MoveUpdateGroup, { input: { groupId: ctx.resellersId, welcomeEmailSubject: 'Hi', welcomeEmailBody: 'Welcome' } }, { cookie: ctx.cookie });

    const digest = await stateDigest(app.db);
    const same = await move(ctx, { partnershipIds: [a.id] }, ctx.resellersId);
    expect(same.data?.movePartnerGroup).toMatchObject({ movedCount: 0, userErrors: [] });
    expect(await stateDigest(app.db)).toEqual(digest);
    expect(await historyOf(a.partnership.id)).toHaveLength(1);
    expect(await emailsTo(app.db, a.member!.email)).toEqual([]);

    const mixed = await move(ctx, { partnershipIds: [a.id, b.id] }, ctx.resellersId);
    expect(mixed.data?.movePartnerGroup.movedCount).toBe(1);
    expect(await historyOf(a.partnership.id)).toHaveLength(1);
    expect(await historyOf(b.partnership.id)).toHaveLength(2);
    expect(await emailsTo(app.db, a.member!.email)).toEqual([]);
    expect(await emailsTo(app.db, b.member!.email)).toHaveLength(1);
  });

  it('moves every partnership matching a filter, and never removed ones', async () => {
    const ctx = await setup();
    const pending = [];
    for (let i = 0; i < 3; i++) pending.push(await insertPartnership(app.db, ctx.program.id, { status: 'PENDING_CLAIM' }));
    const active = await insertPartnership(app.db, ctx.program.id);
    const removed = await insertPartnership(app.db, ctx.program.id, { status: 'PENDING_CLAIM' });
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, removed.partnership.id));

    const res = await move(ctx, { allMatching: true, filter: { statuses: ['PENDING_CLAIM'] } }, ctx.resellersId);
    expect(res.data?.movePartnerGroup.movedCount).toBe(3);
    const rows = await app.db
      .select({ id: partnerships.id, groupId: partnerships.groupId })
      .from(partnerships)
      .where(inArray(partnerships.id, [...pending, active, removed].map((p) => p.partnership.id)));
    const groupOf = Object.fromEntries(rows.map((r) => [r.id, r.groupId]));
    for (const p of pending) expect(groupOf[p.partnership.id]).toBe(ctx.resellers.id);
    expect(groupOf[active.partnership.id]).toBe(ctx.defaultGroup.id);
    expect(groupOf[removed.partnership.id]).toBe(ctx.defaultGroup.id);
    expect((await move(ctx, { partnershipIds: [removed.id] }, ctx.resellersId)).data?.movePartnerGroup.movedCount).toBe(0);
  });

  it('refuses a group of another program, or no group at all, with a userError and changes nothing', async () => {
    const ctx = await setup();
    const other = await setup();
    const p = await insertPartnership(app.db, ctx.program.id);
    const theirs = await insertPartnership(app.db, other.program.id);
    const digest = await stateDigest(app.db);
    for (const groupId of [other.resellersId, 'not-a-group', toGlobalId('Partnership', p.partnership.id)]) {
      const res = await move(ctx, { partnershipIds: [p.id] }, groupId);
      expect(res.errors).toBeUndefined();
      expect(res.data?.movePartnerGroup).toEqual({ movedCount: 0, group: null, userErrors: [{ field: ['groupId'], message: 'Choose a group of this program.', code: 'INVALID' }] });
    }
    // Ids of another program's partnerships are not moved, even into one of our groups.
    const res = await move(ctx, { partnershipIds: [theirs.id] }, ctx.resellersId);
    expect(res.data?.movePartnerGroup.movedCount).toBe(0);
    const empty = await move(ctx, { partnershipIds: [] }, ctx.resellersId);
    expect(empty.data?.movePartnerGroup.userErrors).toEqual([expect.objectContaining({ field: ['selection', 'partnershipIds'] })]);
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('lets an API key of the program move partners, and hides the program from anyone else', async () => {
    const ctx = await setup();
    const p = await insertPartnership(app.db, ctx.program.id);
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const digest = await stateDigest(app.db);
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const res = await move(ctx, { partnershipIds: [p.id] }, ctx.resellersId, caller);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await move(ctx, { partnershipIds: [p.id] }, ctx.resellersId, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stateDigest(app.db)).toEqual(digest);

    const { secret, apiKey } = await createApiKeyFor(app.db, ctx.program.id);
    const res = await move(ctx, { partnershipIds: [p.id] }, ctx.resellersId, { bearer: secret });
    expect(res.data?.movePartnerGroup.movedCount).toBe(1);
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.partnershipId, p.partnership.id), eq(auditEvents.action, 'partnership.moved')));
    expect(event).toMatchObject({ actorApiKeyId: apiKey.id, actorUserId: null });
  });
});
