import type { Database, Executor } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { revokeOpenInvites } from '../invites/revoke-open-invites';
import { INVITE_KIND } from '../invites/rules';
import { removeUnjoinedMembers } from '../members/remove-unjoined-members';
import { decidePendingPartnership, settlePendingPartnership, type PartnershipDecision } from './decide-partnership';
import { PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

/**
 * A decline closes the partnership's invites and, as when a manager deletes an invite, people
 * added for it who never joined leave the team.
 */
const DECLINE: PartnershipDecision = {
  approved: false,
  change: { status: PARTNERSHIP_STATUS.DECLINED },
  afterwards: async (tx, partnershipId) => {
    const revoked = await revokeOpenInvites(tx, [partnershipId]);
    await removeUnjoinedMembers(
      tx,
      revoked.filter((i) => i.kind === INVITE_KIND.TEAM_JOIN).map((i) => i.memberId),
    );
  },
};

/** An Owner or Admin of an existing partner declines a partnership a program manager asked for; the manager is told. */
export function declinePartnership(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  return decidePendingPartnership(db, viewer, rawInput, DECLINE);
}

/**
 * The same decline's rows and event without a partner's session or emails: for the seed, whose
 * demo partner declined before the story starts (nobody at the partner has an account).
 */
export function recordDeclinedPartnership(tx: Executor, viewer: Viewer, partnership: PartnershipRow, partnerName: string): Promise<PartnershipRow> {
  return settlePendingPartnership(tx, viewer, partnership, DECLINE, partnerName);
}
