import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { refreshUserViewer } from '../auth/viewer';
import { partnerProgramFor } from '../partners/my-partners';
import { joinLanding } from './join-landing';
import { joinProgram } from './join-program';

export const joinResolvers: Resolvers = {
  Query: {
    joinLanding: (_, { token }, { db }) => joinLanding(db, token),
  },
  Mutation: {
    joinProgram: (_, { input }, { db, viewer }) =>
      payload(async () => {
        const result = await joinProgram(db, viewer, input);
        if (result.kind === 'applied') return { partnerProgram: null, applicationSubmitted: true };
        const refreshed = viewer.kind === 'user' ? await refreshUserViewer(db, viewer) : viewer;
        return { partnerProgram: await partnerProgramFor(db, refreshed, result.partnershipId), applicationSubmitted: false };
      }),
  },
  JoinProgramPayload: {
    applicationSubmitted: (p) => p.applicationSubmitted ?? false,
  },
};
