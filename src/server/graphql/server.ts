import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
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

/** The /api/graphql route handler: POST and GET (GET needs the apollo-require-preflight header). */
export function createGraphQLHandler(database: () => Promise<Database> = getDb) {
  const handler = startServerAndCreateNextHandler<NextRequest, Context>(createApolloServer(), {
    context: async (request) => contextForRequest(await database(), request),
  });
  return (request: NextRequest) => handler(request);
}
