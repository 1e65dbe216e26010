import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLOutputType,
} from 'graphql';
import { buildSchema } from '../src/server/graphql/schema';
import { toGlobalId } from '../src/server/shared/ids';
import { encodeCursor } from '../src/server/shared/pagination';
import { groups, invites } from '../src/server/db/schema';
import { GET as exportCsv } from '../src/app/api/programs/[slug]/partners.csv/route';
import { GET as followLink } from '../src/app/r/[program]/[key]/route';
import { GET as mailboxEmailHtml } from '../src/app/dev/mailbox/[id]/html/route';
import { queueEmail } from '../src/server/email/outbox';
import { signInEmail } from '../src/server/email/templates';
import { callerHeaders, startTestApp, type Caller, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { createClaimedPartner, insertPartnership, stateDigest } from './support/partners';
import { and, eq } from 'drizzle-orm';

/**
 * Hostile input for every argument of every root field (and of the fields one level below a
 * query's result), generated from the schema itself, sent through the real route by every kind
 * of caller. Whatever the input, the answer is a client error, never an internal one.
 */

const NUL = 'Fu\u0000zz';
const SURROGATES = ['\ud800', 'x\udfff'];
const LONG = 'a'.repeat(100_000);
const HUGE_LIST = 2_000;
/** Per field, at most this many leaves get their own NUL and long-string case. */
const MAX_LEAVES = 8;
const CONCURRENCY = 4;

const schema = buildSchema();

interface ErrorBody {
  message: string;
  extensions?: { code?: string; userErrors?: { field: string[]; message: string }[] };
}

let app: TestApp;
const rateLimits = process.env.RATE_LIMITS;
let ids: Record<string, string>;
let slug: string;
let callers: Record<'manager' | 'partner' | 'apiKey' | 'anonymous', Caller>;

beforeAll(async () => {
  // Over a thousand requests from one key and one address: this file is about input, and the
  // limits have their own tests.
  process.env.RATE_LIMITS = 'off';
  app = await startTestApp();
  const ctx = await createProgramWithManager(app.db);
  slug = ctx.program.slug;
  const claimed = await createClaimedPartner(app.db, 'Fuzz Partner', [{ email: `fuzz-owner-${Date.now()}@partners.example`, level: 'OWNER' }]);
  const p = await insertPartnership(app.db, ctx.program.id, { partnerId: claimed.partner.id, key: 'fuzzkey', status: 'PENDING_APPROVAL' });
  const other = await insertPartnership(app.db, ctx.program.id, { key: 'otherkey' });
  const [group] = await app.db.select().from(groups).where(and(eq(groups.programId, ctx.program.id), eq(groups.isDefault, true)));
  const key = await createApiKeyFor(app.db, ctx.program.id);
  const victim = await createApiKeyFor(app.db, ctx.program.id, 'Victim');
  const [invite] = await app.db
    .insert(invites)
    .values({ programId: ctx.program.id, partnershipId: other.partnership.id, partnerId: other.partnerId, memberId: other.member!.id, kind: 'PARTNER_CLAIM', email: other.member!.email, status: 'SENT' })
    .returning();
  ids = {
    programId: ctx.programId,
    partnershipId: p.id,
    partnershipIds: other.id,
    id: p.id,
    groupId: toGlobalId('Group', group.id),
    groupIds: toGlobalId('Group', group.id),
    memberId: toGlobalId('Member', claimed.members.OWNER.memberId),
    existingPartnerId: claimed.partnerId,
    programManagerId: toGlobalId('User', ctx.manager.id),
    programManagerIds: toGlobalId('User', ctx.manager.id),
    inviteId: toGlobalId('Invite', invite.id),
    apiKeyId: toGlobalId('ApiKey', victim.apiKey.id),
  };
  callers = { manager: { cookie: ctx.cookie }, partner: { cookie: claimed.members.OWNER.cookie }, apiKey: { bearer: key.secret }, anonymous: {} };
});
afterAll(async () => {
  if (rateLimits === undefined) delete process.env.RATE_LIMITS;
  else process.env.RATE_LIMITS = rateLimits;
  await app.close();
});

// ---------------------------------------------------------------- values built from the schema

let emails = 0;

/** A plausible value for a leaf, so that one hostile leaf at a time reaches as far as it can. */
function plausible(name: string, type: GraphQLInputType, parent: string): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  switch (named.name) {
    case 'ID':
      return parent === 'RevokeApiKeyInput' ? ids.apiKeyId : (ids[name] ?? ids.partnershipId);
    case 'Int':
      return 1;
    case 'Float':
      return 10;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() - 86_400_000).toISOString();
    default:
      if (/email/i.test(name)) return `fuzz-${++emails}@fuzz.example`;
      if (/url/i.test(name)) return 'https://fuzz.example/page';
      if (name === 'slug') return slug;
      if (name === 'partnerKey') return 'fuzzkey';
      if (name === 'key') return 'tier';
      return 'Fuzz';
  }
}

