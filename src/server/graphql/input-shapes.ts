import type { z } from 'zod';
import type * as Generated from './resolvers-types.generated';
import { createApiKeyInput } from '../api-keys/create-api-key';
import { revokeApiKeyInput } from '../api-keys/revoke-api-key';
import { joinInput } from '../applications/join-program';
import { approveApplicationsInput } from '../applications/approve-applications';
import { declineApplicationsInput } from '../applications/decline-applications';
import { updateReviewerAnswersInput } from '../applications/update-reviewer-answers';
import { markMessageThreadReadInput } from '../messages/mark-message-thread-read';
import { replyToMessageThreadInput } from '../messages/reply-to-message-thread';
import { sendMessageInput } from '../messages/send-message';
import { updateApplicationFormInput } from '../applications/update-application-form';
import { copyApplicationFormInput } from '../applications/copy-application-form';
import { createGroupInput } from '../groups/create-group';
import { updateGroupInput } from '../groups/update-group';
import { claimInviteInput } from '../invites/claim-invite';
import { inviteIdInput as manageInviteIdInput } from '../invites/access';
import { addPartnerMembersInput } from '../members/add-partner-members';
import { inviteIdInput as decideAdditionInviteIdInput } from '../members/decide-member-addition';
import { nameInput } from '../members/update-my-profile';
import { requestEmailChangeInput } from '../members/request-email-change';
import { confirmEmailChangeInput } from '../members/confirm-email-change';
import { groupIdInput } from '../groups/access';
import { updateTeamMemberInput } from '../members/update-team-member';
import { addPartnerInput } from '../partnerships/partner-addition';
import { partnershipIdInput } from '../partnerships/decide-partnership';
import { movePartnersInput } from '../partnerships/move-partners';
import { removePartnersInput } from '../partnerships/remove-partners';
import { updatePartnershipInput } from '../partnerships/update-partnership';
import { createCustomFieldInput } from '../custom-fields/create-custom-field';
import { applyToNetworkInput, decideNetworkApplicationInput, updateNetworkProfileInput } from '../network/network-inputs';
import { applyFromMarketplaceInput, updateMarketplaceListingInput } from '../marketplace/marketplace-inputs';
import { createImportInput, importIdInput, startImportInput, updateImportInput } from '../imports/import-inputs';
import { updateCustomFieldInput } from '../custom-fields/update-custom-field';
import { reorderCustomFieldsInput } from '../custom-fields/reorder-custom-fields';
import { customFieldIdInput } from '../custom-fields/access';
import { updateProgramSettingsInput } from '../programs/update-program-settings';

/*
 * Resolvers pass a mutation's `input` to its use case, which parses it with a zod shape: that
 * shape is the one place input is validated. A field the SDL declares but the shape lacks would be
 * dropped without a word, so every mutation's shape is registered here and checked against the SDL
 * twice: by the compiler (MissingFields below) and by tests/input-shapes.test.ts, which walks the
 * built schema and the shapes field by field, nested input objects and lists included.
 */

type Element<T> = NonNullable<T> extends readonly (infer E)[] ? Element<E> : NonNullable<T>;

/** Paths of the SDL input's fields (nested ones as `a.b`) that the zod shape's input does not have. */
export type MissingFields<Sdl, Shape> = {
  [K in keyof Sdl & string]-?: K extends keyof Shape
    ? Element<Sdl[K]> extends Record<string, unknown>
      ? `${K}.${MissingFields<Element<Sdl[K]>, Element<Shape[K]>>}`
      : never
    : K;
}[keyof Sdl & string];

/**
 * `shapeFor<XInput>()(shape)` compiles only when the shape takes every field of the generated
 * XInput; otherwise the error names the missing fields (`missingFromShape`).
 */
export function shapeFor<Sdl>() {
  return <Shape extends z.ZodType>(shape: Shape & ([MissingFields<Sdl, z.input<Shape>>] extends [never] ? unknown : { missingFromShape: MissingFields<Sdl, z.input<Shape>> })): Shape =>
    shape;
}

type MutationName = keyof Generated.MutationResolvers;

