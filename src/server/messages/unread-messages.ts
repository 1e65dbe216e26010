import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { ownPartnersScope } from './list-message-threads';
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
  const mark = userId
    ? sql`r.last_read_at`
    : sql`(select max(y.created_at) from messages y where y.program_id = t.program_id and y.partner_id = t.partner_id and y.sender_side = ${MESSAGE_SIDE.PROGRAM})`;
  const programs =
    programIds.length === 0
      ? []
      : await queryRows<{ program_id: string; count: number }>(
          db,
          sql`select t.program_id, count(*)::int as count
              from messages t
              left join message_reads r on r.user_id = ${userId}::text and r.program_id = t.program_id and r.partner_id = t.partner_id
              where t.program_id = any(${sql.param(programIds)}::uuid[]) and t.sender_side = ${MESSAGE_SIDE.PARTNER}
                and t.created_at > coalesce(${mark}, '-infinity'::timestamptz)
              group by t.program_id`,
        );
  let asPartner = 0;
  if (viewer.kind === 'user' && viewer.partnerIds.length > 0) {
    const [row] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count
          from messages m
          left join message_reads r on r.user_id = ${viewer.user.id} and r.program_id = m.program_id and r.partner_id = m.partner_id
          where ${ownPartnersScope(viewer.user.id)} and m.sender_side = ${MESSAGE_SIDE.PROGRAM}
            and m.created_at > coalesce(r.last_read_at, '-infinity'::timestamptz)`,
    );
    asPartner = row?.count ?? 0;
  }
  return { programs: programs.map((p) => ({ programId: p.program_id, count: p.count })), asPartner };
}
