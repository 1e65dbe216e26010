import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { importFailures, imports, programs, users } from '../db/schema';
import type { Actor } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmails } from '../email/outbox';
import { partnershipRequestEmail } from '../email/templates';
import { sendInvitesInBulk } from '../invites/send-invites';
import { createPartnersInBulk, type NewPartnerWithOwner } from '../partners/create-partner';
import { chosenPartnersByEmail } from '../partners/partner-candidates';
import { lockPartnershipEmails, openPartnershipsInBulk } from '../partnerships/open-partnership';
import { lockProgramKeys, PARTNER_KEY_MAX, PARTNER_KEY_PATTERN, partnerKeyBase, uniquePartnerKeysInBulk } from '../partnerships/partner-key';
import { updatePartnershipsInBulk } from '../partnerships/update-partnerships-in-bulk';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import type { ProgramRow } from '../programs/access';
import { appUrl } from '../shared/app-url';
import { InvalidInputError } from '../shared/errors';
import { insertSelect } from '../shared/insert-select';
import { columnsByTarget, type ImportMapping } from '../../shapes/import-mapping';
import { CsvFileError, openCsv, type CsvEncoding, type CsvDelimiter, type CsvProblem, type CsvRecord } from './read-csv';
import { importFileBytes } from './import-file';
import { createRowValidator, type ImportRow as ValidRow, type ImportRowOutcome, type RowValidator } from './validate-rows';
import { CLAIMABLE_IMPORT_STATUSES, IMPORT_STATUS, type ImportRow } from './rules';

/**
 * The background run of a started import (the article's "Importing partners", issue 10's
 * resumable run). A worker claims the oldest waiting import, or a running one whose worker's
 * lease ran out, then reads the stored file and writes it in batches. Each batch is one
 * transaction that moves the import's cursor (resumeAfterLine) with the rows it wrote, under a
 * compare-and-set on the import being RUNNING and held by this worker: a batch is committed with
 * its cursor or not at all, so a run that dies resumes exactly after its last committed line and
 * never imports a row twice, a cancel stops it at the next batch, and two workers never both
 * write one batch. Every statement of a batch is set-based: their number does not grow with it.
 */

export const DEFAULT_IMPORT_BATCH_SIZE = 2000;

/** Takes the oldest claimable import for this worker, for `leaseMs`; null when there is none. */
export async function claimImport(db: Executor, workerId: string, leaseMs: number): Promise<ImportRow | null> {
  const claimable = db
    .select({ id: imports.id })
    .from(imports)
    .where(or(eq(imports.status, IMPORT_STATUS.QUEUED), and(eq(imports.status, IMPORT_STATUS.RUNNING), lt(imports.leaseExpiresAt, sql`now()`))))
    .orderBy(asc(imports.createdAt), asc(imports.id))
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(imports)
    .set({
      status: IMPORT_STATUS.RUNNING,
      workerId,
      leaseExpiresAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      startedAt: sql`coalesce(${imports.startedAt}, now())`,
      runStartedAt: sql`now()`,
      runStartRows: sql`${imports.processedRows}`,
      stalledClaims: sql`case when ${imports.status} = ${IMPORT_STATUS.RUNNING} then ${imports.stalledClaims} + 1 else 0 end`,
    })
    .where(and(inArray(imports.id, claimable), inArray(imports.status, [...CLAIMABLE_IMPORT_STATUSES])))
    .returning();
  if (!claimed) return null;
  if (claimed.stalledClaims > MAX_STALLED_CLAIMS) {
    const actor: Actor = { actorUserId: claimed.createdById, actorApiKeyId: claimed.createdByApiKeyId };
    const kept = claimed.processedRows > 0 ? ` The ${claimed.processedRows} rows processed before stay imported.` : '';
    await failRun(
      db,
      claimed,
      workerId,
      actor,
      `The import stopped unexpectedly ${MAX_STALLED_CLAIMS} times at line ${Math.max(claimed.resumeAfterLine, claimed.headerLine) + 1} and was given up.${kept} Start a new import of the file: rows already imported are skipped.`,
    );
    return claimImport(db, workerId, leaseMs);
  }
  return claimed;
}

/** Takeovers without a committed batch in between before an import is given up (FAILED). */
export const MAX_STALLED_CLAIMS = 5;

export interface RunImportOptions {
  workerId: string;
  batchSize?: number;
  /** How far each batch renews the lease. Default 30 s. */
  leaseMs?: number;
  /** Aborted: stop after the batch in progress and hand the run back (another worker resumes it). */
  signal?: AbortSignal;
}

