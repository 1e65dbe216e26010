import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId } from '../shared/ids';
import { presentFieldValues } from '../custom-fields/values';
import { loadManagedProgram } from '../programs/access';
import { partnerCandidatesFor } from '../partners/partner-candidates';
import { partnerProgramFor } from '../partners/my-partners';
import { addPartnerMembers } from '../members/add-partner-members';
import { updateTeamMember } from '../members/update-team-member';
import { listPartnerships } from './list-partnerships';
import { getManagedPartnership } from './get-partnership';
import { addPartner } from './add-partner';
import { approvePartnership } from './approve-partnership';
import { declinePartnership } from './decline-partnership';
import { isInvited } from './rules';
import { removePartners } from './remove-partners';
import { movePartners } from './move-partners';
import { updatePartnership } from './update-partnership';
import { fromGlobalId } from '../shared/ids';
import { appUrl } from '../shared/app-url';
import { ACTIVITY_LIMIT, summarize } from '../audit/activity';

export const partnershipResolvers: Resolvers = {
  Query: {
    partnerships: async (_, args, { db, viewer, loaders }) => listPartnerships(db, await loadManagedProgram(loaders, viewer, args.programId), args),
    partnership: (_, { id }, { db, viewer }) => getManagedPartnership(db, viewer, id),
    partnerCandidates: async (_, { programId, email }, { db, viewer, loaders }) => {
      const program = await loadManagedProgram(loaders, viewer, programId);
      return partnerCandidatesFor(db, program.id, email.trim().toLowerCase());
    },
  },
  Mutation: {
    removePartners: (_, { input }, { db, viewer }) => payload(async () => ({ removedCount: await removePartners(db, viewer, input) })),
    movePartnerGroup: (_, { input }, { db, viewer, loaders }) =>
      payload(async () => {
        const movedCount = await movePartners(db, viewer, input);
        const groupId = fromGlobalId('Group', input.groupId);
        const programId = fromGlobalId('Program', input.selection.programId);
        return { movedCount, group: groupId && programId ? await loaders.groupById.load({ programId, id: groupId }) : null };
      }),
    updatePartnership: (_, { input }, { db, viewer }) => payload(async () => ({ partnership: await updatePartnership(db, viewer, input) })),
    addPartner: (_, { input }, { db, viewer }) => payload(async () => ({ partnership: await addPartner(db, viewer, input), partnerCandidates: [] })),
    addPartnerMembers: (_, { input }, { db, viewer }) => payload(() => addPartnerMembers(db, viewer, input)),
    updateTeamMember: (_, { input }, { db, viewer }) =>
      payload(async () => {
        const { member, customFieldValues, programId } = await updateTeamMember(db, viewer, input);
        return { teamMember: { member, customFieldValues, programId } };
      }),
    approvePartnership: (_, { input }, { db, viewer }) =>
      payload(async () => ({ partnerProgram: await partnerProgramFor(db, viewer, (await approvePartnership(db, viewer, input)).id) })),
    declinePartnership: (_, { input }, { db, viewer }) =>
      payload(async () => ({ partnerProgram: await partnerProgramFor(db, viewer, (await declinePartnership(db, viewer, input)).id) })),
  },
  AddPartnerPayload: {
    partnerCandidates: (p) => p.partnerCandidates ?? [],
  },
  AddPartnerMembersPayload: {
    invites: (p) => p.invites ?? [],
  },
  Partnership: {
    id: (p) => toGlobalId('Partnership', p.id),
    invited: (p) => isInvited(p.status),
    program: (p, _, { loaders }) => loaders.programById.load(p.programId).then((program) => program!),
    partner: (p, _, { loaders }) => loaders.partnerById.load(p.partnerId),
    primaryContact: (p, _, { loaders }) => loaders.primaryContactByPartner.load(p.partnerId),
    group: (p, _, { loaders }) => loaders.groupById.load({ programId: p.programId, id: p.groupId }),
    programManager: (p, _, { loaders }) => (p.programManagerId ? loaders.userById.load(p.programManagerId) : null),
    customFields: async (p, _, { loaders }) => {
      const defs = await loaders.customFieldDefinitionsByProgram.load(p.programId);
      return presentFieldValues(
        defs.filter((d) => d.entity === 'PARTNERSHIP'),
        p.customFieldValues,
      );
    },
    members: (p, _, { loaders }) => loaders.teamByPartnership.load({ programId: p.programId, id: p.id }),
    invites: (p, _, { loaders }) => loaders.invitesByPartnership.load({ programId: p.programId, id: p.id }),
    referralUrl: async (p, _, { loaders }) => {
      const program = await loaders.programById.load(p.programId);
      return `${appUrl()}/r/${program!.slug}/${p.partnerKey}`;
    },
    clickCount: (p, _, { loaders }) => loaders.clickCountByPartnership.load({ programId: p.programId, id: p.id }),
    keyAliases: async (p, _, { loaders }) => (await loaders.keysByPartnership.load({ programId: p.programId, id: p.id })).filter((k) => k !== p.partnerKey),
    activity: async (p, { first }, { loaders }) => (await loaders.activityByPartnership.load(p.id)).slice(0, Math.max(0, Math.min(first ?? 50, ACTIVITY_LIMIT))),
  },
  ActivityEvent: {
    summary: (e) => summarize(e),
  },
  RemovePartnersPayload: {
    removedCount: (p) => p.removedCount ?? 0,
  },
  MovePartnerGroupPayload: {
    movedCount: (p) => p.movedCount ?? 0,
  },
  TeamMember: {
    customFields: async (t, _, { loaders }) => {
      const defs = await loaders.customFieldDefinitionsByProgram.load(t.programId);
      return presentFieldValues(
        defs.filter((d) => d.entity === 'MEMBER'),
        t.customFieldValues,
      );
    },
  },
  PartnerCandidate: {},
  CustomFieldDefinition: {
    id: (d) => toGlobalId('CustomField', d.id),
  },
  Partner: {
    id: (p) => toGlobalId('Partner', p.id),
    claimed: (p) => p.claimedAt !== null,
  },
  Member: {
    id: (m) => toGlobalId('Member', m.id),
    name: (m) => `${m.firstName} ${m.lastName}`.trim() || m.email,
  },
  PartnerProgram: {
    partnershipId: (p) => toGlobalId('Partnership', p.partnershipId),
  },
};
