import { NextRequest } from 'next/server';
import { createGraphQLHandler } from '../src/server/graphql/server';
import { DEFAULT_HTTP_LIMITS, httpLimitsFromEnv } from '../src/server/graphql/limits';
import { startTestApp, type TestApp } from './support/app';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const MB = 1024 * 1024;
const LIMIT = DEFAULT_HTTP_LIMITS.maxBodyBytes;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A body of `total` bytes made on demand, 64 KiB at a time, that records how much was pulled from it. */
function streamedBody(total: number, fill = ' ') {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (stats.pulled >= total) return controller.close();
        const piece = chunk.subarray(0, Math.min(chunk.byteLength, total - stats.pulled));
        stats.pulled += piece.byteLength;
        controller.enqueue(piece);
      },
      cancel() {
        stats.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

/** A JSON GraphQL request of exactly `size` bytes, padded with whitespace the JSON parser skips. */
function paddedQuery(size: number): string {
  const json = JSON.stringify({ query: '{ __typename }' });
  return json.slice(0, -1) + ' '.repeat(size - json.length) + '}';
}

async function send(init: RequestInit & { duplex?: 'half' }) {
  const before = app.queries.count;
  const response = await app.fetchGraphQL('/api/graphql', init);
  return { status: response.status, body: (await response.json()) as Body, statements: app.queries.count - before };
}

const TOO_LARGE = {
  errors: [{ message: `The request body is larger than ${LIMIT} bytes (GRAPHQL_MAX_BODY_BYTES).`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
};

describe('request body size', () => {
  it('the limit defaults to 1 MiB', () => {
    expect(httpLimitsFromEnv({})).toEqual({ maxBodyBytes: 1_048_576, maxQueryStringBytes: 8_192 });
  });

  it('an anonymous 50 MB chunked POST is refused with 413 after reading little more than the limit', async () => {
    const { stream, stats } = streamedBody(50 * MB);
    const res = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' });
    expect(res.status).toBe(413);
    expect(res.body).toEqual(TOO_LARGE);
    expect(stats.pulled).toBeLessThan(LIMIT + 256 * 1024);
    expect(stats.cancelled).toBe(true);
    expect(res.statements).toBe(0);
  });

  it('a Content-Length over the limit is refused without reading the body', async () => {
    const { stream, stats } = streamedBody(50 * MB);
    const res = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * MB) },
      body: stream,
      duplex: 'half',
    });
    expect(res.status).toBe(413);
    expect(res.body).toEqual(TOO_LARGE);
    expect(stats.pulled).toBe(0);
  });

  it('any content type is limited, not only JSON', async () => {
    const { stream } = streamedBody(2 * MB);
    const res = await send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' });
    expect(res.status).toBe(413);
    expect(res.body).toEqual(TOO_LARGE);
  });

  it('a body of exactly the limit is answered; one byte more is refused', async () => {
    const atLimit = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: paddedQuery(LIMIT) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body).toEqual({ data: { __typename: 'Query' } });
    const over = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: paddedQuery(LIMIT + 1) });
    expect(over.status).toBe(413);
    expect(over.body).toEqual(TOO_LARGE);
  });

  it('a small chunked body (no Content-Length) is read and answered', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ query: '{ viewer { isPartnerMember } }' }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    const res = await send({ method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: stream, duplex: 'half' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { viewer: null } });
  });

  it('a body that breaks off mid-stream is a 400, not a server error', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ __typ'));
        controller.error(new Error('connection reset'));
      },
    });
    const res = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: 'The request body could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('GRAPHQL_MAX_BODY_BYTES changes the limit', async () => {
    const saved = process.env.GRAPHQL_MAX_BODY_BYTES;
    process.env.GRAPHQL_MAX_BODY_BYTES = '2000';
    try {
      const handler = createGraphQLHandler(async () => app.db);
      const post = (body: string) =>
        handler(new NextRequest('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
      expect((await post(paddedQuery(2000))).status).toBe(200);
      const over = await post(paddedQuery(2001));
      expect(over.status).toBe(413);
      expect(((await over.json()) as Body).errors![0].message).toBe('The request body is larger than 2000 bytes (GRAPHQL_MAX_BODY_BYTES).');
    } finally {
      if (saved === undefined) delete process.env.GRAPHQL_MAX_BODY_BYTES;
      else process.env.GRAPHQL_MAX_BODY_BYTES = saved;
    }
  });
});

describe('GET query string size', () => {
  const get = (query: string) =>
    app.fetchGraphQL(`/api/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });

  it('an ordinary GET is answered', async () => {
    const response = await get('{ __typename }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a query string over the limit is refused with 414 and says to use POST', async () => {
    const response = await get(`{ __typename ${'#'.repeat(DEFAULT_HTTP_LIMITS.maxQueryStringBytes)} }`);
    expect(response.status).toBe(414);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The query string is longer than ${DEFAULT_HTTP_LIMITS.maxQueryStringBytes} bytes (GRAPHQL_MAX_QUERY_STRING_BYTES): send the operation with POST.`,
          extensions: { code: 'URI_TOO_LONG' },
        },
      ],
    });
  });
});
