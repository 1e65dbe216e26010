import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId } from '../shared/ids';
import { partnerProgramFor } from '../partners/my-partners';
import { approveMemberAddition } from '../members/approve-member-addition';
import { declineMemberAddition } from '../members/decline-member-addition';
import { claimInvite } from './claim-invite';
import { inviteLanding } from './invite-landing';
import { deleteInvite } from './delete-invite';
import { resendInvite } from './resend-invite';
import { inviteTemplateFor, previewInvite } from './invite-template';
import { effectiveInviteStatus } from './rules';
import { refreshUserViewer } from '../auth/viewer';

export const inviteResolvers: Resolvers = {
  Query: {
    inviteLanding: (_, { token }, { db }) => inviteLanding(db, token),
    inviteTemplate: (_, { programId }, { db, viewer }) => inviteTemplateFor(db, viewer, programId),
    previewInvite: (_, args, { db, viewer }) => previewInvite(db, viewer, args),
  },
  Mutation: {
    claimInvite: (_, { input }, { db, viewer }) =>
      payload(async () => {
        const { partnershipId } = await claimInvite(db, viewer, input);
        // The claim made the viewer a member; read their programs as they are now.
        const refreshed = viewer.kind === 'user' ? await refreshUserViewer(db, viewer) : viewer;
        return { partnerProgram: await partnerProgramFor(db, refreshed, partnershipId) };
      }),
    resendInvite: (_, { input }, { db, viewer }) => payload(async () => ({ invite: await resendInvite(db, viewer, input) })),
    deleteInvite: (_, { input }, { db, viewer }) => payload(async () => ({ invite: await deleteInvite(db, viewer, input) })),
    approveMemberAddition: (_, { input }, { db, viewer }) => payload(async () => ({ invite: await approveMemberAddition(db, viewer, input) })),
    declineMemberAddition: (_, { input }, { db, viewer }) => payload(async () => ({ invite: await declineMemberAddition(db, viewer, input) })),
  },
  Invite: {
    id: (invite) => toGlobalId('Invite', invite.id),
    status: (invite) => effectiveInviteStatus(invite),
    member: (invite, _, { loaders }) => loaders.memberById.load(invite.memberId),
  },
};
