import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { NextRequest } from 'next/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getDb, type Database } from '../db/client';
import { resolveViewer } from '../auth/viewer';
import { AccessError } from '../shared/errors';
import { createContext, type Context } from './context';
import { formatError, toGraphQLError } from './errors';
import { buildSchema } from './schema';

export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}

export async function contextForRequest(db: Database, request: Request): Promise<Context> {
  try {
    return createContext(db, await resolveViewer(db, request.headers));
  } catch (error) {
    if (error instanceof AccessError) throw toGraphQLError(error);
    throw new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i;

/**
 * The Next integration parses the body itself: only for a bare `application/json` (so
 * `application/json; charset=utf-8` reached Apollo as a string and got a 400), and a malformed
 * body threw out of the handler (a 500). Here a JSON body is checked once and passed on with the
 * plain content type; malformed JSON is the client's error, a 400 like Apollo's own.
 */
async function withCheckedJsonBody(request: NextRequest): Promise<NextRequest | Response> {
  if (request.method !== 'POST' || !JSON_CONTENT_TYPE.test(request.headers.get('content-type') ?? '')) return request;
  const body = await request.text();
  try {
    JSON.parse(body);
  } catch {
    return Response.json(
      { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
      { status: 400 },
    );
  }
  const headers = new Headers(request.headers);
  headers.set('content-type', 'application/json');
  return new NextRequest(request.url, { method: 'POST', headers, body });
}

/** The /api/graphql route handler: POST and GET (GET needs the apollo-require-preflight header). */
export function createGraphQLHandler(database: () => Promise<Database> = getDb) {
  const handler = startServerAndCreateNextHandler<NextRequest, Context>(createApolloServer(), {
    context: async (request) => contextForRequest(await database(), request),
  });
  return async (request: NextRequest) => {
    const checked = await withCheckedJsonBody(request);
    return checked instanceof Response ? checked : handler(checked);
  };
}
