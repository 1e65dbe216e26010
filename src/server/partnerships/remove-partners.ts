import { and, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { links, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordPartnershipEvents } from '../audit/record-event';
import { revokeOpenInvites } from '../invites/revoke-open-invites';
import { requireManagedProgram } from '../programs/access';
import { parseInput } from '../shared/errors';
import { PARTNERSHIP_STATUS } from './rules';
import { bulkSelectionShape, checkSelection, nextBatch, selectionCondition } from './selection';

export { BULK_BATCH_SIZE } from './selection';

export const removePartnersInput = z.object({ selection: bulkSelectionShape, deactivateLinks: z.boolean() });

/**
 * Removes partnerships from a program (the article's "Delete Partners"): they leave All Partners
 * and the partner's view of the program, and keep their history for the export. With
 * deactivateLinks their links answer 404; without, links still redirect but attribute nothing.
 * One transaction, set-based statements in batches: all of them or none. Only partnerships still
 * live are touched, so a repeat (or a concurrent duplicate) removes nothing, records nothing and
 * keeps the first removal's choice about links.
 */
export async function removePartners(db: Database, viewer: Viewer, rawInput: unknown): Promise<number> {
  const input = parseInput(removePartnersInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.selection.programId);
    // Already removed is the state asked for: skipped, not refused.
    await checkSelection(tx, program.id, input.selection);
    const target = and(selectionCondition(program.id, input.selection), ne(partnerships.status, PARTNERSHIP_STATUS.REMOVED))!;
    let removed = 0;
    for (;;) {
      const batch = await tx
        .update(partnerships)
        .set({
          status: PARTNERSHIP_STATUS.REMOVED,
          removedAt: sql`now()`,
          // Set once, never cleared: the export and the link both read it (links/rules.ts).
          ...(input.deactivateLinks ? { linksDeactivatedAt: sql`coalesce(${partnerships.linksDeactivatedAt}, now())` } : {}),
        })
        // The state is checked again here, on the row as a concurrent removal left it.
        .where(and(target, inArray(partnerships.id, nextBatch(tx, target))))
        .returning({ id: partnerships.id });
      if (batch.length === 0) break;
      removed += batch.length;
      const ids = batch.map((b) => b.id);
      if (input.deactivateLinks) {
        await tx
          .update(links)
          .set({ deactivatedAt: sql`now()` })
          .where(and(inArray(links.partnershipId, ids), isNull(links.deactivatedAt)));
      }
      // Invites of a removed partnership must not let anyone in any more.
      await revokeOpenInvites(tx, ids);
      await recordPartnershipEvents(tx, viewer, program.id, ids, 'partnership.removed', { linksDeactivated: input.deactivateLinks });
    }
    return removed;
  });
}
