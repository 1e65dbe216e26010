import { and, eq } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { applications, auditEvents, groups, partnerships } from '../src/server/db/schema';
import { fromGlobalId, toGlobalId } from '../src/server/shared/ids';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { insertPartnership, stateDigest } from './support/partners';
import type { UpdateGroupInput } from '../src/gql/graphql';

const GroupSettingsCreate = graphql(`
  mutation TestGroupSettingsCreate($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group { id }
      userErrors { field message code }
    }
  }
`);

const GroupSettingsUpdate = graphql(`
  mutation TestGroupSettingsUpdate($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      group { id name isDefault joinUrl destinationUrl commissionRate applicationFormEnabled welcomeEmailSubject welcomeEmailBody partnershipCount }
      userErrors { field message code }
    }
  }
`);

const GroupSettingsRegenerate = graphql(`
  mutation TestGroupSettingsRegenerate($input: GroupIdInput!) {
    regenerateGroupJoinLink(input: $input) {
      group { id joinUrl }
      userErrors { field message code }
    }
  }
`);

const GroupSettingsDelete = graphql(`
  mutation TestGroupSettingsDelete($input: GroupIdInput!) {
    deleteGroup(input: $input) {
      group { id name }
      userErrors { field message code }
    }
  }
`);

const GroupSettingsMove = graphql(`
  mutation TestGroupSettingsMove($input: MovePartnerGroupInput!) {
    movePartnerGroup(input: $input) { movedCount userErrors { field message code } }
  }
`);

