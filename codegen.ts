import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'graphql/**/*.graphql',
  documents: ['src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'tests/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/server/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: './context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        // Mapped domain types are imported as <Name>Model, clear of the generated GraphQL types.
        mapperTypeSuffix: 'Model',
        scalars: { DateTime: 'Date' },
        mappers: {
          Program: '../programs/access#ProgramRow',
          Group: '../groups/create-group#GroupRow',
          ApiKey: '../api-keys/create-api-key#ApiKeyRow',
          Viewer: '../auth/viewer#ViewerModel',
          User: '../auth/viewer#SignedInUser',
          Partnership: '../partnerships/rules#PartnershipRow',
          Partner: '../partners/rules#PartnerRow',
          Member: '../partners/rules#MemberRow',
          Invite: '../invites/rules#InviteRow',
          InviteLanding: '../invites/invite-landing#InviteLanding',
          CustomFieldDefinition: '../custom-fields/values#FieldDefinition',
          CustomFieldValue: '../custom-fields/values#PresentedField',
          TeamMember: '../members/rules#TeamMemberModel',
          PartnerCandidate: '../partners/partner-candidates#PartnerCandidate',
          MyPartner: '../partners/my-partners#MyPartner',
          PartnerProgram: '../partners/my-partners#PartnerProgram',
          PendingAddition: '../partners/my-partners#PendingAddition',
          Profile: '../members/rules#Profile',
          ActivityEvent: '../audit/activity#ActivityEventModel',
          JoinLanding: '../applications/join-landing#JoinLanding',
          Application: '../applications/get-application#ApplicationRow',
          ApplicationDecision: '../applications/get-application#ApplicationRow',
          ApplicationAnswer: '../applications/missing-answers#PresentedAnswer',
          ApplicationConnection: '../applications/list-applications#ApplicationConnection',
          Message: '../messages/rules#MessageModel',
          MessageThread: '../messages/rules#MessageThreadModel',
          MessageThreadPage: '../messages/rules#MessageThreadPageModel',
          UnreadMessages: '../messages/rules#UnreadMessagesModel',
          JoinPartnerChoice: '../applications/join-landing#JoinPartnerChoice',
          ApplicationForm: '../applications/application-form#ApplicationFormModel',
          ApplicationQuestion: '../applications/application-form#PresentedQuestion',
          ApplicantForm: '../applications/application-form#ApplicantForm',
          ApplicationFieldChoice: '../applications/application-form#FieldDefinitionRow',
          Import: '../imports/rules#ImportRow',
          ImportPreview: '../imports/preview-import#ImportPreviewModel',
        },
      },
    },
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
