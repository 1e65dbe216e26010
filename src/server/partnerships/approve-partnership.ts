import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { releaseHeldInvites } from '../invites/send-invites';
import { decidePendingPartnership } from './decide-partnership';
import { PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

/**
 * An Owner or Admin of an existing partner approves a partnership a program manager asked for:
 * it becomes active, the invites that waited for it are sent, and the manager is told.
 */
export function approvePartnership(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  return decidePendingPartnership(db, viewer, rawInput, {
    approved: true,
    change: { status: PARTNERSHIP_STATUS.ACTIVE, approvedAt: sql`now()` },
    afterwards: releaseHeldInvites,
  });
}