const GroupSettingsList = graphql(`
  query TestGroupSettingsList($programId: ID!) {
    groups(programId: $programId) { totalCount edges { node { id name isDefault } } }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Ctx = Awaited<ReturnType<typeof createProgramWithManager>>;

async function withGroup(name = 'Agencies') {
  const ctx = await createProgramWithManager(app.db);
  const res = await app.gql(GroupSettingsCreate, { input: { programId: ctx.programId, name } }, { cookie: ctx.cookie });
  const groupId = res.data!.createGroup.group!.id;
  const [defaultGroup] = await app.db.select().from(groups).where(and(eq(groups.programId, ctx.program.id), eq(groups.isDefault, true)));
  return { ...ctx, groupId, dbGroupId: fromGlobalId('Group', groupId)!, defaultGroupId: toGlobalId('Group', defaultGroup.id), defaultGroup };
}

function updateGroup(ctx: Ctx, input: UpdateGroupInput, caller: Caller = { cookie: ctx.cookie }) {
  return app.gql(GroupSettingsUpdate, { input }, caller);
}

async function groupRow(id: string) {
  const [row] = await app.db.select().from(groups).where(eq(groups.id, id));
  return row;
}

describe('updateGroup', () => {
  it('changes name, destination, commission and the application form, and records it', async () => {
    const ctx = await withGroup();
    const res = await updateGroup(ctx, {
      groupId: ctx.groupId,
      name: '  Premium agencies ',
      destinationUrl: 'https://program.example/agencies',
      commissionRate: 17.25,
      applicationFormEnabled: true,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateGroup).toEqual({
      group: expect.objectContaining({
        id: ctx.groupId,
        name: 'Premium agencies',
        isDefault: false,
        destinationUrl: 'https://program.example/agencies',
        commissionRate: 17.25,
        applicationFormEnabled: true,
        welcomeEmailSubject: null,
        welcomeEmailBody: null,
      }),
      userErrors: [],
    });
    expect((await groupRow(ctx.dbGroupId)).commissionRate).toBe('17.25');

    // Fields left out keep their values.
    const partial = await updateGroup(ctx, { groupId: ctx.groupId, applicationFormEnabled: false });
    expect(partial.data?.updateGroup.group).toMatchObject({ name: 'Premium agencies', destinationUrl: 'https://program.example/agencies', commissionRate: 17.25, applicationFormEnabled: false });

    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'group.updated')));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ subjectType: 'Group', actorUserId: ctx.manager.id, data: { name: 'Premium agencies' } });
  });

  it("sends the group's links to its new destination, and back to the website when it is emptied", async () => {
    const ctx = await withGroup();
    await insertPartnership(app.db, ctx.program.id, { key: 'grouplink', groupId: ctx.dbGroupId });
    const target = async () => {
      const res = await followLink(new Request(`http://localhost:3000/r/${ctx.program.slug}/grouplink`), { params: Promise.resolve({ program: ctx.program.slug, key: 'grouplink' }) });
      const url = new URL(res.headers.get('location')!);
      return url.origin + url.pathname;
    };
    expect(await target()).toBe('https://program.example/');
    await updateGroup(ctx, { groupId: ctx.groupId, destinationUrl: 'https://landing.example/agency' });
    expect(await target()).toBe('https://landing.example/agency');
    const cleared = await updateGroup(ctx, { groupId: ctx.groupId, destinationUrl: '' });
    expect(cleared.data?.updateGroup.group?.destinationUrl).toBeNull();
    expect(await target()).toBe('https://program.example/');
  });

  it.each<[string, Partial<UpdateGroupInput>, string[], string, string | null]>([
    ['an empty name', { name: '  ' }, ['name'], 'REQUIRED', 'Enter a group name.'],
    ['a name over 80 characters', { name: 'n'.repeat(81) }, ['name'], 'TOO_LONG', 'Use at most 80 characters.'],
    ['a destination that is not a web address', { destinationUrl: 'program.example/x' }, ['destinationUrl'], 'INVALID', 'Enter a full web address starting with https://.'],
    ['a javascript: destination', { destinationUrl: 'javascript:alert(1)' }, ['destinationUrl'], 'INVALID', 'Enter a full web address starting with https://.'],
    ['a commission over 100', { commissionRate: 100.01 }, ['commissionRate'], 'OUT_OF_RANGE', 'Must be 100 or less.'],
    ['a negative commission', { commissionRate: -1 }, ['commissionRate'], 'OUT_OF_RANGE', 'Must be 0 or more.'],
    ['a commission with three decimals', { commissionRate: 10.125 }, ['commissionRate'], 'INVALID', 'Use at most two decimals.'],
    ['a welcome subject without a body', { welcomeEmailSubject: 'Hello' }, ['welcomeEmailBody'], 'REQUIRED', 'A welcome email needs both a subject and a message (or neither).'],
    ['a welcome body without a subject', { welcomeEmailBody: 'Hello there' }, ['welcomeEmailSubject'], 'REQUIRED', 'A welcome email needs both a subject and a message (or neither).'],
    ['a blank welcome subject with a body', { welcomeEmailSubject: '   ', welcomeEmailBody: 'Hello there' }, ['welcomeEmailSubject'], 'REQUIRED', null],
  ])('refuses %s with a userError and changes nothing', async (_what, change, field, code, message) => {
    const ctx = await withGroup();
    const before = await groupRow(ctx.dbGroupId);
    const digest = await stateDigest(app.db);
    const res = await updateGroup(ctx, { groupId: ctx.groupId, ...change });
    expect(res.data?.updateGroup.group).toBeNull();
    expect(res.data?.updateGroup.userErrors).toEqual([{ field, code, message: message ?? expect.any(String) }]);
    expect(await groupRow(ctx.dbGroupId)).toEqual(before);
    expect(await stateDigest(app.db)).toEqual(digest);
  });

  it('sets the welcome email with both parts, keeps it when only one part changes, and removes it with both emptied', async () => {
    const ctx = await withGroup();
    const set = await updateGroup(ctx, { groupId: ctx.groupId, welcomeEmailSubject: 'Welcome, agencies', welcomeEmailBody: 'Your links are ready.' });
    expect(set.data?.updateGroup.group).toMatchObject({ welcomeEmailSubject: 'Welcome, agencies', welcomeEmailBody: 'Your links are ready.' });
    const subjectOnly = await updateGroup(ctx, { groupId: ctx.groupId, welcomeEmailSubject: 'Welcome aboard' });
    expect(subjectOnly.data?.updateGroup.group).toMatchObject({ welcomeEmailSubject: 'Welcome aboard', welcomeEmailBody: 'Your links are ready.' });
    const halfCleared = await updateGroup(ctx, { groupId: ctx.groupId, welcomeEmailBody: '' });
    expect(halfCleared.data?.updateGroup.userErrors).toEqual([expect.objectContaining({ field: ['welcomeEmailBody'], code: 'REQUIRED' })]);
    const removed = await updateGroup(ctx, { groupId: ctx.groupId, welcomeEmailSubject: '', welcomeEmailBody: '' });
    expect(removed.data?.updateGroup.group).toMatchObject({ welcomeEmailSubject: null, welcomeEmailBody: null });
    expect(await groupRow(ctx.dbGroupId)).toMatchObject({ welcomeEmailSubject: null, welcomeEmailBody: null });
  });

  it("refuses another group's name in the program, whatever its case", async () => {
    const ctx = await withGroup();
    const res = await updateGroup(ctx, { groupId: ctx.groupId, name: 'DEFAULT' });
    expect(res.data?.updateGroup.userErrors).toEqual([{ field: ['name'], message: 'A group named "DEFAULT" already exists in this program.', code: 'TAKEN' }]);
    expect((await groupRow(ctx.dbGroupId)).name).toBe('Agencies');
    // Its own name in another case is fine.
    expect((await updateGroup(ctx, { groupId: ctx.groupId, name: 'AGENCIES' })).data?.updateGroup.group?.name).toBe('AGENCIES');
  });
});

