import 'server-only';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { NextRequest } from 'next/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getDb } from '../db/bootstrap';
import type { Database } from '../db/client';
import { resolveViewer } from '../auth/viewer';
import { AccessError } from '../shared/errors';
import { createContext, type Context } from './context';
import { formatError, toGraphQLError } from './errors';
import { inputSafetyPlugin } from './input-safety';
import { rateLimitedGraphQLError, tokenRateLimitPlugin } from '../limits/limit-token-fields';
import { RateLimitedError } from '../limits/rate-limiter';
import { withApiKeyUsageHeaders } from '../limits/api-key-usage';
import { apolloLimitOptions, httpLimitsFromEnv, LIMIT_CODES, queryLimitsFromEnv, type HttpLimits, type QueryLimits } from './limits';
import { buildSchema } from './schema';
import { withRequestOrigin } from '../shared/app-url';

export function createApolloServer(limits: QueryLimits = queryLimitsFromEnv()): ApolloServer<Context> {
  const limitOptions = apolloLimitOptions(limits);
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Open at the server level; queryLimitsPlugin closes it to anonymous callers in production.
    introspection: true,
    parseOptions: limitOptions.parseOptions,
    plugins: [...limitOptions.plugins, inputSafetyPlugin(), tokenRateLimitPlugin()],
  });
}

export async function contextForRequest(db: Database, request: Request): Promise<Context> {
  try {
    return createContext(db, await resolveViewer(db, request.headers));
  } catch (error) {
    if (error instanceof AccessError) throw toGraphQLError(error);
    if (error instanceof RateLimitedError) throw rateLimitedGraphQLError(error);
    throw new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status });
}

const payloadTooLarge = (limits: HttpLimits) =>
  errorResponse(413, LIMIT_CODES.payloadTooLarge, `The request body is larger than ${limits.maxBodyBytes} bytes (GRAPHQL_MAX_BODY_BYTES).`);

/**
 * The body, or null once it passes the limit: a declared Content-Length is refused unread, and a
 * chunked body is read only until it crosses the limit (the rest is never pulled from the socket).
 */
async function readBodyWithin(request: NextRequest, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  // TextDecoder drops a leading byte-order mark, as request.text() did.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Every body is read here, within the size limit, before anything parses it (the Next
 * integration would read any size). The integration also parses JSON only for a bare
 * `application/json` (so `application/json; charset=utf-8` reached Apollo as a string and got a
 * 400), and a malformed body threw out of the handler (a 500). So a JSON body is checked once and
 * passed on with the plain content type; malformed JSON is the client's error, a 400 like Apollo's own.
 */
async function withCheckedBody(request: NextRequest, limits: HttpLimits): Promise<NextRequest | Response> {
  if (request.method === 'GET') {
    return request.nextUrl.search.length > limits.maxQueryStringBytes
      ? errorResponse(414, LIMIT_CODES.uriTooLong, `The query string is longer than ${limits.maxQueryStringBytes} bytes (GRAPHQL_MAX_QUERY_STRING_BYTES): send the operation with POST.`)
      : request;
  }
  if (request.method !== 'POST') return request;
  let body: string | null;
  try {
    body = await readBodyWithin(request, limits.maxBodyBytes);
  } catch {
    // The client went away or broke the stream mid-body.
    return errorResponse(400, 'BAD_REQUEST', 'The request body could not be read.');
  }
  if (body === null) return payloadTooLarge(limits);
  const headers = new Headers(request.headers);
  // The body is passed on as a string, which sets its own length.
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  if (JSON_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) {
    try {
      JSON.parse(body);
    } catch {
      return errorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    headers.set('content-type', 'application/json');
  }
  return new NextRequest(request.url, { method: 'POST', headers, body });
}

/** The /api/graphql route handler: POST and GET (GET needs the apollo-require-preflight header). */
export function createGraphQLHandler(database: () => Promise<Database> = getDb) {
  const httpLimits = httpLimitsFromEnv();
  const handler = startServerAndCreateNextHandler<NextRequest, Context>(createApolloServer(), {
    context: async (request) => contextForRequest(await database(), request),
  });
  return (request: NextRequest) =>
    withRequestOrigin(request.headers, async () => {
      const checked = await withCheckedBody(request, httpLimits);
      return checked instanceof Response ? checked : withApiKeyUsageHeaders(checked.headers, await handler(checked));
    });
}
