import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId } from '../shared/ids';
import { appUrl } from '../shared/app-url';
import { createGroup } from './create-group';
import { listGroups } from './list-groups';
import { loadManagedProgram } from '../programs/access';
import { deleteGroup } from './delete-group';
import { regenerateJoinLink } from './regenerate-join-link';
import { updateGroup } from './update-group';

export const groupResolvers: Resolvers = {
  Query: {
    groups: async (_, args, { db, viewer, loaders }) => listGroups(db, await loadManagedProgram(loaders, viewer, args.programId), args),
  },
  Mutation: {
    createGroup: (_, { input }, { db, viewer }) => payload(async () => ({ group: await createGroup(db, viewer, input) })),
    updateGroup: (_, { input }, { db, viewer }) => payload(async () => ({ group: await updateGroup(db, viewer, input) })),
    regenerateGroupJoinLink: (_, { input }, { db, viewer }) => payload(async () => ({ group: await regenerateJoinLink(db, viewer, input) })),
    deleteGroup: (_, { input }, { db, viewer }) => payload(async () => ({ group: await deleteGroup(db, viewer, input) })),
  },
  Group: {
    id: (group) => toGlobalId('Group', group.id),
    joinUrl: (group) => `${appUrl()}/join/${group.joinToken}`,
    commissionRate: (group) => Number(group.commissionRate),
    partnershipCount: (group, _, { loaders }) => loaders.partnershipCountByGroup.load(group.id),
  },
};
