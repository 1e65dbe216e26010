import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AccessError, httpStatusOf, InvalidInputError, type UserError } from '../shared/errors';
import { isStatementTimeout, LIMIT_CODES } from './limits';

/** Domain access errors become GraphQL errors with `extensions.code`. */
export function toGraphQLError(error: AccessError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, http: { status: httpStatusOf(error) } } });
}

/**
 * Runs a mutation's use case and shapes its payload: input problems become `userErrors`
 * (the use case threw before committing, so nothing changed).
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<T & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ...error.payload, userErrors: error.userErrors } as unknown as T & { userErrors: UserError[] };
    throw error;
  }
}

const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  ...Object.values(LIMIT_CODES),
]);

/**
 * Last stop before the client: anything that is not a known client error is logged here and
 * answered as a plain internal error, so no stack trace, SQL or driver message leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AccessError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
  }
  if (original instanceof InvalidInputError) {
    // Queries (which have no userErrors) report bad arguments this way.
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', userErrors: original.userErrors },
    };
  }
  if (isStatementTimeout(original)) {
    return { message: 'The request took too long and was stopped (DATABASE_STATEMENT_TIMEOUT_MS).', path: formatted.path, extensions: { code: LIMIT_CODES.timeout } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  console.error('[graphql] internal error', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
