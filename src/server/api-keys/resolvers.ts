import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId } from '../shared/ids';
import { createApiKey } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_, { programId }, { db, viewer }) => listApiKeys(db, viewer, programId),
  },
  Mutation: {
    createApiKey: (_, { input }, { db, viewer }) => payload(() => createApiKey(db, viewer, input)),
    revokeApiKey: (_, { input }, { db, viewer }) => payload(async () => ({ apiKey: await revokeApiKey(db, viewer, input) })),
  },
  ApiKey: {
    id: (key) => toGlobalId('ApiKey', key.id),
    active: (key) => !key.revokedAt && (!key.expiresAt || key.expiresAt > new Date()),
  },
};
