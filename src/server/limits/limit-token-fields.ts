import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context';
import { clientIp } from './client-ip';
import { hitRateLimit, rateLimitHeaders, RateLimitedError, waitText, type RateLimitState } from './rate-limiter';

/**
 * Root fields that take an emailed or shared token and answer whether it is valid: each use is a
 * guess when the caller does not hold the link, so they count against the caller's IP.
 */
export const TOKEN_FIELDS: Record<'query' | 'mutation', ReadonlySet<string>> = {
  query: new Set(['inviteLanding', 'joinLanding']),
  mutation: new Set(['claimInvite', 'confirmEmailChange', 'joinProgram']),
};

export function tooManyTokenAttempts(state: RateLimitState): RateLimitedError {
  return new RateLimitedError(state, `Too many attempts from your network; try again in ${waitText(state.resetSeconds)}.`);
}

/** The GraphQL form of a refusal: code RATE_LIMITED, HTTP 429 and the RateLimit headers. */
export function rateLimitedGraphQLError(error: RateLimitedError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap(Object.entries(rateLimitHeaders(error.state))) } },
  });
}

/**
 * How many token fields an operation selects at its root, through fragments too: aliases let one
 * request carry hundreds of guesses, and each counts.
 */
export function countTokenFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  if (operation.operation === 'subscription') return 0;
  const names = TOKEN_FIELDS[operation.operation];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const count = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += names.has(selection.name.value) ? 1 : 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet, seen);
      else {
        const fragment = fragments.get(selection.name.value);
        // Validation already refused fragment cycles; `seen` only guards this walk.
        if (fragment && !seen.has(fragment.name.value)) total += count(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };
  return count(operation.selectionSet, new Set());
}

/** Counts token fields per client IP once the operation is known, before anything runs. */
export function tokenRateLimitPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue, request }) {
          const uses = operation ? countTokenFields(document, operation) : 0;
          if (uses === 0) return;
          const state = await hitRateLimit(contextValue.db, 'tokenPerIp', clientIp(request.http?.headers ?? new HeaderMap()), uses);
          if (!state.allowed) throw rateLimitedGraphQLError(tooManyTokenAttempts(state));
        },
      };
    },
  };
}
