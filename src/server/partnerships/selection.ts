import { and, asc, eq, gte, inArray, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { customFieldDefinitions, partnerships } from '../db/schema';
import { fromGlobalId } from '../shared/ids';
import { invalid, InvalidInputError, type UserError } from '../shared/errors';
import { INVITED_PARTNERSHIP_STATUSES, LISTED_PARTNERSHIP_STATUSES, PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

export const SEARCH_MIN_LENGTH = 3;

/** All Partners filters on the partnerships' own fields. */
const FILTERED_ENTITY: (typeof customFieldDefinitions.$inferSelect)['entity'] = 'PARTNERSHIP';

const statusShape = z.enum(LISTED_PARTNERSHIP_STATUSES);

export const partnershipFilterShape = z.object({
  search: z.string().trim().max(100, 'Use at most 100 characters.').nullish(),
  groupIds: z.array(z.string()).max(100).nullish(),
  statuses: z.array(statusShape).max(10).nullish(),
  invited: z.boolean().nullish(),
  programManagerIds: z.array(z.string()).max(100).nullish(),
  customFields: z.array(z.object({ key: z.string().max(60), values: z.array(z.string().max(500)).min(1).max(50) })).max(20).nullish(),
  createdFrom: z.date().nullish(),
  createdTo: z.date().nullish(),
});
export type PartnershipFilter = z.infer<typeof partnershipFilterShape>;

const LIKE_SPECIALS = /[\\%_]/g;

function decodeAll(type: 'Group' | 'User', ids: readonly string[], field: string): string[] {
  return ids.map((id, i) => {
    const decoded = fromGlobalId(type, id);
    if (!decoded) throw invalid(`${field}.${i}`, `is not a ${type === 'User' ? 'program manager' : 'group'} id.`);
    return decoded;
  });
}

/**
 * The WHERE conditions for All Partners (removed partnerships are never listed) with a filter.
 * Every condition is indexable: trigram search text, group, status, manager, JSON containment
 * on custom fields, created range.
 */
export function partnershipConditions(programId: string, filter: PartnershipFilter | null | undefined, field = 'filter'): SQL {
  const conditions: (SQL | undefined)[] = [eq(partnerships.programId, programId), ne(partnerships.status, PARTNERSHIP_STATUS.REMOVED)];
  const f = filter ?? {};
  if (f.search) {
    if (f.search.length < SEARCH_MIN_LENGTH) throw invalid(`${field}.search`, `Type at least ${SEARCH_MIN_LENGTH} characters to search.`);
    conditions.push(sql`${partnerships.searchText} like ${`%${f.search.toLowerCase().replace(LIKE_SPECIALS, (c) => `\\${c}`)}%`}`);
  }
  if (f.groupIds?.length) conditions.push(inArray(partnerships.groupId, decodeAll('Group', f.groupIds, `${field}.groupIds`)));
  if (f.statuses?.length) conditions.push(inArray(partnerships.status, f.statuses));
  if (f.invited != null) {
    conditions.push(f.invited ? inArray(partnerships.status, [...INVITED_PARTNERSHIP_STATUSES]) : notInArray(partnerships.status, [...INVITED_PARTNERSHIP_STATUSES]));
  }
  if (f.programManagerIds?.length) conditions.push(inArray(partnerships.programManagerId, decodeAll('User', f.programManagerIds, `${field}.programManagerIds`)));
  for (const cf of f.customFields ?? []) {
    // Containment (@>) uses the GIN index on custom_field_values; numbers and booleans match their
    // text too, a multiple-choice list matches when it holds the value, a country its code.
    const alternatives = cf.values.flatMap((value) => {
      const candidates: unknown[] = [value, [value]];
      if (value !== '' && Number.isFinite(Number(value))) candidates.push(Number(value));
      if (value === 'true' || value === 'false') candidates.push(value === 'true');
      if (/^[a-z]{2}$/.test(value)) candidates.push(value.toUpperCase());
      return candidates.map((v) => sql`${partnerships.customFieldValues} @> ${JSON.stringify({ [cf.key]: v })}::jsonb`);
    });
    // Only the program's active partnership fields filter: an archived field matches nothing,
    // as it is hidden everywhere else (a shared URL naming one shows no partners, not a stale view).
    const active = sql`exists (select 1 from ${customFieldDefinitions} d where d.program_id = ${programId} and d.entity = ${FILTERED_ENTITY} and d.key = ${cf.key} and d.archived_at is null)`;
    conditions.push(and(active, or(...alternatives)));
  }
  if (f.createdFrom) conditions.push(gte(partnerships.createdAt, f.createdFrom));
  if (f.createdTo) conditions.push(lt(partnerships.createdAt, f.createdTo));
  return and(...conditions)!;
}

/** A bulk action's target: the selected rows, or every row matching a filter ("select all N matching"). */
export const bulkSelectionShape = z
  .object({
    programId: z.string(),
    partnershipIds: z.array(z.string()).max(1000, 'Select at most 1000 partners, or use "all matching".').nullish(),
    filter: partnershipFilterShape.nullish(),
    allMatching: z.boolean().nullish(),
  })
  .refine((s) => (s.allMatching ? s.partnershipIds == null : (s.partnershipIds?.length ?? 0) > 0), {
    message: 'Select partners, or choose all partners matching the filter.',
    path: ['partnershipIds'],
  });
export type BulkSelection = z.infer<typeof bulkSelectionShape>;

/** How many partnerships one statement of a bulk action changes; a big selection takes several. */
export const BULK_BATCH_SIZE = 5_000;

/** The database ids of an explicit selection, or a userError naming the first id that is not one. */
function selectedIds(selection: BulkSelection, field: string): string[] {
  return (selection.partnershipIds ?? []).map((id, i) => {
    const decoded = fromGlobalId('Partnership', id);
    if (!decoded) throw invalid(`${field}.partnershipIds.${i}`, 'is not a partnership id.');
    return decoded;
  });
}

/**
 * The condition a bulk action applies to, inside the program (ids of other programs match nothing).
 * `field` is where the selection sits in the mutation's input, so userErrors point into it.
 */
export function selectionCondition(programId: string, selection: BulkSelection, field = 'selection'): SQL {
  if (selection.allMatching) return partnershipConditions(programId, selection.filter, `${field}.filter`);
  return and(eq(partnerships.programId, programId), ne(partnerships.status, PARTNERSHIP_STATUS.REMOVED), inArray(partnerships.id, selectedIds(selection, field)))!;
}

/** A selected partnership as it is now (after any concurrent change committed), locked until the transaction ends. */
export type SelectedPartnership = Pick<PartnershipRow, 'id' | 'status' | 'groupId'>;

/**
 * Makes an explicit selection all-or-nothing: locks the selected partnerships of the program, in
 * one statement and in id order (so two bulk actions never deadlock), and throws a userError for
 * every id that is not a partnership of this program, or that `refuse` gives a reason for. Ids
 * that do not exist and ids of another program get the same answer, so neither is disclosed.
 * A selection by filter has nothing to check: it only ever matches the program's partnerships.
 */
export async function checkSelection(
  tx: Executor,
  programId: string,
  selection: BulkSelection,
  refuse: (row: SelectedPartnership) => string | null = () => null,
  field = 'selection',
): Promise<void> {
  if (selection.allMatching) return;
  const ids = selectedIds(selection, field);
  // FOR UPDATE waits for a concurrent bulk action on these rows and then reads them as it left them.
  const rows = await tx
    .select({ id: partnerships.id, status: partnerships.status, groupId: partnerships.groupId })
    .from(partnerships)
    .where(and(eq(partnerships.programId, programId), inArray(partnerships.id, ids)))
    .orderBy(asc(partnerships.id))
    .for('update');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const errors: UserError[] = [];
  ids.forEach((id, i) => {
    const row = byId.get(id);
    const reason = row ? refuse(row) : 'is not a partnership of this program.';
    if (reason) errors.push({ field: [...field.split('.'), 'partnershipIds', String(i)], message: `${selection.partnershipIds![i]} ${reason}`, code: 'INVALID' });
  });
  if (errors.length > 0) throw new InvalidInputError(errors);
}

/**
 * The next batch of a bulk action: ids of up to BULK_BATCH_SIZE rows matching `condition`, locked
 * in id order. Under READ COMMITTED a row a concurrent action changed meanwhile is re-checked
 * against `condition` once that action commits and skipped when it no longer matches, and the
 * batch is filled from the rows after it, so a batch comes back empty only when no row is left.
 */
export function nextBatch(tx: Executor, condition: SQL) {
  return tx.select({ id: partnerships.id }).from(partnerships).where(condition).orderBy(asc(partnerships.id)).limit(BULK_BATCH_SIZE).for('update');
}
