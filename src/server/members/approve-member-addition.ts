import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { INVITE_STATUS, type InviteRow } from '../invites/rules';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import { decideMemberAddition } from './decide-member-addition';
import { MEMBER_STATUS } from './rules';

/**
 * The team owner approves a member a program manager added: the invite is sent now, or held
 * until the partnership itself is approved ("members added to an unapproved partnership get no
 * notifications until it is approved").
 */
export function approveMemberAddition(db: Database, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  return decideMemberAddition(db, viewer, rawInput, {
    approved: true,
    next: (partnershipStatus) => ({ invite: INVITE_STATUS.HELD, member: MEMBER_STATUS.INVITED, sendNow: partnershipStatus === PARTNERSHIP_STATUS.ACTIVE }),
  });
}
