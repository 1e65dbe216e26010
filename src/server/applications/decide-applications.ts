import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { applications } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { invalid, InvalidInputError, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { ApplicationRow } from './get-application';
import { applicationConditions, applicationFilterShape } from './list-applications';
import { APPLICATION_STATUS } from './rules';

/** One decision takes at most this many applications: each approval opens a partnership. */
export const MAX_DECIDED_AT_ONCE = 1000;

/** Which applications a decision is about: the selected ones, or all pending ones matching a filter. */
export const applicationSelectionFields = {
  programId: z.string(),
  ids: z.array(z.string()).max(MAX_DECIDED_AT_ONCE, `Select at most ${MAX_DECIDED_AT_ONCE} applications.`).nullish(),
  filter: applicationFilterShape.nullish(),
  allMatching: z.boolean().nullish(),
};

type Selection = { ids?: string[] | null; allMatching?: boolean | null };

export function checkSelectionGiven(selection: Selection, ctx: z.RefinementCtx): void {
  const ok = selection.allMatching ? selection.ids == null : (selection.ids?.length ?? 0) > 0;
  if (!ok) ctx.addIssue({ code: 'custom', message: 'Select applications, or choose all applications matching the filter.', path: ['ids'] });
}

export type SelectionInput = { programId: string; ids?: string[] | null; filter?: z.infer<typeof applicationFilterShape> | null; allMatching?: boolean | null };

const DECIDED = { APPROVED: 'was approved already', DECLINED: 'was declined already' } as const;

/**
 * Locks the applications a decision is about, in id order (two decisions never deadlock), and
 * refuses the whole decision when any selected one is not this program's or is no longer pending:
 * FOR UPDATE waits for a concurrent decision on the same rows and then reads them as it left them.
 * All matching: every application of the filter still pending, as it is now.
 */
async function lockPending(tx: Executor, programId: string, selection: SelectionInput): Promise<string[]> {
  if (selection.allMatching) {
    const status = selection.filter?.status;
    if (status && status !== APPLICATION_STATUS.PENDING) throw invalid('filter.status', 'Only pending applications can be approved or declined.');
    const rows = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(applicationConditions(programId, selection.filter), eq(applications.status, APPLICATION_STATUS.PENDING)))
      .orderBy(asc(applications.id))
      .limit(MAX_DECIDED_AT_ONCE + 1)
      .for('update');
    if (rows.length > MAX_DECIDED_AT_ONCE) {
      throw invalid('allMatching', `More than ${MAX_DECIDED_AT_ONCE} applications match: narrow the filter and decide them in parts.`, 'OUT_OF_RANGE');
    }
    return rows.map((r) => r.id);
  }
  const given = selection.ids ?? [];
  const ids = given.map((id, i) => {
    const decoded = fromGlobalId('Application', id);
    if (!decoded) throw invalid(`ids.${i}`, `${id} is not an application id.`);
    return decoded;
  });
  const rows = await tx
    .select({ id: applications.id, status: applications.status, email: applications.email })
    .from(applications)
    .where(and(eq(applications.programId, programId), inArray(applications.id, ids)))
    .orderBy(asc(applications.id))
    .for('update');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: UserError[] = [];
  ids.forEach((id, i) => {
    const row = byId.get(id);
    // Another program's id gets the answer a made-up one gets: neither is disclosed.
    if (!row) errors.push({ field: ['ids', String(i)], message: `${given[i]} is not an application of this program.`, code: 'INVALID' });
    else if (row.status !== APPLICATION_STATUS.PENDING) errors.push({ field: ['ids', String(i)], message: `The application of ${row.email} ${DECIDED[row.status]}: nothing was changed.`, code: 'CONFLICT' });
  });
  if (errors.length > 0) throw new InvalidInputError(errors);
  return [...new Set(ids)];
}

/**
 * The guarded transition both decisions share: the selected applications leave PENDING in one
 * compare-and-set (`where status = 'PENDING' returning`), all of them or none, recording who
 * decided and when. Two managers deciding at once: one gets the rows, the other a CONFLICT.
 */
export async function decidePendingApplications(
  tx: Executor,
  viewer: Viewer,
  programId: string,
  selection: SelectionInput,
  change: PgUpdateSetSource<typeof applications> & { status: ApplicationRow['status'] },
): Promise<ApplicationRow[]> {
  const ids = await lockPending(tx, programId, selection);
  if (ids.length === 0) return [];
  const decided = await tx
    .update(applications)
    .set({ ...change, decidedById: viewer.kind === 'user' ? viewer.user.id : null, decidedAt: sql`now()` })
    .where(and(eq(applications.programId, programId), inArray(applications.id, ids), eq(applications.status, APPLICATION_STATUS.PENDING)))
    .returning();
  if (decided.length !== ids.length) throw invalid('ids', 'Some of these applications were decided meanwhile: nothing was changed.', 'CONFLICT');
  return decided.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}
