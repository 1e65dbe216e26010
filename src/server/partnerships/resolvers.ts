import type { Resolvers } from '../graphql/resolvers-types.generated';
import { toGlobalId } from '../shared/ids';
import { listPartnerships } from './list-partnerships';
import { isInvited } from './rules';

export const partnershipResolvers: Resolvers = {
  Query: {
    partnerships: (_, args, { db, viewer }) => listPartnerships(db, viewer, args),
  },
  Partnership: {
    id: (p) => toGlobalId('Partnership', p.id),
    invited: (p) => isInvited(p.status),
    partner: (p, _, { loaders }) => loaders.partnerById.load(p.partnerId),
    primaryContact: (p, _, { loaders }) => loaders.primaryContactByPartner.load(p.partnerId),
    group: (p, _, { loaders }) => loaders.groupById.load(p.groupId),
    programManager: (p, _, { loaders }) => (p.programManagerId ? loaders.userById.load(p.programManagerId) : null),
  },
  Partner: {
    id: (p) => toGlobalId('Partner', p.id),
    claimed: (p) => p.claimedAt !== null,
  },
  Member: {
    id: (m) => toGlobalId('Member', m.id),
    name: (m) => `${m.firstName} ${m.lastName}`.trim() || m.email,
  },
};
