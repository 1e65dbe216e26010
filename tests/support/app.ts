import { print, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NextRequest } from 'next/server';
import { provideDatabase } from '../../src/server/db/bootstrap';
import type { Database, DatabaseHandle } from '../../src/server/db/client';
import { createGraphQLHandler } from '../../src/server/graphql/server';
import { openTestDatabase, type QueryCounter } from './database';

export interface Caller {
  cookie?: string;
  bearer?: string;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null | undefined;
  errors?: GraphQLFormattedError[];
}

export interface TestApp {
  db: Database;
  handle: DatabaseHandle;
  queries: QueryCounter;
  /** POSTs an operation to the real /api/graphql route handler. */
  gql<T, V>(document: TypedDocumentNode<T, V>, variables: V, caller?: Caller): Promise<GraphQLResult<T>>;
  /** A raw request to the GraphQL route, for protocol-level tests. */
  fetchGraphQL(input: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export function callerHeaders(caller: Caller = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
  return headers;
}

/** A fresh database, wired into the app exactly as the Next server wires its own. */
export async function startTestApp(): Promise<TestApp> {
  const queries: QueryCounter = { count: 0 };
  const handle = await openTestDatabase(queries);
  provideDatabase(handle);
  const handler = createGraphQLHandler(async () => handle.db);
  const fetchGraphQL = (input: string, init?: RequestInit) =>
    handler(new NextRequest(new URL(input, 'http://localhost:3000'), init as ConstructorParameters<typeof NextRequest>[1]));
  return {
    db: handle.db,
    handle,
    queries,
    fetchGraphQL,
    async gql(document, variables, caller) {
      const response = await fetchGraphQL('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...callerHeaders(caller) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
      return { status: response.status, data: body.data as never, errors: body.errors };
    },
    close: () => handle.close(),
  };
}