/** How a run ended: see runImport. */
export type RunOutcome = 'completed' | 'failed' | 'stopped' | 'lost';

/** The batch's compare-and-set matched nothing: the import was cancelled or another worker holds it. */
class RunLost extends Error {}

interface BatchCounts {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

const DEFAULT_LEASE_MS = 30_000;

/**
 * Runs a claimed import to its end: completed (with an `import.completed` event, in the last
 * batch's transaction), failed (the file broke part-way; earlier batches stay, the message says
 * so), stopped (the signal asked; the lease is handed back so a worker resumes at once), or lost
 * (cancelled, or taken over by another worker after this one's lease ran out: it wrote nothing more).
 */
export async function runImport(db: Database, claimed: ImportRow, options: RunImportOptions): Promise<RunOutcome> {
  const { workerId } = options;
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const [program] = await db.select().from(programs).where(eq(programs.id, claimed.programId));
  const actor: Actor = { actorUserId: claimed.createdById, actorApiKeyId: claimed.createdByApiKeyId };
  const [starter] = claimed.createdById ? await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, claimed.createdById)) : [];
  const inviterName = starter?.name ?? starter?.email ?? null;
  const managerName = inviterName ?? `The ${program.name} team`;

  let validator: RowValidator;
  try {
    validator = await createRowValidator(db, program, claimed.headers, claimed.mapping, {
      duplicateMode: claimed.duplicateMode,
      groupId: claimed.groupId,
      dateOrder: claimed.dateOrder,
    });
  } catch (error) {
    // The mapping or group no longer fits the program (a custom field or group deleted since).
    if (!(error instanceof InvalidInputError)) throw error;
    const reason = error.userErrors.map((e) => e.message).join(' ');
    return (await failRun(db, claimed, workerId, actor, `The import's settings no longer fit the program: ${reason} Start a new import of the file.`)) ? 'failed' : 'lost';
  }

  const readOptions = { encoding: claimed.encoding as CsvEncoding, delimiter: claimed.delimiter as CsvDelimiter, maxBytes: Number.MAX_SAFE_INTEGER };
  const context: RunContext = {
    claimed,
    program,
    workerId,
    leaseMs,
    actor,
    managerName,
    inviterName,
    validator,
    reservedKeys: new Set(),
    cursor: claimed.resumeAfterLine,
  };
  try {
    context.reservedKeys = await keysKeptByTheFile(db, claimed, readOptions);
    const problems: CsvProblem[] = [];
    const file = await openCsv(importFileBytes(db, claimed.id), { ...readOptions, onProblem: (p) => problems.push(p) });
    let batch: CsvRecord[] = [];
    let seen: CsvRecord[] = [];
    try {
      for await (const record of file.records()) {
        if (record.line <= context.cursor) {
          seen.push(record);
          if (seen.length >= batchSize) {
            validator.remember(seen);
            seen = [];
          }
          continue;
        }
        if (seen.length > 0) {
          validator.remember(seen);
          seen = [];
        }
        batch.push(record);
        if (batch.length < batchSize) continue;
        if (options.signal?.aborted) return await handBack(db, claimed.id, workerId);
        await writeBatch(db, context, batch, takeProblems(problems, record.line, context.cursor), false);
        batch = [];
        // The embedded database runs in this process and answers its queries without ever leaving
        // the event loop's microtasks: without a turn here, the server could not answer a page or
        // the progress poll until the whole file is imported.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      file.close();
    }
    if (options.signal?.aborted && batch.length > 0) return await handBack(db, claimed.id, workerId);
    await writeBatch(db, context, batch, takeProblems(problems, Number.MAX_SAFE_INTEGER, context.cursor), true);
    return 'completed';
  } catch (error) {
    if (error instanceof RunLost) return 'lost';
    if (!(error instanceof CsvFileError)) throw error;
    const where = error.line ? ` (line ${error.line})` : '';
    const kept =
      context.cursor > claimed.headerLine
        ? ` The rows up to line ${context.cursor} were imported and stay; fix the file and import it again (rows already imported are then skipped or updated).`
        : ' No row was imported.';
    return (await failRun(db, claimed, workerId, actor, `${error.message}${where}${kept}`)) ? 'failed' : 'lost';
  }
}

