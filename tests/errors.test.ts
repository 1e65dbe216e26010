import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { graphql } from '../src/gql';
import { groups } from '../src/server/db/schema';
import { toGlobalId } from '../src/server/shared/ids';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager, createUser, signInAs } from './support/factories';

const CreateGroup = graphql(`
  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      group { id }
      userErrors { field code }
    }
  }
`);

const Groups = graphql(`
  query TestErrorsGroups($programId: ID!) {
    groups(programId: $programId) { totalCount }
  }
`);

interface Body {
  data?: unknown;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: { [key: string]: unknown } }[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Whatever went wrong, a response never carries server internals. */
function expectNothingLeaked(text: string) {
  expect(text).not.toMatch(/stack/i);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toMatch(/node_modules|\.tsx?:\d+|\bat [\w.<>]+ \(/);
  expect(text).not.toMatch(/\b(select|insert|update|delete)\b .*\b(from|into|set)\b/i);
  expect(text).not.toMatch(/Failed query|relation "|PGlite|pool/i);
}

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; json: Body }> {
  const response = await app.fetchGraphQL('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  expectNothingLeaked(text);
  return { status: response.status, text, json: JSON.parse(text) as Body };
}

/** Every error in every response of this file goes through here: none may carry a stacktrace. */
function errorsOf(body: Body) {
  for (const error of body.errors ?? []) {
    expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
    expect(error.extensions ?? {}).not.toHaveProperty('exception');
  }
  return body.errors ?? [];
}

describe('protocol errors', () => {
  it.each([['{"query": '], ['{ "not a JSON'], ['not json at all']])('answers a malformed JSON body %j with 400 and a plain message', async (body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(errorsOf(res.json)).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('answers a malformed JSON body declared with a charset the same way', async () => {
    const res = await post('{"query": "{ __typename', { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(400);
    expect(errorsOf(res.json)[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers a body without a query with 400', async () => {
    const res = await post(JSON.stringify({ variables: {} }));
    expect(res.status).toBe(400);
    expect(errorsOf(res.json)[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers an unparsable document with GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ viewer { ' }));
    expect(res.status).toBe(400);
    expect(errorsOf(res.json)[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED and says which', async () => {
    const res = await post(JSON.stringify({ query: '{ viewer { user { email passwordHash } } }' }));
    expect(res.status).toBe(400);
    expect(res.json.data).toBeUndefined();
    const [error] = errorsOf(res.json);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('Cannot query field "passwordHash" on type "User".');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const res = await post(JSON.stringify({ query: 'query ($id: ID!) { groups(programId: $id) { totalCount } }', variables: { id: { nested: true } } }));
    expect(res.status).toBe(400);
    expect(errorsOf(res.json)[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('internal errors', () => {
  let errorLog: jest.SpyInstance;
  beforeEach(() => {
    // The server logs the real error for operators; keep it out of the test output but check it.
    errorLog = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errorLog.mockRestore());

  it('answers a failing statement in a resolver with a bare "Internal server error" and logs the cause', async () => {
    const broken = await startTestApp();
    try {
      const { programId, cookie } = await createProgramWithManager(broken.db);
      await broken.db.execute(sql`drop table groups cascade`);
      const response = await broken.fetchGraphQL('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: 'query ($p: ID!) { viewer { user { email } } groups(programId: $p) { totalCount } }', variables: { p: programId } }),
      });
      const text = await response.text();
      expectNothingLeaked(text);
      const body = JSON.parse(text) as Body;
      // groups is non-null, so its failure nulls the whole result.
      expect(body.data).toBeNull();
      expect(errorsOf(body)).toEqual([{ message: 'Internal server error', path: ['groups'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(errorLog).toHaveBeenCalledWith('[graphql] internal error', expect.anything());
      expect(String(errorLog.mock.calls[0][1])).toMatch(/groups/);
    } finally {
      await broken.close();
    }
  });

  it('answers with "Internal server error" when the database is gone while resolving the caller', async () => {
    const broken = await startTestApp();
    const { cookie } = await createProgramWithManager(broken.db);
    await broken.close();
    const response = await broken.fetchGraphQL('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ viewer { user { email } } }' }),
    });
    const text = await response.text();
    expectNothingLeaked(text);
    const body = JSON.parse(text) as Body;
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(body.data ?? null).toBeNull();
    expect(errorsOf(body)).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(errorLog).toHaveBeenCalled();
  });
});

describe('access errors', () => {
  it('tells an anonymous caller to authenticate, and a person who manages nothing that they may not', async () => {
    const { program, programId } = await createProgramWithManager(app.db);
    const bystander = await signInAs(app.db, (await createUser(app.db)).id);

    const anonymous = await app.gql(CreateGroup, { input: { programId, name: 'X' } }, {});
    expect(anonymous.data ?? null).toBeNull();
    expect(errorsOf(anonymous)).toEqual([
      { message: 'Sign in or send an API key to do this.', path: ['createGroup'], locations: expect.any(Array), extensions: { code: 'UNAUTHENTICATED' } },
    ]);

    const forbidden = await app.gql(CreateGroup, { input: { programId, name: 'X' } }, { cookie: bystander });
    expect(forbidden.data ?? null).toBeNull();
    expect(errorsOf(forbidden)).toEqual([
      { message: 'createGroup is only for: program manager, api key.', path: ['createGroup'], locations: expect.any(Array), extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(await app.db.select().from(groups).where(eq(groups.programId, program.id))).toHaveLength(1);
  });

  it('answers NOT_FOUND for a well-formed id of a program that does not exist, an id of another type, and garbage', async () => {
    const { program, cookie } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const [defaultGroup] = await app.db.select().from(groups).where(eq(groups.programId, program.id));
    const ids = {
      unknownProgram: toGlobalId('Program', randomUUID()),
      groupId: toGlobalId('Group', defaultGroup.id),
      programUuidAsGroup: toGlobalId('Group', program.id),
      rawUuid: program.id,
      garbage: 'definitely-not-an-id',
      empty: '',
    };
    for (const [label, programId] of Object.entries(ids)) {
      for (const caller of [{ cookie }, { bearer: secret }]) {
        const list = await app.gql(Groups, { programId }, caller);
        expect([label, list.data ?? null]).toEqual([label, null]);
        expect([label, errorsOf(list).map((e) => [e.message, e.extensions?.code])]).toEqual([label, [['Program not found.', 'NOT_FOUND']]]);

        const create = await app.gql(CreateGroup, { input: { programId, name: `Via ${label}` } }, caller);
        expect([label, errorsOf(create).map((e) => e.extensions?.code)]).toEqual([label, ['NOT_FOUND']]);
      }
    }
    expect(await app.db.select().from(groups).where(eq(groups.programId, program.id))).toHaveLength(1);
  });
});
