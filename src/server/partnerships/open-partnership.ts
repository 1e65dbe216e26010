import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { columnList } from '../shared/insert-select';
import { auditEvents, links, partnerKeys, partnerMembers, partners, partnershipGroupHistory, partnershipMembers, partnerships } from '../db/schema';
import { actorOf, type Actor, type Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { InvalidInputError, type UserError } from '../shared/errors';
import { checkExplicitPartnerKey, lockProgramKeys, partnerKeyBase, uniquePartnerKey } from './partner-key';
import { INVITED_PARTNERSHIP_STATUSES, isInvited, LIVE_PARTNERSHIP_STATUSES, type PartnershipRow } from './rules';
import { MEMBER_STATUS } from '../members/rules';

/**
 * Opening a partnership: the one recipe for the rows every new partnership has, whichever path
 * opens it (a manager's add, a join link, the seed, an import, the tests' factories):
 * the partnership, its partner key (the first of its aliases), the open group-history row,
 * the default link, the program's view of the partner's people, and the audit event.
 * The partner and its team already exist; the path made or chose them.
 */

/**
 * Serialises every opening for one email in one program until the transaction ends. Two paths
 * racing for the same person (a manager's add and the person's own join) would otherwise each
 * find the email free and each create a partner; after this, the later one reads what the
 * earlier one committed and answers as a second attempt does. `email` must be lowercased.
 */
export async function lockPartnershipEmail(tx: Executor, programId: string, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`add-partner:${programId}:${email}`}))`);
}

/** lockPartnershipEmail for many lowercased emails in one statement, in sorted order (two batches never wait on each other in a circle). */
export async function lockPartnershipEmails(tx: Executor, programId: string, emails: readonly string[]): Promise<void> {
  if (emails.length === 0) return;
  const sorted = [...emails].sort();
  await tx.execute(
    sql`select count(pg_advisory_xact_lock(hashtext(${`add-partner:${programId}:`} || e))) from (select e from unnest(${sql.param(sorted)}::text[]) with ordinality as t(e, n) order by n) as sorted`,
  );
}

/**
 * The partner in this program (pending or active) whose team lists this email, if any: a person
 * is in a program through one partner, whichever path tries to open a second.
 */
export async function partnerInProgramWithEmail(tx: Executor, programId: string, email: string): Promise<{ partnerName: string } | null> {
  const [row] = await tx
    .select({ partnerName: partners.name })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .innerJoin(partnerships, and(eq(partnerships.partnerId, partners.id), eq(partnerships.programId, programId)))
    .where(and(sql`lower(${partnerMembers.email}) = ${email}`, inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES]), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)))
    .limit(1);
  return row ?? null;
}

/**
 * For many lowercased emails at once (one statement): the live partnership in this program whose
 * partner's team lists each email, with its custom field values. The set-based form of
 * partnerInProgramWithEmail, for checking a batch of imported rows.
 */
export async function livePartnershipsByEmail(
  tx: Executor,
  programId: string,
  emails: readonly string[],
): Promise<Map<string, { partnershipId: string; customFieldValues: Record<string, unknown> }>> {
  if (emails.length === 0) return new Map();
  const email = sql<string>`lower(${partnerMembers.email})`;
  const rows = await tx
    .select({ email, partnershipId: partnerships.id, customFieldValues: partnerships.customFieldValues })
    .from(partnerMembers)
    .innerJoin(partnerships, and(eq(partnerships.partnerId, partnerMembers.partnerId), eq(partnerships.programId, programId)))
    // An array parameter, not a list of thousands: planned as fast for a batch of 2,000 as for 2.
    .where(and(sql`${email} = any(${sql.param([...emails])}::text[])`, inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES]), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)));
  return new Map(rows.map((r) => [r.email, { partnershipId: r.partnershipId, customFieldValues: r.customFieldValues }]));
}

export type OpeningStatus = (typeof LIVE_PARTNERSHIP_STATUSES)[number];

/** A key the caller gave (checked: format, never used in the program), or one made from a name. */
export type PartnerKeyChoice = { given: string; field: string } | { firstName: string; lastName: string; fallback: string };

export interface OpenPartnershipInput {
  programId: string;
  partnerId: string;
  groupId: string;
  status: OpeningStatus;
  source: PartnershipRow['source'];
  partnerKey: PartnerKeyChoice;
  programManagerId?: string | null;
  customFieldValues?: Record<string, unknown>;
  /** The partner's people this program works with, with the program's member field values. */
  members: { memberId: string; customFieldValues?: Record<string, unknown> }[];
  /** What the partnership's timeline says happened (the partner key is added to the data). */
  event: { action: 'partnership.added' | 'partnership.joined' | 'application.approved'; data: Record<string, unknown> };
  /** The answer when the partner turns out to be in the program already (a lost race). */
  whenTaken: UserError;
  /** Now, unless the demo seed or a test tells an older story. */
  openedAt?: Date;
}

/**
 * Opens one partnership. The partial unique index (one live partnership per partner and
 * program) decides races: the loser writes nothing and answers `whenTaken`.
 */
export async function openPartnership(tx: Executor, viewer: Viewer, input: OpenPartnershipInput): Promise<PartnershipRow> {
  const { programId, groupId } = input;
  const openedAt = input.openedAt ?? new Date();
  await lockProgramKeys(tx, programId);
  const choice = input.partnerKey;
  const partnerKey =
    'given' in choice
      ? await checkExplicitPartnerKey(tx, programId, choice.given, choice.field)
      : await uniquePartnerKey(tx, programId, partnerKeyBase(choice.firstName, choice.lastName, choice.fallback));
  const [partnership] = await tx
    .insert(partnerships)
    .values({
      programId,
      partnerId: input.partnerId,
      groupId,
      partnerKey,
      programManagerId: input.programManagerId ?? null,
      status: input.status,
      source: input.source,
      customFieldValues: input.customFieldValues ?? {},
      approvedAt: isInvited(input.status) ? null : openedAt,
      createdAt: openedAt,
    })
    .onConflictDoNothing()
    .returning();
  if (!partnership) throw new InvalidInputError([input.whenTaken]);
  await tx.insert(partnerKeys).values({ programId, key: partnerKey, partnershipId: partnership.id, createdAt: openedAt });
  await tx.insert(partnershipGroupHistory).values({ partnershipId: partnership.id, groupId, joinedAt: openedAt });
  await tx.insert(links).values({ programId, partnershipId: partnership.id, createdAt: openedAt });
  if (input.members.length > 0) {
    await tx
      .insert(partnershipMembers)
      .values(input.members.map((m) => ({ partnershipId: partnership.id, memberId: m.memberId, customFieldValues: m.customFieldValues ?? {}, createdAt: openedAt })))
      .onConflictDoNothing();
  }
  await recordEvent(tx, viewer, {
    programId,
    partnershipId: partnership.id,
    action: input.event.action,
    subjectType: 'Partnership',
    subjectId: partnership.id,
    data: { ...input.event.data, partnerKey },
  });
  return partnership;
}

/** The timeline event each partnership opened in bulk gets (its partner key and the row's event_data are added). */
export interface BulkOpeningEvent {
  action: 'partnership.added' | 'partnership.imported';
  data?: Record<string, unknown>;
}

/**
 * Opens many partnerships in one set-based statement: the same rows as openPartnership, for
 * many at once, for bulk paths (the benchmark generator, file imports) where a statement
 * per row is too slow. `rows` is a SELECT giving, per partnership: id, partner_id, group_id,
 * partner_key, program_manager_id, status (one of the opening statuses), custom_field_values,
 * external_id, notes, created_at, member_ids (uuid[], the partner's people this program works
 * with) and event_data (jsonb or null: what this partnership's event adds). Keys must be valid and
 * free: the caller made them. All or nothing: a partner already in the program, or a key
 * taken, aborts the whole call.
 */
export async function openPartnershipsInBulk(
  tx: Executor,
  viewer: Viewer | Actor,
  programId: string,
  source: PartnershipRow['source'],
  rows: SQL,
  event: BulkOpeningEvent = { action: 'partnership.added' },
): Promise<number> {
  const { actorUserId, actorApiKeyId } = actorOf(viewer);
  const invited = sql`${sql.param([...INVITED_PARTNERSHIP_STATUSES])}::text[]`;
  const p = partnerships;
  const [{ wanted, opened }] = await queryRows<{ wanted: number; opened: number }>(
    tx,
    sql`
    with input as (${rows}),
    opened as (
      insert into ${p} (${columnList(p.id, p.programId, p.partnerId, p.groupId, p.partnerKey, p.programManagerId, p.status, p.source, p.customFieldValues, p.externalId, p.notes, p.approvedAt, p.createdAt)})
      select id, ${programId}::uuid, partner_id, group_id, partner_key, program_manager_id, status::partnership_status, ${source}::partnership_source,
             custom_field_values, external_id, notes, case when status::text = any(${invited}) then null else created_at end, created_at
      from input
      on conflict do nothing
      returning ${columnList(p.id, p.partnerId, p.groupId, p.partnerKey, p.createdAt)}
    ),
    keys as (
      insert into ${partnerKeys} (${columnList(partnerKeys.programId, partnerKeys.key, partnerKeys.partnershipId, partnerKeys.createdAt)})
      select ${programId}::uuid, partner_key, id, created_at from opened
    ),
    history as (
      insert into ${partnershipGroupHistory} (${columnList(partnershipGroupHistory.partnershipId, partnershipGroupHistory.groupId, partnershipGroupHistory.joinedAt)})
      select id, group_id, created_at from opened
    ),
    default_links as (
      insert into ${links} (${columnList(links.programId, links.partnershipId, links.createdAt)})
      select ${programId}::uuid, id, created_at from opened
    ),
    people as (
      insert into ${partnershipMembers} (${columnList(partnershipMembers.partnershipId, partnershipMembers.memberId, partnershipMembers.createdAt)})
      select opened.id, unnest(input.member_ids), opened.created_at from opened join input using (id)
    ),
    events as (
      insert into ${auditEvents} (${columnList(auditEvents.programId, auditEvents.partnershipId, auditEvents.actorUserId, auditEvents.actorApiKeyId, auditEvents.action, auditEvents.subjectType, auditEvents.subjectId, auditEvents.data, auditEvents.createdAt)})
      select ${programId}::uuid, opened.id, ${actorUserId}::text, ${actorApiKeyId}::uuid, ${event.action}::text, 'Partnership', opened.id::text,
             ${JSON.stringify(event.data ?? {})}::jsonb || coalesce(input.event_data, '{}'::jsonb) || jsonb_build_object('partnerKey', opened.partner_key), opened.created_at
      from opened join input using (id)
    )
    select (select count(*)::int from input) as wanted, (select count(*)::int from opened) as opened`,
  );
  if (opened !== wanted) {
    throw new InvalidInputError([{ field: ['rows'], message: `${wanted - opened} of ${wanted} partners are already in this program or their keys are taken.`, code: 'TAKEN' }]);
  }
  return opened;
}
