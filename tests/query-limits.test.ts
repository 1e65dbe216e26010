import { Client } from 'pg';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  print,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import * as generated from '../src/gql/graphql';
import { openDatabase, queryRows, requestStatementTimeoutMs } from '../src/server/db/client';
import { groups } from '../src/server/db/schema';
import { buildSchema } from '../src/server/graphql/schema';
import { createGraphQLHandler } from '../src/server/graphql/server';
import { documentLimitErrors, queryCost, queryLimitsFromEnv, type QueryLimits } from '../src/server/graphql/limits';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';
import { countRows, insertPartnership } from './support/partners';
import { adminUrl } from './support/template';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const LIMITS = queryLimitsFromEnv();

let app: TestApp;
let manager: Awaited<ReturnType<typeof createProgramWithManager>>;
let apiKey: string;
/** Statements one request of the manager costs before any resolver runs (resolving the session). */
let sessionStatements: number;

async function post(query: string, options: { cookie?: string; bearer?: string; variables?: Record<string, unknown> } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const before = app.queries.count;
  const response = await app.fetchGraphQL('/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) });
  const text = await response.text();
  expect(text).not.toMatch(/stack|node_modules|Failed query/i);
  return { status: response.status, body: JSON.parse(text) as Body, statements: app.queries.count - before };
}

const codesOf = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);

/** `program → partnerships(first) → node → program → …`, `levels` programs deep (the schema's cycle). */
function nestedPrograms(levels: number, first: number | string | null = 100): string {
  const args = first === null ? '' : `(first: ${first})`;
  let inner = 'id partnerKey';
  for (let level = 1; level < levels; level++) inner = `program { partnerships${args} { edges { node { ${inner} } } } }`;
  return `program(slug: "${manager.program.slug}") { partnerships${args} { edges { node { ${inner} } } } }`;
}

beforeAll(async () => {
  app = await startTestApp();
  manager = await createProgramWithManager(app.db);
  for (let i = 0; i < 5; i++) await insertPartnership(app.db, manager.program.id);
  apiKey = (await createApiKeyFor(app.db, manager.program.id)).secret;
  const baseline = await post('{ __typename }', { cookie: manager.cookie });
  expect(baseline.body.data).toEqual({ __typename: 'Query' });
  sessionStatements = baseline.statements;
});
afterAll(() => app.close());

/** Values for an operation's variables that make it as large as the schema allows (every Int is a page size of 100). */
function worstCaseValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return worstCaseValue(type.ofType);
  if (isListType(type)) return [worstCaseValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, worstCaseValue(f.type)]));
  }
  if (isScalarType(type)) return { Int: 100, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00.000Z' }[type.name] ?? 'x';
  return null;
}

function worstCaseVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return {};
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, worstCaseValue(typeFromAST(schema, v.type as never) as GraphQLInputType)]),
  );
}

describe("the app's own documents", () => {
  const schema = buildSchema();
  const documents = Object.entries(generated).filter(
    (entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as { kind?: unknown }).kind === Kind.DOCUMENT,
  );
  // "Well inside": the pages would still pass with a fifth less depth and half the tokens and cost.
  const headroom: QueryLimits = {
    maxDepth: Math.floor(LIMITS.maxDepth * 0.8),
    maxAliases: LIMITS.maxAliases,
    maxDirectives: LIMITS.maxDirectives,
    maxTokens: Math.floor(LIMITS.maxTokens / 2),
    maxCost: Math.floor(LIMITS.maxCost / 2),
  };

  it('are all found', () => {
    expect(documents.length).toBeGreaterThan(50);
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['PartnersPageDocument', 'PartnerDetailDocument', 'ProgramGroupsDocument']));
  });

  it.each(documents)('%s passes every limit with room to spare', (_name, document) => {
    expect(validate(schema, document)).toEqual([]);
    expect(() => parse(print(document), { maxTokens: headroom.maxTokens })).not.toThrow();
    expect(documentLimitErrors(schema, document, headroom).map((e) => e.message)).toEqual([]);
    const cost = queryCost(schema, document, worstCaseVariables(schema, document));
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(headroom.maxCost);
  });
});

