import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { refreshUserViewer } from '../auth/viewer';
import { partnerProgramFor } from '../partners/my-partners';
import { toGlobalId } from '../shared/ids';
import { requireManagedGroup } from '../groups/access';
import { joinLanding } from './join-landing';
import { joinProgram } from './join-program';
import { loadManagedProgram } from '../programs/access';
import { listApplications } from './list-applications';
import { getManagedApplication } from './get-application';
import { approveApplications } from './approve-applications';
import { declineApplications } from './decline-applications';
import { updateReviewerAnswers } from './update-reviewer-answers';
import { missingLabels, presentAnswers } from './missing-answers';
import { updateApplicationForm } from './update-application-form';
import { copyApplicationForm } from './copy-application-form';
import { activePartnershipFields, applicantForm, refreshQuestions } from './application-form';
import { renderFormDescription } from '../../shapes/form-description';
import { SAMPLE_COMPANY_NAME } from '../../shapes/application-form';

export const joinResolvers: Resolvers = {
  Query: {
    joinLanding: (_, { token }, { db, viewer }) => joinLanding(db, viewer, token),
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
  JoinPartnerChoice: {
    partnerId: (c) => toGlobalId('Partner', c.partnerId),
  },
};

export const applicationFormResolvers: Resolvers = {
  Query: {
    applicationForm: async (_, { groupId }, { db, viewer, loaders }) => {
      const group = await requireManagedGroup(db, viewer, groupId);
      return { group, definitions: activePartnershipFields(await loaders.customFieldDefinitionsByProgram.load(group.programId)) };
    },
  },
  Mutation: {
    updateApplicationForm: (_, { input }, { db, viewer }) => payload(async () => ({ group: await updateApplicationForm(db, viewer, input) })),
    copyApplicationForm: (_, { input }, { db, viewer }) => payload(async () => ({ group: (await copyApplicationForm(db, viewer, input)).group })),
  },
  // The parent group was authorised when it was resolved (only its program's managers reach it).
  Group: {
    // One read of the program's field definitions for all its groups (the request's loader).
    applicationForm: async (group, _, { loaders }) => ({ group, definitions: activePartnershipFields(await loaders.customFieldDefinitionsByProgram.load(group.programId)) }),
  },
  ApplicationForm: {
    group: ({ group }) => group,
    enabled: ({ group }) => group.applicationFormEnabled,
    title: ({ group }) => group.applicationFormTitle,
    description: ({ group }) => group.applicationFormDescription,
    questions: ({ group, definitions }) => refreshQuestions(group.applicationQuestions, definitions),
    preview: ({ group, definitions }) => applicantForm(group, definitions),
    fieldChoices: ({ definitions }) => definitions,
  },
  ApplicantForm: {
    descriptionPreviewHtml: (form) => (form.description ? renderFormDescription(form.description, SAMPLE_COMPANY_NAME) : null),
  },
};

export const applicationResolvers: Resolvers = {
  Query: {
    applications: async (_, args, { db, viewer, loaders }) => listApplications(db, await loadManagedProgram(loaders, viewer, args.programId), args),
    application: (_, { id }, { db, viewer }) => getManagedApplication(db, viewer, id),
  },
  Mutation: {
    approveApplications: (_, { input }, { db, viewer }) => payload(async () => ({ approvedCount: await approveApplications(db, viewer, input) })),
    declineApplications: (_, { input }, { db, viewer }) => payload(async () => ({ declinedCount: await declineApplications(db, viewer, input) })),
    updateApplicationReviewerAnswers: (_, { input }, { db, viewer }) => payload(async () => ({ application: await updateReviewerAnswers(db, viewer, input) })),
  },
  Program: {
    applications: (program, args, { db }) => listApplications(db, program, args),
  },
  ApproveApplicationsPayload: {
    approvedCount: (p) => p.approvedCount ?? 0,
  },
  DeclineApplicationsPayload: {
    declinedCount: (p) => p.declinedCount ?? 0,
  },
  Application: {
    id: (a) => toGlobalId('Application', a.id),
    group: (a, _, { loaders }) => loaders.groupById.load({ programId: a.programId, id: a.groupId }),
    partner: (a, _, { loaders }) => (a.partnerId ? loaders.partnerById.load(a.partnerId) : null),
    members: (a, _, { loaders }) => (a.partnerId ? loaders.membersByPartner.load(a.partnerId) : []),
    answers: async (a, _, { loaders }) => presentAnswers(a, (await loaders.groupById.load({ programId: a.programId, id: a.groupId })).applicationQuestions),
    missingFields: async (a, _, { loaders }) => missingLabels(a, (await loaders.groupById.load({ programId: a.programId, id: a.groupId })).applicationQuestions),
    decision: (a) => (a.decidedAt ? a : null),
    partnership: (a, _, { loaders }) => (a.partnershipId ? loaders.partnershipById.load({ programId: a.programId, id: a.partnershipId }) : null),
  },
  ApplicationDecision: {
    decidedBy: (a, _, { loaders }) => (a.decidedById ? loaders.userById.load(a.decidedById) : null),
    decidedAt: (a) => a.decidedAt!,
    reason: (a) => a.declineReason,
    note: (a) => a.declineNote,
    noteVisibleToApplicant: (a) => a.declineNoteVisible,
  },
};
