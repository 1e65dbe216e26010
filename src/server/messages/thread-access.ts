import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client';
import { applications, messages, partners, partnerships, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram, requireManagedProgram, type ProgramRow } from '../programs/access';
import { requirePartnerAccess } from '../partners/access';
import { levelsThatCan } from '../partners/permissions';
import { PENDING_APPLICATION_STATUSES } from '../applications/rules';
import { REMOVED_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { MESSAGE_SIDE, type MessageSideValue } from './rules';

/** Who may speak for a partner in its threads, read from the permissions table. */
export const PARTNER_MESSAGERS = levelsThatCan('messagePrograms');

/** The two parties of a thread, and the side the caller reads and writes it from. */
export interface ThreadParties {
  program: { id: string; name: string; slug: string };
  partner: { id: string; name: string };
  side: MessageSideValue;
  /** The partner's partnership in the program, if it has one (any status). */
  partnershipId: string | null;
  /** The program removed the partner (see partnerRemoved): the program keeps the history, nobody writes. */
  partnerRemoved: boolean;
}

/**
 * drizzle prints an aliased table as its alias name alone, so these are written
 * `from ${partnerships} as ${alias}`; the aliases keep the subqueries apart from the outer tables.
 */
const latestPartnership = alias(partnerships, 'latest_partnership');
const appliedSince = alias(applications, 'applied_since');

/**
 * Whether the program removed the partner and they have not come back: their latest partnership
 * in the program is a removed one and they have no pending application since it ended. The
 * article: removed partners vanish from the partner's view of the program, so their side loses the
 * thread (it stays the program's history). A new partnership or a pending application brings it
 * back. Over the outer statement's program and partner ids.
 */
export function partnerRemoved(programId: SQLWrapper, partnerId: SQLWrapper): SQL {
  const s = latestPartnership;
  const a = appliedSince;
  return sql`coalesce((
    select ${inArray(s.status, [...REMOVED_PARTNERSHIP_STATUSES])}
           and not exists (select 1 from ${applications} as ${a}
                           where ${a.programId} = ${s.programId} and ${a.partnerId} = ${s.partnerId}
                             and ${inArray(a.status, [...PENDING_APPLICATION_STATUSES])} and ${a.createdAt} > coalesce(${s.removedAt}, ${s.createdAt}))
    from ${partnerships} as ${s}
    where ${s.programId} = ${programId} and ${s.partnerId} = ${partnerId}
    order by ${s.createdAt} desc, ${s.id} desc
    limit 1), false)`;
}

interface RelationRow extends Record<string, unknown> {
  program_id: string;
  program_name: string;
  program_slug: string;
  partner_id: string;
  partner_name: string;
  partnership_id: string | null;
  related: boolean;
  partner_removed: boolean;
}

/**
 * The program and partner named by their ids, and whether they are related: the partner has a
 * partnership (any status) or an application in the program, or the two already have a thread;
 * and whether the program removed the partner. One statement; no row when either id names nothing.
 */
async function relation(tx: Executor, programId: string, partnerId: string): Promise<RelationRow | null> {
  const s = partnerships;
  const sameThread = (table: typeof partnerships | typeof applications | typeof messages) =>
    sql`${table.programId} = ${programs.id} and ${table.partnerId} = ${partners.id}`;
  const [row] = await queryRows<RelationRow>(
    tx,
    sql`select ${programs.id} as program_id, ${programs.name} as program_name, ${programs.slug} as program_slug,
               ${partners.id} as partner_id, ${partners.name} as partner_name,
               (select ${s.id} from ${s} where ${sameThread(s)} order by ${s.createdAt} desc limit 1) as partnership_id,
               (exists (select 1 from ${s} where ${sameThread(s)})
                or exists (select 1 from ${applications} where ${sameThread(applications)})
                or exists (select 1 from ${messages} where ${sameThread(messages)})) as related,
               ${partnerRemoved(programs.id, partners.id)} as partner_removed
        from ${programs}, ${partners}
        where ${programs.id} = ${programId} and ${partners.id} = ${partnerId}`,
  );
  return row ?? null;
}

function partiesFrom(row: RelationRow, side: MessageSideValue): ThreadParties {
  return {
    program: { id: row.program_id, name: row.program_name, slug: row.program_slug },
    partner: { id: row.partner_id, name: row.partner_name },
    side,
    partnershipId: row.partnership_id,
    partnerRemoved: row.partner_removed,
  };
}

/**
 * The program's side of a thread: a manager of the program or one of its API keys, with a partner
 * the program knows (a manager cannot write to any partner of the network). Anyone else, and a
 * partner the program does not know, is told the thread does not exist. A removed partner's thread
 * is still read here; writing to it is refused by the writer (sendMessage).
 */
export async function requireProgramSide(tx: Executor, viewer: Viewer, programGlobalId: string, partnerId: string): Promise<ThreadParties> {
  return programSideOf(tx, await requireManagedProgram(tx, viewer, programGlobalId), partnerId);
}

/** requireProgramSide for a program the caller was already authorised for. */
export async function programSideOf(tx: Executor, program: ProgramRow, partnerId: string): Promise<ThreadParties> {
  const row = await relation(tx, program.id, partnerId);
  if (!row?.related) throw notFound('Partner');
  return partiesFrom(row, MESSAGE_SIDE.PROGRAM);
}

/**
 * The partner's side of a thread: an active Owner or Admin of the partner (Finance and Member
 * people are refused; non-members are told it does not exist), with a program the partner is
 * related to and was not removed from (partnerRemoved): a removed partner is told the thread does
 * not exist, for reading, writing and read markers alike.
 */
export async function requirePartnerSide(tx: Executor, viewer: Viewer, programGlobalId: string, partnerGlobalId: string): Promise<ThreadParties> {
  const partnerId = fromGlobalId('Partner', partnerGlobalId);
  const programId = fromGlobalId('Program', programGlobalId);
  if (!partnerId || !programId) throw notFound('Message thread');
  await requirePartnerAccess(tx, viewer, partnerId, 'messagePrograms', 'Message thread');
  const row = await relation(tx, programId, partnerId);
  if (!row?.related || row.partner_removed) throw notFound('Message thread');
  return partiesFrom(row, MESSAGE_SIDE.PARTNER);
}

/**
 * Either side, for reads: `as` when given, else the program's side for one who manages the program
 * (or an API key of it), else the partner's.
 */
export async function requireThreadSide(tx: Executor, viewer: Viewer, programGlobalId: string, partnerGlobalId: string, as?: MessageSideValue | null): Promise<ThreadParties> {
  const programId = fromGlobalId('Program', programGlobalId);
  const side = as ?? (programId && canManageProgram(viewer, programId) ? MESSAGE_SIDE.PROGRAM : MESSAGE_SIDE.PARTNER);
  if (side === MESSAGE_SIDE.PARTNER) return requirePartnerSide(tx, viewer, programGlobalId, partnerGlobalId);
  const partnerId = fromGlobalId('Partner', partnerGlobalId);
  if (!partnerId) throw notFound('Partner');
  return requireProgramSide(tx, viewer, programGlobalId, partnerId);
}
