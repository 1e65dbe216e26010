import type { partnerships } from '../db/schema';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartnershipStatus = PartnershipRow['status'];

/** Statuses of a partnership that is in the program (the database allows one per partner). */
export const LIVE_PARTNERSHIP_STATUSES = ['PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE'] as const satisfies readonly PartnershipStatus[];

/** The "invited" flag: a new partner has not claimed, or an existing one has not approved. */
export const INVITED_PARTNERSHIP_STATUSES = ['PENDING_CLAIM', 'PENDING_APPROVAL'] as const satisfies readonly PartnershipStatus[];

export const isInvited = (status: PartnershipStatus) => (INVITED_PARTNERSHIP_STATUSES as readonly string[]).includes(status);

/** A partnership the program ended: history, and a bar to rejoining by join link with the same email. */
export const REMOVED_PARTNERSHIP_STATUSES = ['REMOVED'] as const satisfies readonly PartnershipStatus[];
