import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { MEMBER_STATUS } from '../members/rules';
import { loadManagedProgram, type ProgramLoaders } from '../programs/access';
import { decodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import { MESSAGE_SIDE, type MessageModel, type MessageSideValue, type MessageThreadModel } from './rules';
import { PARTNER_MESSAGERS, type ThreadParties } from './thread-access';

/** Who reads the threads and which of their messages they sent. */
export interface ThreadReader {
  side: MessageSideValue;
  /** Null for an API key: it has no read marker of its own. */
  userId: string | null;
}

export function readerOf(viewer: Viewer, side: MessageSideValue): ThreadReader {
  return { side, userId: viewer.kind === 'user' ? viewer.user.id : null };
}

export const otherSide = (side: MessageSideValue): MessageSideValue => (side === MESSAGE_SIDE.PROGRAM ? MESSAGE_SIDE.PARTNER : MESSAGE_SIDE.PROGRAM);

/**
 * When the reader last read a thread `t` (program_id, partner_id), as SQL over the joined
 * message_reads row `r`. An API key has no marker: the program's own last message stands in, so
 * the partner's messages since then count as unread.
 */
export function readMark(reader: ThreadReader): SQL {
  if (reader.userId) return sql`r.last_read_at`;
  return sql`(select max(y.created_at) from messages y where y.program_id = t.program_id and y.partner_id = t.partner_id and y.sender_side = ${MESSAGE_SIDE.PROGRAM})`;
}

/** The sender's name for the reader: the person's name, else the program's or partner's. */
export const SENDER_NAME = (m: string, program: string, partner: string) =>
  sql`coalesce(u.name, case when ${sql.raw(m)}.sender_side = ${MESSAGE_SIDE.PROGRAM} then ${sql.raw(program)}.name else ${sql.raw(partner)}.name end)`;

interface ThreadRow extends Record<string, unknown> {
  id: string;
  program_id: string;
  partner_id: string;
  application_id: string | null;
  sender_side: MessageSideValue;
  body: string;
  created_at: string | Date;
  program_name: string;
  program_slug: string;
  partner_name: string;
  sender_name: string;
  unread_count: number;
  total_count: number;
}

export function messageFromRow(row: { id: string; program_id: string; partner_id: string; application_id: string | null; sender_side: MessageSideValue; sender_name: string; body: string; created_at: string | Date }): MessageModel {
  return {
    id: row.id,
    programId: row.program_id,
    partnerId: row.partner_id,
    applicationId: row.application_id,
    senderSide: row.sender_side,
    senderName: row.sender_name,
    body: row.body,
    createdAt: new Date(row.created_at),
  };
}

interface ThreadPage {
  threads: (MessageThreadModel & { createdAt: Date; id: string })[];
  totalCount: number;
}

/**
 * The threads whose messages `scope` selects (a condition on messages `m`), each with its last
 * message, names and the reader's unread count, the most recently active first: one statement
 * whatever the number of threads. The keyset is the last message's (created_at, id).
 */
async function threadPage(db: Executor, reader: ThreadReader, scope: SQL, size: number, after: { createdAt: Date; id: string } | null): Promise<ThreadPage> {
  const past = after ? sql`(t.created_at, t.id) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : sql`true`;
  const rows = await queryRows<ThreadRow>(
    db,
    sql`with t as (
          select distinct on (m.program_id, m.partner_id) m.id, m.program_id, m.partner_id, m.application_id, m.sender_id, m.sender_side, m.body, m.created_at
          from messages m
          where ${scope}
          order by m.program_id, m.partner_id, m.created_at desc, m.id desc
        )
        select t.id, t.program_id, t.partner_id, t.application_id, t.sender_side, t.body, t.created_at,
               g.name as program_name, g.slug as program_slug, p.name as partner_name, ${SENDER_NAME('t', 'g', 'p')} as sender_name,
               (select count(*)::int from messages x
                 where x.program_id = t.program_id and x.partner_id = t.partner_id and x.sender_side = ${otherSide(reader.side)}
                   and x.created_at > coalesce(${readMark(reader)}, '-infinity'::timestamptz)) as unread_count,
               (select count(*)::int from t) as total_count
        from t
        join programs g on g.id = t.program_id
        join partners p on p.id = t.partner_id
        left join users u on u.id = t.sender_id
        left join message_reads r on r.user_id = ${reader.userId}::text and r.program_id = t.program_id and r.partner_id = t.partner_id
        where ${past}
        order by t.created_at desc, t.id desc
        limit ${size + 1}`,
  );
  return {
    totalCount: rows[0]?.total_count ?? 0,
    threads: rows.map((row) => ({
      id: row.id,
      createdAt: new Date(row.created_at),
      programId: row.program_id,
      programName: row.program_name,
      programSlug: row.program_slug,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      viewerSide: reader.side,
      lastMessage: messageFromRow(row),
      unreadCount: row.unread_count,
    })),
  };
}

async function connection(db: Executor, reader: ThreadReader, scope: SQL, args: { first?: number | null; after?: string | null }): Promise<Connection<MessageThreadModel>> {
  const size = pageSize(args.first, 50);
  const after = decodeCursor(args.after);
  const page = await threadPage(db, reader, scope, size, after);
  // Past the last thread the page is empty and carries no total: count the threads alone.
  const totalCount = page.threads.length === 0 && after ? (await threadPage(db, reader, scope, 1, null)).totalCount : page.totalCount;
  return toConnection(page.threads, size, totalCount, after !== null);
}

/** A program's threads for its manager or API key. */
export async function listProgramThreads(db: Executor, loaders: ProgramLoaders, viewer: Viewer, programGlobalId: string, args: { first?: number | null; after?: string | null }) {
  const program = await loadManagedProgram(loaders, viewer, programGlobalId);
  return connection(db, readerOf(viewer, MESSAGE_SIDE.PROGRAM), sql`m.program_id = ${program.id}`, args);
}

/** The messages of the partners the person speaks for (Owner or Admin, active), as SQL over messages `m`. */
export function ownPartnersScope(userId: string): SQL {
  return sql`m.partner_id in (select pm.partner_id from partner_members pm
                              where pm.user_id = ${userId} and pm.status = ${MEMBER_STATUS.ACTIVE}
                                and pm.access_level::text = any(${sql.param([...PARTNER_MESSAGERS])}::text[]))`;
}

/** The person's threads across programs, for every partner they are Owner or Admin of. */
export async function listMyThreads(db: Executor, viewer: Viewer, args: { first?: number | null; after?: string | null }) {
  if (viewer.kind !== 'user') return toConnection([], 1, 0, false);
  return connection(db, readerOf(viewer, MESSAGE_SIDE.PARTNER), ownPartnersScope(viewer.user.id), args);
}

/** One thread's summary as its lists show it; a thread nobody has written in yet has no last message. */
export async function threadSummary(db: Executor, viewer: Viewer, parties: ThreadParties): Promise<MessageThreadModel> {
  const { threads } = await threadPage(db, readerOf(viewer, parties.side), sql`m.program_id = ${parties.program.id} and m.partner_id = ${parties.partner.id}`, 1, null);
  return (
    threads[0] ?? {
      programId: parties.program.id,
      programName: parties.program.name,
      programSlug: parties.program.slug,
      partnerId: parties.partner.id,
      partnerName: parties.partner.name,
      viewerSide: parties.side,
      lastMessage: null,
      unreadCount: 0,
    }
  );
}