describe('hostile queries are refused before any resolver runs', () => {
  it('a query within the limits runs (the statement count below would see resolvers)', async () => {
    const res = await post(`{ ${nestedPrograms(2, 5)} }`, { cookie: manager.cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.statements).toBeGreaterThan(sessionStatements);
  });

  it('seven levels of program → partnerships(first: 100) → node → program: QUERY_TOO_DEEP', async () => {
    const res = await post(`{ ${nestedPrograms(7)} }`, { cookie: manager.cookie });
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['QUERY_TOO_DEEP']);
    expect(res.body.errors![0].message).toContain(`depth limit of ${LIMITS.maxDepth}`);
    expect(res.body.data).toBeUndefined();
    expect(res.statements).toBe(sessionStatements);
  });

  it('the same nesting through a fragment: QUERY_TOO_DEEP', async () => {
    const query = `
      query { program(slug: "${manager.program.slug}") { ...P } }
      fragment P on Program { partnerships(first: 100) { edges { node { program { partnerships { edges { node { program { partnerships { edges { node { id } } } } } } } } } } } }`;
    const res = await post(query, { cookie: manager.cookie });
    expect(codesOf(res.body)).toEqual(['QUERY_TOO_DEEP']);
    expect(res.statements).toBe(sessionStatements);
  });

  it('two levels of first: 100 within the depth limit: QUERY_TOO_COSTLY', async () => {
    const res = await post(`{ ${nestedPrograms(2, 100)} }`, { cookie: manager.cookie });
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(res.body.errors![0].message).toContain(`cost limit is ${LIMITS.maxCost}`);
    expect(res.statements).toBe(sessionStatements);
  });

  it('the page size counts when it comes from a variable, and the schema default when there is none', async () => {
    const withVariable = await post(`query ($n: Int) { ${nestedPrograms(2, '$n')} }`, { cookie: manager.cookie, variables: { n: 100 } });
    expect(codesOf(withVariable.body)).toEqual(['QUERY_TOO_COSTLY']);
    const small = await post(`query ($n: Int) { ${nestedPrograms(2, '$n')} }`, { cookie: manager.cookie, variables: { n: 5 } });
    expect(small.body.errors).toBeUndefined();
    // Variables that do not fit are reported as such, not as a cost.
    const misfit = await post(`query ($n: Int) { ${nestedPrograms(2, '$n')} }`, { cookie: manager.cookie, variables: { n: 'lots' } });
    expect(codesOf(misfit.body)).toEqual(['BAD_USER_INPUT']);
    expect(misfit.statements).toBe(sessionStatements);
    // first defaults to 50: 50 × 50 partnerships is refused as well.
    const defaults = await post(`{ ${nestedPrograms(2, null)} }`, { cookie: manager.cookie });
    expect(codesOf(defaults.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(defaults.statements).toBe(sessionStatements);
  });

  it('40 aliases of a searched count: TOO_MANY_ALIASES', async () => {
    const counts = Array.from({ length: 40 }, (_, i) => `c${i}: partnerships(programId: "${manager.programId}", filter: { search: "par${i}" }) { totalCount }`);
    const res = await post(`{ ${counts.join(' ')} }`, { cookie: manager.cookie });
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['TOO_MANY_ALIASES']);
    expect(res.body.errors![0].message).toContain(`Aliases limit of ${LIMITS.maxAliases}`);
    expect(res.statements).toBe(sessionStatements);
  });

  it('1,000 aliases of a searched count: stopped while parsing, TOO_MANY_TOKENS', async () => {
    const counts = Array.from({ length: 1000 }, (_, i) => `c${i}: partnerships(programId: "${manager.programId}", filter: { search: "par" }) { totalCount }`);
    const res = await post(`{ ${counts.join(' ')} }`, { cookie: manager.cookie });
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['TOO_MANY_TOKENS']);
    expect(res.statements).toBe(sessionStatements);
  });

  it('a huge token count: TOO_MANY_TOKENS, from an anonymous caller too', async () => {
    const res = await post(`{ viewer { ${'__typename '.repeat(20_000)} } }`);
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['TOO_MANY_TOKENS']);
    expect(res.body.errors![0].message).toBe(`The query has more than ${LIMITS.maxTokens} tokens (GRAPHQL_MAX_TOKENS).`);
    expect(res.statements).toBe(0);
  });

  it('a directive flood: TOO_MANY_DIRECTIVES', async () => {
    const res = await post(`{ viewer { ${'__typename @include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`);
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(['TOO_MANY_DIRECTIVES']);
    expect(res.statements).toBe(0);
  });

  it('the same refusal over GET', async () => {
    const url = `/api/graphql?query=${encodeURIComponent(`{ ${nestedPrograms(7)} }`)}`;
    const before = app.queries.count;
    const response = await app.fetchGraphQL(url, { headers: { 'apollo-require-preflight': 'true', cookie: manager.cookie } });
    const body = (await response.json()) as Body;
    expect(response.status).toBe(400);
    expect(codesOf(body)).toEqual(['QUERY_TOO_DEEP']);
    expect(app.queries.count - before).toBe(sessionStatements);
  });

  it('limits come from the environment', async () => {
    const saved = process.env.GRAPHQL_MAX_DEPTH;
    process.env.GRAPHQL_MAX_DEPTH = '3';
    try {
      expect(queryLimitsFromEnv().maxDepth).toBe(3);
      const handler = createGraphQLHandler(async () => app.db);
      const response = await handler(
        new NextRequest('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ viewer { programs { defaultGroup { id } } } }' }),
        }),
      );
      expect(codesOf((await response.json()) as Body)).toEqual(['QUERY_TOO_DEEP']);
      process.env.GRAPHQL_MAX_DEPTH = 'lots';
      expect(() => queryLimitsFromEnv()).toThrow('GRAPHQL_MAX_DEPTH must be a whole number of 1 or more, not "lots".');
    } finally {
      if (saved === undefined) delete process.env.GRAPHQL_MAX_DEPTH;
      else process.env.GRAPHQL_MAX_DEPTH = saved;
    }
  });
});

