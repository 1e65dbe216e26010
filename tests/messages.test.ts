import { and, asc, eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { applications, emailOutbox, groups, messageReads, messages } from '../src/server/db/schema';
import { can } from '../src/server/partners/permissions';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type Caller, type TestApp } from './support/app';
import { addProgramManager, createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';
import { countRows, createClaimedPartner, emailsTo, insertPartnership, stateDigest } from './support/partners';

const Send = graphql(`
  mutation TestMessagesSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id side senderName body applicationId createdAt }
      thread { programId partnerId partnerName programName viewerSide unreadCount lastMessage { id body } }
      userErrors { field message code }
    }
  }
`);

const Reply = graphql(`
  mutation TestMessagesReply($input: ReplyToMessageThreadInput!) {
    replyToMessageThread(input: $input) {
      message { id side senderName body }
      thread { programName partnerName viewerSide unreadCount }
      userErrors { field message code }
    }
  }
`);

const MarkRead = graphql(`
  mutation TestMessagesMarkRead($input: MarkMessageThreadReadInput!) {
    markMessageThreadRead(input: $input) {
      thread { unreadCount viewerSide }
      userErrors { field message code }
    }
  }
`);

const Thread = graphql(`
  query TestMessagesThread($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {
    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {
      partnershipId
      canWrite
      thread { programId partnerId programName partnerName viewerSide unreadCount lastMessage { body side } }
      messages {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { id side senderName body applicationId createdAt } }
      }
    }
  }
`);

const ProgramThreads = graphql(`
  query TestMessagesProgramThreads($programId: ID!, $first: Int, $after: String) {
    messageThreads(programId: $programId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName createdAt } } }
    }
  }
`);

const MyThreads = graphql(`
  query TestMessagesMyThreads($first: Int, $after: String) {
    myMessageThreads(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName } } }
    }
  }
`);

const RemovePartners = graphql(`
  mutation TestMessagesRemovePartners($input: RemovePartnersInput!) {
    removePartners(input: $input) {
      removedCount
      userErrors { field message code }
    }
  }
`);

const Unread = graphql(`
  query TestMessagesUnread {
    viewer { unreadMessages { asPartner programs { programId count } } }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

let sequence = 0;
const stamp = () => `${Date.now().toString(36)}${++sequence}`;
const LEVELS = ['OWNER', 'ADMIN', 'FINANCE', 'MEMBER'] as const;

/** A program with a manager, and a claimed partner with one person at each access level, in a partnership. */
async function scenario(options: { partnership?: boolean } = {}) {
  const ctx = await createProgramWithManager(app.db, { name: `Acme Program ${stamp()}` });
  const tag = stamp();
  const partner = await createClaimedPartner(
    app.db,
    `Partner Co ${tag}`,
    LEVELS.map((level) => ({ email: `${level.toLowerCase()}-${tag}@partner.example`, level })),
  );
  const partnership = options.partnership === false ? null : await insertPartnership(app.db, ctx.program.id, { partnerId: partner.partner.id });
  return { ...ctx, partner, partnership };
}

type Scenario = Awaited<ReturnType<typeof scenario>>;

/** An applicant: the Owner of a new partner with a pending application in the program, no partnership. */
async function applicant(ctx: { program: { id: string } }) {
  const tag = stamp();
  const person = await createClaimedPartner(app.db, `Newco ${tag}`, [{ email: `founder-${tag}@newco.example`, level: 'OWNER' }]);
  const [group] = await app.db.select().from(groups).where(and(eq(groups.programId, ctx.program.id), eq(groups.isDefault, true)));
  const [application] = await app.db
    .insert(applications)
    .values({
      programId: ctx.program.id,
      groupId: group.id,
      partnerId: person.partner.id,
      userId: person.members.OWNER.userId,
      email: person.members.OWNER.email,
      applicantName: 'Fran Founder',
      companyName: person.partner.name,
      source: 'JOIN_LINK',
    })
    .returning();
  return { ...person, application, applicationId: toGlobalId('Application', application.id) };
}

const asManager = (s: { cookie: string }): Caller => ({ cookie: s.cookie });
const asLevel = (s: Scenario, level: (typeof LEVELS)[number]): Caller => ({ cookie: s.partner.members[level].cookie });

async function send(s: Scenario, body: string, caller: Caller = asManager(s)) {
  const res = await app.gql(Send, { input: { programId: s.programId, partnershipId: s.partnership!.id, body } }, caller);
  expect(res.errors).toBeUndefined();
  expect(res.data!.sendMessage.userErrors).toEqual([]);
  return res.data!.sendMessage;
}

async function reply(s: Scenario, body: string, level: 'OWNER' | 'ADMIN' = 'OWNER') {
  const res = await app.gql(Reply, { input: { programId: s.programId, partnerId: s.partner.partnerId, body } }, asLevel(s, level));
  expect(res.errors).toBeUndefined();
  expect(res.data!.replyToMessageThread.userErrors).toEqual([]);
  return res.data!.replyToMessageThread;
}

async function unread(caller: Caller) {
  const res = await app.gql(Unread, {}, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.viewer!.unreadMessages;
}

const programUnread = async (s: { programId: string }, caller: Caller) => (await unread(caller)).programs.find((p) => p.programId === s.programId)?.count ?? 0;

async function messagesOf(programId: string) {
  return app.db.select().from(messages).where(eq(messages.programId, programId)).orderBy(asc(messages.createdAt), asc(messages.id));
}

const codes = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('a manager writes to a partner', () => {
  it('stores the message on the program side and emails the partner’s Owners and Admins a link to the thread, not Finance or Member people', async () => {
    const s = await scenario();
    const sent = await send(s, '  Hello! Could you send us your logo?\nThanks.  ');

    expect(sent.message).toMatchObject({ side: 'PROGRAM', senderName: 'Pat Manager', body: 'Hello! Could you send us your logo?\nThanks.', applicationId: null });
    expect(sent.thread).toMatchObject({ programId: s.programId, partnerId: s.partner.partnerId, partnerName: s.partner.partner.name, viewerSide: 'PROGRAM', unreadCount: 0 });
    const [row] = await messagesOf(s.program.id);
    expect(row).toMatchObject({ partnerId: s.partner.partner.id, senderId: s.manager.id, senderSide: 'PROGRAM', body: 'Hello! Could you send us your logo?\nThanks.' });

    const link = `/partner/messages/${s.programId}?partner=${s.partner.partnerId}`;
    for (const level of ['OWNER', 'ADMIN'] as const) {
      const [email] = await emailsTo(app.db, s.partner.members[level].email);
      expect(email).toMatchObject({ template: 'message-received', subject: `New message from ${s.program.name}`, programId: s.program.id });
      expect(email.text).toContain(link);
      expect(email.text).toContain('> Hello! Could you send us your logo?\n> Thanks.');
      expect(email.html).toContain(link.replace('&', '&amp;'));
    }
    for (const level of ['FINANCE', 'MEMBER'] as const) expect(await emailsTo(app.db, s.partner.members[level].email)).toEqual([]);
    // The writer is not told of their own message.
    expect(await emailsTo(app.db, s.manager.email)).toEqual([]);
  });

  it('keeps HTML a user writes as text: escaped in the email, returned by the API exactly as written', async () => {
    const s = await scenario();
    const body = 'See <b>this</b> & <script>alert(1)</script> https://example.com/a?b=1';
    const sent = await send(s, body);
    expect(sent.message!.body).toBe(body);
    const [email] = await emailsTo(app.db, s.partner.members.OWNER.email);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>this</b>');
    expect(email.html).toContain('See &lt;b&gt;this&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; https://example.com/a?b=1');
    const read = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId }, asManager(s));
    expect(read.data!.messageThread.messages.edges[0].node.body).toBe(body);
  });

  it('names the partner directly, through its partnership or through its application; an API key writes as the program', async () => {
    const s = await scenario();
    const { secret } = await createApiKeyFor(app.db, s.program.id);
    const direct = await app.gql(Send, { input: { programId: s.programId, partnerId: s.partner.partnerId, body: 'From the API' } }, { bearer: secret });
    expect(direct.data!.sendMessage.userErrors).toEqual([]);
    expect(direct.data!.sendMessage.message).toMatchObject({ side: 'PROGRAM', senderName: s.program.name });

    const person = await applicant(s);
    const viaApplication = await app.gql(Send, { input: { programId: s.programId, applicationId: person.applicationId, body: 'About your application' } }, asManager(s));
    expect(viaApplication.data!.sendMessage.userErrors).toEqual([]);
    expect(viaApplication.data!.sendMessage.message!.applicationId).toBe(person.applicationId);
    expect(viaApplication.data!.sendMessage.thread!.partnerId).toBe(person.partnerId);

    const rows = await messagesOf(s.program.id);
    expect(rows.map((r) => [r.partnerId, r.senderId, r.applicationId])).toEqual([
      [s.partner.partner.id, null, null],
      [person.partner.id, s.manager.id, person.application.id],
    ]);
    // The applicant is the Owner of their new partner: they are told, with a link to the thread.
    const [email] = await emailsTo(app.db, person.members.OWNER.email);
    expect(email.text).toContain(`/partner/messages/${s.programId}?partner=${person.partnerId}`);
  });

  it('refuses names that disagree, and a partnership or application of another program', async () => {
    const s = await scenario();
    const other = await scenario();
    const person = await applicant(s);
    const before = await countRows(app.db, messages);

    const mismatch = await app.gql(Send, { input: { programId: s.programId, partnerId: s.partner.partnerId, applicationId: person.applicationId, body: 'Hi' } }, asManager(s));
    expect(mismatch.data!.sendMessage.userErrors).toEqual([{ field: ['applicationId'], message: 'This names another partner than partnerId does.', code: 'INVALID' }]);
    const nobody = await app.gql(Send, { input: { programId: s.programId, body: 'Hi' } }, asManager(s));
    expect(nobody.data!.sendMessage.userErrors).toMatchObject([{ field: ['partnerId'], code: 'REQUIRED' }]);

    const foreignPartnership = await app.gql(Send, { input: { programId: s.programId, partnershipId: other.partnership!.id, body: 'Hi' } }, asManager(s));
    expect(codes(foreignPartnership)).toEqual(['NOT_FOUND']);
    const foreignApplication = await app.gql(Send, { input: { programId: other.programId, applicationId: person.applicationId, body: 'Hi' } }, asManager(other));
    expect(codes(foreignApplication)).toEqual(['NOT_FOUND']);
    expect(await countRows(app.db, messages)).toBe(before);
  });

  it('cannot write to a partner of the network that has neither a partnership nor an application in the program', async () => {
    const s = await scenario();
    const stranger = await createClaimedPartner(app.db, `Stranger ${stamp()}`, [{ email: `stranger-${stamp()}@elsewhere.example`, level: 'OWNER' }]);
    const before = await stateDigest(app.db);
    const messageCount = await countRows(app.db, messages);

    const res = await app.gql(Send, { input: { programId: s.programId, partnerId: stranger.partnerId, body: 'Want to join?' } }, asManager(s));
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const read = await app.gql(Thread, { programId: s.programId, partnerId: stranger.partnerId }, asManager(s));
    expect(codes(read)).toEqual(['NOT_FOUND']);
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await countRows(app.db, messages)).toBe(messageCount);
  });
});

describe('the partner replies', () => {
  it('from the Owner or an Admin: every manager of the program is emailed a link to the manager’s thread view', async () => {
    const s = await scenario();
    const second = await addProgramManager(app.db, s.program.id, { email: `second-${stamp()}@program.example` });
    await send(s, 'Question for you');

    const answered = await reply(s, 'Here is the answer', 'ADMIN');
    expect(answered.message).toMatchObject({ side: 'PARTNER', body: 'Here is the answer', senderName: s.partner.members.ADMIN.email.split('@')[0] });
    expect(answered.thread).toMatchObject({ viewerSide: 'PARTNER', programName: s.program.name, unreadCount: 0 });

    const link = `/programs/${s.program.slug}/messages/${s.partner.partnerId}`;
    for (const address of [s.manager.email, second.email]) {
      const [email] = await emailsTo(app.db, address);
      expect(email).toMatchObject({ template: 'message-received', subject: `New message from ${s.partner.partner.name}` });
      expect(email.text).toContain(link);
      expect(email.text).toContain('> Here is the answer');
    }
    // The Admin who replied is not emailed their own reply, only the manager's message.
    expect((await emailsTo(app.db, s.partner.members.ADMIN.email)).map((e) => e.subject)).toEqual([`New message from ${s.program.name}`]);
    const rows = await messagesOf(s.program.id);
    expect(rows.map((r) => [r.senderSide, r.senderId])).toEqual([
      ['PROGRAM', s.manager.id],
      ['PARTNER', s.partner.members.ADMIN.userId],
    ]);
  });

  it('an applicant replies from their own area to the manager’s question', async () => {
    const s = await scenario({ partnership: false });
    const person = await applicant(s);
    await app.gql(Send, { input: { programId: s.programId, partnerId: person.partnerId, applicationId: person.applicationId, body: 'What do you sell?' } }, asManager(s));

    const mine = await app.gql(MyThreads, {}, { cookie: person.members.OWNER.cookie });
    expect(mine.data!.myMessageThreads.edges.map((e) => e.node)).toEqual([
      {
        programId: s.programId,
        partnerId: person.partnerId,
        partnerName: person.partner.name,
        programName: s.program.name,
        viewerSide: 'PARTNER',
        unreadCount: 1,
        lastMessage: { body: 'What do you sell?', side: 'PROGRAM', senderName: 'Pat Manager' },
      },
    ]);
    const res = await app.gql(Reply, { input: { programId: s.programId, partnerId: person.partnerId, body: 'Garden tools.' } }, { cookie: person.members.OWNER.cookie });
    expect(res.data!.replyToMessageThread.userErrors).toEqual([]);
    const [email] = await emailsTo(app.db, s.manager.email);
    expect(email.text).toContain(`/programs/${s.program.slug}/messages/${person.partnerId}`);
  });

  it('cannot write to a program the partner has nothing to do with', async () => {
    const s = await scenario();
    const other = await createProgramWithManager(app.db);
    const res = await app.gql(Reply, { input: { programId: other.programId, partnerId: s.partner.partnerId, body: 'Hello?' } }, asLevel(s, 'OWNER'));
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(await messagesOf(other.program.id)).toEqual([]);
  });
});

describe('message bodies', () => {
  it.each([
    ['empty', '', 'REQUIRED'],
    ['only spaces and line breaks', ' \n\t ', 'REQUIRED'],
    ['longer than 5000 characters', 'x'.repeat(5001), 'TOO_LONG'],
  ])('refuses a body that is %s, on both sides, writing nothing', async (_, body, code) => {
    const s = await scenario();
    const before = await stateDigest(app.db);
    const counts = [await countRows(app.db, messages), await countRows(app.db, messageReads), await countRows(app.db, emailOutbox)];

    const manager = await app.gql(Send, { input: { programId: s.programId, partnershipId: s.partnership!.id, body } }, asManager(s));
    expect(manager.data!.sendMessage).toMatchObject({ message: null, userErrors: [{ field: ['body'], code }] });
    const partner = await app.gql(Reply, { input: { programId: s.programId, partnerId: s.partner.partnerId, body } }, asLevel(s, 'OWNER'));
    expect(partner.data!.replyToMessageThread).toMatchObject({ message: null, userErrors: [{ field: ['body'], code }] });

    expect(await stateDigest(app.db)).toEqual(before);
    expect([await countRows(app.db, messages), await countRows(app.db, messageReads), await countRows(app.db, emailOutbox)]).toEqual(counts);
  });

  it('takes exactly 5000 characters (after trimming), counted as the database counts them', async () => {
    const s = await scenario();
    const sent = await send(s, ` ${'y'.repeat(5000)}\n`);
    expect(sent.message!.body).toHaveLength(5000);
    // 5000 emoji are 10000 UTF-16 units but 5000 characters: taken; one more is refused.
    const emoji = await send(s, '🤝'.repeat(5000));
    expect([...emoji.message!.body]).toHaveLength(5000);
    const over = await app.gql(Send, { input: { programId: s.programId, partnershipId: s.partnership!.id, body: '🤝'.repeat(5001) } }, asManager(s));
    expect(over.data!.sendMessage.userErrors).toMatchObject([{ field: ['body'], code: 'TOO_LONG' }]);
  });
});

describe('unread counts and read markers', () => {
  it('count the other side’s messages after each person last read the thread, on both sides', async () => {
    const s = await scenario();
    const second = await addProgramManager(app.db, s.program.id);
    const secondCaller = { cookie: await signInAs(app.db, second.id) };
    await send(s, 'One');
    await send(s, 'Two');

    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(2);
    expect((await unread(asLevel(s, 'ADMIN'))).asPartner).toBe(2);
    // Finance and Member people do not take part in threads.
    expect((await unread(asLevel(s, 'FINANCE'))).asPartner).toBe(0);
    expect((await unread(asLevel(s, 'MEMBER'))).asPartner).toBe(0);
    // The manager's own messages are not unread for them, nor for the other manager.
    expect(await programUnread(s, asManager(s))).toBe(0);
    expect(await programUnread(s, secondCaller)).toBe(0);

    // Reading marks nothing: the query is safe to repeat.
    const looked = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId }, asLevel(s, 'OWNER'));
    expect(looked.data!.messageThread.thread).toMatchObject({ viewerSide: 'PARTNER', unreadCount: 2 });
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(2);

    const marked = await app.gql(MarkRead, { input: { programId: s.programId, partnerId: s.partner.partnerId } }, asLevel(s, 'OWNER'));
    expect(marked.data!.markMessageThreadRead).toEqual({ thread: { unreadCount: 0, viewerSide: 'PARTNER' }, userErrors: [] });
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(0);
    expect((await unread(asLevel(s, 'ADMIN'))).asPartner).toBe(2);

    await reply(s, 'Answer one');
    await reply(s, 'Answer two');
    await reply(s, 'Answer three');
    expect(await programUnread(s, asManager(s))).toBe(3);
    expect(await programUnread(s, secondCaller)).toBe(3);
    // The Admin has still not read the manager's two; the Owner's replies are no news to the Owner.
    expect((await unread(asLevel(s, 'ADMIN'))).asPartner).toBe(2);
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(0);

    await app.gql(MarkRead, { input: { programId: s.programId, partnerId: s.partner.partnerId } }, asManager(s));
    expect(await programUnread(s, asManager(s))).toBe(0);
    expect(await programUnread(s, secondCaller)).toBe(3);
    // Writing is reading: the second manager's reply leaves nothing unread for them.
    await send(s, 'Thanks!', secondCaller);
    expect(await programUnread(s, secondCaller)).toBe(0);
    expect(await programUnread(s, asManager(s))).toBe(0);

    const [marker] = await app.db.select().from(messageReads).where(and(eq(messageReads.userId, s.manager.id), eq(messageReads.programId, s.program.id)));
    const [newestBeforeThanks] = await app.db
      .select({ at: sql<string>`max(${messages.createdAt})::text` })
      .from(messages)
      .where(and(eq(messages.programId, s.program.id), eq(messages.senderSide, 'PARTNER')));
    expect(marker.lastReadAt.getTime()).toBe(new Date(newestBeforeThanks.at).getTime());
  });

  it('an API key counts the partner’s messages since the program last wrote', async () => {
    const s = await scenario();
    const { secret } = await createApiKeyFor(app.db, s.program.id);
    await send(s, 'Hi');
    await reply(s, 'Hello');
    await reply(s, 'Anyone there?');
    expect(await programUnread(s, { bearer: secret })).toBe(2);
    const list = await app.gql(ProgramThreads, { programId: s.programId }, { bearer: secret });
    expect(list.data!.messageThreads.edges[0].node.unreadCount).toBe(2);
    await send(s, 'Yes!', { bearer: secret });
    expect(await programUnread(s, { bearer: secret })).toBe(0);
  });
});

describe('both sides at once', () => {
  it('parallel messages and read markers from both sides lose nothing and fail nothing', async () => {
    const s = await scenario();
    const thread = { programId: s.programId, partnerId: s.partner.partnerId };
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => app.gql(Send, { input: { ...thread, body: `Manager ${i}` } }, asManager(s))),
      ...Array.from({ length: 8 }, (_, i) => app.gql(Reply, { input: { ...thread, body: `Owner ${i}` } }, asLevel(s, 'OWNER'))),
      ...Array.from({ length: 4 }, () => app.gql(MarkRead, { input: thread }, asLevel(s, 'OWNER'))),
      ...Array.from({ length: 4 }, () => app.gql(MarkRead, { input: thread }, asManager(s))),
    ]);
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(await messagesOf(s.program.id)).toHaveLength(16);
    // Every manager message told the Owner and the Admin; every reply told the manager.
    expect(await emailsTo(app.db, s.partner.members.ADMIN.email)).toHaveLength(8);
    expect(await emailsTo(app.db, s.manager.email)).toHaveLength(8);

    // Once all is written, reading up to the newest leaves nothing unread on either side.
    await app.gql(MarkRead, { input: thread }, asLevel(s, 'OWNER'));
    await app.gql(MarkRead, { input: thread }, asManager(s));
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(0);
    expect(await programUnread(s, asManager(s))).toBe(0);
    expect((await unread(asLevel(s, 'ADMIN'))).asPartner).toBe(8);
  });
});

describe('thread lists', () => {
  it('a manager sees the program’s threads, the most recently active first, with the last message, the partner and their unread count', async () => {
    const s = await scenario();
    const other = await insertPartnership(app.db, s.program.id, { partnerName: `Other ${stamp()}` });
    const person = await applicant(s);
    await send(s, 'To the first partner');
    await app.gql(Send, { input: { programId: s.programId, partnershipId: other.id, body: 'To the other partner' } }, asManager(s));
    await app.gql(Send, { input: { programId: s.programId, applicationId: person.applicationId, body: 'To the applicant' } }, asManager(s));
    await reply(s, 'The first partner answers');

    const res = await app.gql(ProgramThreads, { programId: s.programId }, asManager(s));
    expect(res.errors).toBeUndefined();
    const list = res.data!.messageThreads;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => [e.node.partnerName, e.node.lastMessage?.body, e.node.lastMessage?.side, e.node.unreadCount])).toEqual([
      [s.partner.partner.name, 'The first partner answers', 'PARTNER', 1],
      [person.partner.name, 'To the applicant', 'PROGRAM', 0],
      [expect.stringMatching(/^Other /), 'To the other partner', 'PROGRAM', 0],
    ]);
    expect(list.edges.every((e) => e.node.programId === s.programId && e.node.viewerSide === 'PROGRAM')).toBe(true);

    // Keyset pages: two, then the rest, with nothing repeated or lost.
    const first = await app.gql(ProgramThreads, { programId: s.programId, first: 2 }, asManager(s));
    expect(first.data!.messageThreads.pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql(ProgramThreads, { programId: s.programId, first: 2, after: first.data!.messageThreads.pageInfo.endCursor }, asManager(s));
    expect(rest.data!.messageThreads.pageInfo.hasNextPage).toBe(false);
    expect([...first.data!.messageThreads.edges, ...rest.data!.messageThreads.edges].map((e) => e.node.partnerId)).toEqual(list.edges.map((e) => e.node.partnerId));
    expect(rest.data!.messageThreads.totalCount).toBe(3);
  });

  it('a partner’s Owner sees their threads across programs, one per program and partner they speak for', async () => {
    const s = await scenario();
    const second = await createProgramWithManager(app.db, { name: `Second Program ${stamp()}` });
    const secondPartnership = await insertPartnership(app.db, second.program.id, { partnerId: s.partner.partner.id });
    // Another partner of the program, whose thread is not this person's.
    const own = await insertPartnership(app.db, s.program.id, { partnerName: `Side Business ${stamp()}` });
    await send(s, 'From the first program');
    await app.gql(Send, { input: { programId: second.programId, partnershipId: secondPartnership.id, body: 'From the second program' } }, { cookie: second.cookie });
    await app.gql(Send, { input: { programId: s.programId, partnershipId: own.id, body: 'Not for this person' } }, asManager(s));

    const res = await app.gql(MyThreads, {}, asLevel(s, 'OWNER'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.myMessageThreads.edges.map((e) => [e.node.programName, e.node.partnerName, e.node.lastMessage?.body, e.node.unreadCount])).toEqual([
      [second.program.name, s.partner.partner.name, 'From the second program', 1],
      [s.program.name, s.partner.partner.name, 'From the first program', 1],
    ]);
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(2);

    // The thread itself, newest first; `after` pages back in time.
    await send(s, 'A second message');
    const page = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId, first: 1 }, asLevel(s, 'OWNER'));
    expect(page.data!.messageThread.messages).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true, hasPreviousPage: false }, edges: [{ node: { body: 'A second message' } }] });
    expect(page.data!.messageThread.partnershipId).toBeNull();
    const older = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId, first: 1, after: page.data!.messageThread.messages.pageInfo.endCursor }, asLevel(s, 'OWNER'));
    expect(older.data!.messageThread.messages).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { body: 'From the first program' } }] });
    const past = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId, first: 1, after: older.data!.messageThread.messages.pageInfo.endCursor }, asLevel(s, 'OWNER'));
    expect(past.data!.messageThread.messages).toMatchObject({ totalCount: 2, edges: [] });
  });

  it('a manager opens a thread nobody has written in yet with a partner of the program', async () => {
    const s = await scenario();
    const res = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId }, asManager(s));
    expect(res.errors).toBeUndefined();
    expect(res.data!.messageThread).toMatchObject({
      partnershipId: s.partnership!.id,
      thread: { partnerName: s.partner.partner.name, programName: s.program.name, viewerSide: 'PROGRAM', unreadCount: 0, lastMessage: null },
      messages: { totalCount: 0, edges: [] },
    });
  });
});

describe('a thread belongs to one program and one partner: nobody else reads or writes it', () => {
  it('only Owners and Admins speak for the partner', () => {
    expect(LEVELS.filter((level) => can(level, 'messagePrograms'))).toEqual(['OWNER', 'ADMIN']);
  });

  it('refuses every outsider, both ways', async () => {
    const s = await scenario();
    await send(s, 'Private to this program and partner');
    await reply(s, 'Private answer');
    const otherProgram = await scenario();
    const { secret: otherKey } = await createApiKeyFor(app.db, otherProgram.program.id);
    const stranger = await createUser(app.db);
    const strangerCaller = { cookie: await signInAs(app.db, stranger.id) };
    const before = await stateDigest(app.db);
    const messageCount = await countRows(app.db, messages);

    const thread = { programId: s.programId, partnerId: s.partner.partnerId };
    // Per caller: read (their default side), read as the partner, read as the program, mark read, reply as the partner.
    const outsiders: [string, Caller, string[]][] = [
      ['another program’s manager', asManager(otherProgram), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN']],
      ['an API key of another program', { bearer: otherKey }, ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN']],
      ['another partner’s Owner', asLevel(otherProgram, 'OWNER'), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['another partner’s Admin', asLevel(otherProgram, 'ADMIN'), ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']],
      ['a Finance person of the same partner', asLevel(s, 'FINANCE'), ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN']],
      ['a Member of the same partner', asLevel(s, 'MEMBER'), ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN']],
      ['a signed-in person with no role', strangerCaller, ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']],
      ['nobody signed in', {}, ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']],
    ];
    const outcomes: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const [who, caller, refusals] of outsiders) {
      const results = [
        await app.gql(Thread, thread, caller),
        await app.gql(Thread, { ...thread, as: 'PARTNER' }, caller),
        await app.gql(Thread, { ...thread, as: 'PROGRAM' }, caller),
        await app.gql(MarkRead, { input: thread }, caller),
        await app.gql(Reply, { input: { ...thread, body: 'Let me in' } }, caller),
      ];
      outcomes[who] = { codes: results.map((r) => codes(r)?.join()), data: results.map((r) => r.data ?? null) };
      expected[who] = { codes: refusals, data: [null, null, null, null, null] };
    }
    expect(outcomes).toEqual(expected);

    // Writes as the program from outside the program.
    for (const caller of [asManager(otherProgram), { bearer: otherKey }]) {
      const write = await app.gql(Send, { input: { programId: s.programId, partnerId: s.partner.partnerId, body: 'Hi' } }, caller);
      expect(codes(write)).toEqual(['NOT_FOUND']);
      const list = await app.gql(ProgramThreads, { programId: s.programId }, caller);
      expect(codes(list)).toEqual(['NOT_FOUND']);
    }
    // Nobody's lists show the thread but its own sides'.
    for (const caller of [asLevel(otherProgram, 'OWNER'), asLevel(s, 'FINANCE'), asLevel(s, 'MEMBER')]) {
      const mine = await app.gql(MyThreads, {}, caller);
      expect(mine.data!.myMessageThreads.edges.map((e) => e.node.lastMessage?.body)).not.toContain('Private answer');
    }
    const otherList = await app.gql(ProgramThreads, { programId: otherProgram.programId }, asManager(otherProgram));
    expect(otherList.data!.messageThreads.totalCount).toBe(0);
    expect((await unread(asManager(otherProgram))).programs).toEqual([]);
    expect((await unread(asLevel(otherProgram, 'OWNER'))).asPartner).toBe(0);

    expect(await stateDigest(app.db)).toEqual(before);
    expect(await countRows(app.db, messages)).toBe(messageCount);
  });

  it('lets in exactly the thread’s own sides', async () => {
    const s = await scenario();
    await send(s, 'Hello');
    const { secret } = await createApiKeyFor(app.db, s.program.id);
    for (const caller of [asManager(s), { bearer: secret }, asLevel(s, 'OWNER'), asLevel(s, 'ADMIN')]) {
      const res = await app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.messageThread.messages.edges.map((e) => e.node.body)).toEqual(['Hello']);
    }
  });
});

describe('a partner the program removed', () => {
  /** A thread with a message each way, both unread by the other side, then the manager removes the partnership. */
  async function removed() {
    const s = await scenario();
    await send(s, 'Before the removal');
    await reply(s, 'Our answer', 'ADMIN');
    const res = await app.gql(RemovePartners, { input: { selection: { programId: s.programId, partnershipIds: [s.partnership!.id] }, deactivateLinks: false } }, asManager(s));
    expect(res.data!.removePartners).toEqual({ removedCount: 1, userErrors: [] });
    return s;
  }

  const thread = (s: Scenario) => ({ programId: s.programId, partnerId: s.partner.partnerId });

  it('vanishes from the partner’s side: no thread in their list, no unread count, NOT_FOUND to read, reply or mark read; their other programs stay', async () => {
    const s = await removed();
    // The same partner in another program keeps that thread.
    const second = await createProgramWithManager(app.db, { name: `Second Program ${stamp()}` });
    const secondPartnership = await insertPartnership(app.db, second.program.id, { partnerId: s.partner.partner.id });
    await app.gql(Send, { input: { programId: second.programId, partnershipId: secondPartnership.id, body: 'From the program that kept you' } }, { cookie: second.cookie });
    const before = await stateDigest(app.db);
    const messageCount = await countRows(app.db, messages);

    for (const level of ['OWNER', 'ADMIN'] as const) {
      const caller = asLevel(s, level);
      const mine = await app.gql(MyThreads, {}, caller);
      expect(mine.data!.myMessageThreads.totalCount).toBe(1);
      expect(mine.data!.myMessageThreads.edges.map((e) => [e.node.programName, e.node.lastMessage?.body])).toEqual([[second.program.name, 'From the program that kept you']]);
      expect((await unread(caller)).asPartner).toBe(1);

      const results = [
        await app.gql(Thread, thread(s), caller),
        await app.gql(Thread, { ...thread(s), as: 'PARTNER' }, caller),
        await app.gql(Reply, { input: { ...thread(s), body: 'Are we still in?' } }, caller),
        await app.gql(MarkRead, { input: { ...thread(s), as: 'PARTNER' } }, caller),
      ];
      expect(results.map((r) => [codes(r)?.join(), r.data ?? null])).toEqual([
        ['NOT_FOUND', null],
        ['NOT_FOUND', null],
        ['NOT_FOUND', null],
        ['NOT_FOUND', null],
      ]);
    }
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await countRows(app.db, messages)).toBe(messageCount);
    expect(await app.db.select().from(messageReads).where(and(eq(messageReads.programId, s.program.id), eq(messageReads.userId, s.partner.members.OWNER.userId)))).toEqual([]);
  });

  it('stays the program’s history: managers and API keys read it and its unread count, but cannot write to the removed partner', async () => {
    const s = await removed();
    const { secret } = await createApiKeyFor(app.db, s.program.id);

    const list = await app.gql(ProgramThreads, { programId: s.programId }, asManager(s));
    expect(list.data!.messageThreads.edges.map((e) => [e.node.partnerName, e.node.lastMessage?.body, e.node.unreadCount])).toEqual([[s.partner.partner.name, 'Our answer', 1]]);
    expect(await programUnread(s, asManager(s))).toBe(1);
    for (const caller of [asManager(s), { bearer: secret }]) {
      const page = await app.gql(Thread, thread(s), caller);
      expect(page.errors).toBeUndefined();
      expect(page.data!.messageThread).toMatchObject({ canWrite: false, partnershipId: s.partnership!.id, thread: { viewerSide: 'PROGRAM' } });
      expect(page.data!.messageThread.messages.edges.map((e) => e.node.body)).toEqual(['Our answer', 'Before the removal']);
    }
    const marked = await app.gql(MarkRead, { input: thread(s) }, asManager(s));
    expect(marked.data!.markMessageThreadRead).toEqual({ thread: { unreadCount: 0, viewerSide: 'PROGRAM' }, userErrors: [] });

    // Written to by any name, from a manager or a key: a userError at the field that named them, nothing written or emailed.
    const before = await stateDigest(app.db);
    const messageCount = await countRows(app.db, messages);
    const attempts: [Record<string, string>, Caller, string][] = [
      [{ partnershipId: s.partnership!.id }, asManager(s), 'partnershipId'],
      [{ partnerId: s.partner.partnerId }, asManager(s), 'partnerId'],
      [{ partnerId: s.partner.partnerId }, { bearer: secret }, 'partnerId'],
    ];
    for (const [named, caller, field] of attempts) {
      const res = await app.gql(Send, { input: { programId: s.programId, ...named, body: 'Come back?' } }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.sendMessage).toMatchObject({ message: null, thread: null, userErrors: [{ field: [field], code: 'NOT_ALLOWED' }] });
      expect(res.data!.sendMessage.userErrors[0].message).toMatch(/removed from the program/);
    }
    expect(await stateDigest(app.db)).toEqual(before);
    expect(await countRows(app.db, messages)).toBe(messageCount);
  });

  it('comes back when they apply again or the program adds them again', async () => {
    const s = await removed();
    const [group] = await app.db.select().from(groups).where(and(eq(groups.programId, s.program.id), eq(groups.isDefault, true)));
    const owner = s.partner.members.OWNER;
    const [application] = await app.db
      .insert(applications)
      .values({ programId: s.program.id, groupId: group.id, partnerId: s.partner.partner.id, userId: owner.userId, email: owner.email, companyName: s.partner.partner.name, source: 'JOIN_LINK' })
      .returning();

    // A pending application since the removal: both sides write again.
    expect((await app.gql(MyThreads, {}, asLevel(s, 'OWNER'))).data!.myMessageThreads.edges.map((e) => e.node.lastMessage?.body)).toEqual(['Our answer']);
    expect((await unread(asLevel(s, 'OWNER'))).asPartner).toBe(1);
    await reply(s, 'We applied again');
    const sent = await app.gql(Send, { input: { programId: s.programId, applicationId: toGlobalId('Application', application.id), body: 'Welcome back' } }, asManager(s));
    expect(sent.data!.sendMessage.userErrors).toEqual([]);
    expect((await app.gql(Thread, thread(s), asManager(s))).data!.messageThread.canWrite).toBe(true);

    // Declined: removed again from their view, until the program adds them again.
    await app.db.update(applications).set({ status: 'DECLINED', decidedAt: new Date() }).where(eq(applications.id, application.id));
    expect(codes(await app.gql(Thread, thread(s), asLevel(s, 'OWNER')))).toEqual(['NOT_FOUND']);
    expect((await app.gql(Thread, thread(s), asManager(s))).data!.messageThread.canWrite).toBe(false);

    const again = await insertPartnership(app.db, s.program.id, { partnerId: s.partner.partner.id });
    const page = await app.gql(Thread, thread(s), asLevel(s, 'OWNER'));
    expect(page.errors).toBeUndefined();
    expect(page.data!.messageThread.messages.edges.map((e) => e.node.body)).toEqual(['Welcome back', 'We applied again', 'Our answer', 'Before the removal']);
    const back = await app.gql(Thread, thread(s), asManager(s));
    expect(back.data!.messageThread).toMatchObject({ canWrite: true, partnershipId: again.id });
    await send({ ...s, partnership: again }, 'Glad to have you back');
  });
});

describe('SQL statements do not grow with the number of threads', () => {
  /** A program with `n` partners, each with a thread of three messages (two from the program, one reply). */
  async function programWithThreads(n: number) {
    const ctx = await createProgramWithManager(app.db);
    const tag = stamp();
    const owner = await createUser(app.db, { email: `owner-${tag}@many.example` });
    const ownerCookie = await signInAs(app.db, owner.id);
    for (let i = 0; i < n; i++) {
      const made = await insertPartnership(app.db, ctx.program.id, { partnerName: `Partner ${i} ${tag}` });
      // The same person owns every partner, so their list has n threads too.
      await app.db.execute(sql`update partner_members set user_id = ${owner.id} where id = ${made.member!.id}`);
      const at = (k: number) => new Date(Date.UTC(2026, 10, 1) + i * 60_000 + k * 1000);
      await app.db.insert(messages).values([
        { programId: ctx.program.id, partnerId: made.partnerId, senderId: ctx.manager.id, senderSide: 'PROGRAM', body: `Hello ${i}`, createdAt: at(0) },
        { programId: ctx.program.id, partnerId: made.partnerId, senderId: owner.id, senderSide: 'PARTNER', body: `Reply ${i}`, createdAt: at(1) },
        { programId: ctx.program.id, partnerId: made.partnerId, senderId: ctx.manager.id, senderSide: 'PROGRAM', body: `Thanks ${i}`, createdAt: at(2) },
      ]);
    }
    return { ...ctx, ownerCookie };
  }

  async function measured<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = app.queries.count;
    const result = await run();
    return { result, statements: app.queries.count - before };
  }

  it('messageThreads, myMessageThreads and the unread totals: the same for 2 threads as for 20', async () => {
    const few = await programWithThreads(2);
    const many = await programWithThreads(20);

    const results: Record<string, number[]> = {};
    for (const [label, ctx, n] of [
      ['few', few, 2],
      ['many', many, 20],
    ] as const) {
      const managerList = await measured(() => app.gql(ProgramThreads, { programId: ctx.programId }, { cookie: ctx.cookie }));
      expect(managerList.result.data!.messageThreads.edges).toHaveLength(n);
      expect(managerList.result.data!.messageThreads.edges.every((e) => e.node.unreadCount === 1 && /^Thanks /.test(e.node.lastMessage!.body))).toBe(true);
      const partnerList = await measured(() => app.gql(MyThreads, {}, { cookie: ctx.ownerCookie }));
      expect(partnerList.result.data!.myMessageThreads.edges).toHaveLength(n);
      expect(partnerList.result.data!.myMessageThreads.edges.every((e) => e.node.unreadCount === 2)).toBe(true);
      const totals = await measured(() => app.gql(Unread, {}, { cookie: ctx.ownerCookie }));
      expect(totals.result.data!.viewer!.unreadMessages.asPartner).toBe(2 * n);
      results[label] = [managerList.statements, partnerList.statements, totals.statements];
    }
    expect(results.many).toEqual(results.few);
    // A handful each: the viewer, the program, the one list statement.
    for (const count of results.few) expect(count).toBeLessThanOrEqual(5);
  });

  it('messageThread: the same for a thread of 3 messages as for one of 60', async () => {
    const s = await scenario();
    await app.db.insert(messages).values(
      Array.from({ length: 60 }, (_, i) => ({ programId: s.program.id, partnerId: s.partner.partner.id, senderId: i % 2 ? s.partner.members.OWNER.userId : s.manager.id, senderSide: i % 2 ? ('PARTNER' as const) : ('PROGRAM' as const), body: `m${i}` })),
    );
    const small = await scenario();
    for (const body of ['a', 'b', 'c']) await send(small, body);

    const one = await measured(() => app.gql(Thread, { programId: small.programId, partnerId: small.partner.partnerId, first: 100 }, asManager(small)));
    const sixty = await measured(() => app.gql(Thread, { programId: s.programId, partnerId: s.partner.partnerId, first: 100 }, asManager(s)));
    expect(one.result.data!.messageThread.messages.edges).toHaveLength(3);
    expect(sixty.result.data!.messageThread.messages.edges).toHaveLength(60);
    expect(sixty.statements).toBe(one.statements);
  });
});

