import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Lexer,
  NoSchemaIntrospectionCustomRule,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Viewer } from '../auth/viewer';
import type { Context } from './context';

/**
 * The `extensions.code` of each refusal, stable for API consumers. Every one is a client error:
 * errors.ts lets them through as they are.
 */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  cost: 'QUERY_TOO_COSTLY',
  introspection: 'INTROSPECTION_DISABLED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  uriTooLong: 'URI_TOO_LONG',
  timeout: 'TIMEOUT',
} as const;

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export interface HttpLimits {
  maxBodyBytes: number;
  maxQueryStringBytes: number;
}

/**
 * Defaults leave the app's own pages several times the room they need (tests/query-limits.test.ts
 * checks every document in src/gql against them) while refusing the nesting and alias bombs.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxTokens: 1_000, maxCost: 10_000 };
export const DEFAULT_HTTP_LIMITS: HttpLimits = { maxBodyBytes: 1_048_576, maxQueryStringBytes: 8_192 };

type Env = Record<string, string | undefined>;

/** A misspelt limit must stop the server rather than silently leave it unprotected. */
function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${raw}".`);
  return value;
}

export function queryLimitsFromEnv(env: Env = process.env): QueryLimits {
  return {
    maxDepth: positiveInteger(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
    maxAliases: positiveInteger(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases),
    maxDirectives: positiveInteger(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_QUERY_LIMITS.maxDirectives),
    maxTokens: positiveInteger(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens),
    maxCost: positiveInteger(env, 'GRAPHQL_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost),
  };
}

export function httpLimitsFromEnv(env: Env = process.env): HttpLimits {
  return {
    maxBodyBytes: positiveInteger(env, 'GRAPHQL_MAX_BODY_BYTES', DEFAULT_HTTP_LIMITS.maxBodyBytes),
    maxQueryStringBytes: positiveInteger(env, 'GRAPHQL_MAX_QUERY_STRING_BYTES', DEFAULT_HTTP_LIMITS.maxQueryStringBytes),
  };
}

function limitError(code: (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES], message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * graphql-armor's rules report a limit by calling onReject with the validation context; we report
 * our own error there so it carries the limit's code (armor's Apollo wrapper would say BAD_USER_INPUT).
 */
function reportAs(code: (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES], describe: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(limitError(code, `${describe} ${error.message.replace(/^Syntax Error: /, '')}`));
      },
    ],
  };
}

/** Depth, aliases and directives of every operation in the document (graphql-armor's rules). */
export function documentLimitErrors(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): readonly GraphQLError[] {
  return validate(schema, document, [
    maxDepthRule({ n: limits.maxDepth, ...reportAs(LIMIT_CODES.depth, 'The query is nested too deeply (GRAPHQL_MAX_DEPTH).') }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs(LIMIT_CODES.aliases, 'The query uses too many aliases (GRAPHQL_MAX_ALIASES).') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs(LIMIT_CODES.directives, 'The query uses too many directives (GRAPHQL_MAX_DIRECTIVES).') }),
  ]);
}

/**
 * A field costs 1 plus what it selects; a list with a `first` argument (every connection) costs
 * its selection `first` times, with the schema's default `first` when the query gives none.
 * Lists without `first` (a partnership's members, a program's managers) are small and count once.
 */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first: unknown = args.first;
  const size = typeof first === 'number' && first > 1 ? first : 1;
  return 1 + size * childComplexity;
};

/**
 * The query's cost with the request's variables (so `first: $n` counts as much as `first: 100`).
 * Undefined when the operation cannot run as sent (no such operation, variables that do not fit):
 * execution then answers that, and runs no resolver. Anything else the estimate throws on, such
 * as graphql-query-complexity's guard against fragments that fan out without end, is too costly.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number | undefined {
  const operation = getOperationAST(document, operationName);
  // One error is enough to know; uncapped, graphql-js builds an error (with a stack) per bad list item.
  if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 }).errors) return undefined;
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [listSizeEstimator] });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function costLimitError(cost: number | undefined, limits: QueryLimits): GraphQLError | undefined {
  if (cost === undefined || cost <= limits.maxCost) return undefined;
  const found = Number.isFinite(cost) ? `, found ${cost}` : '';
  return limitError(
    LIMIT_CODES.cost,
    `The query could return too much: its cost limit is ${limits.maxCost}${found} (GRAPHQL_MAX_COST). Ask for smaller pages (first) or fewer nested lists.`,
  );
}

/** Production keeps the schema's shape from anonymous callers; development stays open. */
export function schemaDetailsOpenTo(viewer: Viewer | undefined, nodeEnv = process.env.NODE_ENV): boolean {
  return nodeEnv !== 'production' || (viewer !== undefined && viewer.kind !== 'anonymous');
}

function introspectionError(schema: GraphQLSchema, document: DocumentNode): GraphQLError | undefined {
  if (validate(schema, document, [NoSchemaIntrospectionCustomRule]).length === 0) return undefined;
  return limitError(LIMIT_CODES.introspection, 'Introspection (__schema, __type) is available to signed-in users and API keys only.');
}

/** graphql-js phrasings: `Did you mean "x"?`, `Did you mean the enum value "X"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Whether the source has more than `max` tokens; lexing stops at the first one past it. */
function exceedsTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; ) if (++count > max) return true;
  } catch {
    // Not lexable before the limit: an ordinary syntax error.
  }
  return false;
}

/**
 * Runs the limits on every request. The token limit is graphql-js's own parse option (see
 * apolloLimitOptions), which stops parsing at the limit; this only gives its error the code. The other
 * checks run once the operation is known and before any resolver, so a refused query costs no
 * database work. They are not Apollo validation rules because Apollo caches a validated document
 * for every later caller, and introspection depends on who is calling.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const [documentError] = documentLimitErrors(schema, document, limits);
          if (documentError) throw documentError;
          const costError = costLimitError(queryCost(schema, document, request.variables, operationName), limits);
          if (costError) throw costError;
          if (!schemaDetailsOpenTo(contextValue.viewer)) {
            const error = introspectionError(schema, document);
            if (error) throw error;
          }
        },
        async didEncounterErrors({ errors, contextValue, source }) {
          const hideSuggestions = !schemaDetailsOpenTo(contextValue.viewer);
          for (const error of errors) {
            // Apollo reports the parser's abort as any syntax error; the lexer tells them apart.
            if (error.extensions.code === 'GRAPHQL_PARSE_FAILED' && source !== undefined && exceedsTokens(source, limits.maxTokens)) {
              error.message = `The query has more than ${limits.maxTokens} tokens (GRAPHQL_MAX_TOKENS).`;
              error.extensions.code = LIMIT_CODES.tokens;
            }
            if (hideSuggestions) error.message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}

/** The parts of the Apollo Server configuration that enforce the limits. */
export function apolloLimitOptions(limits: QueryLimits = queryLimitsFromEnv()) {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [queryLimitsPlugin(limits)],
  };
}

/** SQLSTATE 57014 query_canceled: the statement ran past DATABASE_STATEMENT_TIMEOUT_MS. */
export function isStatementTimeout(error: unknown): boolean {
  for (let cause = error, hops = 0; cause instanceof Error && hops < 5; cause = cause.cause, hops++) {
    if ((cause as { code?: unknown }).code === '57014') return true;
  }
  return false;
}
