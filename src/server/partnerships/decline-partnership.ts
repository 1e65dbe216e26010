import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { revokeOpenInvites } from '../invites/revoke-open-invites';
import { INVITE_KIND } from '../invites/rules';
import { removeUnjoinedMembers } from '../members/remove-unjoined-members';
import { decidePendingPartnership } from './decide-partnership';
import { PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

/**
 * An Owner or Admin of an existing partner declines a partnership a program manager asked for:
 * its invites close, and (as when a manager deletes an invite) people added for it who never
 * joined leave the team. The manager is told.
 */
export function declinePartnership(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  return decidePendingPartnership(db, viewer, rawInput, {
    approved: false,
    change: { status: PARTNERSHIP_STATUS.DECLINED },
    afterwards: async (tx, partnershipId) => {
      const revoked = await revokeOpenInvites(tx, [partnershipId]);
      await removeUnjoinedMembers(
        tx,
        revoked.filter((i) => i.kind === INVITE_KIND.TEAM_JOIN).map((i) => i.memberId),
      );
    },
  });
}