describe('regenerateGroupJoinLink', () => {
  it('gives the group a new join link and records it', async () => {
    const ctx = await withGroup();
    const before = await groupRow(ctx.dbGroupId);
    const res = await app.gql(GroupSettingsRegenerate, { input: { groupId: ctx.groupId } }, { cookie: ctx.cookie });
    expect(res.data?.regenerateGroupJoinLink.userErrors).toEqual([]);
    const joinUrl = res.data!.regenerateGroupJoinLink.group!.joinUrl;
    expect(joinUrl).toMatch(/^http:\/\/localhost:3000\/join\/[A-Za-z0-9_-]{16}$/);
    expect(joinUrl).not.toBe(`http://localhost:3000/join/${before.joinToken}`);
    const after = await groupRow(ctx.dbGroupId);
    expect(joinUrl).toBe(`http://localhost:3000/join/${after.joinToken}`);
    // Nothing else about the group changed.
    expect({ ...after, joinToken: before.joinToken }).toEqual(before);
    const again = await app.gql(GroupSettingsRegenerate, { input: { groupId: ctx.groupId } }, { cookie: ctx.cookie });
    expect(again.data?.regenerateGroupJoinLink.group?.joinUrl).not.toBe(joinUrl);
    const events = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'group.join_link_regenerated')));
    expect(events).toHaveLength(2);
  });
});