interface RunContext {
  claimed: ImportRow;
  program: ProgramRow;
  workerId: string;
  leaseMs: number;
  actor: Actor;
  managerName: string;
  /** Who the claim invites say invited the partner; null: "The <program> team". */
  inviterName: string | null;
  validator: RowValidator;
  /** Keys the file gives (anywhere in it): a key made from a name never takes one of them. */
  reservedKeys: Set<string>;
  /** The last line committed. */
  cursor: number;
}

/**
 * The partner keys the file keeps, read in a first pass when a column is mapped to them: a key
 * made for an early row must not take the key a later row keeps (its shared links use it).
 */
async function keysKeptByTheFile(db: Database, claimed: ImportRow, readOptions: Parameters<typeof openCsv>[1]): Promise<Set<string>> {
  const column = columnsByTarget(claimed.mapping as ImportMapping).get('partnerKey');
  const keys = new Set<string>();
  if (column === undefined) return keys;
  const file = await openCsv(importFileBytes(db, claimed.id), readOptions);
  try {
    for await (const record of file.records()) {
      const key = (record.cells[column] ?? '').trim();
      if (key && key.length <= PARTNER_KEY_MAX && PARTNER_KEY_PATTERN.test(key)) keys.add(key);
    }
  } finally {
    file.close();
  }
  return keys;
}

/** The file's row problems up to `line` that a committed batch has not written yet; they leave the list. */
function takeProblems(problems: CsvProblem[], line: number, cursor: number): CsvProblem[] {
  let n = 0;
  while (n < problems.length && problems[n].line <= line) n++;
  return problems.splice(0, n).filter((p) => p.line > cursor);
}

/** Hands a run back when the worker stops: the lease ends now, so the next worker resumes at once. */
async function handBack(db: Database, importId: string, workerId: string): Promise<RunOutcome> {
  await db
    .update(imports)
    .set({ leaseExpiresAt: sql`now()` })
    .where(and(eq(imports.id, importId), eq(imports.status, IMPORT_STATUS.RUNNING), eq(imports.workerId, workerId)));
  return 'stopped';
}

async function failRun(db: Database, claimed: ImportRow, workerId: string, actor: Actor, message: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [failed] = await tx
      .update(imports)
      .set({ status: IMPORT_STATUS.FAILED, errorMessage: message, finishedAt: sql`now()`, workerId: null, leaseExpiresAt: null })
      .where(and(eq(imports.id, claimed.id), eq(imports.status, IMPORT_STATUS.RUNNING), eq(imports.workerId, workerId)))
      .returning();
    if (!failed) return false;
    await recordEvent(tx, actor, {
      programId: claimed.programId,
      action: 'import.failed',
      subjectType: 'Import',
      subjectId: claimed.id,
      data: { filename: claimed.filename, error: message, ...countsOf(failed) },
    });
    return true;
  });
}

const countsOf = (row: ImportRow) => ({
  processedRows: row.processedRows,
  createdRows: row.createdRows,
  updatedRows: row.updatedRows,
  skippedRows: row.skippedRows,
  failedRows: row.failedRows,
});

type Create = Extract<ImportRowOutcome, { action: 'create' }>;

/**
 * What a partnership's `partnership.imported` event says besides the file: the organisation,
 * whether it is new to the network, and the claim invite emailed with it (one event rather than
 * a second `invite.sent` for every row of a large import).
 */
function importedEventData(o: { create: Create; partnerName: string; existing: boolean }, notify: boolean): Record<string, unknown> {
  return { partner: o.partnerName, newToNetwork: !o.existing, line: o.create.line, ...(notify && !o.existing ? { inviteSentTo: o.create.row.email } : {}) };
}

/**
 * One batch, one transaction: lock the batch's emails (as a manager's add does) and the
 * program's keys, check the rows under those locks, write what they create and update and why
 * the others failed, then move the cursor with a compare-and-set that rolls it all back if the
 * run is no longer this worker's. The last batch also completes the import.
 */
