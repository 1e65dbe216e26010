import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { messageReads, messages } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { ownPartnersScope, readMark } from './list-message-threads';
import { MESSAGE_SIDE, type UnreadMessagesModel } from './rules';

/**
 * The navigation's unread totals: per managed program, the partners' messages after the person
 * last read each thread; as a partner, the programs' messages in the threads of the partners they
 * speak for. One statement per side. An API key counts the partners' messages since its program
 * last wrote (it has no read marker).
 */
export async function unreadMessages(db: Executor, viewer: Viewer): Promise<UnreadMessagesModel> {
  if (viewer.kind === 'anonymous') return { programs: [], asPartner: 0 };
  const programIds = viewer.kind === 'user' ? viewer.managedProgramIds : [viewer.apiKey.programId];
  const userId = viewer.kind === 'user' ? viewer.user.id : null;
  const m = messages;
  const r = messageReads;
  const programs =
    programIds.length === 0
      ? []
      : await queryRows<{ program_id: string; count: number }>(
          db,
          sql`select ${m.programId} as program_id, count(*)::int as count
              from ${m}
              left join ${r} on ${r.userId} = ${userId}::text and ${r.programId} = ${m.programId} and ${r.partnerId} = ${m.partnerId}
              where ${m.programId} = any(${sql.param(programIds)}::uuid[]) and ${m.senderSide} = ${MESSAGE_SIDE.PARTNER}
                and ${m.createdAt} > coalesce(${readMark({ side: MESSAGE_SIDE.PROGRAM, userId }, m)}, '-infinity'::timestamptz)
              group by ${m.programId}`,
        );
  let asPartner = 0;
  if (viewer.kind === 'user' && viewer.partnerIds.length > 0) {
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count
          from ${m}
          left join ${r} on ${r.userId} = ${viewer.user.id} and ${r.programId} = ${m.programId} and ${r.partnerId} = ${m.partnerId}
          where ${ownPartnersScope(viewer.user.id)} and ${m.senderSide} = ${MESSAGE_SIDE.PROGRAM}
            and ${m.createdAt} > coalesce(${r.lastReadAt}, '-infinity'::timestamptz)`,
    );
    asPartner = row?.count ?? 0;
  }
  return { programs: programs.map((p) => ({ programId: p.program_id, count: p.count })), asPartner };
}