/** Each mutation's `input` shape, the one its use case parses. */
export const MUTATION_INPUT_SHAPES = {
  addPartner: shapeFor<Generated.AddPartnerInput>()(addPartnerInput),
  approveApplications: shapeFor<Generated.ApproveApplicationsInput>()(approveApplicationsInput),
  declineApplications: shapeFor<Generated.DeclineApplicationsInput>()(declineApplicationsInput),
  updateApplicationReviewerAnswers: shapeFor<Generated.UpdateApplicationReviewerAnswersInput>()(updateReviewerAnswersInput),
  addPartnerMembers: shapeFor<Generated.AddPartnerMembersInput>()(addPartnerMembersInput),
  confirmEmailChange: shapeFor<Generated.ConfirmEmailChangeInput>()(confirmEmailChangeInput),
  deleteGroup: shapeFor<Generated.GroupIdInput>()(groupIdInput),
  regenerateGroupJoinLink: shapeFor<Generated.GroupIdInput>()(groupIdInput),
  requestEmailChange: shapeFor<Generated.RequestEmailChangeInput>()(requestEmailChangeInput),
  approveMemberAddition: shapeFor<Generated.InviteIdInput>()(decideAdditionInviteIdInput),
  approvePartnership: shapeFor<Generated.PartnershipIdInput>()(partnershipIdInput),
  claimInvite: shapeFor<Generated.ClaimInviteInput>()(claimInviteInput),
  createApiKey: shapeFor<Generated.CreateApiKeyInput>()(createApiKeyInput),
  copyApplicationForm: shapeFor<Generated.CopyApplicationFormInput>()(copyApplicationFormInput),
  createGroup: shapeFor<Generated.CreateGroupInput>()(createGroupInput),
  declineMemberAddition: shapeFor<Generated.InviteIdInput>()(decideAdditionInviteIdInput),
  declinePartnership: shapeFor<Generated.PartnershipIdInput>()(partnershipIdInput),
  deleteInvite: shapeFor<Generated.InviteIdInput>()(manageInviteIdInput),
  joinProgram: shapeFor<Generated.JoinProgramInput>()(joinInput),
  markMessageThreadRead: shapeFor<Generated.MarkMessageThreadReadInput>()(markMessageThreadReadInput),
  movePartnerGroup: shapeFor<Generated.MovePartnerGroupInput>()(movePartnersInput),
  replyToMessageThread: shapeFor<Generated.ReplyToMessageThreadInput>()(replyToMessageThreadInput),
  removePartners: shapeFor<Generated.RemovePartnersInput>()(removePartnersInput),
  resendInvite: shapeFor<Generated.InviteIdInput>()(manageInviteIdInput),
  revokeApiKey: shapeFor<Generated.RevokeApiKeyInput>()(revokeApiKeyInput),
  sendMessage: shapeFor<Generated.SendMessageInput>()(sendMessageInput),
  updateApplicationForm: shapeFor<Generated.UpdateApplicationFormInput>()(updateApplicationFormInput),
  updateGroup: shapeFor<Generated.UpdateGroupInput>()(updateGroupInput),
  updateMyProfile: shapeFor<Generated.UpdateMyProfileInput>()(nameInput),
  updatePartnership: shapeFor<Generated.UpdatePartnershipInput>()(updatePartnershipInput),
  updateTeamMember: shapeFor<Generated.UpdateTeamMemberInput>()(updateTeamMemberInput),
  createCustomField: shapeFor<Generated.CreateCustomFieldInput>()(createCustomFieldInput),
  updateCustomField: shapeFor<Generated.UpdateCustomFieldInput>()(updateCustomFieldInput),
  reorderCustomFields: shapeFor<Generated.ReorderCustomFieldsInput>()(reorderCustomFieldsInput),
  archiveCustomField: shapeFor<Generated.CustomFieldIdInput>()(customFieldIdInput),
  restoreCustomField: shapeFor<Generated.CustomFieldIdInput>()(customFieldIdInput),
  updateProgramSettings: shapeFor<Generated.UpdateProgramSettingsInput>()(updateProgramSettingsInput),
  createImport: shapeFor<Generated.CreateImportInput>()(createImportInput),
  updateImport: shapeFor<Generated.UpdateImportInput>()(updateImportInput),
  startImport: shapeFor<Generated.StartImportInput>()(startImportInput),
  cancelImport: shapeFor<Generated.ImportIdInput>()(importIdInput),
  updateNetworkProfile: shapeFor<Generated.UpdateNetworkProfileInput>()(updateNetworkProfileInput),
  applyToNetwork: shapeFor<Generated.ApplyToNetworkInput>()(applyToNetworkInput),
  approveNetworkApplication: shapeFor<Generated.DecideNetworkApplicationInput>()(decideNetworkApplicationInput),
  declineNetworkApplication: shapeFor<Generated.DecideNetworkApplicationInput>()(decideNetworkApplicationInput),
  updateMarketplaceListing: shapeFor<Generated.UpdateMarketplaceListingInput>()(updateMarketplaceListingInput),
  applyFromMarketplace: shapeFor<Generated.ApplyFromMarketplaceInput>()(applyFromMarketplaceInput),
} satisfies Record<MutationName, z.ZodType>;
