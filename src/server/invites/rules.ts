import type { invites } from '../db/schema';

export type InviteRow = typeof invites.$inferSelect;
export type StoredInviteStatus = InviteRow['status'];
export type InviteStatusValue = StoredInviteStatus | 'EXPIRED';

/** What a person sees: a sent link past its expiry is EXPIRED (the stored status stays SENT). */
export function effectiveInviteStatus(invite: Pick<InviteRow, 'status' | 'expiresAt'>, now = new Date()): InviteStatusValue {
  if (invite.status === 'SENT' && invite.expiresAt && invite.expiresAt <= now) return 'EXPIRED';
  return invite.status;
}

/** Invites a manager may still resend or delete. */
export const OPEN_INVITE_STATUSES = ['AWAITING_OWNER_APPROVAL', 'HELD', 'SENT'] as const satisfies readonly StoredInviteStatus[];
