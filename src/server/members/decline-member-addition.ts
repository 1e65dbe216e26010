import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { INVITE_STATUS, type InviteRow } from '../invites/rules';
import { decideMemberAddition } from './decide-member-addition';
import { MEMBER_STATUS } from './rules';

/** The team owner declines a member a program manager added: no invite is sent and they leave the team. */
export function declineMemberAddition(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return decideMemberAddition(db, viewer, rawInput, {
    approved: false,
    next: () => ({ invite: INVITE_STATUS.DECLINED, member: MEMBER_STATUS.REMOVED, sendNow: false }),
  });
}