function baseline(type: GraphQLInputType, name: string, parent: string, depth = 0): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [baseline(inner.ofType, name, parent, depth + 1)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (depth < 8) value[field.name] = baseline(field.type, field.name, inner.name, depth + 1);
    }
    return value;
  }
  return plausible(name, inner, parent);
}

interface Leaf {
  path: string[];
  type: GraphQLInputType;
  name: string;
}

interface ListPosition extends Leaf {
  type: GraphQLList<GraphQLInputType>;
}

/** Every scalar or enum position in a baseline value, and every list position. */
function positions(type: GraphQLInputType, value: unknown, path: string[], leaves: Leaf[], lists: ListPosition[]) {
  const inner = getNullableType(type) as GraphQLInputType;
  const name = path.filter((p) => !/^\d+$/.test(p)).at(-1)!;
  if (isListType(inner)) {
    lists.push({ path, type: inner, name });
    (value as unknown[]).forEach((item, i) => positions(inner.ofType, item, [...path, String(i)], leaves, lists));
  } else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      if (field.name in (value as object)) positions(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name], leaves, lists);
    }
  } else leaves.push({ path, type: inner, name });
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  return 'userErrors' in named.getFields() ? '{ __typename userErrors { field message code } }' : '{ __typename }';
}

// ---------------------------------------------------------------- cases

type Kind = 'nul' | 'surrogate' | 'literal-nul' | 'huge-list' | 'long' | 'enum' | 'id' | 'int' | 'cursor' | 'datetime';

interface Case {
  label: string;
  kind: Kind;
  body: string;
  /** For NUL and surrogate cases: the argument path the answer must name. */
  names?: string[];
}

/** A field whose arguments are fuzzed; `parent` is a root field it is reached through. */
interface Target {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  parent?: GraphQLField<unknown, unknown>;
}

const GARBAGE_IDS = [
  '%%%not-base64%%%',
  toGlobalId('Program', 'not-a-uuid'),
  Buffer.from('User:\u0000root', 'utf8').toString('base64url'),
  toGlobalId('Partnership', '00000000-0000-0000-0000-000000000000'),
  Buffer.from([0xff, 0xfe, 0x3a, 0xc3]).toString('base64url'),
  'A'.repeat(50_000),
];
const GARBAGE_CURSORS = [
  'not a cursor',
  Buffer.from('{"__proto__":1}').toString('base64url'),
  Buffer.from(JSON.stringify(['0000-01-01T00:00:00Z', '00000000-0000-0000-0000-000000000000'])).toString('base64url'),
  encodeCursor({ createdAt: new Date('9999-12-31T23:59:59Z'), id: 'not-a-uuid' }),
  // A name-sorted cursor whose key holds a NUL: base64 hides it from the request-level check.
  Buffer.from(JSON.stringify(['Fu\u0000zz', '00000000-0000-0000-0000-000000000000'])).toString('base64url'),
  'B'.repeat(50_000),
];
const GARBAGE_DATES = ['-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', 'tomorrow', '1', LONG];
const GARBAGE_INTS = [-1, 0, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e308];
const GARBAGE_FLOATS = [-1e308, 1e308, -0.000001, 123456789012];

