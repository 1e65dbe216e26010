import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client';
import { messageReads, messages, partnerMembers, partners, programs, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { MEMBER_STATUS } from '../members/rules';
import { loadManagedProgram, type ProgramLoaders } from '../programs/access';
import { decodeCursor, pageSize, toConnection, type Connection } from '../shared/pagination';
import { MESSAGE_SIDE, type MessageModel, type MessageSideValue, type MessageThreadModel } from './rules';
import { PARTNER_MESSAGERS, partnerRemoved, type ThreadParties } from './thread-access';

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

/** A thread's program and partner columns: of messages, or of a set of its rows. */
export interface ThreadKey {
  programId: SQLWrapper;
  partnerId: SQLWrapper;
}

/** The program's own messages of a thread, for an API key's stand-in read mark. */
const programWrote = alias(messages, 'program_wrote');

/**
 * When the reader last read the thread `t`, as SQL over the joined message_reads row. An API key
 * has no marker: the program's own last message stands in, so the partner's messages since then
 * count as unread.
 */
export function readMark(reader: ThreadReader, t: ThreadKey): SQL {
  if (reader.userId) return sql`${messageReads.lastReadAt}`;
  const y = programWrote;
  return sql`(select max(${y.createdAt}) from ${messages} as ${y} where ${y.programId} = ${t.programId} and ${y.partnerId} = ${t.partnerId} and ${y.senderSide} = ${MESSAGE_SIDE.PROGRAM})`;
}

/** The sender's name for the reader: the person's name, else the program's or partner's (over joined users, programs, partners). */
export const SENDER_NAME = (senderSide: SQLWrapper) =>
  sql`coalesce(${users.name}, case when ${senderSide} = ${MESSAGE_SIDE.PROGRAM} then ${programs.name} else ${partners.name} end)`;

/**
 * Each thread's last message: the common table of threadPage. drizzle prints an aliased table as
 * its alias name alone, so the statements write `from ${messages} as ${alias}`.
 */
const lastOfThread = alias(messages, 'last_of_thread');
/** The thread's messages counted as unread. */
const unread = alias(messages, 'unread');

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
 * The threads whose messages `scope` selects (a condition on messages), each with its last
 * message, names and the reader's unread count, the most recently active first: one statement
 * whatever the number of threads. The keyset is the last message's (created_at, id).
 */
async function threadPage(db: Executor, reader: ThreadReader, scope: SQL, size: number, after: { createdAt: Date; id: string } | null): Promise<ThreadPage> {
  const m = messages;
  const t = lastOfThread;
  const x = unread;
  const past = after ? sql`(${t.createdAt}, ${t.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : sql`true`;
  const rows = await queryRows<ThreadRow>(
    db,
    sql`with ${t} as (
          select distinct on (${m.programId}, ${m.partnerId}) ${m.id}, ${m.programId}, ${m.partnerId}, ${m.applicationId}, ${m.senderId}, ${m.senderSide}, ${m.body}, ${m.createdAt}
          from ${m}
          where ${scope}
          order by ${m.programId}, ${m.partnerId}, ${m.createdAt} desc, ${m.id} desc
        )
        select ${t.id}, ${t.programId}, ${t.partnerId}, ${t.applicationId}, ${t.senderSide}, ${t.body}, ${t.createdAt},
               ${programs.name} as program_name, ${programs.slug} as program_slug, ${partners.name} as partner_name, ${SENDER_NAME(t.senderSide)} as sender_name,
               (select count(*)::int from ${m} as ${x}
                 where ${x.programId} = ${t.programId} and ${x.partnerId} = ${t.partnerId} and ${x.senderSide} = ${otherSide(reader.side)}
                   and ${x.createdAt} > coalesce(${readMark(reader, t)}, '-infinity'::timestamptz)) as unread_count,
               (select count(*)::int from ${t}) as total_count
        from ${t}
        join ${programs} on ${programs.id} = ${t.programId}
        join ${partners} on ${partners.id} = ${t.partnerId}
        left join ${users} on ${users.id} = ${t.senderId}
        left join ${messageReads} on ${messageReads.userId} = ${reader.userId}::text and ${messageReads.programId} = ${t.programId} and ${messageReads.partnerId} = ${t.partnerId}
        where ${past}
        order by ${t.createdAt} desc, ${t.id} desc
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
  return connection(db, readerOf(viewer, MESSAGE_SIDE.PROGRAM), sql`${messages.programId} = ${program.id}`, args);
}

/**
 * The messages of the partners the person speaks for (Owner or Admin, active), as SQL over
 * messages; threads of programs that removed the partner are left out (partnerRemoved).
 */
export function ownPartnersScope(userId: string): SQL {
  const pm = partnerMembers;
  return sql`${messages.partnerId} in (select ${pm.partnerId} from ${pm}
                              where ${pm.userId} = ${userId} and ${pm.status} = ${MEMBER_STATUS.ACTIVE}
                                and ${pm.accessLevel}::text = any(${sql.param([...PARTNER_MESSAGERS])}::text[]))
             and not ${partnerRemoved(messages.programId, messages.partnerId)}`;
}

/** The person's threads across programs, for every partner they are Owner or Admin of. */
export async function listMyThreads(db: Executor, viewer: Viewer, args: { first?: number | null; after?: string | null }) {
  if (viewer.kind !== 'user') return toConnection([], 1, 0, false);
  return connection(db, readerOf(viewer, MESSAGE_SIDE.PARTNER), ownPartnersScope(viewer.user.id), args);
}

/** One thread's summary as its lists show it; a thread nobody has written in yet has no last message. */
export async function threadSummary(db: Executor, viewer: Viewer, parties: ThreadParties): Promise<MessageThreadModel> {
  const { threads } = await threadPage(db, readerOf(viewer, parties.side), sql`${messages.programId} = ${parties.program.id} and ${messages.partnerId} = ${parties.partner.id}`, 1, null);
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
