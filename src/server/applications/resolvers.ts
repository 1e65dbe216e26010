import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { refreshUserViewer } from '../auth/viewer';
import { partnerProgramFor } from '../partners/my-partners';
import { toGlobalId } from '../shared/ids';
import { requireManagedGroup } from '../groups/access';
import { joinLanding } from './join-landing';
import { joinProgram } from './join-program';
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