function casesFor(target: Target): Case[] {
  const args = (target.parent ? [...target.parent.args, ...target.field.args] : target.field.args) as GraphQLArgument[];
  const own = new Set(target.field.args.map((a) => a.name));
  const base: Record<string, unknown> = {};
  for (const arg of args) base[arg.name] = baseline(arg.type, arg.name, '');
  const leaves: Leaf[] = [];
  const lists: ListPosition[] = [];
  for (const arg of target.field.args) positions(arg.type, base[arg.name], [arg.name], leaves, lists);
  const textLeaves = leaves.filter((l) => ['String', 'ID'].includes(getNamedType(l.type).name)).slice(0, MAX_LEAVES);

  const varName = (arg: string) => (target.parent && !own.has(arg) ? `p_${arg}` : `v_${arg}`);
  const render = (values: Record<string, unknown>, inline = false) => {
    const argList = (list: readonly GraphQLArgument[]) =>
      list.length ? `(${list.map((a) => `${a.name}: ${inline && own.has(a.name) ? print(astFromValue(values[a.name], a.type)!) : `$${varName(a.name)}`}`).join(', ')})` : '';
    const declared = args.filter((a) => !(inline && own.has(a.name)));
    const defs = declared.length ? `(${declared.map((a) => `$${varName(a.name)}: ${String(a.type)}`).join(', ')})` : '';
    const inner = `${target.field.name}${argList(target.field.args)} ${selectionFor(target.field.type)}`;
    const selection = target.parent ? `${target.parent.name}${argList(target.parent.args)} { ${inner} }` : inner;
    const variables = Object.fromEntries(declared.map((a) => [varName(a.name), values[a.name]]));
    // JSON.stringify writes NUL as \u0000 and a lone surrogate as \udXXX: the server's JSON.parse
    // turns them back into exactly those characters.
    return JSON.stringify({ query: `${target.operation} Fuzz${defs} { ${selection} }`, variables });
  };
  const label = `${target.parent ? `${target.parent.name}.` : ''}${target.field.name}`;
  const at = (path: string[], value: unknown) => render(setAt(base, path, value));
  const cases: Case[] = [];

  for (const leaf of textLeaves) {
    cases.push({ label: `${label} ${leaf.path.join('.')} NUL`, kind: 'nul', body: at(leaf.path, NUL), names: leaf.path });
    cases.push({ label: `${label} ${leaf.path.join('.')} 100 KB`, kind: 'long', body: at(leaf.path, LONG) });
  }
  if (textLeaves.length > 0) {
    SURROGATES.forEach((s, i) => {
      const leaf = textLeaves[i % textLeaves.length];
      cases.push({ label: `${label} ${leaf.path.join('.')} lone surrogate`, kind: 'surrogate', body: at(leaf.path, s), names: leaf.path });
    });
    const leaf = textLeaves.at(-1)!;
    cases.push({ label: `${label} ${leaf.path.join('.')} inline NUL`, kind: 'literal-nul', body: render(setAt(base, leaf.path, NUL), true), names: leaf.path });
  }
  for (const list of lists) {
    const item = getNullableType(list.type.ofType);
    const wrong = isInputObjectType(item) ? 7 : { wrong: true };
    cases.push({ label: `${label} ${list.path.join('.')} ${HUGE_LIST} wrong items`, kind: 'huge-list', body: at(list.path, Array.from({ length: HUGE_LIST }, () => wrong)) });
    if (isScalarType(item) && ['ID', 'String'].includes(item.name)) {
      const garbage = Array.from({ length: HUGE_LIST }, (_, i) => (item.name === 'ID' ? GARBAGE_IDS[i % 5] : `g${i}`));
      cases.push({ label: `${label} ${list.path.join('.')} ${HUGE_LIST} garbage items`, kind: 'huge-list', body: at(list.path, garbage) });
    }
  }
  leaves.forEach((leaf, i) => {
    const named = getNamedType(leaf.type);
    const where = `${label} ${leaf.path.join('.')}`;
    if (isEnumType(named)) cases.push({ label: `${where} enum garbage`, kind: 'enum', body: at(leaf.path, 'NOT_A_VALUE') });
    else if (named.name === 'ID') cases.push({ label: `${where} garbage id`, kind: 'id', body: at(leaf.path, GARBAGE_IDS[i % GARBAGE_IDS.length]) });
    else if (named.name === 'Int') {
      cases.push({ label: `${where} int ${GARBAGE_INTS[i % 6]}`, kind: 'int', body: at(leaf.path, GARBAGE_INTS[i % 6]) });
      cases.push({ label: `${where} int ${GARBAGE_INTS[(i + 3) % 6]}`, kind: 'int', body: at(leaf.path, GARBAGE_INTS[(i + 3) % 6]) });
    } else if (named.name === 'Float') cases.push({ label: `${where} float`, kind: 'int', body: at(leaf.path, GARBAGE_FLOATS[i % 4]) });
    else if (named.name === 'DateTime') {
      for (const date of GARBAGE_DATES) cases.push({ label: `${where} date ${date.slice(0, 30)}`, kind: 'datetime', body: at(leaf.path, date) });
    } else if (leaf.name === 'after') {
      for (const cursor of GARBAGE_CURSORS) cases.push({ label: `${where} cursor ${cursor.slice(0, 30)}`, kind: 'cursor', body: at(leaf.path, cursor) });
    }
  });
  return cases;
}