async function writeBatch(db: Database, run: RunContext, records: CsvRecord[], problems: CsvProblem[], last: boolean): Promise<void> {
  const { claimed, program } = run;
  const lastLine = Math.max(run.cursor, records.at(-1)?.line ?? 0, problems.at(-1)?.line ?? 0);
  const cursor = await db.transaction(async (tx) => {
    await lockPartnershipEmails(tx, program.id, run.validator.emailsOf(records));
    await lockProgramKeys(tx, program.id);
    const outcomes = await run.validator.validate(records, tx);
    const counts: BatchCounts = { created: 0, updated: 0, skipped: 0, failed: problems.length };

    const creates = outcomes.filter((o): o is Create => o.action === 'create');
    const chosen = await chosenPartnersByEmail(tx, program.id, creates.map((c) => c.row.email));
    const connected = new Set<string>();
    const toOpen: { create: Create; partnerId: string; memberId: string; partnerName: string; existing: boolean }[] = [];
    const newPartners: NewPartnerWithOwner[] = [];
    const requests: { to: string; partnerName: string }[] = [];
    const now = new Date();
    for (const create of creates) {
      const partner = chosen.get(create.row.email);
      if (partner) {
        // Two people of one organisation in the file: the first connects it, the second is in the program through it.
        if (connected.has(partner.partnerId)) {
          counts.skipped++;
          continue;
        }
        connected.add(partner.partnerId);
        toOpen.push({ create, partnerId: partner.partnerId, memberId: partner.memberId, partnerName: partner.partnerName, existing: true });
        for (const to of partner.approverEmails) requests.push({ to, partnerName: partner.partnerName });
        continue;
      }
      const row = create.row;
      const name = row.company ?? (`${row.firstName} ${row.lastName}`.trim() || row.email);
      const fresh = { partnerId: crypto.randomUUID(), name, memberId: crypto.randomUUID(), email: row.email, firstName: row.firstName, lastName: row.lastName, createdAt: now };
      newPartners.push(fresh);
      toOpen.push({ create, partnerId: fresh.partnerId, memberId: fresh.memberId, partnerName: name, existing: false });
    }
    counts.created = toOpen.length;

    // Keys: kept when the row gives one (checked free), else made from the name, never one the file keeps.
    const batchKeys = new Set(outcomes.flatMap((o) => ((o.action === 'create' || o.action === 'update') && o.row.partnerKey ? [o.row.partnerKey] : [])));
    const reserved = { has: (key: string) => run.reservedKeys.has(key) || batchKeys.has(key) };
    const needKeys = toOpen.filter((o) => !o.create.row.partnerKey);
    const made = await uniquePartnerKeysInBulk(
      tx,
      program.id,
      needKeys.map(({ create: { row } }) => partnerKeyBase(row.firstName, row.lastName, row.email.split('@')[0])),
      reserved,
    );
    const keys = new Map(needKeys.map((o, n) => [o, made[n]]));

    await createPartnersInBulk(tx, newPartners);
    const opening = toOpen.map((o) => ({ ...o, partnershipId: crypto.randomUUID(), partnerKey: o.create.row.partnerKey ?? keys.get(o)! }));
    if (opening.length > 0) {
      const column = <T>(pick: (o: (typeof opening)[number]) => T) => sql.param(opening.map(pick));
      const row = (o: (typeof opening)[number]): ValidRow => o.create.row;
      await openPartnershipsInBulk(
        tx,
        run.actor,
        program.id,
        'IMPORT',
        sql`select t.id, t.partner_id, t.group_id, t.partner_key, t.program_manager_id, t.status, t.custom_field_values::jsonb as custom_field_values,
                   t.external_id, t.notes, t.created_at, array[t.member_id] as member_ids, t.event_data::jsonb as event_data
            from unnest(${column((o) => o.partnershipId)}::uuid[], ${column((o) => o.partnerId)}::uuid[], ${column((o) => row(o).groupId)}::uuid[],
                        ${column((o) => o.partnerKey)}::text[], ${column((o) => row(o).programManagerId)}::text[],
                        ${column((o) => (o.existing ? PARTNERSHIP_STATUS.PENDING_APPROVAL : PARTNERSHIP_STATUS.PENDING_CLAIM))}::text[],
                        ${column((o) => JSON.stringify(row(o).customFieldValues))}::text[], ${column((o) => row(o).externalId)}::text[],
                        ${column((o) => row(o).notes)}::text[], ${column((o) => (row(o).joinedAt ?? now).toISOString())}::timestamptz[],
                        ${column((o) => o.memberId)}::uuid[],
                        ${column((o) => JSON.stringify(importedEventData(o, claimed.notify)))}::text[])
                 as t(id, partner_id, group_id, partner_key, program_manager_id, status, custom_field_values, external_id, notes, created_at, member_id, event_data)`,
        { action: 'partnership.imported', data: { importId: claimed.id, filename: claimed.filename } },
      );
    }
    // A person new to Partnerly claims their account from an invite; a quiet import keeps it unsent.
    await sendInvitesInBulk(
      tx,
      program,
      opening
        .filter((o) => !o.existing)
        .map((o) => ({ partnershipId: o.partnershipId, partnerId: o.partnerId, memberId: o.memberId, email: o.create.row.email, firstName: o.create.row.firstName, partnerName: o.partnerName })),
      { invitedById: claimed.createdById, inviterName: run.inviterName, quiet: !claimed.notify },
    );
    // An organisation connected waits for its Owners and Admins to accept, as after a manager's add.
    if (claimed.notify) {
      await queueEmails(
        tx,
        requests.map((r) => ({
          to: r.to,
          email: partnershipRequestEmail({ partnerName: r.partnerName, programName: program.name, managerName: run.managerName, dashboardUrl: `${appUrl()}/partner` }),
        })),
        program.id,
      );
    }

    const updates = outcomes.flatMap((o) => (o.action === 'update' ? [o] : []));
    counts.updated = updates.length;
    await updatePartnershipsInBulk(
      tx,
      run.actor,
      program.id,
      updates.map(({ partnershipId, row }) => ({
        partnershipId,
        groupId: row.groupId,
        partnerKey: row.partnerKey,
        programManagerId: row.programManagerId,
        customFieldValues: row.customFieldValues,
        externalId: row.externalId,
        notes: row.notes,
      })),
      { importId: claimed.id, filename: claimed.filename },
    );
    counts.skipped += outcomes.filter((o) => o.action === 'skip').length;

    const cellsByLine = new Map(records.map((r) => [r.line, r.cells]));
    const failures = [
      ...problems.map((p) => ({ line: p.line, cells: p.cells, reason: p.message })),
      ...outcomes.flatMap((o) => (o.action === 'reject' ? [{ line: o.line, cells: cellsByLine.get(o.line) ?? [], reason: o.problems.map((p) => p.message).join(' ') }] : [])),
    ];
    counts.failed += failures.length - problems.length;
    await writeFailures(tx, claimed.id, failures);

    await advance(tx, run, lastLine, records.length + problems.length, counts, last);
    return lastLine;
  });
  run.cursor = cursor;
}

