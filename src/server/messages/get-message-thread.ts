import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Database } from '../db/client';
import { messages, partners, programs, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, pageSize, toConnection } from '../shared/pagination';
import { messageFromRow, SENDER_NAME, threadSummary } from './list-message-threads';
import { MESSAGE_SIDE, type MessageSideValue, type MessageThreadPageModel } from './rules';
import { requireThreadSide } from './thread-access';

/** The thread's messages again, inside the page's statement, for its total. */
const counted = alias(messages, 'counted');

export interface MessageThreadArgs {
  programId: string;
  partnerId: string;
  as?: MessageSideValue | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A thread and a page of its messages, newest first (a chat opens on the latest; `after` pages
 * back in time). Reading is a GET-safe query: it marks nothing read (markMessageThreadRead does).
 */
export async function getMessageThread(db: Database, viewer: Viewer, args: MessageThreadArgs): Promise<MessageThreadPageModel> {
  const size = pageSize(args.first, 50);
  const after = decodeCursor(args.after);
  const parties = await requireThreadSide(db, viewer, args.programId, args.partnerId, args.as);
  const m = messages;
  const past = after ? sql`and (${m.createdAt}, ${m.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : sql``;
  const rows = await queryRows<{
    id: string;
    program_id: string;
    partner_id: string;
    application_id: string | null;
    sender_side: MessageSideValue;
    sender_name: string;
    body: string;
    created_at: string | Date;
    total_count: number;
  }>(
    db,
    sql`select ${m.id}, ${m.programId}, ${m.partnerId}, ${m.applicationId}, ${m.senderSide}, ${m.body}, ${m.createdAt},
               ${SENDER_NAME(m.senderSide)} as sender_name,
               (select count(*)::int from ${m} as ${counted} where ${counted.programId} = ${m.programId} and ${counted.partnerId} = ${m.partnerId}) as total_count
        from ${m}
        join ${programs} on ${programs.id} = ${m.programId}
        join ${partners} on ${partners.id} = ${m.partnerId}
        left join ${users} on ${users.id} = ${m.senderId}
        where ${m.programId} = ${parties.program.id} and ${m.partnerId} = ${parties.partner.id} ${past}
        order by ${m.createdAt} desc, ${m.id} desc
        limit ${size + 1}`,
  );
  const thread = await threadSummary(db, viewer, parties);
  // A page past the oldest message is empty and carries no count: count the thread alone.
  const totalCount = rows[0]?.total_count ?? (after ? await countMessages(db, parties.program.id, parties.partner.id) : 0);
  return {
    thread,
    messages: toConnection(rows.map(messageFromRow), size, totalCount, after !== null),
    partnershipId: parties.side === MESSAGE_SIDE.PROGRAM ? parties.partnershipId : null,
    // The partner's side of a removed partner never gets here (requirePartnerSide refuses it).
    canWrite: !parties.partnerRemoved,
  };
}

async function countMessages(db: Database, programId: string, partnerId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${messages} where ${messages.programId} = ${programId} and ${messages.partnerId} = ${partnerId}`);
  return row.n;
}
