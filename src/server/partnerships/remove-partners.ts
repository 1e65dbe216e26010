import { and, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { invites, links, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordPartnershipEvents } from '../audit/record-event';
import { requireManagedProgram } from '../programs/access';
import { parseInput } from '../shared/errors';
import { bulkSelectionShape, selectionCondition } from './selection';

export const BULK_BATCH_SIZE = 5_000;

const removePartnersInput = z.object({ selection: bulkSelectionShape, deactivateLinks: z.boolean() });

/**
 * Removes partnerships from a program (the article's "Delete Partners"): they leave All Partners
 * and the partner's view of the program, and keep their history for the export. With
 * deactivateLinks their links answer 404; without, links still redirect but attribute nothing.
 * One transaction, set-based statements in batches: all of them or none.
 */
export async function removePartners(db: Database, viewer: Viewer, rawInput: unknown): Promise<number> {
  const input = parseInput(removePartnersInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.selection.programId);
    const target = selectionCondition(program.id, input.selection);
    let removed = 0;
    for (;;) {
      const batch = await tx
        .update(partnerships)
        .set({
          status: 'REMOVED',
          removedAt: sql`now()`,
          linksDeactivatedAt: input.deactivateLinks ? sql`now()` : null,
        })
        .where(inArray(partnerships.id, tx.select({ id: partnerships.id }).from(partnerships).where(target).limit(BULK_BATCH_SIZE)))
        .returning({ id: partnerships.id });
      if (batch.length === 0) break;
      removed += batch.length;
      const ids = batch.map((b) => b.id);
      if (input.deactivateLinks) await tx.update(links).set({ deactivatedAt: sql`now()` }).where(inArray(links.partnershipId, ids));
      // Invites of a removed partnership must not let anyone in any more.
      await tx
        .update(invites)
        .set({ status: 'REVOKED' })
        .where(and(inArray(invites.partnershipId, ids), inArray(invites.status, ['AWAITING_OWNER_APPROVAL', 'HELD', 'SENT'])));
      await recordPartnershipEvents(tx, viewer, program.id, ids, 'partnership.removed', { linksDeactivated: input.deactivateLinks });
    }
    return removed;
  });
}
