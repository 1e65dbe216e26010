import { networkStatus, type partnerMembers, type partners } from '../db/schema';
import { enumNames } from '../shared/enum-names';

export type PartnerRow = typeof partners.$inferSelect;
export type MemberRow = typeof partnerMembers.$inferSelect;

/** Where a partner stands with the network review (approved partners can apply from the marketplace). */
export const NETWORK_STATUS = enumNames(networkStatus.enumValues);
