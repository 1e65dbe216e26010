import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { allowedCallers, fieldsWithoutAccessRule } from '../src/server/graphql/access';
import { buildSchema, loadTypeDefs, SDL_FOLDER } from '../src/server/graphql/schema';
import type { Viewer } from '../src/server/auth/viewer';
import { AccessError } from '../src/server/shared/errors';

/**
 * Who may call each root field. When you add, remove or change a root field, update this table
 * in the same change: the diff then shows reviewers exactly which callers gained or lost access.
 */
const ACCESS_RULES: Record<string, string[]> = {
  // viewer.graphql
  'Query.viewer': ['PUBLIC'],
  // programs.graphql
  'Query.program': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateProgramSettings': ['PROGRAM_MANAGER', 'API_KEY'],
  // custom-fields.graphql
  'Query.customFields': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.createCustomField': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateCustomField': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.reorderCustomFields': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.archiveCustomField': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.restoreCustomField': ['PROGRAM_MANAGER', 'API_KEY'],
  // groups.graphql
  'Query.groups': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.createGroup': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.joinProgram': ['SIGNED_IN'],
  'Query.joinLanding': ['PUBLIC'],
  'Mutation.updateGroup': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.regenerateGroupJoinLink': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.deleteGroup': ['PROGRAM_MANAGER', 'API_KEY'],
  // application-forms.graphql
  'Query.applicationForm': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateApplicationForm': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.copyApplicationForm': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.removePartners': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.movePartnerGroup': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updatePartnership': ['PROGRAM_MANAGER', 'API_KEY'],
  // api-keys.graphql: keys cannot see or mint keys
  'Query.apiKeys': ['PROGRAM_MANAGER'],
  'Mutation.createApiKey': ['PROGRAM_MANAGER'],
  'Mutation.revokeApiKey': ['PROGRAM_MANAGER'],
  // partnerships.graphql
  'Query.partnerships': ['PROGRAM_MANAGER', 'API_KEY'],
  'Query.partnership': ['PROGRAM_MANAGER', 'API_KEY'],
  'Query.partnerCandidates': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.addPartner': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.addPartnerMembers': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateTeamMember': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.approvePartnership': ['PARTNER_MEMBER'],
  'Mutation.declinePartnership': ['PARTNER_MEMBER'],
  // network.graphql
  'Query.networkProfileOptions': ['SIGNED_IN'],
  'Query.networkReviewQueue': ['NETWORK_REVIEWER'],
  'Query.networkApplication': ['NETWORK_REVIEWER'],
  'Mutation.updateNetworkProfile': ['PARTNER_MEMBER'],
  'Mutation.applyToNetwork': ['PARTNER_MEMBER'],
  'Mutation.approveNetworkApplication': ['NETWORK_REVIEWER'],
  'Mutation.declineNetworkApplication': ['NETWORK_REVIEWER'],
  // marketplace.graphql
  'Query.marketplace': ['PARTNER_MEMBER'],
  'Mutation.updateMarketplaceListing': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.applyFromMarketplace': ['PARTNER_MEMBER'],
  // imports.graphql
  'Query.imports': ['PROGRAM_MANAGER', 'API_KEY'],
  'Query.import': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.createImport': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateImport': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.startImport': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.cancelImport': ['PROGRAM_MANAGER', 'API_KEY'],
  // applications.graphql
  'Query.applications': ['PROGRAM_MANAGER', 'API_KEY'],
  'Query.application': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.approveApplications': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.declineApplications': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.updateApplicationReviewerAnswers': ['PROGRAM_MANAGER', 'API_KEY'],
  // invites.graphql
  'Query.inviteLanding': ['PUBLIC'],
  'Query.inviteTemplate': ['PROGRAM_MANAGER'],
  'Query.previewInvite': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.claimInvite': ['SIGNED_IN'],
  'Mutation.resendInvite': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.deleteInvite': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.approveMemberAddition': ['PARTNER_MEMBER'],
  'Mutation.declineMemberAddition': ['PARTNER_MEMBER'],
  // partner-area.graphql
  'Query.myPartners': ['SIGNED_IN'],
  'Query.myProfile': ['SIGNED_IN'],
  'Mutation.updateMyProfile': ['SIGNED_IN'],
  'Mutation.requestEmailChange': ['SIGNED_IN'],
  'Mutation.confirmEmailChange': ['PUBLIC'],
  // messages.graphql: the program side (managers, API keys) and the partner side (Owners, Admins)
  'Query.messageThreads': ['PROGRAM_MANAGER', 'API_KEY'],
  'Query.myMessageThreads': ['PARTNER_MEMBER'],
  'Query.messageThread': ['PROGRAM_MANAGER', 'API_KEY', 'PARTNER_MEMBER'],
  'Mutation.sendMessage': ['PROGRAM_MANAGER', 'API_KEY'],
  'Mutation.replyToMessageThread': ['PARTNER_MEMBER'],
  'Mutation.markMessageThreadRead': ['PROGRAM_MANAGER', 'PARTNER_MEMBER'],
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchema();
});

function rootFields(s: GraphQLSchema) {
  return [s.getQueryType(), s.getMutationType(), s.getSubscriptionType()].flatMap((type) =>
    type ? Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })) : [],
  );
}