describe('introspection and suggestions', () => {
  const SCHEMA_QUERY = '{ __schema { queryType { name } } }';
  const TYPE_QUERY = '{ __type(name: "Program") { name fields { name } } }';
  const MISSPELT = '{ viewr { isPartnerMember } }';

  async function inProduction<T>(run: () => Promise<T>): Promise<T> {
    const saved = process.env.NODE_ENV;
    Object.assign(process.env, { NODE_ENV: 'production' });
    try {
      return await run();
    } finally {
      Object.assign(process.env, { NODE_ENV: saved });
    }
  }

  it('outside production everything is open to anonymous callers', async () => {
    expect((await post(SCHEMA_QUERY)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await post(TYPE_QUERY)).body.errors).toBeUndefined();
    const misspelt = await post(MISSPELT);
    expect(misspelt.body.errors![0].message).toBe('Cannot query field "viewr" on type "Query". Did you mean "viewer"?');
  });

  it('in production anonymous callers get INTROSPECTION_DISABLED for __schema and __type', async () => {
    await inProduction(async () => {
      for (const query of [SCHEMA_QUERY, TYPE_QUERY, `query { viewer { isPartnerMember } ...I } fragment I on Query { __type(name: "Program") { name } }`]) {
        const res = await post(query);
        expect(res.status).toBe(400);
        expect(codesOf(res.body)).toEqual(['INTROSPECTION_DISABLED']);
        expect(res.body.errors![0].message).toBe('Introspection (__schema, __type) is available to signed-in users and API keys only.');
        expect(res.body.data).toBeUndefined();
      }
      // __typename is not introspection: clients add it to every selection.
      expect((await post('{ __typename viewer { __typename } }')).body.errors).toBeUndefined();
    });
  });

  it('in production signed-in users and API keys may introspect', async () => {
    await inProduction(async () => {
      expect((await post(SCHEMA_QUERY, { cookie: manager.cookie })).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await post(TYPE_QUERY, { bearer: apiKey })).body.errors).toBeUndefined();
    });
  });

  it('in production anonymous callers get no "did you mean" suggestions; signed-in ones do', async () => {
    await inProduction(async () => {
      const anonymous = await post(MISSPELT);
      expect(anonymous.status).toBe(400);
      expect(codesOf(anonymous.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(anonymous.body.errors![0].message).toBe('Cannot query field "viewr" on type "Query".');
      const enumValue = await post('{ viewer { programs { partnerships(sort: { field: NAMEE, direction: ASC }) { totalCount } } } }');
      expect(enumValue.body.errors![0].message).not.toMatch(/did you mean/i);
      const signedIn = await post(MISSPELT, { cookie: manager.cookie });
      expect(signedIn.body.errors![0].message).toContain('Did you mean "viewer"?');
    });
  });
});

describe('statement timeout', () => {
  it('defaults to 5 s for the app, 0 turns it off, anything else is refused', () => {
    expect(requestStatementTimeoutMs({})).toBe(5000);
    expect(requestStatementTimeoutMs({ DATABASE_STATEMENT_TIMEOUT_MS: '800' })).toBe(800);
    expect(requestStatementTimeoutMs({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toBeUndefined();
    expect(() => requestStatementTimeoutMs({ DATABASE_STATEMENT_TIMEOUT_MS: '5s' })).toThrow('DATABASE_STATEMENT_TIMEOUT_MS');
  });

  it('a statement the database cancels answers TIMEOUT, and its transaction writes nothing', async () => {
    // The database's own query_canceled (SQLSTATE 57014), raised where createGroup writes.
    await app.db.execute(sql.raw(`
      create function test_cancel_group_insert() returns trigger language plpgsql as $$
      begin raise exception 'canceling statement due to statement timeout' using errcode = 'query_canceled'; end $$`));
    await app.db.execute(sql.raw('create trigger test_cancel_group_insert before insert on groups for each row execute function test_cancel_group_insert()'));
    try {
      const before = await countRows(app.db, groups);
      const res = await post(
        `mutation { createGroup(input: { programId: "${manager.programId}", name: "Slow group" }) { group { id } userErrors { code } } }`,
        { cookie: manager.cookie },
      );
      expect(codesOf(res.body)).toEqual(['TIMEOUT']);
      expect(res.body.errors![0].message).toBe('The request took too long and was stopped (DATABASE_STATEMENT_TIMEOUT_MS).');
      expect(await countRows(app.db, groups)).toBe(before);
    } finally {
      await app.db.execute(sql.raw('drop trigger test_cancel_group_insert on groups'));
      await app.db.execute(sql.raw('drop function test_cancel_group_insert()'));
    }
  });

  // PGlite runs statements on the JavaScript thread with no timer to interrupt them, so only
  // PostgreSQL can enforce a statement timeout.
  if (process.env.TEST_DATABASE_URL) {
    it('on PostgreSQL the app pool cancels a statement that waits past the timeout; script connections have none', async () => {
      const [{ name }] = await queryRows<{ name: string }>(app.db, sql`select current_database() as name`);
      const timed = await openDatabase(adminUrl(name), undefined, { statementTimeoutMs: 300 });
      const untimed = await openDatabase(adminUrl(name));
      const locker = new Client({ connectionString: adminUrl(name) });
      await locker.connect();
      try {
        expect(await queryRows(timed.db, sql`show statement_timeout`)).toEqual([{ statement_timeout: '300ms' }]);
        expect(await queryRows(untimed.db, sql`show statement_timeout`)).toEqual([{ statement_timeout: '0' }]);
        await locker.query('begin');
        await locker.query('lock table partnerships in access exclusive mode');
        const handler = createGraphQLHandler(async () => timed.db);
        const started = Date.now();
        const response = await handler(
          new NextRequest('http://localhost:3000/api/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: manager.cookie },
            body: JSON.stringify({ query: `{ program(slug: "${manager.program.slug}") { name partnerships { totalCount } } }` }),
          }),
        );
        const body = (await response.json()) as Body;
        expect(codesOf(body)).toEqual(['TIMEOUT']);
        expect(Date.now() - started).toBeLessThan(5000);
      } finally {
        await locker.query('rollback');
        await locker.end();
        await timed.close();
        await untimed.close();
      }
    });
  }
});
