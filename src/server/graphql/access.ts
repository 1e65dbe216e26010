import { defaultFieldResolver, type GraphQLField, type GraphQLSchema, Kind, type ConstDirectiveNode } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { AccessError } from '../shared/errors';
import type { Caller } from './resolvers-types.generated';
import type { Context } from './context';

const CALLERS: readonly Caller[] = ['PUBLIC', 'SIGNED_IN', 'PROGRAM_MANAGER', 'API_KEY', 'PARTNER_MEMBER', 'NETWORK_REVIEWER'];

function isCaller(value: string): value is Caller {
  return (CALLERS as readonly string[]).includes(value);
}

/** The callers an `@access(allow: [...])` directive names, or null when there is none. */
export function allowedCallers(directives: readonly ConstDirectiveNode[] | undefined): Caller[] | null {
  const access = directives?.find((d) => d.name.value === 'access');
  const allow = access?.arguments?.find((a) => a.name.value === 'allow')?.value;
  if (!allow) return null;
  const values = allow.kind === Kind.LIST ? allow.values : [allow];
  return values.flatMap((v) => (v.kind === Kind.ENUM && isCaller(v.value) ? [v.value] : []));
}

export function viewerMatches(viewer: Viewer, caller: Caller): boolean {
  switch (caller) {
    case 'PUBLIC':
      return true;
    case 'SIGNED_IN':
      return viewer.kind === 'user';
    case 'PROGRAM_MANAGER':
      return viewer.kind === 'user' && viewer.managedProgramIds.length > 0;
    case 'API_KEY':
      return viewer.kind === 'apiKey';
    case 'PARTNER_MEMBER':
      return viewer.kind === 'user' && viewer.partnerIds.length > 0;
    case 'NETWORK_REVIEWER':
      return viewer.kind === 'user' && viewer.user.isNetworkReviewer;
  }
}

/** Root fields that declare no access rule. A non-empty list is a build error. */
export function fieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const allowed = allowedCallers(field.astNode?.directives);
      if (!allowed || allowed.length === 0) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}

/** Wraps a root field's resolver with its declared rule: anonymous callers are told to sign in. */
export function guardField(field: GraphQLField<unknown, Context>, allowed: Caller[]): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) => {
    const { viewer } = context;
    if (!allowed.some((caller) => viewerMatches(viewer, caller))) {
      throw viewer.kind === 'anonymous'
        ? new AccessError('UNAUTHENTICATED', 'Sign in or send an API key to do this.')
        : new AccessError('FORBIDDEN', `${info.fieldName} is only for: ${allowed.map((c) => c.toLowerCase().replace('_', ' ')).join(', ')}.`);
    }
    return resolve(source, args, context, info);
  };
}