/** Root fields as written in graphql/*.graphql, read without the server's code. */
function sdlRootFields(): { name: string; file: string; access: string[] | null }[] {
  const found: { name: string; file: string; access: string[] | null }[] = [];
  for (const file of fs.readdirSync(SDL_FOLDER).filter((f) => f.endsWith('.graphql'))) {
    const document = parse(fs.readFileSync(path.join(SDL_FOLDER, file), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (!ROOT_TYPES.has(definition.name.value)) continue;
      for (const field of definition.fields ?? []) {
        const directive = field.directives?.find((d) => d.name.value === 'access');
        const allow = directive?.arguments?.find((a) => a.name.value === 'allow')?.value;
        const access = allow?.kind === Kind.LIST ? allow.values.map((v) => (v.kind === Kind.ENUM ? v.value : `?${v.kind}`)) : null;
        found.push({ name: `${definition.name.value}.${field.name.value}`, file, access });
      }
    }
  }
  return found;
}

describe('every root field declares who may call it', () => {
  it('has no field without @access in the built schema', () => {
    expect(rootFields(schema).length).toBeGreaterThan(0);
    expect(fieldsWithoutAccessRule(schema)).toEqual([]);
  });

  it('has an @access with at least one caller on every root field in the SDL files themselves', () => {
    const fields = sdlRootFields();
    expect(fields.length).toBe(rootFields(schema).length);
    const lacking = fields.filter((f) => !f.access || f.access.length === 0).map((f) => `${f.name} (${f.file})`);
    expect(lacking).toEqual([]);
  });

  it('matches the table of allowed callers, field for field', () => {
    const actual = Object.fromEntries(rootFields(schema).map(({ name, field }) => [name, allowedCallers(field.astNode?.directives)]));
    expect(actual).toEqual(ACCESS_RULES);
    // The SDL read directly says the same.
    expect(Object.fromEntries(sdlRootFields().map((f) => [f.name, f.access]))).toEqual(ACCESS_RULES);
  });

  it('refuses to build a schema with a root field that lacks @access, naming the field', () => {
    expect(() => buildSchema([...loadTypeDefs(), 'extend type Query { leaky: String }'])).toThrow(
      'These root fields declare no @access rule: Query.leaky',
    );
    expect(() => buildSchema([...loadTypeDefs(), 'extend type Mutation { leakyWrite(id: ID!): Boolean }'])).toThrow(/Mutation\.leakyWrite/);
    // An empty allow list is no rule either.
    expect(() => buildSchema([...loadTypeDefs(), 'extend type Query { nobody: String @access(allow: []) }'])).toThrow(/Query\.nobody/);
    expect(() => buildSchema([...loadTypeDefs(), 'extend type Query { fine: String @access(allow: [PUBLIC]) }'])).not.toThrow();
  });
});

describe('the rule is enforced before the resolver runs', () => {
  const user = { id: 'u1', email: 'u1@example.com', name: null, isNetworkReviewer: false };
  const viewers: Record<string, Viewer> = {
    anonymous: { kind: 'anonymous' },
    'signed in, no roles': { kind: 'user', user, managedProgramIds: [], partnerIds: [] },
    'program manager': { kind: 'user', user, managedProgramIds: ['p1'], partnerIds: [] },
    'partner member': { kind: 'user', user, managedProgramIds: [], partnerIds: ['x1'] },
    'network reviewer': { kind: 'user', user: { ...user, isNetworkReviewer: true }, managedProgramIds: [], partnerIds: [] },
    'API key': { kind: 'apiKey', apiKey: { id: 'k1', programId: 'p1', name: 'Key' } },
  };
  /** The callers each sample viewer counts as, written out rather than derived from the code under test. */
  const counts: Record<string, string[]> = {
    anonymous: ['PUBLIC'],
    'signed in, no roles': ['PUBLIC', 'SIGNED_IN'],
    'program manager': ['PUBLIC', 'SIGNED_IN', 'PROGRAM_MANAGER'],
    'partner member': ['PUBLIC', 'SIGNED_IN', 'PARTNER_MEMBER'],
    'network reviewer': ['PUBLIC', 'SIGNED_IN', 'NETWORK_REVIEWER'],
    'API key': ['PUBLIC', 'API_KEY'],
  };

  /** Runs only the guard: a database that throws on any use proves the resolver was reached. */
  async function outcome(resolve: GraphQLFieldResolver<unknown, unknown>, fieldName: string, viewer: Viewer): Promise<string> {
    const reached = new Error('resolver reached');
    const db = new Proxy({}, { get: () => { throw reached; } });
    try {
      await resolve(undefined, {}, { db, viewer, loaders: db }, { fieldName } as GraphQLResolveInfo);
      return 'allowed';
    } catch (error) {
      if (error instanceof AccessError && (error.message.includes(' is only for: ') || error.message === 'Sign in or send an API key to do this.')) return error.code;
      return 'allowed';
    }
  }

  it.each(Object.keys(viewers))('lets a caller who is %s through exactly the fields the table allows them', async (who) => {
    const denied: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const { name, field } of rootFields(schema)) {
      const result = await outcome(field.resolve!, field.name, viewers[who]);
      if (result !== 'allowed') denied[name] = result;
      if (!ACCESS_RULES[name]?.some((caller) => counts[who].includes(caller))) {
        expected[name] = who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      }
    }
    expect(denied).toEqual(expected);
  });
});
