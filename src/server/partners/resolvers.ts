import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { confirmEmailChange } from '../members/confirm-email-change';
import { getProfile } from '../members/get-profile';
import { requestEmailChange } from '../members/request-email-change';
import { updateMyProfile } from '../members/update-my-profile';
import { listMyPartners } from './my-partners';

export const partnerAreaResolvers: Resolvers = {
  Query: {
    myPartners: (_, __, { db, viewer }) => listMyPartners(db, viewer),
    myProfile: (_, __, { db, viewer }) => getProfile(db, viewer),
  },
  Mutation: {
    updateMyProfile: (_, { input }, { db, viewer }) => payload(async () => ({ profile: await updateMyProfile(db, viewer, input) })),
    requestEmailChange: (_, { input }, { db, viewer }) => payload(async () => ({ profile: await requestEmailChange(db, viewer, input) })),
    confirmEmailChange: (_, { input }, { db, viewer }) => payload(async () => ({ profile: await confirmEmailChange(db, viewer, input) })),
  },
};