async function writeFailures(tx: Executor, importId: string, failures: { line: number; cells: string[]; reason: string }[]): Promise<void> {
  if (failures.length === 0) return;
  const f = importFailures;
  await tx.execute(sql`${insertSelect(
    f,
    [f.importId, f.line, f.cells, f.reason],
    sql`select ${importId}::uuid, t.line, t.cells::jsonb, t.reason
        from unnest(${sql.param(failures.map((x) => x.line))}::int[], ${sql.param(failures.map((x) => JSON.stringify(x.cells)))}::text[], ${sql.param(failures.map((x) => x.reason))}::text[])
             as t(line, cells, reason)`,
  )} on conflict do nothing`);
}

/**
 * The batch's compare-and-set: the import must still be RUNNING, held by this worker, at the
 * cursor this batch started from. It moves the cursor and counters and renews the lease; the
 * last batch completes the import and records it. No match: the run is lost, and throwing rolls
 * the batch back.
 */
async function advance(tx: Executor, run: RunContext, lastLine: number, processed: number, counts: BatchCounts, last: boolean): Promise<void> {
  const [row] = await tx
    .update(imports)
    .set({
      resumeAfterLine: lastLine,
      processedRows: sql`${imports.processedRows} + ${processed}`,
      createdRows: sql`${imports.createdRows} + ${counts.created}`,
      updatedRows: sql`${imports.updatedRows} + ${counts.updated}`,
      skippedRows: sql`${imports.skippedRows} + ${counts.skipped}`,
      failedRows: sql`${imports.failedRows} + ${counts.failed}`,
      stalledClaims: 0,
      ...(last
        ? { status: IMPORT_STATUS.COMPLETED, finishedAt: sql`now()`, workerId: null, leaseExpiresAt: null }
        : { leaseExpiresAt: sql`now() + make_interval(secs => ${run.leaseMs / 1000})` }),
    })
    .where(
      and(
        eq(imports.id, run.claimed.id),
        eq(imports.status, IMPORT_STATUS.RUNNING),
        eq(imports.workerId, run.workerId),
        eq(imports.resumeAfterLine, run.cursor),
      ),
    )
    .returning();
  if (!row) throw new RunLost();
  if (!last) return;
  await recordEvent(tx, run.actor, {
    programId: row.programId,
    action: 'import.completed',
    subjectType: 'Import',
    subjectId: row.id,
    data: { filename: row.filename, ...countsOf(row) },
  });
}
