import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId, fromGlobalId } from '../shared/ids';
import { notFound } from '../shared/errors';
import { listMarketplace } from './list-marketplace';
import { updateMarketplaceListing } from './update-marketplace-listing';
import { applyFromMarketplace } from './apply-from-marketplace';

export const marketplaceResolvers: Resolvers = {
  Query: {
    marketplace: (_, args, { db }) => listMarketplace(db, args),
  },
  Mutation: {
    updateMarketplaceListing: (_, { input }, { db, viewer }) => payload(async () => ({ program: await updateMarketplaceListing(db, viewer, input) })),
    applyFromMarketplace: (_, { input }, { db, viewer }) => payload(async () => ({ standing: await applyFromMarketplace(db, viewer, input) })),
  },
  Program: {
    // The parent program was authorised when it was resolved: its listing is its managers'.
    marketplaceListing: (program) => program,
  },
  MarketplaceListing: {
    listed: (program) => program.listedInMarketplace,
    description: (program) => program.marketplaceDescription,
    category: (program) => program.marketplaceCategory,
    logoUrl: (program) => program.marketplaceLogoUrl,
    group: (program, _, { loaders }) => (program.marketplaceGroupId ? loaders.groupById.load({ programId: program.id, id: program.marketplaceGroupId }) : null),
    listedAt: (program) => (program.listedInMarketplace ? program.listedAt : null),
  },
  MarketplaceProgram: {
    id: (p) => toGlobalId('Program', p.id),
    standing: (p, { partnerId }, { loaders }) => {
      const id = fromGlobalId('Partner', partnerId);
      if (!id) throw notFound('Partner');
      return loaders.marketplaceStanding.load({ partnerId: id, programId: p.id });
    },
  },
};
