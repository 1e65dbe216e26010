/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ClaimInviteDocument,
    "\n  mutation JoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n      }\n      applicationSubmitted\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.JoinProgramDocument,
    "\n  mutation ApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApprovePartnershipDocument,
    "\n  mutation DeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeclinePartnershipDocument,
    "\n  fragment ProfileFields on Profile {\n    email\n    firstName\n    lastName\n    pendingEmail\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveMemberAdditionDocument,
    "\n  mutation DeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeclineMemberAdditionDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile {\n        email\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query ApplicationDetail($id: ID!, $slug: String!) {\n    program(slug: $slug) {\n      id\n      declineReasons\n    }\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      missingFields\n      group {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        claimed\n      }\n      members {\n        id\n        name\n        email\n        accessLevel\n        status\n        isPrimaryContact\n      }\n      answers {\n        questionId\n        label\n        helpText\n        type\n        options\n        visibility\n        fieldKey\n        value\n        missing\n        asked\n      }\n      decision {\n        decidedBy {\n          id\n          name\n          email\n        }\n        decidedAt\n        reason\n        note\n        noteVisibleToApplicant\n        reapplyPolicy\n        reapplyAfter\n      }\n      partnership {\n        id\n        partnerKey\n        status\n      }\n    }\n  }\n": typeof types.ApplicationDetailDocument,
    "\n  mutation UpdateApplicationReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application {\n        id\n        answers {\n          questionId\n          value\n          missing\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateApplicationReviewerAnswersDocument,
    "\n  query ApplicationsPage($slug: String!, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {\n    program(slug: $slug) {\n      id\n      name\n      declineReasons\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        statusCounts {\n          pending\n          approved\n          declined\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            email\n            applicantName\n            companyName\n            source\n            createdAt\n            missingFields\n            group {\n              id\n              name\n            }\n            decision {\n              decidedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsPageDocument,
    "\n  mutation ApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveApplicationsDocument,
    "\n  mutation DeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeclineApplicationsDocument,
    "\n  fragment ApplicationFormEditorFields on ApplicationForm {\n    enabled\n    title\n    description\n    questions {\n      id\n      fieldKey\n      label\n      helpText\n      type\n      options\n      visibility\n      fieldArchived\n    }\n    fieldChoices {\n      key\n      label\n      helpText\n      type\n      options\n    }\n  }\n": typeof types.ApplicationFormEditorFieldsFragmentDoc,
    "\n  query GroupApplicationForm($groupId: ID!) {\n    applicationForm(groupId: $groupId) {\n      group {\n        id\n        name\n      }\n      ...ApplicationFormEditorFields\n    }\n  }\n": typeof types.GroupApplicationFormDocument,
    "\n  query ApplicationFormCopySources($slug: String!) {\n    program(slug: $slug) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationFormCopySourcesDocument,
    "\n  mutation UpdateApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateApplicationFormDocument,
    "\n  mutation CopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group {\n        id\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CopyApplicationFormDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  fragment GroupSettingsFields on Group {\n    id\n    name\n    isDefault\n    joinUrl\n    destinationUrl\n    commissionRate\n    applicationFormEnabled\n    partnershipCount\n    welcomeEmailSubject\n    welcomeEmailBody\n  }\n": typeof types.GroupSettingsFieldsFragmentDoc,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation RegenerateGroupJoinLink($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group {\n        id\n        joinUrl\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RegenerateGroupJoinLinkDocument,
    "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...GroupSettingsFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramGroupsDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  fragment InviteRow on Invite {\n    id\n    kind\n    status\n    email\n    sentCount\n    lastSentAt\n    expiresAt\n    claimedAt\n    createdAt\n    member {\n      id\n      name\n    }\n  }\n": typeof types.InviteRowFragmentDoc,
    "\n  mutation ResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite {\n        ...InviteRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResendInviteDocument,
    "\n  mutation DeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeleteInviteDocument,
    "\n  fragment TeamMemberRow on TeamMember {\n    member {\n      id\n      name\n      email\n      accessLevel\n      roleLabel\n      status\n      isPrimaryContact\n    }\n    customFields {\n      key\n      label\n      type\n      value\n    }\n  }\n": typeof types.TeamMemberRowFragmentDoc,
    "\n  mutation AddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddPartnerMembersDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember {\n        ...TeamMemberRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateTeamMemberDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      source\n      createdAt\n      approvedAt\n      removedAt\n      linksDeactivatedAt\n      referralUrl\n      clickCount\n      keyAliases\n      activity(first: 50) {\n        action\n        summary\n        actor\n        createdAt\n      }\n      partner {\n        id\n        name\n        logoUrl\n        claimed\n      }\n      primaryContact {\n        id\n        name\n        email\n      }\n      group {\n        id\n        name\n      }\n      programManager {\n        id\n        name\n        email\n      }\n      program {\n        id\n        slug\n        name\n        ...ProgramAssignmentChoices\n        partnershipFields: customFieldDefinitions(entity: PARTNERSHIP) {\n          ...CustomFieldInputDefinition\n        }\n        customFieldDefinitions(entity: MEMBER) {\n          ...CustomFieldInputDefinition\n        }\n      }\n      customFields {\n        key\n        label\n        type\n        value\n      }\n      members {\n        ...TeamMemberRow\n      }\n      invites {\n        ...InviteRow\n      }\n    }\n  }\n": typeof types.PartnerDetailDocument,
    "\n  fragment PartnersBulkActionsProgram on Program {\n    id\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnersBulkActionsProgramFragmentDoc,
    "\n  mutation RemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemovePartnersDocument,
    "\n  mutation MovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MovePartnerGroupDocument,
    "\n  fragment PartnersFilterBarProgram on Program {\n    customFieldDefinitions(entity: PARTNERSHIP) {\n      id\n      key\n      label\n      type\n      options\n    }\n  }\n": typeof types.PartnersFilterBarProgramFragmentDoc,
    "\n  query AddPartnerForm($slug: String!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    program(slug: $slug) {\n      id\n      name\n      ...ProgramAssignmentChoices\n      customFieldDefinitions(entity: PARTNERSHIP) {\n        ...CustomFieldInputDefinition\n      }\n    }\n  }\n": typeof types.AddPartnerFormDocument,
    "\n  query InviteTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) {\n      subject\n      body\n      saved\n    }\n  }\n": typeof types.InviteTemplateDocument,
    "\n  query PreviewInvite($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) {\n      subject\n      html\n    }\n  }\n": typeof types.PreviewInviteDocument,
    "\n  query PartnerCandidates($programId: ID!, $email: String!) {\n    partnerCandidates(programId: $programId, email: $email) {\n      ...PartnerCandidateChoice\n    }\n  }\n": typeof types.PartnerCandidatesDocument,
    "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n      }\n      partnerCandidates {\n        ...PartnerCandidateChoice\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddPartnerDocument,
    "\n  fragment PartnerCandidateChoice on PartnerCandidate {\n    alreadyInProgram\n    partner {\n      id\n      name\n      logoUrl\n    }\n  }\n": typeof types.PartnerCandidateChoiceFragmentDoc,
    "\n  fragment PartnerRow on Partnership {\n    id\n    status\n    invited\n    partnerKey\n    createdAt\n    partner {\n      id\n      name\n    }\n    primaryContact {\n      id\n      name\n      email\n    }\n    group {\n      id\n      name\n    }\n    programManager {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PartnerRowFragmentDoc,
    "\n  query PartnersPage($slug: String!, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      id\n      name\n      exportUrl\n      ...ProgramAssignmentChoices\n      ...PartnersFilterBarProgram\n      ...PartnersBulkActionsProgram\n      partnerships(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PartnerRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersPageDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.ProgramApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomFieldDocument,
    "\n  fragment CustomFieldSettingsRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    label\n    helpText\n    type\n    options\n    required\n    archivedAt\n  }\n": typeof types.CustomFieldSettingsRowFragmentDoc,
    "\n  query CustomFieldsSettings($programId: ID!) {\n    customFields(programId: $programId, includeArchived: true) {\n      ...CustomFieldSettingsRow\n    }\n  }\n": typeof types.CustomFieldsSettingsDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RestoreCustomFieldDocument,
    "\n  fragment GeneralSettingsProgram on Program {\n    id\n    slug\n    name\n    websiteUrl\n    linkParameters\n    inviteExpiryDays\n    senderName\n    declineReasons\n    defaultGroup {\n      id\n      name\n    }\n  }\n": typeof types.GeneralSettingsProgramFragmentDoc,
    "\n  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program {\n        ...GeneralSettingsProgram\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateProgramSettingsDocument,
    "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      ...GeneralSettingsProgram\n    }\n  }\n": typeof types.ProgramSettingsDocument,
    "\n  fragment CustomFieldInputDefinition on CustomFieldDefinition {\n    id\n    key\n    label\n    helpText\n    type\n    options\n    required\n  }\n": typeof types.CustomFieldInputDefinitionFragmentDoc,
    "\n  query MessageThreadView($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread {\n        programId\n        partnerId\n        programName\n        partnerName\n        viewerSide\n        unreadCount\n      }\n      messages {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ThreadMessage\n          }\n        }\n      }\n    }\n  }\n  fragment ThreadMessage on Message {\n    id\n    side\n    senderName\n    body\n    applicationId\n    createdAt\n  }\n": typeof types.MessageThreadViewDocument,
    "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendThreadMessageDocument,
    "\n  mutation ReplyToThread($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation MarkThreadRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread {\n        unreadCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  fragment ThreadSummary on MessageThread {\n    programId\n    programName\n    partnerId\n    partnerName\n    viewerSide\n    unreadCount\n    lastMessage {\n      id\n      side\n      senderName\n      body\n      createdAt\n    }\n  }\n": typeof types.ThreadSummaryFragmentDoc,
    "\n  query ProgramMessageThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ProgramMessageThreadsDocument,
    "\n  query MyMessageThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.MyMessageThreadsDocument,
    "\n  query NavUnreadMessages {\n    viewer {\n      unreadMessages {\n        asPartner\n        programs {\n          programId\n          count\n        }\n      }\n    }\n  }\n": typeof types.NavUnreadMessagesDocument,
    "\n  query MyPartners {\n    myPartners {\n      accessLevel\n      partner {\n        id\n        name\n      }\n      programs {\n        partnershipId\n        programName\n        groupName\n        status\n        partnerKey\n        canApprove\n      }\n      team {\n        id\n        name\n        email\n        accessLevel\n        roleLabel\n        status\n        isPrimaryContact\n      }\n      pendingAdditions {\n        programName\n        invitedByName\n        invite {\n          id\n          email\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPartnersDocument,
    "\n  fragment ProgramAssignmentChoices on Program {\n    managers {\n      id\n      name\n      email\n    }\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n        }\n      }\n    }\n  }\n": typeof types.ProgramAssignmentChoicesFragmentDoc,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAddPartnerDocument,
    "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n": typeof types.TestApiKeyOwnProgramDocument,
    "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n": typeof types.TestApiKeyProgramBySlugDocument,
    "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n": typeof types.TestApiKeyViewerDocument,
    "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCreateApiKeyDocument,
    "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRevokeApiKeyDocument,
    "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n": typeof types.TestApiKeysDocument,
    "\n  mutation TestSaveApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          enabled\n          title\n          description\n          questions { id fieldKey label helpText type options visibility fieldArchived }\n          preview { title description descriptionPreviewHtml questions { id label helpText type options required } }\n          fieldChoices { key label type options }\n        }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestSaveApplicationFormDocument,
    "\n  mutation TestCopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group { id applicationForm { enabled title description questions { id fieldKey label type visibility } } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCopyApplicationFormDocument,
    "\n  query TestFormOfGroups($slug: String!) {\n    program(slug: $slug) {\n      groups { edges { node { id name applicationForm { questions { id label fieldArchived } } } } }\n    }\n  }\n": typeof types.TestFormOfGroupsDocument,
    "\n  query TestFormOfGroup($groupId: ID!) {\n    applicationForm(groupId: $groupId) { group { id name } enabled questions { label visibility } }\n  }\n": typeof types.TestFormOfGroupDocument,
    "\n  query TestApplicantLanding($token: String!) {\n    joinLanding(token: $token) {\n      applicationFormEnabled\n      form { title description questions { id label type options required } }\n    }\n  }\n": typeof types.TestApplicantLandingDocument,
    "\n  mutation TestFormApply($input: JoinProgramInput!) {\n    joinProgram(input: $input) { applicationSubmitted userErrors { field message code } }\n  }\n": typeof types.TestFormApplyDocument,
    "\n  query TestListApplications($programId: ID!, $filter: ApplicationFilter, $sort: ApplicationSort, $first: Int, $after: String) {\n    applications(programId: $programId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      statusCounts { pending approved declined }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id email applicantName companyName status source createdAt missingFields group { id name } partner { name } } }\n    }\n  }\n": typeof types.TestListApplicationsDocument,
    "\n  query TestApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      group { id name }\n      partner { id name }\n      members { email accessLevel status }\n      answers { questionId label type visibility fieldKey value missing asked }\n      missingFields\n      decision { decidedBy { email } decidedAt reason note noteVisibleToApplicant reapplyPolicy reapplyAfter }\n      partnership { id partnerKey status }\n    }\n  }\n": typeof types.TestApplicationDetailDocument,
    "\n  mutation TestApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApproveApplicationsDocument,
    "\n  mutation TestDeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestDeclineApplicationsDocument,
    "\n  mutation TestReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application { answers { questionId value missing } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestReviewerAnswersDocument,
    "\n  query TestApprovedPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      source\n      partnerKey\n      group { id }\n      customFields { key value }\n      members { member { email } }\n      activity { action summary }\n    }\n  }\n": typeof types.TestApprovedPartnershipDocument,
    "\n  query TestDeclineReasons($slug: String!) {\n    program(slug: $slug) { declineReasons }\n  }\n": typeof types.TestDeclineReasonsDocument,
    "\n  query TestProgramApplications($slug: String!, $filter: ApplicationFilter) {\n    program(slug: $slug) {\n      applications(filter: $filter, first: 10) {\n        totalCount\n        statusCounts { pending approved declined }\n        edges { node { email } }\n      }\n    }\n  }\n": typeof types.TestProgramApplicationsDocument,
    "\n  mutation TestApprovalsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invites { id status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsAddPartnerDocument,
    "\n  mutation TestApprovalsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsApproveDocument,
    "\n  mutation TestApprovalsDecline($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { partnershipId programName status canApprove }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsDeclineDocument,
    "\n  mutation TestApprovalsAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id kind status email member { email accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsAddMembersDocument,
    "\n  mutation TestApprovalsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id status email sentCount member { email status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsApproveAdditionDocument,
    "\n  mutation TestApprovalsDeclineAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id status email member { email status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsDeclineAdditionDocument,
    "\n  query TestApprovalsPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      members { member { email accessLevel status } }\n      invites { id kind status email sentCount }\n    }\n  }\n": typeof types.TestApprovalsPartnershipDocument,
    "\n  query TestApprovalsMyPartners {\n    myPartners {\n      partner { name }\n      accessLevel\n      programs { partnershipId programName status canApprove }\n      team { email status }\n      pendingAdditions { programName invitedByName invite { id email status } }\n    }\n  }\n": typeof types.TestApprovalsMyPartnersDocument,
    "\n  mutation TestApprovalsClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestApprovalsClaimDocument,
    "\n  mutation TestClaimAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestClaimAddPartnerDocument,
    "\n  query TestClaimLanding($token: String!) {\n    inviteLanding(token: $token) { status programName partnerName invitedByName email kind }\n  }\n": typeof types.TestClaimLandingDocument,
    "\n  mutation TestClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestClaimInviteDocument,
    "\n  query TestClaimPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      partner { name claimed }\n      primaryContact { email status }\n      members { member { email accessLevel status } }\n      invites { kind status email sentCount lastSentAt expiresAt claimedAt member { email } }\n    }\n  }\n": typeof types.TestClaimPartnershipDocument,
    "\n  query TestClaimMyPartners {\n    myPartners {\n      partner { name claimed }\n      accessLevel\n      programs { programName status canApprove }\n    }\n  }\n": typeof types.TestClaimMyPartnersDocument,
    "\n  mutation TestRaceAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id status partner { id name } }\n      partnerCandidates { partner { id } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRaceAddPartnerDocument,
    "\n  mutation TestRaceRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRaceRemovePartnersDocument,
    "\n  mutation TestRaceMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRaceMovePartnerGroupDocument,
    "\n  query TestRacePartnership($id: ID!) {\n    partnership(id: $id) { status removedAt linksDeactivatedAt }\n  }\n": typeof types.TestRacePartnershipDocument,
    "\n  mutation TestCfCreate($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField { id entity key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfCreateDocument,
    "\n  mutation TestCfUpdate($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField { id key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfUpdateDocument,
    "\n  mutation TestCfReorder($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfReorderDocument,
    "\n  mutation TestCfArchive($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfArchiveDocument,
    "\n  mutation TestCfRestore($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfRestoreDocument,
    "\n  query TestCfList($programId: ID!, $entity: CustomFieldEntity, $includeArchived: Boolean) {\n    customFields(programId: $programId, entity: $entity, includeArchived: $includeArchived) { id entity key label type archivedAt }\n  }\n": typeof types.TestCfListDocument,
    "\n  query TestCfProgramDefinitions($slug: String!) {\n    program(slug: $slug) {\n      customFieldDefinitions(entity: PARTNERSHIP) { key label helpText }\n      all: customFieldDefinitions(includeArchived: true) { key archivedAt }\n    }\n  }\n": typeof types.TestCfProgramDefinitionsDocument,
    "\n  query TestCfPartnership($id: ID!) {\n    partnership(id: $id) {\n      customFields { key value }\n      members { customFields { key value } }\n    }\n  }\n": typeof types.TestCfPartnershipDocument,
    "\n  query TestCfPartners($programId: ID!, $filter: PartnershipFilter) {\n    partnerships(programId: $programId, filter: $filter) { totalCount edges { node { id } } }\n  }\n": typeof types.TestCfPartnersDocument,
    "\n  mutation TestCfUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfUpdatePartnershipDocument,
    "\n  mutation TestCfAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCfAddPartnerDocument,
    "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n": typeof types.TestErrorsCreateGroupDocument,
    "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n": typeof types.TestErrorsGroupsDocument,
    "\n  mutation TestExportRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n": typeof types.TestExportRemovePartnersDocument,
    "\n  query TestExportUrl($slug: String!) {\n    program(slug: $slug) { exportUrl }\n  }\n": typeof types.TestExportUrlDocument,
    "\n  mutation TestGroupSettingsCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestGroupSettingsCreateDocument,
    "\n  mutation TestGroupSettingsUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id name isDefault joinUrl destinationUrl commissionRate applicationFormEnabled welcomeEmailSubject welcomeEmailBody partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestGroupSettingsUpdateDocument,
    "\n  mutation TestGroupSettingsRegenerate($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group { id joinUrl }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestGroupSettingsRegenerateDocument,
    "\n  mutation TestGroupSettingsDelete($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group { id name }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestGroupSettingsDeleteDocument,
    "\n  mutation TestGroupSettingsMove($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) { movedCount userErrors { field message code } }\n  }\n": typeof types.TestGroupSettingsMoveDocument,
    "\n  query TestGroupSettingsList($programId: ID!) {\n    groups(programId: $programId) { totalCount edges { node { id name isDefault } } }\n  }\n": typeof types.TestGroupSettingsListDocument,
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": typeof types.TestGroupsDocument,
    "\n  fragment TestImportFields on Import {\n    id\n    status\n    filename\n    byteSize\n    totalRows\n    processedRows\n    encoding\n    delimiter\n    headerLine\n    columns { index header target samples }\n    unmappedColumns\n    warnings { line message }\n    group { id name }\n    duplicateMode\n    notify\n    dateOrder\n    importedBefore\n    startedAt\n    finishedAt\n    createdBy { id }\n    problemRowsUrl\n    failedRowsUrl\n  }\n": typeof types.TestImportFieldsFragmentDoc,
    "\n  mutation TestCreateImport($input: CreateImportInput!) {\n    createImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": typeof types.TestCreateImportDocument,
    "\n  mutation TestStartImport($input: StartImportInput!) {\n    startImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": typeof types.TestStartImportDocument,
    "\n  mutation TestUpdateImport($input: UpdateImportInput!) {\n    updateImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": typeof types.TestUpdateImportDocument,
    "\n  mutation TestCancelImport($input: ImportIdInput!) {\n    cancelImport(input: $input) { import { id status finishedAt } userErrors { field message code } }\n  }\n": typeof types.TestCancelImportDocument,
    "\n  query TestReadImport($id: ID!) {\n    import(id: $id) { ...TestImportFields rowsPerSecond secondsLeft targets { target label required } program { id } }\n  }\n": typeof types.TestReadImportDocument,
    "\n  query TestPreviewImport($id: ID!) {\n    import(id: $id) {\n      id\n      preview {\n        totalRows createCount updateCount skipCount failCount problemCount\n        problems { line column message }\n        rows { line action email firstName lastName company partnerKey group managerEmail customFields { key label value } problems { line column message } }\n      }\n    }\n  }\n": typeof types.TestPreviewImportDocument,
    "\n  query TestListImports($programId: ID!, $first: Int, $after: String) {\n    imports(programId: $programId, first: $first, after: $after) {\n      edges { cursor node { id filename status importedBefore createdBy { id email } group { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TestListImportsDocument,
    "\n  query TestProgramImports($slug: String!) {\n    program(slug: $slug) { imports(first: 5) { edges { node { id filename } } pageInfo { hasNextPage } } }\n  }\n": typeof types.TestProgramImportsDocument,
    "\n  mutation TestImportRunClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status partnerKey }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestImportRunClaimDocument,
    "\n  mutation TestImportRunResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { status sentCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestImportRunResendDocument,
    "\n  mutation TestImportRunCancel($input: ImportIdInput!) {\n    cancelImport(input: $input) {\n      import { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestImportRunCancelDocument,
    "\n  query TestImportRunPartnership($id: ID!) {\n    partnership(id: $id) {\n      source\n      status\n      partnerKey\n      activity { action summary actor }\n    }\n  }\n": typeof types.TestImportRunPartnershipDocument,
    "\n  mutation TestInviteMgmtAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestInviteMgmtAddPartnerDocument,
    "\n  mutation TestInviteMgmtResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id kind status email sentCount lastSentAt expiresAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestInviteMgmtResendDocument,
    "\n  mutation TestInviteMgmtDelete($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id status email }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestInviteMgmtDeleteDocument,
    "\n  query TestInviteMgmtLanding($token: String!) {\n    inviteLanding(token: $token) { status email kind }\n  }\n": typeof types.TestInviteMgmtLandingDocument,
    "\n  mutation TestInviteMgmtClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestInviteMgmtClaimDocument,
    "\n  query TestInviteMgmtPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      members { member { email status } }\n      invites { id kind status email sentCount }\n    }\n  }\n": typeof types.TestInviteMgmtPartnershipDocument,
    "\n  mutation TestInviteMgmtAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id status email member { accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestInviteMgmtAddMembersDocument,
    "\n  query TestInviteMgmtTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) { subject body saved }\n  }\n": typeof types.TestInviteMgmtTemplateDocument,
    "\n  query TestInviteMgmtPreview($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) { subject html text }\n  }\n": typeof types.TestInviteMgmtPreviewDocument,
    "\n  query TestJoinLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      programName\n      groupName\n      applicationFormEnabled\n    }\n  }\n": typeof types.TestJoinLandingDocument,
    "\n  mutation TestJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        groupName\n        status\n      }\n      applicationSubmitted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TestJoinProgramDocument,
    "\n  mutation TestJoinRemove($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.TestJoinRemoveDocument,
    "\n  mutation TestJoinReAdd($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n      }\n      partnerCandidates {\n        partner {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TestJoinReAddDocument,
    "\n  query TestJoinFormLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      applicationFormEnabled\n      form { title questions { id label type required } }\n      partnerChoices { partnerId name accessLevel canApply unavailableReason }\n      refusal\n    }\n  }\n": typeof types.TestJoinFormLandingDocument,
    "\n  mutation TestJoinWithForm($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId programName groupName status }\n      applicationSubmitted\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestJoinWithFormDocument,
    "\n  mutation TestMessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id side senderName body applicationId createdAt }\n      thread { programId partnerId partnerName programName viewerSide unreadCount lastMessage { id body } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMessagesSendDocument,
    "\n  mutation TestMessagesReply($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message { id side senderName body }\n      thread { programName partnerName viewerSide unreadCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMessagesReplyDocument,
    "\n  mutation TestMessagesMarkRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread { unreadCount viewerSide }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMessagesMarkReadDocument,
    "\n  query TestMessagesThread($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread { programId partnerId programName partnerName viewerSide unreadCount lastMessage { body side } }\n      messages {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id side senderName body applicationId createdAt } }\n      }\n    }\n  }\n": typeof types.TestMessagesThreadDocument,
    "\n  query TestMessagesProgramThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName createdAt } } }\n    }\n  }\n": typeof types.TestMessagesProgramThreadsDocument,
    "\n  query TestMessagesMyThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName } } }\n    }\n  }\n": typeof types.TestMessagesMyThreadsDocument,
    "\n  mutation TestMessagesRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMessagesRemovePartnersDocument,
    "\n  query TestMessagesUnread {\n    viewer { unreadMessages { asPartner programs { programId count } } }\n  }\n": typeof types.TestMessagesUnreadDocument,
    "\n  mutation TestMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group { id name partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMovePartnerGroupDocument,
    "\n  mutation TestMoveUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id welcomeEmailSubject welcomeEmailBody }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestMoveUpdateGroupDocument,
    "\n  query TestMovePartnership($id: ID!) {\n    partnership(id: $id) {\n      group { id name }\n      activity { action summary }\n    }\n  }\n": typeof types.TestMovePartnershipDocument,
    "\n  mutation TestNetworkUpdateProfile($input: UpdateNetworkProfileInput!) {\n    updateNetworkProfile(input: $input) {\n      profile { companyName website logoUrl description audienceSize promotionMethods countries categories updatedAt }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestNetworkUpdateProfileDocument,
    "\n  mutation TestNetworkApply($input: ApplyToNetworkInput!) {\n    applyToNetwork(input: $input) {\n      networkStatus\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestNetworkApplyDocument,
    "\n  query TestNetworkMine {\n    myPartners {\n      partner { id name }\n      networkStatus\n      canManageNetwork\n      networkProfile { companyName countries categories }\n      lastNetworkDecision { status decidedAt reason }\n    }\n  }\n": typeof types.TestNetworkMineDocument,
    "\n  query TestNetworkOptions {\n    networkProfileOptions { audienceSizes { value label } promotionMethods { value label } categories }\n  }\n": typeof types.TestNetworkOptionsDocument,
    "\n  query TestNetworkQueue($status: NetworkApplicationStatus, $first: Int, $after: String) {\n    networkReviewQueue(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          submittedAt\n          waitingSeconds\n          applicant { id name logoUrl networkStatus }\n          profile { companyName }\n          decision { status decidedAt reason }\n          members { name email accessLevel }\n          earlierDecisions { status reason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      oldestWaitingSeconds\n      medianDecisionSeconds30d\n      decidedLast30Days\n    }\n  }\n": typeof types.TestNetworkQueueDocument,
    "\n  query TestNetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      id\n      status\n      applicant { name networkStatus }\n      profile { companyName description updatedAt }\n      decision { status reason }\n      members { name email accessLevel }\n      earlierDecisions { status decidedAt reason }\n    }\n  }\n": typeof types.TestNetworkApplicationDocument,
    "\n  mutation TestNetworkApprove($input: DecideNetworkApplicationInput!) {\n    approveNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestNetworkApproveDocument,
    "\n  mutation TestNetworkDecline($input: DecideNetworkApplicationInput!) {\n    declineNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestNetworkDeclineDocument,
    "\n  query TestNetworkBadge($id: ID!) {\n    partnership(id: $id) { partner { networkApproved } }\n  }\n": typeof types.TestNetworkBadgeDocument,
    "\n  mutation TestOpenAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestOpenAddPartnerDocument,
    "\n  mutation TestOpenJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestOpenJoinProgramDocument,
    "\n  query TestOpenPartnershipMembers($id: ID!) {\n    partnership(id: $id) {\n      partnerKey\n      members { member { email isPrimaryContact } }\n    }\n  }\n": typeof types.TestOpenPartnershipMembersDocument,
    "\n  mutation TestPermissionsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id invites { id status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestPermissionsAddPartnerDocument,
    "\n  mutation TestPermissionsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestPermissionsApproveDocument,
    "\n  mutation TestPermissionsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestPermissionsApproveAdditionDocument,
    "\n  query TestPermissionsMyPartners {\n    myPartners {\n      accessLevel\n      programs { canApprove }\n      pendingAdditions { invite { id } }\n    }\n  }\n": typeof types.TestPermissionsMyPartnersDocument,
    "\n  mutation TestProfileAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileAddPartnerDocument,
    "\n  mutation TestProfileClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileClaimDocument,
    "\n  query TestProfileMine {\n    myProfile { email firstName lastName pendingEmail }\n  }\n": typeof types.TestProfileMineDocument,
    "\n  mutation TestProfileUpdate($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileUpdateDocument,
    "\n  mutation TestProfileRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileRequestEmailChangeDocument,
    "\n  mutation TestProfileConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileConfirmEmailChangeDocument,
    "\n  query TestProfilePartnership($id: ID!) {\n    partnership(id: $id) {\n      primaryContact { email name }\n      members { member { id email firstName lastName name roleLabel } }\n    }\n  }\n": typeof types.TestProfilePartnershipDocument,
    "\n  mutation TestProfileUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { email firstName lastName roleLabel } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestProfileUpdateTeamMemberDocument,
    "\n  mutation TestAuthzAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzAddPartnerDocument,
    "\n  mutation TestAuthzSetupAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        members { member { id email } }\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzSetupAddPartnerDocument,
    "\n  mutation TestAuthzAddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzAddPartnerMembersDocument,
    "\n  mutation TestAuthzUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzUpdateTeamMemberDocument,
    "\n  mutation TestAuthzResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzResendInviteDocument,
    "\n  mutation TestAuthzDeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzDeleteInviteDocument,
    "\n  mutation TestAuthzApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzApprovePartnershipDocument,
    "\n  mutation TestAuthzDeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzDeclinePartnershipDocument,
    "\n  mutation TestAuthzApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzApproveMemberAdditionDocument,
    "\n  mutation TestAuthzDeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzDeclineMemberAdditionDocument,
    "\n  mutation TestAuthzClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzClaimInviteDocument,
    "\n  mutation TestAuthzUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzUpdateMyProfileDocument,
    "\n  mutation TestAuthzRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestAuthzRequestEmailChangeDocument,
    "\n  mutation TestPageQueriesAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestPageQueriesAddPartnerDocument,
    "\n  query TestPageQueriesPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      partner { id name claimed }\n      program { id name }\n      group { id name }\n      primaryContact { id email name accessLevel }\n      programManager { id email name }\n      customFields { key label value }\n      members {\n        member { id email name accessLevel roleLabel status isPrimaryContact }\n        customFields { key label value }\n      }\n      invites { id kind status email sentCount lastSentAt expiresAt member { id email name } }\n    }\n  }\n": typeof types.TestPageQueriesPartnershipDocument,
    "\n  query TestPageQueriesPartnerships($programId: ID!) {\n    partnerships(programId: $programId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          partner { id name }\n          program { id name }\n          group { id name }\n          primaryContact { id email }\n          programManager { id email }\n          customFields { key value }\n          members {\n            member { id email accessLevel }\n            customFields { key value }\n          }\n          invites { id status member { id email } }\n        }\n      }\n    }\n  }\n": typeof types.TestPageQueriesPartnershipsDocument,
    "\n  query TestListPartnerships($programId: ID!, $first: Int, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    partnerships(programId: $programId, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id partnerKey status invited partner { name } } }\n    }\n  }\n": typeof types.TestListPartnershipsDocument,
    "\n  query TestListProgramPartnerships($slug: String!, $first: Int, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      partnerships(first: $first, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        edges { node { partnerKey } }\n      }\n    }\n  }\n": typeof types.TestListProgramPartnershipsDocument,
    "\n  mutation TestSettingsUpdate($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program { id name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestSettingsUpdateDocument,
    "\n  query TestSettingsRead($slug: String!) {\n    program(slug: $slug) { name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n  }\n": typeof types.TestSettingsReadDocument,
    "\n  mutation TestSettingsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret userErrors { field message code } }\n  }\n": typeof types.TestSettingsCreateApiKeyDocument,
    "\n  mutation TestSettingsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) { partnership { id } userErrors { field message code } }\n  }\n": typeof types.TestSettingsAddPartnerDocument,
    "\n  query TestRateLimitInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n": typeof types.TestRateLimitInviteLandingDocument,
    "\n  query TestRateLimitJoinLanding($token: String!) {\n    joinLanding(token: $token) { status }\n  }\n": typeof types.TestRateLimitJoinLandingDocument,
    "\n  mutation TestRateLimitConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) { userErrors { code } }\n  }\n": typeof types.TestRateLimitConfirmEmailChangeDocument,
    "\n  query TestRateLimitOwnProgram {\n    program { slug }\n  }\n": typeof types.TestRateLimitOwnProgramDocument,
    "\n  query TestLinksPartnership($id: ID!) {\n    partnership(id: $id) { partnerKey referralUrl clickCount keyAliases }\n  }\n": typeof types.TestLinksPartnershipDocument,
    "\n  mutation TestLinksUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { partnerKey keyAliases referralUrl }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestLinksUpdatePartnershipDocument,
    "\n  mutation TestRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRemovePartnersDocument,
    "\n  query TestRemoveList($programId: ID!) {\n    partnerships(programId: $programId, first: 100) {\n      totalCount\n      edges { node { id partnerKey } }\n    }\n  }\n": typeof types.TestRemoveListDocument,
    "\n  query TestRemovePartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      partnerKey\n      removedAt\n      linksDeactivatedAt\n      invites { email status }\n      activity { action summary actor }\n    }\n  }\n": typeof types.TestRemovePartnershipDocument,
    "\n  query TestRemoveMyPartners {\n    myPartners { partner { name } programs { partnershipId programName status } }\n  }\n": typeof types.TestRemoveMyPartnersDocument,
    "\n  mutation TestRemoveAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey status partner { id } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestRemoveAddPartnerDocument,
    "\n  query TestRemoveInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n": typeof types.TestRemoveInviteLandingDocument,
    "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n": typeof types.TestSignInViewerDocument,
    "\n  mutation TestUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n        keyAliases\n        referralUrl\n        programManager { id email }\n        group { id name }\n        customFields { key value }\n      }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestUpdatePartnershipDocument,
    "\n  query TestUpdateActivity($id: ID!, $first: Int) {\n    partnership(id: $id) {\n      status\n      activity(first: $first) { action summary actor }\n    }\n  }\n": typeof types.TestUpdateActivityDocument,
    "\n  mutation TestUpdateAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TestUpdateAddPartnerDocument,
    "\n  mutation TestUpdateRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n": typeof types.TestUpdateRemovePartnersDocument,
    "\n  query TestUpdateSearch($programId: ID!, $search: String!) {\n    partnerships(programId: $programId, filter: { search: $search }) { edges { node { partnerKey } } }\n  }\n": typeof types.TestUpdateSearchDocument,
};
const documents: Documents = {
    "\n  mutation ClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ClaimInviteDocument,
    "\n  mutation JoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n      }\n      applicationSubmitted\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.JoinProgramDocument,
    "\n  mutation ApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApprovePartnershipDocument,
    "\n  mutation DeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeclinePartnershipDocument,
    "\n  fragment ProfileFields on Profile {\n    email\n    firstName\n    lastName\n    pendingEmail\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveMemberAdditionDocument,
    "\n  mutation DeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeclineMemberAdditionDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile {\n        email\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query ApplicationDetail($id: ID!, $slug: String!) {\n    program(slug: $slug) {\n      id\n      declineReasons\n    }\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      missingFields\n      group {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        claimed\n      }\n      members {\n        id\n        name\n        email\n        accessLevel\n        status\n        isPrimaryContact\n      }\n      answers {\n        questionId\n        label\n        helpText\n        type\n        options\n        visibility\n        fieldKey\n        value\n        missing\n        asked\n      }\n      decision {\n        decidedBy {\n          id\n          name\n          email\n        }\n        decidedAt\n        reason\n        note\n        noteVisibleToApplicant\n        reapplyPolicy\n        reapplyAfter\n      }\n      partnership {\n        id\n        partnerKey\n        status\n      }\n    }\n  }\n": types.ApplicationDetailDocument,
    "\n  mutation UpdateApplicationReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application {\n        id\n        answers {\n          questionId\n          value\n          missing\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateApplicationReviewerAnswersDocument,
    "\n  query ApplicationsPage($slug: String!, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {\n    program(slug: $slug) {\n      id\n      name\n      declineReasons\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        statusCounts {\n          pending\n          approved\n          declined\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            email\n            applicantName\n            companyName\n            source\n            createdAt\n            missingFields\n            group {\n              id\n              name\n            }\n            decision {\n              decidedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationsPageDocument,
    "\n  mutation ApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveApplicationsDocument,
    "\n  mutation DeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeclineApplicationsDocument,
    "\n  fragment ApplicationFormEditorFields on ApplicationForm {\n    enabled\n    title\n    description\n    questions {\n      id\n      fieldKey\n      label\n      helpText\n      type\n      options\n      visibility\n      fieldArchived\n    }\n    fieldChoices {\n      key\n      label\n      helpText\n      type\n      options\n    }\n  }\n": types.ApplicationFormEditorFieldsFragmentDoc,
    "\n  query GroupApplicationForm($groupId: ID!) {\n    applicationForm(groupId: $groupId) {\n      group {\n        id\n        name\n      }\n      ...ApplicationFormEditorFields\n    }\n  }\n": types.GroupApplicationFormDocument,
    "\n  query ApplicationFormCopySources($slug: String!) {\n    program(slug: $slug) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationFormCopySourcesDocument,
    "\n  mutation UpdateApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateApplicationFormDocument,
    "\n  mutation CopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group {\n        id\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CopyApplicationFormDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  fragment GroupSettingsFields on Group {\n    id\n    name\n    isDefault\n    joinUrl\n    destinationUrl\n    commissionRate\n    applicationFormEnabled\n    partnershipCount\n    welcomeEmailSubject\n    welcomeEmailBody\n  }\n": types.GroupSettingsFieldsFragmentDoc,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation RegenerateGroupJoinLink($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group {\n        id\n        joinUrl\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RegenerateGroupJoinLinkDocument,
    "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...GroupSettingsFields\n          }\n        }\n      }\n    }\n  }\n": types.ProgramGroupsDocument,
    "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  fragment InviteRow on Invite {\n    id\n    kind\n    status\n    email\n    sentCount\n    lastSentAt\n    expiresAt\n    claimedAt\n    createdAt\n    member {\n      id\n      name\n    }\n  }\n": types.InviteRowFragmentDoc,
    "\n  mutation ResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite {\n        ...InviteRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResendInviteDocument,
    "\n  mutation DeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeleteInviteDocument,
    "\n  fragment TeamMemberRow on TeamMember {\n    member {\n      id\n      name\n      email\n      accessLevel\n      roleLabel\n      status\n      isPrimaryContact\n    }\n    customFields {\n      key\n      label\n      type\n      value\n    }\n  }\n": types.TeamMemberRowFragmentDoc,
    "\n  mutation AddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddPartnerMembersDocument,
    "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember {\n        ...TeamMemberRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateTeamMemberDocument,
    "\n  query PartnerDetail($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      source\n      createdAt\n      approvedAt\n      removedAt\n      linksDeactivatedAt\n      referralUrl\n      clickCount\n      keyAliases\n      activity(first: 50) {\n        action\n        summary\n        actor\n        createdAt\n      }\n      partner {\n        id\n        name\n        logoUrl\n        claimed\n      }\n      primaryContact {\n        id\n        name\n        email\n      }\n      group {\n        id\n        name\n      }\n      programManager {\n        id\n        name\n        email\n      }\n      program {\n        id\n        slug\n        name\n        ...ProgramAssignmentChoices\n        partnershipFields: customFieldDefinitions(entity: PARTNERSHIP) {\n          ...CustomFieldInputDefinition\n        }\n        customFieldDefinitions(entity: MEMBER) {\n          ...CustomFieldInputDefinition\n        }\n      }\n      customFields {\n        key\n        label\n        type\n        value\n      }\n      members {\n        ...TeamMemberRow\n      }\n      invites {\n        ...InviteRow\n      }\n    }\n  }\n": types.PartnerDetailDocument,
    "\n  fragment PartnersBulkActionsProgram on Program {\n    id\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartnersBulkActionsProgramFragmentDoc,
    "\n  mutation RemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemovePartnersDocument,
    "\n  mutation MovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MovePartnerGroupDocument,
    "\n  fragment PartnersFilterBarProgram on Program {\n    customFieldDefinitions(entity: PARTNERSHIP) {\n      id\n      key\n      label\n      type\n      options\n    }\n  }\n": types.PartnersFilterBarProgramFragmentDoc,
    "\n  query AddPartnerForm($slug: String!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    program(slug: $slug) {\n      id\n      name\n      ...ProgramAssignmentChoices\n      customFieldDefinitions(entity: PARTNERSHIP) {\n        ...CustomFieldInputDefinition\n      }\n    }\n  }\n": types.AddPartnerFormDocument,
    "\n  query InviteTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) {\n      subject\n      body\n      saved\n    }\n  }\n": types.InviteTemplateDocument,
    "\n  query PreviewInvite($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) {\n      subject\n      html\n    }\n  }\n": types.PreviewInviteDocument,
    "\n  query PartnerCandidates($programId: ID!, $email: String!) {\n    partnerCandidates(programId: $programId, email: $email) {\n      ...PartnerCandidateChoice\n    }\n  }\n": types.PartnerCandidatesDocument,
    "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n      }\n      partnerCandidates {\n        ...PartnerCandidateChoice\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddPartnerDocument,
    "\n  fragment PartnerCandidateChoice on PartnerCandidate {\n    alreadyInProgram\n    partner {\n      id\n      name\n      logoUrl\n    }\n  }\n": types.PartnerCandidateChoiceFragmentDoc,
    "\n  fragment PartnerRow on Partnership {\n    id\n    status\n    invited\n    partnerKey\n    createdAt\n    partner {\n      id\n      name\n    }\n    primaryContact {\n      id\n      name\n      email\n    }\n    group {\n      id\n      name\n    }\n    programManager {\n      id\n      name\n      email\n    }\n  }\n": types.PartnerRowFragmentDoc,
    "\n  query PartnersPage($slug: String!, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      id\n      name\n      exportUrl\n      ...ProgramAssignmentChoices\n      ...PartnersFilterBarProgram\n      ...PartnersBulkActionsProgram\n      partnerships(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PartnerRow\n          }\n        }\n      }\n    }\n  }\n": types.PartnersPageDocument,
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      ...ApiKeyRow\n    }\n  }\n": types.ProgramApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomFieldDocument,
    "\n  fragment CustomFieldSettingsRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    label\n    helpText\n    type\n    options\n    required\n    archivedAt\n  }\n": types.CustomFieldSettingsRowFragmentDoc,
    "\n  query CustomFieldsSettings($programId: ID!) {\n    customFields(programId: $programId, includeArchived: true) {\n      ...CustomFieldSettingsRow\n    }\n  }\n": types.CustomFieldsSettingsDocument,
    "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReorderCustomFieldsDocument,
    "\n  mutation ArchiveCustomField($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveCustomFieldDocument,
    "\n  mutation RestoreCustomField($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RestoreCustomFieldDocument,
    "\n  fragment GeneralSettingsProgram on Program {\n    id\n    slug\n    name\n    websiteUrl\n    linkParameters\n    inviteExpiryDays\n    senderName\n    declineReasons\n    defaultGroup {\n      id\n      name\n    }\n  }\n": types.GeneralSettingsProgramFragmentDoc,
    "\n  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program {\n        ...GeneralSettingsProgram\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateProgramSettingsDocument,
    "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      ...GeneralSettingsProgram\n    }\n  }\n": types.ProgramSettingsDocument,
    "\n  fragment CustomFieldInputDefinition on CustomFieldDefinition {\n    id\n    key\n    label\n    helpText\n    type\n    options\n    required\n  }\n": types.CustomFieldInputDefinitionFragmentDoc,
    "\n  query MessageThreadView($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread {\n        programId\n        partnerId\n        programName\n        partnerName\n        viewerSide\n        unreadCount\n      }\n      messages {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ThreadMessage\n          }\n        }\n      }\n    }\n  }\n  fragment ThreadMessage on Message {\n    id\n    side\n    senderName\n    body\n    applicationId\n    createdAt\n  }\n": types.MessageThreadViewDocument,
    "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendThreadMessageDocument,
    "\n  mutation ReplyToThread($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation MarkThreadRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread {\n        unreadCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  fragment ThreadSummary on MessageThread {\n    programId\n    programName\n    partnerId\n    partnerName\n    viewerSide\n    unreadCount\n    lastMessage {\n      id\n      side\n      senderName\n      body\n      createdAt\n    }\n  }\n": types.ThreadSummaryFragmentDoc,
    "\n  query ProgramMessageThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": types.ProgramMessageThreadsDocument,
    "\n  query MyMessageThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n": types.MyMessageThreadsDocument,
    "\n  query NavUnreadMessages {\n    viewer {\n      unreadMessages {\n        asPartner\n        programs {\n          programId\n          count\n        }\n      }\n    }\n  }\n": types.NavUnreadMessagesDocument,
    "\n  query MyPartners {\n    myPartners {\n      accessLevel\n      partner {\n        id\n        name\n      }\n      programs {\n        partnershipId\n        programName\n        groupName\n        status\n        partnerKey\n        canApprove\n      }\n      team {\n        id\n        name\n        email\n        accessLevel\n        roleLabel\n        status\n        isPrimaryContact\n      }\n      pendingAdditions {\n        programName\n        invitedByName\n        invite {\n          id\n          email\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyPartnersDocument,
    "\n  fragment ProgramAssignmentChoices on Program {\n    managers {\n      id\n      name\n      email\n    }\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n        }\n      }\n    }\n  }\n": types.ProgramAssignmentChoicesFragmentDoc,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": types.TestAddPartnerDocument,
    "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n": types.TestApiKeyOwnProgramDocument,
    "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n": types.TestApiKeyProgramBySlugDocument,
    "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n": types.TestApiKeyViewerDocument,
    "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": types.TestCreateApiKeyDocument,
    "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n": types.TestRevokeApiKeyDocument,
    "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n": types.TestApiKeysDocument,
    "\n  mutation TestSaveApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          enabled\n          title\n          description\n          questions { id fieldKey label helpText type options visibility fieldArchived }\n          preview { title description descriptionPreviewHtml questions { id label helpText type options required } }\n          fieldChoices { key label type options }\n        }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestSaveApplicationFormDocument,
    "\n  mutation TestCopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group { id applicationForm { enabled title description questions { id fieldKey label type visibility } } }\n      userErrors { field message code }\n    }\n  }\n": types.TestCopyApplicationFormDocument,
    "\n  query TestFormOfGroups($slug: String!) {\n    program(slug: $slug) {\n      groups { edges { node { id name applicationForm { questions { id label fieldArchived } } } } }\n    }\n  }\n": types.TestFormOfGroupsDocument,
    "\n  query TestFormOfGroup($groupId: ID!) {\n    applicationForm(groupId: $groupId) { group { id name } enabled questions { label visibility } }\n  }\n": types.TestFormOfGroupDocument,
    "\n  query TestApplicantLanding($token: String!) {\n    joinLanding(token: $token) {\n      applicationFormEnabled\n      form { title description questions { id label type options required } }\n    }\n  }\n": types.TestApplicantLandingDocument,
    "\n  mutation TestFormApply($input: JoinProgramInput!) {\n    joinProgram(input: $input) { applicationSubmitted userErrors { field message code } }\n  }\n": types.TestFormApplyDocument,
    "\n  query TestListApplications($programId: ID!, $filter: ApplicationFilter, $sort: ApplicationSort, $first: Int, $after: String) {\n    applications(programId: $programId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      statusCounts { pending approved declined }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id email applicantName companyName status source createdAt missingFields group { id name } partner { name } } }\n    }\n  }\n": types.TestListApplicationsDocument,
    "\n  query TestApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      group { id name }\n      partner { id name }\n      members { email accessLevel status }\n      answers { questionId label type visibility fieldKey value missing asked }\n      missingFields\n      decision { decidedBy { email } decidedAt reason note noteVisibleToApplicant reapplyPolicy reapplyAfter }\n      partnership { id partnerKey status }\n    }\n  }\n": types.TestApplicationDetailDocument,
    "\n  mutation TestApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestApproveApplicationsDocument,
    "\n  mutation TestDeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestDeclineApplicationsDocument,
    "\n  mutation TestReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application { answers { questionId value missing } }\n      userErrors { field message code }\n    }\n  }\n": types.TestReviewerAnswersDocument,
    "\n  query TestApprovedPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      source\n      partnerKey\n      group { id }\n      customFields { key value }\n      members { member { email } }\n      activity { action summary }\n    }\n  }\n": types.TestApprovedPartnershipDocument,
    "\n  query TestDeclineReasons($slug: String!) {\n    program(slug: $slug) { declineReasons }\n  }\n": types.TestDeclineReasonsDocument,
    "\n  query TestProgramApplications($slug: String!, $filter: ApplicationFilter) {\n    program(slug: $slug) {\n      applications(filter: $filter, first: 10) {\n        totalCount\n        statusCounts { pending approved declined }\n        edges { node { email } }\n      }\n    }\n  }\n": types.TestProgramApplicationsDocument,
    "\n  mutation TestApprovalsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invites { id status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsAddPartnerDocument,
    "\n  mutation TestApprovalsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsApproveDocument,
    "\n  mutation TestApprovalsDecline($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { partnershipId programName status canApprove }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsDeclineDocument,
    "\n  mutation TestApprovalsAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id kind status email member { email accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsAddMembersDocument,
    "\n  mutation TestApprovalsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id status email sentCount member { email status } }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsApproveAdditionDocument,
    "\n  mutation TestApprovalsDeclineAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id status email member { email status } }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsDeclineAdditionDocument,
    "\n  query TestApprovalsPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      members { member { email accessLevel status } }\n      invites { id kind status email sentCount }\n    }\n  }\n": types.TestApprovalsPartnershipDocument,
    "\n  query TestApprovalsMyPartners {\n    myPartners {\n      partner { name }\n      accessLevel\n      programs { partnershipId programName status canApprove }\n      team { email status }\n      pendingAdditions { programName invitedByName invite { id email status } }\n    }\n  }\n": types.TestApprovalsMyPartnersDocument,
    "\n  mutation TestApprovalsClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestApprovalsClaimDocument,
    "\n  mutation TestClaimAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestClaimAddPartnerDocument,
    "\n  query TestClaimLanding($token: String!) {\n    inviteLanding(token: $token) { status programName partnerName invitedByName email kind }\n  }\n": types.TestClaimLandingDocument,
    "\n  mutation TestClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n": types.TestClaimInviteDocument,
    "\n  query TestClaimPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      partner { name claimed }\n      primaryContact { email status }\n      members { member { email accessLevel status } }\n      invites { kind status email sentCount lastSentAt expiresAt claimedAt member { email } }\n    }\n  }\n": types.TestClaimPartnershipDocument,
    "\n  query TestClaimMyPartners {\n    myPartners {\n      partner { name claimed }\n      accessLevel\n      programs { programName status canApprove }\n    }\n  }\n": types.TestClaimMyPartnersDocument,
    "\n  mutation TestRaceAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id status partner { id name } }\n      partnerCandidates { partner { id } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n": types.TestRaceAddPartnerDocument,
    "\n  mutation TestRaceRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestRaceRemovePartnersDocument,
    "\n  mutation TestRaceMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestRaceMovePartnerGroupDocument,
    "\n  query TestRacePartnership($id: ID!) {\n    partnership(id: $id) { status removedAt linksDeactivatedAt }\n  }\n": types.TestRacePartnershipDocument,
    "\n  mutation TestCfCreate($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField { id entity key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfCreateDocument,
    "\n  mutation TestCfUpdate($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField { id key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfUpdateDocument,
    "\n  mutation TestCfReorder($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfReorderDocument,
    "\n  mutation TestCfArchive($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfArchiveDocument,
    "\n  mutation TestCfRestore($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfRestoreDocument,
    "\n  query TestCfList($programId: ID!, $entity: CustomFieldEntity, $includeArchived: Boolean) {\n    customFields(programId: $programId, entity: $entity, includeArchived: $includeArchived) { id entity key label type archivedAt }\n  }\n": types.TestCfListDocument,
    "\n  query TestCfProgramDefinitions($slug: String!) {\n    program(slug: $slug) {\n      customFieldDefinitions(entity: PARTNERSHIP) { key label helpText }\n      all: customFieldDefinitions(includeArchived: true) { key archivedAt }\n    }\n  }\n": types.TestCfProgramDefinitionsDocument,
    "\n  query TestCfPartnership($id: ID!) {\n    partnership(id: $id) {\n      customFields { key value }\n      members { customFields { key value } }\n    }\n  }\n": types.TestCfPartnershipDocument,
    "\n  query TestCfPartners($programId: ID!, $filter: PartnershipFilter) {\n    partnerships(programId: $programId, filter: $filter) { totalCount edges { node { id } } }\n  }\n": types.TestCfPartnersDocument,
    "\n  mutation TestCfUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfUpdatePartnershipDocument,
    "\n  mutation TestCfAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n": types.TestCfAddPartnerDocument,
    "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n": types.TestErrorsCreateGroupDocument,
    "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n": types.TestErrorsGroupsDocument,
    "\n  mutation TestExportRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n": types.TestExportRemovePartnersDocument,
    "\n  query TestExportUrl($slug: String!) {\n    program(slug: $slug) { exportUrl }\n  }\n": types.TestExportUrlDocument,
    "\n  mutation TestGroupSettingsCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestGroupSettingsCreateDocument,
    "\n  mutation TestGroupSettingsUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id name isDefault joinUrl destinationUrl commissionRate applicationFormEnabled welcomeEmailSubject welcomeEmailBody partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestGroupSettingsUpdateDocument,
    "\n  mutation TestGroupSettingsRegenerate($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group { id joinUrl }\n      userErrors { field message code }\n    }\n  }\n": types.TestGroupSettingsRegenerateDocument,
    "\n  mutation TestGroupSettingsDelete($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group { id name }\n      userErrors { field message code }\n    }\n  }\n": types.TestGroupSettingsDeleteDocument,
    "\n  mutation TestGroupSettingsMove($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) { movedCount userErrors { field message code } }\n  }\n": types.TestGroupSettingsMoveDocument,
    "\n  query TestGroupSettingsList($programId: ID!) {\n    groups(programId: $programId) { totalCount edges { node { id name isDefault } } }\n  }\n": types.TestGroupSettingsListDocument,
    "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestCreateGroupDocument,
    "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n": types.TestGroupsDocument,
    "\n  fragment TestImportFields on Import {\n    id\n    status\n    filename\n    byteSize\n    totalRows\n    processedRows\n    encoding\n    delimiter\n    headerLine\n    columns { index header target samples }\n    unmappedColumns\n    warnings { line message }\n    group { id name }\n    duplicateMode\n    notify\n    dateOrder\n    importedBefore\n    startedAt\n    finishedAt\n    createdBy { id }\n    problemRowsUrl\n    failedRowsUrl\n  }\n": types.TestImportFieldsFragmentDoc,
    "\n  mutation TestCreateImport($input: CreateImportInput!) {\n    createImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": types.TestCreateImportDocument,
    "\n  mutation TestStartImport($input: StartImportInput!) {\n    startImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": types.TestStartImportDocument,
    "\n  mutation TestUpdateImport($input: UpdateImportInput!) {\n    updateImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n": types.TestUpdateImportDocument,
    "\n  mutation TestCancelImport($input: ImportIdInput!) {\n    cancelImport(input: $input) { import { id status finishedAt } userErrors { field message code } }\n  }\n": types.TestCancelImportDocument,
    "\n  query TestReadImport($id: ID!) {\n    import(id: $id) { ...TestImportFields rowsPerSecond secondsLeft targets { target label required } program { id } }\n  }\n": types.TestReadImportDocument,
    "\n  query TestPreviewImport($id: ID!) {\n    import(id: $id) {\n      id\n      preview {\n        totalRows createCount updateCount skipCount failCount problemCount\n        problems { line column message }\n        rows { line action email firstName lastName company partnerKey group managerEmail customFields { key label value } problems { line column message } }\n      }\n    }\n  }\n": types.TestPreviewImportDocument,
    "\n  query TestListImports($programId: ID!, $first: Int, $after: String) {\n    imports(programId: $programId, first: $first, after: $after) {\n      edges { cursor node { id filename status importedBefore createdBy { id email } group { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TestListImportsDocument,
    "\n  query TestProgramImports($slug: String!) {\n    program(slug: $slug) { imports(first: 5) { edges { node { id filename } } pageInfo { hasNextPage } } }\n  }\n": types.TestProgramImportsDocument,
    "\n  mutation TestImportRunClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status partnerKey }\n      userErrors { field message code }\n    }\n  }\n": types.TestImportRunClaimDocument,
    "\n  mutation TestImportRunResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { status sentCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestImportRunResendDocument,
    "\n  mutation TestImportRunCancel($input: ImportIdInput!) {\n    cancelImport(input: $input) {\n      import { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestImportRunCancelDocument,
    "\n  query TestImportRunPartnership($id: ID!) {\n    partnership(id: $id) {\n      source\n      status\n      partnerKey\n      activity { action summary actor }\n    }\n  }\n": types.TestImportRunPartnershipDocument,
    "\n  mutation TestInviteMgmtAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestInviteMgmtAddPartnerDocument,
    "\n  mutation TestInviteMgmtResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id kind status email sentCount lastSentAt expiresAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestInviteMgmtResendDocument,
    "\n  mutation TestInviteMgmtDelete($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id status email }\n      userErrors { field message code }\n    }\n  }\n": types.TestInviteMgmtDeleteDocument,
    "\n  query TestInviteMgmtLanding($token: String!) {\n    inviteLanding(token: $token) { status email kind }\n  }\n": types.TestInviteMgmtLandingDocument,
    "\n  mutation TestInviteMgmtClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestInviteMgmtClaimDocument,
    "\n  query TestInviteMgmtPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      members { member { email status } }\n      invites { id kind status email sentCount }\n    }\n  }\n": types.TestInviteMgmtPartnershipDocument,
    "\n  mutation TestInviteMgmtAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id status email member { accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n": types.TestInviteMgmtAddMembersDocument,
    "\n  query TestInviteMgmtTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) { subject body saved }\n  }\n": types.TestInviteMgmtTemplateDocument,
    "\n  query TestInviteMgmtPreview($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) { subject html text }\n  }\n": types.TestInviteMgmtPreviewDocument,
    "\n  query TestJoinLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      programName\n      groupName\n      applicationFormEnabled\n    }\n  }\n": types.TestJoinLandingDocument,
    "\n  mutation TestJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        groupName\n        status\n      }\n      applicationSubmitted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TestJoinProgramDocument,
    "\n  mutation TestJoinRemove($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        message\n      }\n    }\n  }\n": types.TestJoinRemoveDocument,
    "\n  mutation TestJoinReAdd($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n      }\n      partnerCandidates {\n        partner {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TestJoinReAddDocument,
    "\n  query TestJoinFormLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      applicationFormEnabled\n      form { title questions { id label type required } }\n      partnerChoices { partnerId name accessLevel canApply unavailableReason }\n      refusal\n    }\n  }\n": types.TestJoinFormLandingDocument,
    "\n  mutation TestJoinWithForm($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId programName groupName status }\n      applicationSubmitted\n      userErrors { field message code }\n    }\n  }\n": types.TestJoinWithFormDocument,
    "\n  mutation TestMessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id side senderName body applicationId createdAt }\n      thread { programId partnerId partnerName programName viewerSide unreadCount lastMessage { id body } }\n      userErrors { field message code }\n    }\n  }\n": types.TestMessagesSendDocument,
    "\n  mutation TestMessagesReply($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message { id side senderName body }\n      thread { programName partnerName viewerSide unreadCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestMessagesReplyDocument,
    "\n  mutation TestMessagesMarkRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread { unreadCount viewerSide }\n      userErrors { field message code }\n    }\n  }\n": types.TestMessagesMarkReadDocument,
    "\n  query TestMessagesThread($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread { programId partnerId programName partnerName viewerSide unreadCount lastMessage { body side } }\n      messages {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id side senderName body applicationId createdAt } }\n      }\n    }\n  }\n": types.TestMessagesThreadDocument,
    "\n  query TestMessagesProgramThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName createdAt } } }\n    }\n  }\n": types.TestMessagesProgramThreadsDocument,
    "\n  query TestMessagesMyThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName } } }\n    }\n  }\n": types.TestMessagesMyThreadsDocument,
    "\n  mutation TestMessagesRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestMessagesRemovePartnersDocument,
    "\n  query TestMessagesUnread {\n    viewer { unreadMessages { asPartner programs { programId count } } }\n  }\n": types.TestMessagesUnreadDocument,
    "\n  mutation TestMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group { id name partnershipCount }\n      userErrors { field message code }\n    }\n  }\n": types.TestMovePartnerGroupDocument,
    "\n  mutation TestMoveUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id welcomeEmailSubject welcomeEmailBody }\n      userErrors { field message code }\n    }\n  }\n": types.TestMoveUpdateGroupDocument,
    "\n  query TestMovePartnership($id: ID!) {\n    partnership(id: $id) {\n      group { id name }\n      activity { action summary }\n    }\n  }\n": types.TestMovePartnershipDocument,
    "\n  mutation TestNetworkUpdateProfile($input: UpdateNetworkProfileInput!) {\n    updateNetworkProfile(input: $input) {\n      profile { companyName website logoUrl description audienceSize promotionMethods countries categories updatedAt }\n      userErrors { field message code }\n    }\n  }\n": types.TestNetworkUpdateProfileDocument,
    "\n  mutation TestNetworkApply($input: ApplyToNetworkInput!) {\n    applyToNetwork(input: $input) {\n      networkStatus\n      userErrors { field message code }\n    }\n  }\n": types.TestNetworkApplyDocument,
    "\n  query TestNetworkMine {\n    myPartners {\n      partner { id name }\n      networkStatus\n      canManageNetwork\n      networkProfile { companyName countries categories }\n      lastNetworkDecision { status decidedAt reason }\n    }\n  }\n": types.TestNetworkMineDocument,
    "\n  query TestNetworkOptions {\n    networkProfileOptions { audienceSizes { value label } promotionMethods { value label } categories }\n  }\n": types.TestNetworkOptionsDocument,
    "\n  query TestNetworkQueue($status: NetworkApplicationStatus, $first: Int, $after: String) {\n    networkReviewQueue(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          submittedAt\n          waitingSeconds\n          applicant { id name logoUrl networkStatus }\n          profile { companyName }\n          decision { status decidedAt reason }\n          members { name email accessLevel }\n          earlierDecisions { status reason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      oldestWaitingSeconds\n      medianDecisionSeconds30d\n      decidedLast30Days\n    }\n  }\n": types.TestNetworkQueueDocument,
    "\n  query TestNetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      id\n      status\n      applicant { name networkStatus }\n      profile { companyName description updatedAt }\n      decision { status reason }\n      members { name email accessLevel }\n      earlierDecisions { status decidedAt reason }\n    }\n  }\n": types.TestNetworkApplicationDocument,
    "\n  mutation TestNetworkApprove($input: DecideNetworkApplicationInput!) {\n    approveNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n": types.TestNetworkApproveDocument,
    "\n  mutation TestNetworkDecline($input: DecideNetworkApplicationInput!) {\n    declineNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n": types.TestNetworkDeclineDocument,
    "\n  query TestNetworkBadge($id: ID!) {\n    partnership(id: $id) { partner { networkApproved } }\n  }\n": types.TestNetworkBadgeDocument,
    "\n  mutation TestOpenAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestOpenAddPartnerDocument,
    "\n  mutation TestOpenJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId }\n      userErrors { field message code }\n    }\n  }\n": types.TestOpenJoinProgramDocument,
    "\n  query TestOpenPartnershipMembers($id: ID!) {\n    partnership(id: $id) {\n      partnerKey\n      members { member { email isPrimaryContact } }\n    }\n  }\n": types.TestOpenPartnershipMembersDocument,
    "\n  mutation TestPermissionsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id invites { id status } }\n      userErrors { field message code }\n    }\n  }\n": types.TestPermissionsAddPartnerDocument,
    "\n  mutation TestPermissionsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestPermissionsApproveDocument,
    "\n  mutation TestPermissionsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestPermissionsApproveAdditionDocument,
    "\n  query TestPermissionsMyPartners {\n    myPartners {\n      accessLevel\n      programs { canApprove }\n      pendingAdditions { invite { id } }\n    }\n  }\n": types.TestPermissionsMyPartnersDocument,
    "\n  mutation TestProfileAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileAddPartnerDocument,
    "\n  mutation TestProfileClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileClaimDocument,
    "\n  query TestProfileMine {\n    myProfile { email firstName lastName pendingEmail }\n  }\n": types.TestProfileMineDocument,
    "\n  mutation TestProfileUpdate($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileUpdateDocument,
    "\n  mutation TestProfileRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileRequestEmailChangeDocument,
    "\n  mutation TestProfileConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileConfirmEmailChangeDocument,
    "\n  query TestProfilePartnership($id: ID!) {\n    partnership(id: $id) {\n      primaryContact { email name }\n      members { member { id email firstName lastName name roleLabel } }\n    }\n  }\n": types.TestProfilePartnershipDocument,
    "\n  mutation TestProfileUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { email firstName lastName roleLabel } }\n      userErrors { field message code }\n    }\n  }\n": types.TestProfileUpdateTeamMemberDocument,
    "\n  mutation TestAuthzAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzAddPartnerDocument,
    "\n  mutation TestAuthzSetupAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        members { member { id email } }\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzSetupAddPartnerDocument,
    "\n  mutation TestAuthzAddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzAddPartnerMembersDocument,
    "\n  mutation TestAuthzUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { id } }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzUpdateTeamMemberDocument,
    "\n  mutation TestAuthzResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzResendInviteDocument,
    "\n  mutation TestAuthzDeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzDeleteInviteDocument,
    "\n  mutation TestAuthzApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzApprovePartnershipDocument,
    "\n  mutation TestAuthzDeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzDeclinePartnershipDocument,
    "\n  mutation TestAuthzApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzApproveMemberAdditionDocument,
    "\n  mutation TestAuthzDeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzDeclineMemberAdditionDocument,
    "\n  mutation TestAuthzClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzClaimInviteDocument,
    "\n  mutation TestAuthzUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzUpdateMyProfileDocument,
    "\n  mutation TestAuthzRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n": types.TestAuthzRequestEmailChangeDocument,
    "\n  mutation TestPageQueriesAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n": types.TestPageQueriesAddPartnerDocument,
    "\n  query TestPageQueriesPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      partner { id name claimed }\n      program { id name }\n      group { id name }\n      primaryContact { id email name accessLevel }\n      programManager { id email name }\n      customFields { key label value }\n      members {\n        member { id email name accessLevel roleLabel status isPrimaryContact }\n        customFields { key label value }\n      }\n      invites { id kind status email sentCount lastSentAt expiresAt member { id email name } }\n    }\n  }\n": types.TestPageQueriesPartnershipDocument,
    "\n  query TestPageQueriesPartnerships($programId: ID!) {\n    partnerships(programId: $programId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          partner { id name }\n          program { id name }\n          group { id name }\n          primaryContact { id email }\n          programManager { id email }\n          customFields { key value }\n          members {\n            member { id email accessLevel }\n            customFields { key value }\n          }\n          invites { id status member { id email } }\n        }\n      }\n    }\n  }\n": types.TestPageQueriesPartnershipsDocument,
    "\n  query TestListPartnerships($programId: ID!, $first: Int, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    partnerships(programId: $programId, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id partnerKey status invited partner { name } } }\n    }\n  }\n": types.TestListPartnershipsDocument,
    "\n  query TestListProgramPartnerships($slug: String!, $first: Int, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      partnerships(first: $first, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        edges { node { partnerKey } }\n      }\n    }\n  }\n": types.TestListProgramPartnershipsDocument,
    "\n  mutation TestSettingsUpdate($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program { id name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n      userErrors { field message code }\n    }\n  }\n": types.TestSettingsUpdateDocument,
    "\n  query TestSettingsRead($slug: String!) {\n    program(slug: $slug) { name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n  }\n": types.TestSettingsReadDocument,
    "\n  mutation TestSettingsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret userErrors { field message code } }\n  }\n": types.TestSettingsCreateApiKeyDocument,
    "\n  mutation TestSettingsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) { partnership { id } userErrors { field message code } }\n  }\n": types.TestSettingsAddPartnerDocument,
    "\n  query TestRateLimitInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n": types.TestRateLimitInviteLandingDocument,
    "\n  query TestRateLimitJoinLanding($token: String!) {\n    joinLanding(token: $token) { status }\n  }\n": types.TestRateLimitJoinLandingDocument,
    "\n  mutation TestRateLimitConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) { userErrors { code } }\n  }\n": types.TestRateLimitConfirmEmailChangeDocument,
    "\n  query TestRateLimitOwnProgram {\n    program { slug }\n  }\n": types.TestRateLimitOwnProgramDocument,
    "\n  query TestLinksPartnership($id: ID!) {\n    partnership(id: $id) { partnerKey referralUrl clickCount keyAliases }\n  }\n": types.TestLinksPartnershipDocument,
    "\n  mutation TestLinksUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { partnerKey keyAliases referralUrl }\n      userErrors { field message code }\n    }\n  }\n": types.TestLinksUpdatePartnershipDocument,
    "\n  mutation TestRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n": types.TestRemovePartnersDocument,
    "\n  query TestRemoveList($programId: ID!) {\n    partnerships(programId: $programId, first: 100) {\n      totalCount\n      edges { node { id partnerKey } }\n    }\n  }\n": types.TestRemoveListDocument,
    "\n  query TestRemovePartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      partnerKey\n      removedAt\n      linksDeactivatedAt\n      invites { email status }\n      activity { action summary actor }\n    }\n  }\n": types.TestRemovePartnershipDocument,
    "\n  query TestRemoveMyPartners {\n    myPartners { partner { name } programs { partnershipId programName status } }\n  }\n": types.TestRemoveMyPartnersDocument,
    "\n  mutation TestRemoveAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey status partner { id } }\n      userErrors { field message code }\n    }\n  }\n": types.TestRemoveAddPartnerDocument,
    "\n  query TestRemoveInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n": types.TestRemoveInviteLandingDocument,
    "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n": types.TestSignInViewerDocument,
    "\n  mutation TestUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n        keyAliases\n        referralUrl\n        programManager { id email }\n        group { id name }\n        customFields { key value }\n      }\n      userErrors { field message code }\n    }\n  }\n": types.TestUpdatePartnershipDocument,
    "\n  query TestUpdateActivity($id: ID!, $first: Int) {\n    partnership(id: $id) {\n      status\n      activity(first: $first) { action summary actor }\n    }\n  }\n": types.TestUpdateActivityDocument,
    "\n  mutation TestUpdateAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey }\n      userErrors { field message code }\n    }\n  }\n": types.TestUpdateAddPartnerDocument,
    "\n  mutation TestUpdateRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n": types.TestUpdateRemovePartnersDocument,
    "\n  query TestUpdateSearch($programId: ID!, $search: String!) {\n    partnerships(programId: $programId, filter: { search: $search }) { edges { node { partnerKey } } }\n  }\n": types.TestUpdateSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n      }\n      applicationSubmitted\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n      }\n      applicationSubmitted\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram {\n        partnershipId\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    email\n    firstName\n    lastName\n    pendingEmail\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Profile {\n    email\n    firstName\n    lastName\n    pendingEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile {\n        ...ProfileFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile {\n        email\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile {\n        email\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDetail($id: ID!, $slug: String!) {\n    program(slug: $slug) {\n      id\n      declineReasons\n    }\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      missingFields\n      group {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        claimed\n      }\n      members {\n        id\n        name\n        email\n        accessLevel\n        status\n        isPrimaryContact\n      }\n      answers {\n        questionId\n        label\n        helpText\n        type\n        options\n        visibility\n        fieldKey\n        value\n        missing\n        asked\n      }\n      decision {\n        decidedBy {\n          id\n          name\n          email\n        }\n        decidedAt\n        reason\n        note\n        noteVisibleToApplicant\n        reapplyPolicy\n        reapplyAfter\n      }\n      partnership {\n        id\n        partnerKey\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDetail($id: ID!, $slug: String!) {\n    program(slug: $slug) {\n      id\n      declineReasons\n    }\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      missingFields\n      group {\n        id\n        name\n      }\n      partner {\n        id\n        name\n        claimed\n      }\n      members {\n        id\n        name\n        email\n        accessLevel\n        status\n        isPrimaryContact\n      }\n      answers {\n        questionId\n        label\n        helpText\n        type\n        options\n        visibility\n        fieldKey\n        value\n        missing\n        asked\n      }\n      decision {\n        decidedBy {\n          id\n          name\n          email\n        }\n        decidedAt\n        reason\n        note\n        noteVisibleToApplicant\n        reapplyPolicy\n        reapplyAfter\n      }\n      partnership {\n        id\n        partnerKey\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplicationReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application {\n        id\n        answers {\n          questionId\n          value\n          missing\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplicationReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application {\n        id\n        answers {\n          questionId\n          value\n          missing\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationsPage($slug: String!, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {\n    program(slug: $slug) {\n      id\n      name\n      declineReasons\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        statusCounts {\n          pending\n          approved\n          declined\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            email\n            applicantName\n            companyName\n            source\n            createdAt\n            missingFields\n            group {\n              id\n              name\n            }\n            decision {\n              decidedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationsPage($slug: String!, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {\n    program(slug: $slug) {\n      id\n      name\n      declineReasons\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        statusCounts {\n          pending\n          approved\n          declined\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            status\n            email\n            applicantName\n            companyName\n            source\n            createdAt\n            missingFields\n            group {\n              id\n              name\n            }\n            decision {\n              decidedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFormEditorFields on ApplicationForm {\n    enabled\n    title\n    description\n    questions {\n      id\n      fieldKey\n      label\n      helpText\n      type\n      options\n      visibility\n      fieldArchived\n    }\n    fieldChoices {\n      key\n      label\n      helpText\n      type\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFormEditorFields on ApplicationForm {\n    enabled\n    title\n    description\n    questions {\n      id\n      fieldKey\n      label\n      helpText\n      type\n      options\n      visibility\n      fieldArchived\n    }\n    fieldChoices {\n      key\n      label\n      helpText\n      type\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupApplicationForm($groupId: ID!) {\n    applicationForm(groupId: $groupId) {\n      group {\n        id\n        name\n      }\n      ...ApplicationFormEditorFields\n    }\n  }\n"): (typeof documents)["\n  query GroupApplicationForm($groupId: ID!) {\n    applicationForm(groupId: $groupId) {\n      group {\n        id\n        name\n      }\n      ...ApplicationFormEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationFormCopySources($slug: String!) {\n    program(slug: $slug) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationFormCopySources($slug: String!) {\n    program(slug: $slug) {\n      id\n      groups(first: 100) {\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group {\n        id\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group {\n        id\n        applicationForm {\n          ...ApplicationFormEditorFields\n        }\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSettingsFields on Group {\n    id\n    name\n    isDefault\n    joinUrl\n    destinationUrl\n    commissionRate\n    applicationFormEnabled\n    partnershipCount\n    welcomeEmailSubject\n    welcomeEmailBody\n  }\n"): (typeof documents)["\n  fragment GroupSettingsFields on Group {\n    id\n    name\n    isDefault\n    joinUrl\n    destinationUrl\n    commissionRate\n    applicationFormEnabled\n    partnershipCount\n    welcomeEmailSubject\n    welcomeEmailBody\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateGroupJoinLink($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group {\n        id\n        joinUrl\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateGroupJoinLink($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group {\n        id\n        joinUrl\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...GroupSettingsFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramGroups($slug: String!) {\n    program(slug: $slug) {\n      id\n      name\n      groups(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...GroupSettingsFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InviteRow on Invite {\n    id\n    kind\n    status\n    email\n    sentCount\n    lastSentAt\n    expiresAt\n    claimedAt\n    createdAt\n    member {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InviteRow on Invite {\n    id\n    kind\n    status\n    email\n    sentCount\n    lastSentAt\n    expiresAt\n    claimedAt\n    createdAt\n    member {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite {\n        ...InviteRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite {\n        ...InviteRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberRow on TeamMember {\n    member {\n      id\n      name\n      email\n      accessLevel\n      roleLabel\n      status\n      isPrimaryContact\n    }\n    customFields {\n      key\n      label\n      type\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment TeamMemberRow on TeamMember {\n    member {\n      id\n      name\n      email\n      accessLevel\n      roleLabel\n      status\n      isPrimaryContact\n    }\n    customFields {\n      key\n      label\n      type\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites {\n        id\n        status\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember {\n        ...TeamMemberRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember {\n        ...TeamMemberRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetail($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      source\n      createdAt\n      approvedAt\n      removedAt\n      linksDeactivatedAt\n      referralUrl\n      clickCount\n      keyAliases\n      activity(first: 50) {\n        action\n        summary\n        actor\n        createdAt\n      }\n      partner {\n        id\n        name\n        logoUrl\n        claimed\n      }\n      primaryContact {\n        id\n        name\n        email\n      }\n      group {\n        id\n        name\n      }\n      programManager {\n        id\n        name\n        email\n      }\n      program {\n        id\n        slug\n        name\n        ...ProgramAssignmentChoices\n        partnershipFields: customFieldDefinitions(entity: PARTNERSHIP) {\n          ...CustomFieldInputDefinition\n        }\n        customFieldDefinitions(entity: MEMBER) {\n          ...CustomFieldInputDefinition\n        }\n      }\n      customFields {\n        key\n        label\n        type\n        value\n      }\n      members {\n        ...TeamMemberRow\n      }\n      invites {\n        ...InviteRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDetail($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      source\n      createdAt\n      approvedAt\n      removedAt\n      linksDeactivatedAt\n      referralUrl\n      clickCount\n      keyAliases\n      activity(first: 50) {\n        action\n        summary\n        actor\n        createdAt\n      }\n      partner {\n        id\n        name\n        logoUrl\n        claimed\n      }\n      primaryContact {\n        id\n        name\n        email\n      }\n      group {\n        id\n        name\n      }\n      programManager {\n        id\n        name\n        email\n      }\n      program {\n        id\n        slug\n        name\n        ...ProgramAssignmentChoices\n        partnershipFields: customFieldDefinitions(entity: PARTNERSHIP) {\n          ...CustomFieldInputDefinition\n        }\n        customFieldDefinitions(entity: MEMBER) {\n          ...CustomFieldInputDefinition\n        }\n      }\n      customFields {\n        key\n        label\n        type\n        value\n      }\n      members {\n        ...TeamMemberRow\n      }\n      invites {\n        ...InviteRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersBulkActionsProgram on Program {\n    id\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnersBulkActionsProgram on Program {\n    id\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnersFilterBarProgram on Program {\n    customFieldDefinitions(entity: PARTNERSHIP) {\n      id\n      key\n      label\n      type\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment PartnersFilterBarProgram on Program {\n    customFieldDefinitions(entity: PARTNERSHIP) {\n      id\n      key\n      label\n      type\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddPartnerForm($slug: String!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    program(slug: $slug) {\n      id\n      name\n      ...ProgramAssignmentChoices\n      customFieldDefinitions(entity: PARTNERSHIP) {\n        ...CustomFieldInputDefinition\n      }\n    }\n  }\n"): (typeof documents)["\n  query AddPartnerForm($slug: String!) {\n    viewer {\n      user {\n        id\n      }\n    }\n    program(slug: $slug) {\n      id\n      name\n      ...ProgramAssignmentChoices\n      customFieldDefinitions(entity: PARTNERSHIP) {\n        ...CustomFieldInputDefinition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) {\n      subject\n      body\n      saved\n    }\n  }\n"): (typeof documents)["\n  query InviteTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) {\n      subject\n      body\n      saved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewInvite($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) {\n      subject\n      html\n    }\n  }\n"): (typeof documents)["\n  query PreviewInvite($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) {\n      subject\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCandidates($programId: ID!, $email: String!) {\n    partnerCandidates(programId: $programId, email: $email) {\n      ...PartnerCandidateChoice\n    }\n  }\n"): (typeof documents)["\n  query PartnerCandidates($programId: ID!, $email: String!) {\n    partnerCandidates(programId: $programId, email: $email) {\n      ...PartnerCandidateChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n      }\n      partnerCandidates {\n        ...PartnerCandidateChoice\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n      }\n      partnerCandidates {\n        ...PartnerCandidateChoice\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerCandidateChoice on PartnerCandidate {\n    alreadyInProgram\n    partner {\n      id\n      name\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerCandidateChoice on PartnerCandidate {\n    alreadyInProgram\n    partner {\n      id\n      name\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow on Partnership {\n    id\n    status\n    invited\n    partnerKey\n    createdAt\n    partner {\n      id\n      name\n    }\n    primaryContact {\n      id\n      name\n      email\n    }\n    group {\n      id\n      name\n    }\n    programManager {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerRow on Partnership {\n    id\n    status\n    invited\n    partnerKey\n    createdAt\n    partner {\n      id\n      name\n    }\n    primaryContact {\n      id\n      name\n      email\n    }\n    group {\n      id\n      name\n    }\n    programManager {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPage($slug: String!, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      id\n      name\n      exportUrl\n      ...ProgramAssignmentChoices\n      ...PartnersFilterBarProgram\n      ...PartnersBulkActionsProgram\n      partnerships(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PartnerRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersPage($slug: String!, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      id\n      name\n      exportUrl\n      ...ProgramAssignmentChoices\n      ...PartnersFilterBarProgram\n      ...PartnersBulkActionsProgram\n      partnerships(first: 50, after: $after, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...PartnerRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  query ProgramApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      apiKey {\n        id\n        name\n      }\n      secret\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        ...ApiKeyRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldSettingsRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    label\n    helpText\n    type\n    options\n    required\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment CustomFieldSettingsRow on CustomFieldDefinition {\n    id\n    entity\n    key\n    label\n    helpText\n    type\n    options\n    required\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldsSettings($programId: ID!) {\n    customFields(programId: $programId, includeArchived: true) {\n      ...CustomFieldSettingsRow\n    }\n  }\n"): (typeof documents)["\n  query CustomFieldsSettings($programId: ID!) {\n    customFields(programId: $programId, includeArchived: true) {\n      ...CustomFieldSettingsRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomField($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomField($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomField($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCustomField($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField {\n        ...CustomFieldSettingsRow\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GeneralSettingsProgram on Program {\n    id\n    slug\n    name\n    websiteUrl\n    linkParameters\n    inviteExpiryDays\n    senderName\n    declineReasons\n    defaultGroup {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GeneralSettingsProgram on Program {\n    id\n    slug\n    name\n    websiteUrl\n    linkParameters\n    inviteExpiryDays\n    senderName\n    declineReasons\n    defaultGroup {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program {\n        ...GeneralSettingsProgram\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program {\n        ...GeneralSettingsProgram\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      ...GeneralSettingsProgram\n    }\n  }\n"): (typeof documents)["\n  query ProgramSettings($slug: String!) {\n    program(slug: $slug) {\n      id\n      ...GeneralSettingsProgram\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldInputDefinition on CustomFieldDefinition {\n    id\n    key\n    label\n    helpText\n    type\n    options\n    required\n  }\n"): (typeof documents)["\n  fragment CustomFieldInputDefinition on CustomFieldDefinition {\n    id\n    key\n    label\n    helpText\n    type\n    options\n    required\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageThreadView($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread {\n        programId\n        partnerId\n        programName\n        partnerName\n        viewerSide\n        unreadCount\n      }\n      messages {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ThreadMessage\n          }\n        }\n      }\n    }\n  }\n  fragment ThreadMessage on Message {\n    id\n    side\n    senderName\n    body\n    applicationId\n    createdAt\n  }\n"): (typeof documents)["\n  query MessageThreadView($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread {\n        programId\n        partnerId\n        programName\n        partnerName\n        viewerSide\n        unreadCount\n      }\n      messages {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ThreadMessage\n          }\n        }\n      }\n    }\n  }\n  fragment ThreadMessage on Message {\n    id\n    side\n    senderName\n    body\n    applicationId\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendThreadMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread {\n        unreadCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread {\n        unreadCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummary on MessageThread {\n    programId\n    programName\n    partnerId\n    partnerName\n    viewerSide\n    unreadCount\n    lastMessage {\n      id\n      side\n      senderName\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummary on MessageThread {\n    programId\n    programName\n    partnerId\n    partnerName\n    viewerSide\n    unreadCount\n    lastMessage {\n      id\n      side\n      senderName\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramMessageThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramMessageThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessageThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMessageThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavUnreadMessages {\n    viewer {\n      unreadMessages {\n        asPartner\n        programs {\n          programId\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NavUnreadMessages {\n    viewer {\n      unreadMessages {\n        asPartner\n        programs {\n          programId\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPartners {\n    myPartners {\n      accessLevel\n      partner {\n        id\n        name\n      }\n      programs {\n        partnershipId\n        programName\n        groupName\n        status\n        partnerKey\n        canApprove\n      }\n      team {\n        id\n        name\n        email\n        accessLevel\n        roleLabel\n        status\n        isPrimaryContact\n      }\n      pendingAdditions {\n        programName\n        invitedByName\n        invite {\n          id\n          email\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPartners {\n    myPartners {\n      accessLevel\n      partner {\n        id\n        name\n      }\n      programs {\n        partnershipId\n        programName\n        groupName\n        status\n        partnerKey\n        canApprove\n      }\n      team {\n        id\n        name\n        email\n        accessLevel\n        roleLabel\n        status\n        isPrimaryContact\n      }\n      pendingAdditions {\n        programName\n        invitedByName\n        invite {\n          id\n          email\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgramAssignmentChoices on Program {\n    managers {\n      id\n      name\n      email\n    }\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProgramAssignmentChoices on Program {\n    managers {\n      id\n      name\n      email\n    }\n    groups(first: 100) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invited\n        partnerKey\n        source\n        partner { id name logoUrl claimed }\n        primaryContact { email accessLevel isPrimaryContact status }\n        group { name }\n        programManager { email }\n        customFields { key value }\n        members { member { email firstName accessLevel roleLabel status } customFields { key value } }\n        invites { kind status email sentCount }\n      }\n      partnerCandidates { partner { id name } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n"): (typeof documents)["\n  query TestApiKeyOwnProgram {\n    program { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n"): (typeof documents)["\n  query TestApiKeyProgramBySlug($slug: String!) {\n    program(slug: $slug) { slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n"): (typeof documents)["\n  query TestApiKeyViewer {\n    viewer { user { email } apiKey { name } programs { slug } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix expiresAt revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey { id revokedAt active }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n"): (typeof documents)["\n  query TestApiKeys($programId: ID!) {\n    apiKeys(programId: $programId) { id name prefix active revokedAt expiresAt lastUsedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSaveApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          enabled\n          title\n          description\n          questions { id fieldKey label helpText type options visibility fieldArchived }\n          preview { title description descriptionPreviewHtml questions { id label helpText type options required } }\n          fieldChoices { key label type options }\n        }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSaveApplicationForm($input: UpdateApplicationFormInput!) {\n    updateApplicationForm(input: $input) {\n      group {\n        id\n        applicationFormEnabled\n        applicationForm {\n          enabled\n          title\n          description\n          questions { id fieldKey label helpText type options visibility fieldArchived }\n          preview { title description descriptionPreviewHtml questions { id label helpText type options required } }\n          fieldChoices { key label type options }\n        }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group { id applicationForm { enabled title description questions { id fieldKey label type visibility } } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCopyApplicationForm($input: CopyApplicationFormInput!) {\n    copyApplicationForm(input: $input) {\n      group { id applicationForm { enabled title description questions { id fieldKey label type visibility } } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFormOfGroups($slug: String!) {\n    program(slug: $slug) {\n      groups { edges { node { id name applicationForm { questions { id label fieldArchived } } } } }\n    }\n  }\n"): (typeof documents)["\n  query TestFormOfGroups($slug: String!) {\n    program(slug: $slug) {\n      groups { edges { node { id name applicationForm { questions { id label fieldArchived } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFormOfGroup($groupId: ID!) {\n    applicationForm(groupId: $groupId) { group { id name } enabled questions { label visibility } }\n  }\n"): (typeof documents)["\n  query TestFormOfGroup($groupId: ID!) {\n    applicationForm(groupId: $groupId) { group { id name } enabled questions { label visibility } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApplicantLanding($token: String!) {\n    joinLanding(token: $token) {\n      applicationFormEnabled\n      form { title description questions { id label type options required } }\n    }\n  }\n"): (typeof documents)["\n  query TestApplicantLanding($token: String!) {\n    joinLanding(token: $token) {\n      applicationFormEnabled\n      form { title description questions { id label type options required } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestFormApply($input: JoinProgramInput!) {\n    joinProgram(input: $input) { applicationSubmitted userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestFormApply($input: JoinProgramInput!) {\n    joinProgram(input: $input) { applicationSubmitted userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListApplications($programId: ID!, $filter: ApplicationFilter, $sort: ApplicationSort, $first: Int, $after: String) {\n    applications(programId: $programId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      statusCounts { pending approved declined }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id email applicantName companyName status source createdAt missingFields group { id name } partner { name } } }\n    }\n  }\n"): (typeof documents)["\n  query TestListApplications($programId: ID!, $filter: ApplicationFilter, $sort: ApplicationSort, $first: Int, $after: String) {\n    applications(programId: $programId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      statusCounts { pending approved declined }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id email applicantName companyName status source createdAt missingFields group { id name } partner { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      group { id name }\n      partner { id name }\n      members { email accessLevel status }\n      answers { questionId label type visibility fieldKey value missing asked }\n      missingFields\n      decision { decidedBy { email } decidedAt reason note noteVisibleToApplicant reapplyPolicy reapplyAfter }\n      partnership { id partnerKey status }\n    }\n  }\n"): (typeof documents)["\n  query TestApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      status\n      source\n      email\n      applicantName\n      companyName\n      createdAt\n      group { id name }\n      partner { id name }\n      members { email accessLevel status }\n      answers { questionId label type visibility fieldKey value missing asked }\n      missingFields\n      decision { decidedBy { email } decidedAt reason note noteVisibleToApplicant reapplyPolicy reapplyAfter }\n      partnership { id partnerKey status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApproveApplications($input: ApproveApplicationsInput!) {\n    approveApplications(input: $input) {\n      approvedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDeclineApplications($input: DeclineApplicationsInput!) {\n    declineApplications(input: $input) {\n      declinedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application { answers { questionId value missing } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {\n    updateApplicationReviewerAnswers(input: $input) {\n      application { answers { questionId value missing } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApprovedPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      source\n      partnerKey\n      group { id }\n      customFields { key value }\n      members { member { email } }\n      activity { action summary }\n    }\n  }\n"): (typeof documents)["\n  query TestApprovedPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      source\n      partnerKey\n      group { id }\n      customFields { key value }\n      members { member { email } }\n      activity { action summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDeclineReasons($slug: String!) {\n    program(slug: $slug) { declineReasons }\n  }\n"): (typeof documents)["\n  query TestDeclineReasons($slug: String!) {\n    program(slug: $slug) { declineReasons }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestProgramApplications($slug: String!, $filter: ApplicationFilter) {\n    program(slug: $slug) {\n      applications(filter: $filter, first: 10) {\n        totalCount\n        statusCounts { pending approved declined }\n        edges { node { email } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestProgramApplications($slug: String!, $filter: ApplicationFilter) {\n    program(slug: $slug) {\n      applications(filter: $filter, first: 10) {\n        totalCount\n        statusCounts { pending approved declined }\n        edges { node { email } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invites { id status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n        invites { id status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsDecline($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { partnershipId programName status canApprove }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsDecline($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { partnershipId programName status canApprove }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id kind status email member { email accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id kind status email member { email accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id status email sentCount member { email status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id status email sentCount member { email status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsDeclineAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id status email member { email status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsDeclineAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id status email member { email status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApprovalsPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      members { member { email accessLevel status } }\n      invites { id kind status email sentCount }\n    }\n  }\n"): (typeof documents)["\n  query TestApprovalsPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      members { member { email accessLevel status } }\n      invites { id kind status email sentCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApprovalsMyPartners {\n    myPartners {\n      partner { name }\n      accessLevel\n      programs { partnershipId programName status canApprove }\n      team { email status }\n      pendingAdditions { programName invitedByName invite { id email status } }\n    }\n  }\n"): (typeof documents)["\n  query TestApprovalsMyPartners {\n    myPartners {\n      partner { name }\n      accessLevel\n      programs { partnershipId programName status canApprove }\n      team { email status }\n      pendingAdditions { programName invitedByName invite { id email status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApprovalsClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApprovalsClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestClaimAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestClaimAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        partnerKey\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestClaimLanding($token: String!) {\n    inviteLanding(token: $token) { status programName partnerName invitedByName email kind }\n  }\n"): (typeof documents)["\n  query TestClaimLanding($token: String!) {\n    inviteLanding(token: $token) { status programName partnerName invitedByName email kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { partnershipId programName groupName status partnerKey canApprove }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestClaimPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      partner { name claimed }\n      primaryContact { email status }\n      members { member { email accessLevel status } }\n      invites { kind status email sentCount lastSentAt expiresAt claimedAt member { email } }\n    }\n  }\n"): (typeof documents)["\n  query TestClaimPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      invited\n      approvedAt\n      partner { name claimed }\n      primaryContact { email status }\n      members { member { email accessLevel status } }\n      invites { kind status email sentCount lastSentAt expiresAt claimedAt member { email } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestClaimMyPartners {\n    myPartners {\n      partner { name claimed }\n      accessLevel\n      programs { programName status canApprove }\n    }\n  }\n"): (typeof documents)["\n  query TestClaimMyPartners {\n    myPartners {\n      partner { name claimed }\n      accessLevel\n      programs { programName status canApprove }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRaceAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id status partner { id name } }\n      partnerCandidates { partner { id } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRaceAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id status partner { id name } }\n      partnerCandidates { partner { id } alreadyInProgram }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRaceRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRaceRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRaceMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRaceMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRacePartnership($id: ID!) {\n    partnership(id: $id) { status removedAt linksDeactivatedAt }\n  }\n"): (typeof documents)["\n  query TestRacePartnership($id: ID!) {\n    partnership(id: $id) { status removedAt linksDeactivatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfCreate($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField { id entity key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfCreate($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField { id entity key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfUpdate($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField { id key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfUpdate($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField { id key label helpText type options required archivedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfReorder($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfReorder($input: ReorderCustomFieldsInput!) {\n    reorderCustomFields(input: $input) {\n      customFields { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfArchive($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfArchive($input: CustomFieldIdInput!) {\n    archiveCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfRestore($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfRestore($input: CustomFieldIdInput!) {\n    restoreCustomField(input: $input) {\n      customField { id key archivedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCfList($programId: ID!, $entity: CustomFieldEntity, $includeArchived: Boolean) {\n    customFields(programId: $programId, entity: $entity, includeArchived: $includeArchived) { id entity key label type archivedAt }\n  }\n"): (typeof documents)["\n  query TestCfList($programId: ID!, $entity: CustomFieldEntity, $includeArchived: Boolean) {\n    customFields(programId: $programId, entity: $entity, includeArchived: $includeArchived) { id entity key label type archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCfProgramDefinitions($slug: String!) {\n    program(slug: $slug) {\n      customFieldDefinitions(entity: PARTNERSHIP) { key label helpText }\n      all: customFieldDefinitions(includeArchived: true) { key archivedAt }\n    }\n  }\n"): (typeof documents)["\n  query TestCfProgramDefinitions($slug: String!) {\n    program(slug: $slug) {\n      customFieldDefinitions(entity: PARTNERSHIP) { key label helpText }\n      all: customFieldDefinitions(includeArchived: true) { key archivedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCfPartnership($id: ID!) {\n    partnership(id: $id) {\n      customFields { key value }\n      members { customFields { key value } }\n    }\n  }\n"): (typeof documents)["\n  query TestCfPartnership($id: ID!) {\n    partnership(id: $id) {\n      customFields { key value }\n      members { customFields { key value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCfPartners($programId: ID!, $filter: PartnershipFilter) {\n    partnerships(programId: $programId, filter: $filter) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query TestCfPartners($programId: ID!, $filter: PartnershipFilter) {\n    partnerships(programId: $programId, filter: $filter) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCfAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCfAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id customFields { key value } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestErrorsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n"): (typeof documents)["\n  query TestErrorsGroups($programId: ID!) {\n    groups(programId: $programId) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestExportRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestExportRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestExportUrl($slug: String!) {\n    program(slug: $slug) { exportUrl }\n  }\n"): (typeof documents)["\n  query TestExportUrl($slug: String!) {\n    program(slug: $slug) { exportUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupSettingsCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestGroupSettingsCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupSettingsUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id name isDefault joinUrl destinationUrl commissionRate applicationFormEnabled welcomeEmailSubject welcomeEmailBody partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestGroupSettingsUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id name isDefault joinUrl destinationUrl commissionRate applicationFormEnabled welcomeEmailSubject welcomeEmailBody partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupSettingsRegenerate($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group { id joinUrl }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestGroupSettingsRegenerate($input: GroupIdInput!) {\n    regenerateGroupJoinLink(input: $input) {\n      group { id joinUrl }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupSettingsDelete($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group { id name }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestGroupSettingsDelete($input: GroupIdInput!) {\n    deleteGroup(input: $input) {\n      group { id name }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupSettingsMove($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) { movedCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestGroupSettingsMove($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) { movedCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGroupSettingsList($programId: ID!) {\n    groups(programId: $programId) { totalCount edges { node { id name isDefault } } }\n  }\n"): (typeof documents)["\n  query TestGroupSettingsList($programId: ID!) {\n    groups(programId: $programId) { totalCount edges { node { id name isDefault } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group { id name isDefault joinUrl commissionRate destinationUrl applicationFormEnabled partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"): (typeof documents)["\n  query TestGroups($programId: ID!, $first: Int, $after: String) {\n    groups(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { cursor node { id name isDefault partnershipCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestImportFields on Import {\n    id\n    status\n    filename\n    byteSize\n    totalRows\n    processedRows\n    encoding\n    delimiter\n    headerLine\n    columns { index header target samples }\n    unmappedColumns\n    warnings { line message }\n    group { id name }\n    duplicateMode\n    notify\n    dateOrder\n    importedBefore\n    startedAt\n    finishedAt\n    createdBy { id }\n    problemRowsUrl\n    failedRowsUrl\n  }\n"): (typeof documents)["\n  fragment TestImportFields on Import {\n    id\n    status\n    filename\n    byteSize\n    totalRows\n    processedRows\n    encoding\n    delimiter\n    headerLine\n    columns { index header target samples }\n    unmappedColumns\n    warnings { line message }\n    group { id name }\n    duplicateMode\n    notify\n    dateOrder\n    importedBefore\n    startedAt\n    finishedAt\n    createdBy { id }\n    problemRowsUrl\n    failedRowsUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateImport($input: CreateImportInput!) {\n    createImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestCreateImport($input: CreateImportInput!) {\n    createImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartImport($input: StartImportInput!) {\n    startImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestStartImport($input: StartImportInput!) {\n    startImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateImport($input: UpdateImportInput!) {\n    updateImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateImport($input: UpdateImportInput!) {\n    updateImport(input: $input) { import { ...TestImportFields } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCancelImport($input: ImportIdInput!) {\n    cancelImport(input: $input) { import { id status finishedAt } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestCancelImport($input: ImportIdInput!) {\n    cancelImport(input: $input) { import { id status finishedAt } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestReadImport($id: ID!) {\n    import(id: $id) { ...TestImportFields rowsPerSecond secondsLeft targets { target label required } program { id } }\n  }\n"): (typeof documents)["\n  query TestReadImport($id: ID!) {\n    import(id: $id) { ...TestImportFields rowsPerSecond secondsLeft targets { target label required } program { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPreviewImport($id: ID!) {\n    import(id: $id) {\n      id\n      preview {\n        totalRows createCount updateCount skipCount failCount problemCount\n        problems { line column message }\n        rows { line action email firstName lastName company partnerKey group managerEmail customFields { key label value } problems { line column message } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPreviewImport($id: ID!) {\n    import(id: $id) {\n      id\n      preview {\n        totalRows createCount updateCount skipCount failCount problemCount\n        problems { line column message }\n        rows { line action email firstName lastName company partnerKey group managerEmail customFields { key label value } problems { line column message } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListImports($programId: ID!, $first: Int, $after: String) {\n    imports(programId: $programId, first: $first, after: $after) {\n      edges { cursor node { id filename status importedBefore createdBy { id email } group { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TestListImports($programId: ID!, $first: Int, $after: String) {\n    imports(programId: $programId, first: $first, after: $after) {\n      edges { cursor node { id filename status importedBefore createdBy { id email } group { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestProgramImports($slug: String!) {\n    program(slug: $slug) { imports(first: 5) { edges { node { id filename } } pageInfo { hasNextPage } } }\n  }\n"): (typeof documents)["\n  query TestProgramImports($slug: String!) {\n    program(slug: $slug) { imports(first: 5) { edges { node { id filename } } pageInfo { hasNextPage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportRunClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status partnerKey }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportRunClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status partnerKey }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportRunResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { status sentCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportRunResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { status sentCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportRunCancel($input: ImportIdInput!) {\n    cancelImport(input: $input) {\n      import { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportRunCancel($input: ImportIdInput!) {\n    cancelImport(input: $input) {\n      import { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportRunPartnership($id: ID!) {\n    partnership(id: $id) {\n      source\n      status\n      partnerKey\n      activity { action summary actor }\n    }\n  }\n"): (typeof documents)["\n  query TestImportRunPartnership($id: ID!) {\n    partnership(id: $id) {\n      source\n      status\n      partnerKey\n      activity { action summary actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteMgmtAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteMgmtAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteMgmtResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id kind status email sentCount lastSentAt expiresAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteMgmtResend($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id kind status email sentCount lastSentAt expiresAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteMgmtDelete($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id status email }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteMgmtDelete($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id status email }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestInviteMgmtLanding($token: String!) {\n    inviteLanding(token: $token) { status email kind }\n  }\n"): (typeof documents)["\n  query TestInviteMgmtLanding($token: String!) {\n    inviteLanding(token: $token) { status email kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteMgmtClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteMgmtClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestInviteMgmtPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      members { member { email status } }\n      invites { id kind status email sentCount }\n    }\n  }\n"): (typeof documents)["\n  query TestInviteMgmtPartnership($id: ID!) {\n    partnership(id: $id) {\n      status\n      members { member { email status } }\n      invites { id kind status email sentCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestInviteMgmtAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id status email member { accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestInviteMgmtAddMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id status email member { accessLevel status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestInviteMgmtTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) { subject body saved }\n  }\n"): (typeof documents)["\n  query TestInviteMgmtTemplate($programId: ID!) {\n    inviteTemplate(programId: $programId) { subject body saved }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestInviteMgmtPreview($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) { subject html text }\n  }\n"): (typeof documents)["\n  query TestInviteMgmtPreview($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {\n    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) { subject html text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestJoinLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      programName\n      groupName\n      applicationFormEnabled\n    }\n  }\n"): (typeof documents)["\n  query TestJoinLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      programName\n      groupName\n      applicationFormEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        groupName\n        status\n      }\n      applicationSubmitted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram {\n        partnershipId\n        programName\n        groupName\n        status\n      }\n      applicationSubmitted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinRemove($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestJoinRemove($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinReAdd($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n      }\n      partnerCandidates {\n        partner {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestJoinReAdd($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        status\n      }\n      partnerCandidates {\n        partner {\n          id\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestJoinFormLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      applicationFormEnabled\n      form { title questions { id label type required } }\n      partnerChoices { partnerId name accessLevel canApply unavailableReason }\n      refusal\n    }\n  }\n"): (typeof documents)["\n  query TestJoinFormLanding($token: String!) {\n    joinLanding(token: $token) {\n      status\n      applicationFormEnabled\n      form { title questions { id label type required } }\n      partnerChoices { partnerId name accessLevel canApply unavailableReason }\n      refusal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestJoinWithForm($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId programName groupName status }\n      applicationSubmitted\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestJoinWithForm($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId programName groupName status }\n      applicationSubmitted\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id side senderName body applicationId createdAt }\n      thread { programId partnerId partnerName programName viewerSide unreadCount lastMessage { id body } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMessagesSend($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message { id side senderName body applicationId createdAt }\n      thread { programId partnerId partnerName programName viewerSide unreadCount lastMessage { id body } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMessagesReply($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message { id side senderName body }\n      thread { programName partnerName viewerSide unreadCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMessagesReply($input: ReplyToMessageThreadInput!) {\n    replyToMessageThread(input: $input) {\n      message { id side senderName body }\n      thread { programName partnerName viewerSide unreadCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMessagesMarkRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread { unreadCount viewerSide }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMessagesMarkRead($input: MarkMessageThreadReadInput!) {\n    markMessageThreadRead(input: $input) {\n      thread { unreadCount viewerSide }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMessagesThread($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread { programId partnerId programName partnerName viewerSide unreadCount lastMessage { body side } }\n      messages {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id side senderName body applicationId createdAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestMessagesThread($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {\n    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {\n      partnershipId\n      canWrite\n      thread { programId partnerId programName partnerName viewerSide unreadCount lastMessage { body side } }\n      messages {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { cursor node { id side senderName body applicationId createdAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMessagesProgramThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query TestMessagesProgramThreads($programId: ID!, $first: Int, $after: String) {\n    messageThreads(programId: $programId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMessagesMyThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName } } }\n    }\n  }\n"): (typeof documents)["\n  query TestMessagesMyThreads($first: Int, $after: String) {\n    myMessageThreads(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { programId partnerId partnerName programName viewerSide unreadCount lastMessage { body side senderName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMessagesRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMessagesRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMessagesUnread {\n    viewer { unreadMessages { asPartner programs { programId count } } }\n  }\n"): (typeof documents)["\n  query TestMessagesUnread {\n    viewer { unreadMessages { asPartner programs { programId count } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group { id name partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMovePartnerGroup($input: MovePartnerGroupInput!) {\n    movePartnerGroup(input: $input) {\n      movedCount\n      group { id name partnershipCount }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestMoveUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id welcomeEmailSubject welcomeEmailBody }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestMoveUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group { id welcomeEmailSubject welcomeEmailBody }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMovePartnership($id: ID!) {\n    partnership(id: $id) {\n      group { id name }\n      activity { action summary }\n    }\n  }\n"): (typeof documents)["\n  query TestMovePartnership($id: ID!) {\n    partnership(id: $id) {\n      group { id name }\n      activity { action summary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNetworkUpdateProfile($input: UpdateNetworkProfileInput!) {\n    updateNetworkProfile(input: $input) {\n      profile { companyName website logoUrl description audienceSize promotionMethods countries categories updatedAt }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestNetworkUpdateProfile($input: UpdateNetworkProfileInput!) {\n    updateNetworkProfile(input: $input) {\n      profile { companyName website logoUrl description audienceSize promotionMethods countries categories updatedAt }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNetworkApply($input: ApplyToNetworkInput!) {\n    applyToNetwork(input: $input) {\n      networkStatus\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestNetworkApply($input: ApplyToNetworkInput!) {\n    applyToNetwork(input: $input) {\n      networkStatus\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNetworkMine {\n    myPartners {\n      partner { id name }\n      networkStatus\n      canManageNetwork\n      networkProfile { companyName countries categories }\n      lastNetworkDecision { status decidedAt reason }\n    }\n  }\n"): (typeof documents)["\n  query TestNetworkMine {\n    myPartners {\n      partner { id name }\n      networkStatus\n      canManageNetwork\n      networkProfile { companyName countries categories }\n      lastNetworkDecision { status decidedAt reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNetworkOptions {\n    networkProfileOptions { audienceSizes { value label } promotionMethods { value label } categories }\n  }\n"): (typeof documents)["\n  query TestNetworkOptions {\n    networkProfileOptions { audienceSizes { value label } promotionMethods { value label } categories }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNetworkQueue($status: NetworkApplicationStatus, $first: Int, $after: String) {\n    networkReviewQueue(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          submittedAt\n          waitingSeconds\n          applicant { id name logoUrl networkStatus }\n          profile { companyName }\n          decision { status decidedAt reason }\n          members { name email accessLevel }\n          earlierDecisions { status reason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      oldestWaitingSeconds\n      medianDecisionSeconds30d\n      decidedLast30Days\n    }\n  }\n"): (typeof documents)["\n  query TestNetworkQueue($status: NetworkApplicationStatus, $first: Int, $after: String) {\n    networkReviewQueue(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          submittedAt\n          waitingSeconds\n          applicant { id name logoUrl networkStatus }\n          profile { companyName }\n          decision { status decidedAt reason }\n          members { name email accessLevel }\n          earlierDecisions { status reason }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      oldestWaitingSeconds\n      medianDecisionSeconds30d\n      decidedLast30Days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      id\n      status\n      applicant { name networkStatus }\n      profile { companyName description updatedAt }\n      decision { status reason }\n      members { name email accessLevel }\n      earlierDecisions { status decidedAt reason }\n    }\n  }\n"): (typeof documents)["\n  query TestNetworkApplication($id: ID!) {\n    networkApplication(id: $id) {\n      id\n      status\n      applicant { name networkStatus }\n      profile { companyName description updatedAt }\n      decision { status reason }\n      members { name email accessLevel }\n      earlierDecisions { status decidedAt reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNetworkApprove($input: DecideNetworkApplicationInput!) {\n    approveNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestNetworkApprove($input: DecideNetworkApplicationInput!) {\n    approveNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNetworkDecline($input: DecideNetworkApplicationInput!) {\n    declineNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestNetworkDecline($input: DecideNetworkApplicationInput!) {\n    declineNetworkApplication(input: $input) {\n      application { id status applicant { networkStatus } decision { status reason } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNetworkBadge($id: ID!) {\n    partnership(id: $id) { partner { networkApproved } }\n  }\n"): (typeof documents)["\n  query TestNetworkBadge($id: ID!) {\n    partnership(id: $id) { partner { networkApproved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestOpenAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestOpenAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestOpenJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestOpenJoinProgram($input: JoinProgramInput!) {\n    joinProgram(input: $input) {\n      partnerProgram { partnershipId }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestOpenPartnershipMembers($id: ID!) {\n    partnership(id: $id) {\n      partnerKey\n      members { member { email isPrimaryContact } }\n    }\n  }\n"): (typeof documents)["\n  query TestOpenPartnershipMembers($id: ID!) {\n    partnership(id: $id) {\n      partnerKey\n      members { member { email isPrimaryContact } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPermissionsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id invites { id status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPermissionsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id invites { id status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPermissionsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPermissionsApprove($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPermissionsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPermissionsApproveAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPermissionsMyPartners {\n    myPartners {\n      accessLevel\n      programs { canApprove }\n      pendingAdditions { invite { id } }\n    }\n  }\n"): (typeof documents)["\n  query TestPermissionsMyPartners {\n    myPartners {\n      accessLevel\n      programs { canApprove }\n      pendingAdditions { invite { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileClaim($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestProfileMine {\n    myProfile { email firstName lastName pendingEmail }\n  }\n"): (typeof documents)["\n  query TestProfileMine {\n    myProfile { email firstName lastName pendingEmail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileUpdate($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileUpdate($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      profile { email firstName lastName pendingEmail }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestProfilePartnership($id: ID!) {\n    partnership(id: $id) {\n      primaryContact { email name }\n      members { member { id email firstName lastName name roleLabel } }\n    }\n  }\n"): (typeof documents)["\n  query TestProfilePartnership($id: ID!) {\n    partnership(id: $id) {\n      primaryContact { email name }\n      members { member { id email firstName lastName name roleLabel } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestProfileUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { email firstName lastName roleLabel } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestProfileUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { email firstName lastName roleLabel } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzSetupAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        members { member { id email } }\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzSetupAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership {\n        id\n        members { member { id email } }\n        invites { id kind status email }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzAddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzAddPartnerMembers($input: AddPartnerMembersInput!) {\n    addPartnerMembers(input: $input) {\n      invites { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzUpdateTeamMember($input: UpdateTeamMemberInput!) {\n    updateTeamMember(input: $input) {\n      teamMember { member { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzResendInvite($input: InviteIdInput!) {\n    resendInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzDeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzDeleteInvite($input: InviteIdInput!) {\n    deleteInvite(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzApprovePartnership($input: PartnershipIdInput!) {\n    approvePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzDeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzDeclinePartnership($input: PartnershipIdInput!) {\n    declinePartnership(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzApproveMemberAddition($input: InviteIdInput!) {\n    approveMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzDeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzDeclineMemberAddition($input: InviteIdInput!) {\n    declineMemberAddition(input: $input) {\n      invite { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzClaimInvite($input: ClaimInviteInput!) {\n    claimInvite(input: $input) {\n      partnerProgram { status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAuthzRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAuthzRequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      profile { email }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPageQueriesAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestPageQueriesAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPageQueriesPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      partner { id name claimed }\n      program { id name }\n      group { id name }\n      primaryContact { id email name accessLevel }\n      programManager { id email name }\n      customFields { key label value }\n      members {\n        member { id email name accessLevel roleLabel status isPrimaryContact }\n        customFields { key label value }\n      }\n      invites { id kind status email sentCount lastSentAt expiresAt member { id email name } }\n    }\n  }\n"): (typeof documents)["\n  query TestPageQueriesPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      invited\n      partnerKey\n      partner { id name claimed }\n      program { id name }\n      group { id name }\n      primaryContact { id email name accessLevel }\n      programManager { id email name }\n      customFields { key label value }\n      members {\n        member { id email name accessLevel roleLabel status isPrimaryContact }\n        customFields { key label value }\n      }\n      invites { id kind status email sentCount lastSentAt expiresAt member { id email name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPageQueriesPartnerships($programId: ID!) {\n    partnerships(programId: $programId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          partner { id name }\n          program { id name }\n          group { id name }\n          primaryContact { id email }\n          programManager { id email }\n          customFields { key value }\n          members {\n            member { id email accessLevel }\n            customFields { key value }\n          }\n          invites { id status member { id email } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestPageQueriesPartnerships($programId: ID!) {\n    partnerships(programId: $programId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          partner { id name }\n          program { id name }\n          group { id name }\n          primaryContact { id email }\n          programManager { id email }\n          customFields { key value }\n          members {\n            member { id email accessLevel }\n            customFields { key value }\n          }\n          invites { id status member { id email } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListPartnerships($programId: ID!, $first: Int, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    partnerships(programId: $programId, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id partnerKey status invited partner { name } } }\n    }\n  }\n"): (typeof documents)["\n  query TestListPartnerships($programId: ID!, $first: Int, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    partnerships(programId: $programId, first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id partnerKey status invited partner { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListProgramPartnerships($slug: String!, $first: Int, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      partnerships(first: $first, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        edges { node { partnerKey } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestListProgramPartnerships($slug: String!, $first: Int, $filter: PartnershipFilter, $sort: PartnershipSort) {\n    program(slug: $slug) {\n      partnerships(first: $first, filter: $filter, sort: $sort) {\n        totalCount\n        totalCountIsEstimate\n        edges { node { partnerKey } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsUpdate($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program { id name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSettingsUpdate($input: UpdateProgramSettingsInput!) {\n    updateProgramSettings(input: $input) {\n      program { id name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSettingsRead($slug: String!) {\n    program(slug: $slug) { name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n  }\n"): (typeof documents)["\n  query TestSettingsRead($slug: String!) {\n    program(slug: $slug) { name websiteUrl linkParameters inviteExpiryDays senderName declineReasons }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestSettingsCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSettingsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) { partnership { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestSettingsAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) { partnership { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRateLimitInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n"): (typeof documents)["\n  query TestRateLimitInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRateLimitJoinLanding($token: String!) {\n    joinLanding(token: $token) { status }\n  }\n"): (typeof documents)["\n  query TestRateLimitJoinLanding($token: String!) {\n    joinLanding(token: $token) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRateLimitConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TestRateLimitConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRateLimitOwnProgram {\n    program { slug }\n  }\n"): (typeof documents)["\n  query TestRateLimitOwnProgram {\n    program { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestLinksPartnership($id: ID!) {\n    partnership(id: $id) { partnerKey referralUrl clickCount keyAliases }\n  }\n"): (typeof documents)["\n  query TestLinksPartnership($id: ID!) {\n    partnership(id: $id) { partnerKey referralUrl clickCount keyAliases }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLinksUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { partnerKey keyAliases referralUrl }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLinksUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership { partnerKey keyAliases referralUrl }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) {\n      removedCount\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRemoveList($programId: ID!) {\n    partnerships(programId: $programId, first: 100) {\n      totalCount\n      edges { node { id partnerKey } }\n    }\n  }\n"): (typeof documents)["\n  query TestRemoveList($programId: ID!) {\n    partnerships(programId: $programId, first: 100) {\n      totalCount\n      edges { node { id partnerKey } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRemovePartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      partnerKey\n      removedAt\n      linksDeactivatedAt\n      invites { email status }\n      activity { action summary actor }\n    }\n  }\n"): (typeof documents)["\n  query TestRemovePartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      status\n      partnerKey\n      removedAt\n      linksDeactivatedAt\n      invites { email status }\n      activity { action summary actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRemoveMyPartners {\n    myPartners { partner { name } programs { partnershipId programName status } }\n  }\n"): (typeof documents)["\n  query TestRemoveMyPartners {\n    myPartners { partner { name } programs { partnershipId programName status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRemoveAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey status partner { id } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRemoveAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey status partner { id } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRemoveInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n"): (typeof documents)["\n  query TestRemoveInviteLanding($token: String!) {\n    inviteLanding(token: $token) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n"): (typeof documents)["\n  query TestSignInViewer {\n    viewer {\n      user { email }\n      programs { slug }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n        keyAliases\n        referralUrl\n        programManager { id email }\n        group { id name }\n        customFields { key value }\n      }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdatePartnership($input: UpdatePartnershipInput!) {\n    updatePartnership(input: $input) {\n      partnership {\n        id\n        partnerKey\n        keyAliases\n        referralUrl\n        programManager { id email }\n        group { id name }\n        customFields { key value }\n      }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestUpdateActivity($id: ID!, $first: Int) {\n    partnership(id: $id) {\n      status\n      activity(first: $first) { action summary actor }\n    }\n  }\n"): (typeof documents)["\n  query TestUpdateActivity($id: ID!, $first: Int) {\n    partnership(id: $id) {\n      status\n      activity(first: $first) { action summary actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateAddPartner($input: AddPartnerInput!) {\n    addPartner(input: $input) {\n      partnership { id partnerKey }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateRemovePartners($input: RemovePartnersInput!) {\n    removePartners(input: $input) { removedCount userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestUpdateSearch($programId: ID!, $search: String!) {\n    partnerships(programId: $programId, filter: { search: $search }) { edges { node { partnerKey } } }\n  }\n"): (typeof documents)["\n  query TestUpdateSearch($programId: ID!, $search: String!) {\n    partnerships(programId: $programId, filter: { search: $search }) { edges { node { partnerKey } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;