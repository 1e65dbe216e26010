import fs from 'node:fs';
import path from 'node:path';
import { GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Resolvers } from './resolvers-types.generated';
import { allowedCallers, fieldsWithoutAccessRule, guardField } from './access';
import { viewerResolvers } from '../auth/resolvers';
import { programResolvers } from '../programs/resolvers';
import { groupResolvers } from '../groups/resolvers';
import { apiKeyResolvers } from '../api-keys/resolvers';
import { partnershipResolvers } from '../partnerships/resolvers';
import { inviteResolvers } from '../invites/resolvers';
import { partnerAreaResolvers } from '../partners/resolvers';
import { applicationFormResolvers, applicationResolvers, joinResolvers } from '../applications/resolvers';
import { messageResolvers } from '../messages/resolvers';
import { customFieldResolvers } from '../custom-fields/resolvers';
import { importResolvers } from '../imports/resolvers';
import { marketplaceResolvers } from '../marketplace/resolvers';
import { parseTimestamp } from '../shared/safe-values';

// Read at run time from the repository; not a module the bundler should trace.
export const SDL_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'graphql');

export function loadTypeDefs(folder = SDL_FOLDER): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
}

const DATE_TIME_EXPECTED = 'DateTime must be an ISO-8601 date-time with a time zone, e.g. 2026-01-31T09:00:00Z, in the years 0001 to 9999';

const DateTime = new GraphQLScalarType<Date | null, string>({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => {
    const date = parseTimestamp(value);
    if (!date) throw new TypeError(`${DATE_TIME_EXPECTED}.`);
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? parseTimestamp(ast.value) : null;
    if (!date) throw new TypeError(`${DATE_TIME_EXPECTED}.`);
    return date;
  },
});

export const AREA_RESOLVERS: Resolvers[] = [viewerResolvers, programResolvers, groupResolvers, apiKeyResolvers, partnershipResolvers, inviteResolvers, partnerAreaResolvers, joinResolvers, applicationResolvers, messageResolvers, customFieldResolvers, applicationFormResolvers, importResolvers, marketplaceResolvers];

/**
 * Builds the executable schema and attaches every root field's access rule. A root field with
 * no `@access` makes this throw, so such a schema never serves a request.
 */
export function buildSchema(typeDefs: string[] = loadTypeDefs(), resolvers: Resolvers[] = AREA_RESOLVERS): GraphQLSchema {
  const schema = makeExecutableSchema({ typeDefs, resolvers: [{ DateTime }, ...resolvers] as never });
  const missing = fieldsWithoutAccessRule(schema);
  if (missing.length > 0) throw new Error(`These root fields declare no @access rule: ${missing.join(', ')}`);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) guardField(field, allowedCallers(field.astNode?.directives)!);
  }
  return schema;
}
