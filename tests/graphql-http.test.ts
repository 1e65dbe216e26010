import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApp, type TestApp } from './support/app';
import { createApiKeyFor, createProgramWithManager } from './support/factories';

const URL_ = 'http://localhost:3000/api/graphql';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  let results: AuditResult[];
  beforeAll(async () => {
    results = await auditServer({
      url: URL_,
      // Every audit request goes to the real route handler, in process.
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetchGraphQL(String(input), init),
    });
  });

  it('passes every MUST audit', () => {
    expect(results.length).toBeGreaterThan(50);
    const errors = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(errors).toEqual([]);
  });

  it('accepts utf-8 declared as a charset, answers malformed JSON and a missing body with 400', () => {
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    // BF61: content-type "application/json; charset=utf-8"; BCF8/B7N8: JSON parse failure -> 400; A5BF: no body -> 400.
    for (const id of ['BF61', '78D5', 'BCF8', 'B7N8', 'A5BF', '2C94']) {
      expect([id, byId[id]?.status]).toEqual([id, 'ok']);
    }
  });
});

describe('requests by hand', () => {
  it('answers POST { __typename } with the query type', async () => {
    const response = await app.fetchGraphQL('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a GET query that carries the apollo-require-preflight header, with the caller resolved', async () => {
    const { program } = await createProgramWithManager(app.db);
    const { secret } = await createApiKeyFor(app.db, program.id);
    const query = encodeURIComponent('{ __typename program { slug } }');
    const response = await app.fetchGraphQL(`/api/graphql?query=${query}`, {
      method: 'GET',
      headers: { 'apollo-require-preflight': '1', authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query', program: { slug: program.slug } } });
  });

  it('refuses a GET without a preflight header (CSRF protection), and a mutation over GET', async () => {
    const simple = await app.fetchGraphQL(`/api/graphql?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);

    const mutation = encodeURIComponent('mutation { createGroup(input: { programId: "x", name: "y" }) { group { id } } }');
    const viaGet = await app.fetchGraphQL(`/api/graphql?query=${mutation}`, { method: 'GET', headers: { 'apollo-require-preflight': '1' } });
    expect(viaGet.status).toBe(405);
  });
});
