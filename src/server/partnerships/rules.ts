import { partnershipStatus, type partnerships } from '../db/schema';
import { enumNames } from '../shared/enum-names';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartnershipStatus = PartnershipRow['status'];

export const PARTNERSHIP_STATUS = enumNames(partnershipStatus.enumValues);

/** Statuses of a partnership that is in the program (the database allows one per partner). */
export const LIVE_PARTNERSHIP_STATUSES = ['PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE'] as const satisfies readonly PartnershipStatus[];

/** The "invited" flag: a new partner has not claimed, or an existing one has not approved. */
export const INVITED_PARTNERSHIP_STATUSES = ['PENDING_CLAIM', 'PENDING_APPROVAL'] as const satisfies readonly PartnershipStatus[];

/** What a partner's team sees in its partner area: asked for and approved, not claims or endings. */
export const PARTNER_VISIBLE_PARTNERSHIP_STATUSES = ['PENDING_APPROVAL', 'ACTIVE'] as const satisfies readonly PartnershipStatus[];

/** Statuses a manager can filter All Partners by (removed partnerships are never listed). */
export const LISTED_PARTNERSHIP_STATUSES = ['PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE', 'DECLINED'] as const satisfies readonly PartnershipStatus[];

export const isInvited = (status: PartnershipStatus) => (INVITED_PARTNERSHIP_STATUSES as readonly string[]).includes(status);

/** A partnership the program ended: history, and a bar to rejoining by join link with the same email. */
export const REMOVED_PARTNERSHIP_STATUSES = ['REMOVED'] as const satisfies readonly PartnershipStatus[];
