import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { can } from '../partners/permissions';
import { NETWORK_STATUS } from '../partners/rules';
import { toGlobalId } from '../shared/ids';
import { AUDIENCE_SIZES, NETWORK_CATEGORIES, PROMOTION_METHODS } from '../../shapes/network';
import { applyToNetwork } from './apply-to-network';
import { approveNetworkApplication } from './approve-network-application';
import { declineNetworkApplication } from './decline-network-application';
import { getNetworkApplication } from './get-network-application';
import { listReviewQueue } from './list-review-queue';
import { decisionOf, presentProfile, presentSnapshot } from './rules';
import { updateNetworkProfile } from './update-network-profile';

export const networkResolvers: Resolvers = {
  Query: {
    networkProfileOptions: () => ({
      audienceSizes: AUDIENCE_SIZES.map((o) => ({ ...o })),
      promotionMethods: PROMOTION_METHODS.map((o) => ({ ...o })),
      categories: [...NETWORK_CATEGORIES],
    }),
    networkReviewQueue: (_, args, { db, viewer }) => listReviewQueue(db, viewer, args),
    networkApplication: (_, { id }, { db, viewer }) => getNetworkApplication(db, viewer, id),
  },
  Mutation: {
    updateNetworkProfile: (_, { input }, { db, viewer }) => payload(async () => ({ profile: await updateNetworkProfile(db, viewer, input) })),
    applyToNetwork: (_, { input }, { db, viewer }) => payload(async () => ({ networkStatus: await applyToNetwork(db, viewer, input) })),
    approveNetworkApplication: (_, { input }, { db, viewer }) => payload(async () => ({ application: await approveNetworkApplication(db, viewer, input) })),
    declineNetworkApplication: (_, { input }, { db, viewer }) => payload(async () => ({ application: await declineNetworkApplication(db, viewer, input) })),
  },
  Partner: {
    networkApproved: (p) => p.networkStatus === NETWORK_STATUS.APPROVED,
  },
  MyPartner: {
    networkStatus: (m) => m.partner.networkStatus,
    networkAppliedAt: async (m, _, { loaders }) => {
      if (m.partner.networkStatus !== NETWORK_STATUS.PENDING) return null;
      return (await loaders.pendingNetworkApplicationByPartner.load(m.partner.id))?.createdAt ?? null;
    },
    networkProfile: async (m, _, { loaders }) => {
      const row = await loaders.networkProfileByPartner.load(m.partner.id);
      return row ? presentProfile(row) : null;
    },
    lastNetworkDecision: async (m, _, { loaders }) => {
      const [latest] = await loaders.networkDecisionsByPartner.load(m.partner.id);
      return latest ? decisionOf(latest) : null;
    },
    canManageNetwork: (m) => can(m.accessLevel, 'manageNetworkProfile'),
  },
  NetworkApplication: {
    id: (a) => toGlobalId('NetworkApplication', a.id),
    applicant: async (a, _, { loaders }) => (await loaders.partnerById.load(a.partnerId))!,
    profile: (a) => presentSnapshot(a.profile),
    submittedAt: (a) => a.createdAt,
    waitingSeconds: (a) => Math.max(0, Math.floor(((a.decidedAt ?? new Date()).getTime() - a.createdAt.getTime()) / 1000)),
    decision: (a) => decisionOf(a),
    members: (a, _, { loaders }) => loaders.networkMembersByPartner.load(a.partnerId),
    earlierDecisions: async (a, _, { loaders }) => {
      const decided = await loaders.networkDecisionsByPartner.load(a.partnerId);
      return decided.filter((d) => d.id !== a.id && d.createdAt < a.createdAt).map((d) => decisionOf(d)!);
    },
  },
  NetworkApplicant: {
    id: (p) => toGlobalId('Partner', p.id),
  },
  NetworkApplicantMember: {
    name: (m) => `${m.firstName} ${m.lastName}`.trim() || m.email,
  },
};