describe('deleteGroup', () => {
  function del(ctx: Ctx, groupId: string, caller: Caller = { cookie: ctx.cookie }) {
    return app.gql(GroupSettingsDelete, { input: { groupId } }, caller);
  }

  it('deletes an empty group', async () => {
    const ctx = await withGroup();
    const res = await del(ctx, ctx.groupId);
    expect(res.data?.deleteGroup).toEqual({ group: { id: ctx.groupId, name: 'Agencies' }, userErrors: [] });
    expect(await groupRow(ctx.dbGroupId)).toBeUndefined();
    const list = await app.gql(GroupSettingsList, { programId: ctx.programId }, { cookie: ctx.cookie });
    expect(list.data?.groups.edges.map((e) => e.node.name)).toEqual(['Default']);
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'group.deleted')));
    expect(event).toMatchObject({ subjectId: ctx.dbGroupId, data: { name: 'Agencies' } });
    // Deleting it again: it no longer exists.
    expect((await del(ctx, ctx.groupId)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the default group', async () => {
    const ctx = await withGroup();
    const res = await del(ctx, ctx.defaultGroupId);
    expect(res.data?.deleteGroup).toEqual({ group: null, userErrors: [{ field: ['groupId'], message: 'The default group cannot be deleted: new partners join it.', code: 'CONFLICT' }] });
    expect(await groupRow(ctx.defaultGroup.id)).toBeDefined();
  });

  it.each(['ACTIVE', 'PENDING_CLAIM', 'PENDING_APPROVAL'] as const)('refuses a group with a %s partnership', async (status) => {
    const ctx = await withGroup();
    await insertPartnership(app.db, ctx.program.id, { groupId: ctx.dbGroupId, status });
    const res = await del(ctx, ctx.groupId);
    expect(res.data?.deleteGroup.userErrors).toEqual([{ field: ['groupId'], message: 'This group still has partners. Move them to another group first.', code: 'CONFLICT' }]);
    expect(await groupRow(ctx.dbGroupId)).toBeDefined();
  });

  it('refuses a group whose removed or declined partnerships still belong to it', async () => {
    const ctx = await withGroup();
    const p = await insertPartnership(app.db, ctx.program.id, { groupId: ctx.dbGroupId, status: 'DECLINED' });
    const res = await del(ctx, ctx.groupId);
    expect(res.data?.deleteGroup.userErrors).toEqual([expect.objectContaining({ field: ['groupId'], code: 'CONFLICT' })]);
    await app.db.update(partnerships).set({ status: 'REMOVED', removedAt: new Date() }).where(eq(partnerships.id, p.partnership.id));
    expect((await del(ctx, ctx.groupId)).data?.deleteGroup.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(await groupRow(ctx.dbGroupId)).toBeDefined();
  });

  it('answers a group that partners were moved out of with a userError, not an internal error', async () => {
    const ctx = await withGroup();
    const p = await insertPartnership(app.db, ctx.program.id, { groupId: ctx.dbGroupId });
    const moved = await app.gql(GroupSettingsMove, { input: { selection: { programId: ctx.programId, partnershipIds: [p.id] }, groupId: ctx.defaultGroupId } }, { cookie: ctx.cookie });
    expect(moved.data?.movePartnerGroup.movedCount).toBe(1);
    // The group has no partnerships now, but their group history (which commissions follow) names it.
    const res = await del(ctx, ctx.groupId);
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteGroup).toEqual({
      group: null,
      userErrors: [{ field: ['groupId'], message: 'Partners were in this group before; their group history keeps it.', code: 'CONFLICT' }],
    });
    expect(await groupRow(ctx.dbGroupId)).toBeDefined();
  });

  it('answers a group that applications were made to with a userError, not an internal error', async () => {
    const ctx = await withGroup();
    await app.db.insert(applications).values({ programId: ctx.program.id, groupId: ctx.dbGroupId, email: `applicant-${Date.now()}@x.example`, source: 'JOIN_LINK', status: 'DECLINED', decidedAt: new Date() });
    const res = await del(ctx, ctx.groupId);
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteGroup.userErrors).toEqual([{ field: ['groupId'], message: 'Applications were made to this group; their history keeps it.', code: 'CONFLICT' }]);
    expect(await groupRow(ctx.dbGroupId)).toBeDefined();
  });
});

describe('group settings: authorization', () => {
  it('hides groups of other programs (NOT_FOUND) and writes nothing; an API key of the program may change them', async () => {
    const ctx = await withGroup();
    const other = await createProgramWithManager(app.db);
    const otherKey = await createApiKeyFor(app.db, other.program.id);
    const before = await groupRow(ctx.dbGroupId);
    const digest = await stateDigest(app.db);
    for (const caller of [{ cookie: other.cookie }, { bearer: otherKey.secret }]) {
      const results = [
        await updateGroup(ctx, { groupId: ctx.groupId, name: 'Hijacked' }, caller),
        await app.gql(GroupSettingsRegenerate, { input: { groupId: ctx.groupId } }, caller),
        await app.gql(GroupSettingsDelete, { input: { groupId: ctx.groupId } }, caller),
      ];
      for (const res of results) {
        expect(res.data).toBeNull();
        expect(res.errors?.[0]).toMatchObject({ message: 'Group not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    const anonymous = await updateGroup(ctx, { groupId: ctx.groupId, name: 'Anon' }, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const groupId of ['not-a-group', ctx.programId]) {
      expect((await updateGroup(ctx, { groupId, name: 'X' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await groupRow(ctx.dbGroupId)).toEqual(before);
    expect(await stateDigest(app.db)).toEqual(digest);

    const { secret, apiKey } = await createApiKeyFor(app.db, ctx.program.id);
    const res = await updateGroup(ctx, { groupId: ctx.groupId, commissionRate: 5 }, { bearer: secret });
    expect(res.data?.updateGroup.group?.commissionRate).toBe(5);
    const [event] = await app.db.select().from(auditEvents).where(and(eq(auditEvents.programId, ctx.program.id), eq(auditEvents.action, 'group.updated')));
    expect(event).toMatchObject({ actorApiKeyId: apiKey.id, actorUserId: null });
    expect((await app.gql(GroupSettingsDelete, { input: { groupId: ctx.groupId } }, { bearer: secret })).data?.deleteGroup.group?.name).toBe('Agencies');
  });
});