function targets(): Target[] {
  const found: Target[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    found.push({ operation: 'query', field });
    const result = getNamedType(field.type);
    if (isObjectType(result)) {
      for (const nested of Object.values(result.getFields())) if (nested.args.length) found.push({ operation: 'query', field: nested, parent: field });
    }
  }
  // Mutations that remove or revoke go last, so the others still find their rows.
  const destructive = ['removePartners', 'revokeApiKey', 'deleteGroup', 'deleteInvite', 'declinePartnership', 'declineMemberAddition'];
  const mutations = Object.values(schema.getMutationType()!.getFields()).sort((a, b) => Number(destructive.includes(a.name)) - Number(destructive.includes(b.name)));
  for (const field of mutations) found.push({ operation: 'mutation', field });
  return found;
}

// ---------------------------------------------------------------- checks

/** What an answer must never carry: a stack, a source path, SQL or a driver message. */
const LEAKS = /stack|node_modules|\.tsx?:\d+|Failed query|\b(select|insert into|delete from|update) .*\b(from|where|set|values)\b|violates|invalid byte sequence|invalid input syntax|out of range for type|relation "|PGlite|postgres/i;

async function send(body: string, caller: Caller): Promise<{ status: number; text: string }> {
  const response = await app.fetchGraphQL('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...callerHeaders(caller) }, body });
  return { status: response.status, text: await response.text() };
}

/** Runs `work` over `items` with at most CONCURRENCY in flight. */
async function pool<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function problemsOf(kase: Case, who: string, status: number, text: string): string[] {
  const problems: string[] = [];
  const where = `${kase.label} as ${who}`;
  if (status >= 500) problems.push(`${where}: HTTP ${status}`);
  if (LEAKS.test(text)) problems.push(`${where}: leaks ${text.slice(0, 300)}`);
  let errors: ErrorBody[] = [];
  try {
    errors = (JSON.parse(text) as { errors?: ErrorBody[] }).errors ?? [];
  } catch {
    problems.push(`${where}: not JSON: ${text.slice(0, 200)}`);
  }
  for (const error of errors) if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${where}: INTERNAL_SERVER_ERROR`);
  if (kase.names) {
    const [error] = errors;
    const named = error?.extensions?.userErrors?.[0]?.field;
    if (status !== 400 || error?.extensions?.code !== 'BAD_USER_INPUT' || JSON.stringify(named) !== JSON.stringify(kase.names) || !error.message.startsWith(`${kase.names.join('.')}: `)) {
      problems.push(`${where}: expected a 400 BAD_USER_INPUT naming ${kase.names.join('.')}, got ${status} ${text.slice(0, 300)}`);
    }
  }
  return problems;
}

describe('fuzzed GraphQL input', () => {
  let errorLog: jest.SpyInstance;
  const logged: unknown[] = [];
  beforeEach(() => {
    // The server logs internal errors; collect them to explain a failure.
    errorLog = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  });
  afterEach(() => errorLog.mockRestore());

  it('answers every hostile argument of every field, for every kind of caller, with a client error', async () => {
    const cases = targets().flatMap(casesFor);
    // The generator really covers the schema: every root field with arguments, and each kind of hostility.
    const rootFields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
    const covered = new Set(cases.map((c) => c.label.split(' ')[0]));
    expect(rootFields.filter((f) => f.args.length > 0 && !covered.has(f.name)).map((f) => f.name)).toEqual([]);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set<Kind>(['nul', 'surrogate', 'literal-nul', 'huge-list', 'long', 'enum', 'id', 'int', 'cursor', 'datetime']));

    const runs = cases.flatMap((kase) => Object.entries(callers).map(([who, caller]) => ({ kase, who, caller })));
    const problems: string[] = [];
    await pool(runs, async ({ kase, who, caller }) => {
      const { status, text } = await send(kase.body, caller);
      problems.push(...problemsOf(kase, who, status, text));
    });
    expect({ problems: problems.slice(0, 400), count: problems.length, logged: logged.slice(0, 5).map(String) }).toEqual({ problems: [], count: 0, logged: [] });
  });

  it('answers a forged cursor with BAD_USER_INPUT naming `after`, in every sort', async () => {
    const answers: string[] = [];
    for (const sort of [null, { field: 'NAME', direction: 'ASC' }, { field: 'CREATED_AT', direction: 'DESC' }]) {
      // An ISO date is a fine partner name to page after; it is garbage only in a date sort.
      for (const after of GARBAGE_CURSORS.filter((c) => sort?.field !== 'NAME' || !Buffer.from(c, 'base64url').toString().startsWith('["0000'))) {
        const body = JSON.stringify({
          query: 'query ($id: ID!, $after: String, $sort: PartnershipSort) { partnerships(programId: $id, after: $after, sort: $sort) { totalCount } }',
          variables: { id: ids.programId, after, sort },
        });
        const { status, text } = await send(body, callers.manager);
        const [error] = (JSON.parse(text) as { errors?: ErrorBody[] }).errors ?? [{ message: text }];
        answers.push(`${sort?.field ?? "default"} ${after.slice(0, 20)}: ${status} ${error.extensions?.code} ${error.extensions?.userErrors?.[0]?.field} ${error.message.slice(0, 200)}`);
      }
    }
    expect(answers.filter((a) => !/: 200 BAD_USER_INPUT after after: is not a cursor/.test(a))).toEqual([]);
  });

  it('refuses a NUL byte before any resolver runs: nothing is written', async () => {
    const before = await stateDigest(app.db);
    const body = JSON.stringify({
      query: 'mutation ($in: AddPartnerInput!) { addPartner(input: $in) { partnership { id } userErrors { field message } } }',
      variables: { in: { programId: ids.programId, email: 'new-partner@fuzz.example', firstName: 'Nia', members: [{ email: 'second\u0000@fuzz.example' }] } },
    });
    const { status, text } = await send(body, callers.manager);
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'input.members.0.email: contains a NUL character (U+0000), which text cannot hold.',
          locations: [{ line: 1, column: 36 }],
          extensions: {
            code: 'BAD_USER_INPUT',
            userErrors: [{ field: ['input', 'members', '0', 'email'], message: 'contains a NUL character (U+0000), which text cannot hold.', code: 'INVALID' }],
          },
        },
      ],
    });
    expect(await stateDigest(app.db)).toEqual(before);

    // The same partner without the NUL is added: the refusal was about that one character.
    const clean = await send(body.replace('second\\u0000@', 'second@'), callers.manager);
    expect(JSON.parse(clean.text).data.addPartner.userErrors).toEqual([]);
    expect(await stateDigest(app.db)).not.toEqual(before);
  });

  it('answers a list of 2,000 wrongly typed items with one BAD_USER_INPUT, not the graphql-js internal limit error', async () => {
    const body = JSON.stringify({
      query: 'mutation ($in: RemovePartnersInput!) { removePartners(input: $in) { removedCount } }',
      variables: { in: { selection: { programId: ids.programId, partnershipIds: Array.from({ length: HUGE_LIST }, () => ({ id: 1 })) }, deactivateLinks: false } },
    });
    const { status, text } = await send(body, callers.apiKey);
    expect(status).toBe(400);
    const { errors } = JSON.parse(text) as { errors: ErrorBody[] };
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/^Variable "\$in" got invalid value .* at "in.selection.partnershipIds\[0\]"; ID cannot represent value: .* More than 50 variable values are invalid/);
  });
});

// ---------------------------------------------------------------- route handlers

const HOSTILE_SEGMENTS = ['\u0000', 'ab\u0000cd', '\ud800', 'x\udfff', '%ED%A0%80', '%00', '%E0%A4%A', 'a'.repeat(100_000), '../../etc/passwd', 'ＡＢＣ'];

describe('fuzzed route parameters', () => {
  it('/r/<program>/<key> answers 404 for hostile segments, never a 500', async () => {
    const statuses: string[] = [];
    for (const hostile of HOSTILE_SEGMENTS) {
      for (const [program, key] of [
        [hostile, 'fuzzkey'],
        [slug, hostile],
      ]) {
        // The handler reads its segments from params, as Next passes them (already decoded).
        const response = await followLink(new Request('http://localhost:3000/r/fuzz/fuzz'), { params: Promise.resolve({ program, key }) });
        statuses.push(`${JSON.stringify(hostile.slice(0, 12))}: ${response.status}`);
      }
    }
    expect(statuses.filter((s) => !s.endsWith(': 404'))).toEqual([]);
  });

  it('/api/programs/<slug>/partners.csv answers 4xx for hostile slugs, cookies and query strings, for every caller', async () => {
    const answers: string[] = [];
    const attempt = async (label: string, slugParam: string, headers: Record<string, string>, query = '') => {
      const response = await exportCsv(new Request(`http://localhost:3000/api/programs/x/partners.csv${query}`, { headers }), { params: Promise.resolve({ slug: slugParam }) });
      await response.body?.cancel();
      if (response.status < 400 || response.status >= 500) answers.push(`${label}: ${response.status}`);
    };
    for (const [who, caller] of Object.entries(callers)) {
      for (const hostile of HOSTILE_SEGMENTS) await attempt(`${who} slug ${JSON.stringify(hostile.slice(0, 12))}`, hostile, callerHeaders(caller));
    }
    for (const cookie of ['authjs.session-token=%00', 'authjs.session-token=%E0%A4%A', 'authjs.session-token=%ED%A0%80', `authjs.session-token=${'c'.repeat(100_000)}`]) {
      await attempt(`cookie ${cookie.slice(0, 30)}`, slug, { cookie });
    }
    for (const bearer of ['Bearer ptly_%00', `Bearer ptly_${'k'.repeat(100_000)}`, 'Bearer ÿÿÿ']) await attempt(`authorization ${bearer.slice(0, 20)}`, slug, { authorization: bearer });
    // The export reads no query parameters; hostile ones change nothing about the answer.
    await attempt('anonymous with a hostile query string', slug, {}, '?limit=%00&after=%ED%A0%80&q=%E0%A4%A');
    expect(answers).toEqual([]);

    // The same request without the hostile parts still works, so the refusals above were about them.
    const ok = await exportCsv(new Request(`http://localhost:3000/api/programs/${slug}/partners.csv?x=%00`, { headers: callerHeaders(callers.manager) }), { params: Promise.resolve({ slug }) });
    expect(ok.status).toBe(200);
    await ok.text();
  });

  it('/dev/mailbox/<id>/html answers 404 for hostile ids, and shows a real message', async () => {
    const saved = { NODE_ENV: process.env.NODE_ENV, DEV_MAILBOX: process.env.DEV_MAILBOX, RESEND_API_KEY: process.env.RESEND_API_KEY };
    Object.assign(process.env, { NODE_ENV: 'development' });
    delete process.env.DEV_MAILBOX;
    delete process.env.RESEND_API_KEY;
    try {
      const open = (id: string) => mailboxEmailHtml(new Request('http://localhost:3000/dev/mailbox/x/html'), { params: Promise.resolve({ id }) });
      const statuses: string[] = [];
      for (const id of [...HOSTILE_SEGMENTS, '-'.repeat(36), 'g'.repeat(36), '00000000-0000-0000-0000-00000000000\u0000']) {
        statuses.push(`${JSON.stringify(id.slice(0, 40))}: ${(await open(id)).status}`);
      }
      expect(statuses.filter((s) => !s.endsWith(': 404'))).toEqual([]);
      const id = await queueEmail(app.db, 'fuzz@fuzz.example', signInEmail({ url: 'http://localhost:3000/api/auth/callback/email?token=x', host: 'localhost:3000' }));
      expect((await open(id)).status).toBe(200);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
