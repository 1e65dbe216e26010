import { inviteKind, inviteStatus, type invites } from '../db/schema';
import { enumNames } from '../shared/enum-names';

export type InviteRow = typeof invites.$inferSelect;
export type StoredInviteStatus = InviteRow['status'];
export type InviteStatusValue = StoredInviteStatus | 'EXPIRED';

export const INVITE_STATUS = enumNames(inviteStatus.enumValues);
export const INVITE_KIND = enumNames(inviteKind.enumValues);
/** Shown, never stored: a sent link past its expiry. */
export const EXPIRED_INVITE_STATUS = 'EXPIRED' satisfies InviteStatusValue;

/** What a person sees: a sent link past its expiry is EXPIRED (the stored status stays SENT). */
export function effectiveInviteStatus(invite: Pick<InviteRow, 'status' | 'expiresAt'>, now = new Date()): InviteStatusValue {
  if (invite.status === 'SENT' && invite.expiresAt && invite.expiresAt <= now) return EXPIRED_INVITE_STATUS;
  return invite.status;
}

/** Invites a manager may still resend or delete. */
export const OPEN_INVITE_STATUSES = ['AWAITING_OWNER_APPROVAL', 'HELD', 'SENT', 'NOT_SENT'] as const satisfies readonly StoredInviteStatus[];

/** Invites that wait for someone before they are sent: the team owner, or the partnership's approval. */
export const WAITING_INVITE_STATUSES = ['AWAITING_OWNER_APPROVAL', 'HELD'] as const satisfies readonly StoredInviteStatus[];

/** Invites closed by the program or the partner: the link no longer lets anyone in. */
export const CLOSED_INVITE_STATUSES = ['REVOKED', 'DECLINED'] as const satisfies readonly StoredInviteStatus[];

export const isInviteStatusIn = (status: InviteStatusValue, set: readonly InviteStatusValue[]) => set.includes(status);

/** What an invite link's page says about it. */
export type LandingStatus = 'VALID' | 'EXPIRED' | 'CLAIMED' | 'NO_LONGER_VALID' | 'NOT_READY';

export const NO_LONGER_VALID_LANDING: LandingStatus = 'NO_LONGER_VALID';

export function landingStatusOf(effective: InviteStatusValue): LandingStatus {
  if (effective === 'SENT') return 'VALID';
  if (effective === 'EXPIRED' || effective === 'CLAIMED') return effective;
  if (isInviteStatusIn(effective, WAITING_INVITE_STATUSES)) return 'NOT_READY';
  return NO_LONGER_VALID_LANDING;
}
