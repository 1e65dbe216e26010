import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { messageReads, messages } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { forbidden, parseInput } from '../shared/errors';
import { columnList, excluded, insertSelect } from '../shared/insert-select';
import { threadSummary } from './list-message-threads';
import { MESSAGE_SIDE, type MessageThreadModel } from './rules';
import { requireThreadSide } from './thread-access';

export const markMessageThreadReadInput = z.object({
  programId: z.string(),
  partnerId: z.string(),
  as: z.enum([MESSAGE_SIDE.PROGRAM, MESSAGE_SIDE.PARTNER]).nullish(),
});

/**
 * The caller has read the thread up to its newest message (not "now": a message committed while
 * they read stays unread). A separate mutation rather than a side effect of reading, so a GET of
 * the thread changes nothing. The marker only moves forward.
 */
export async function markMessageThreadRead(db: Database, viewer: Viewer, rawInput: unknown): Promise<MessageThreadModel> {
  const input = parseInput(markMessageThreadReadInput, rawInput);
  return db.transaction(async (tx) => {
    const parties = await requireThreadSide(tx, viewer, input.programId, input.partnerId, input.as);
    if (viewer.kind !== 'user') throw forbidden('Only people have read markers.');
    const m = messages;
    const r = messageReads;
    await tx.execute(sql`
      ${insertSelect(
        r,
        [r.userId, r.programId, r.partnerId, r.lastReadAt],
        sql`select ${viewer.user.id}, ${parties.program.id}, ${parties.partner.id}, max(${m.createdAt})
            from ${m} where ${m.programId} = ${parties.program.id} and ${m.partnerId} = ${parties.partner.id}
            having max(${m.createdAt}) is not null`,
      )}
      on conflict (${columnList(r.userId, r.programId, r.partnerId)}) do update set ${columnList(r.lastReadAt)} = greatest(${r.lastReadAt}, ${excluded(r.lastReadAt)})`);
    return threadSummary(tx, viewer, parties);
  });
}
