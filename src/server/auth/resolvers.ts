import type { Resolvers } from '../graphql/resolvers-types.generated';
import { toGlobalId } from '../shared/ids';
import type { ProgramRow } from '../programs/access';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../db/schema';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { viewer }) => (viewer.kind === 'anonymous' ? null : viewer),
  },
  Viewer: {
    user: (viewer) => (viewer.kind === 'user' ? viewer.user : null),
    apiKey: async (viewer, _, { db }) => {
      if (viewer.kind !== 'apiKey') return null;
      const [key] = await db.select().from(apiKeys).where(eq(apiKeys.id, viewer.apiKey.id)).limit(1);
      return key ?? null;
    },
    programs: async (viewer, _, { loaders }) => {
      const ids = viewer.kind === 'user' ? viewer.managedProgramIds : viewer.kind === 'apiKey' ? [viewer.apiKey.programId] : [];
      const rows = await loaders.programById.loadMany(ids);
      return rows.filter((p): p is ProgramRow => p !== null && !(p instanceof Error)).sort((a, b) => a.name.localeCompare(b.name));
    },
    isNetworkReviewer: (viewer) => viewer.kind === 'user' && viewer.user.isNetworkReviewer,
    isPartnerMember: (viewer) => viewer.kind === 'user' && viewer.partnerIds.length > 0,
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
  },
};
