import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { partnershipMembers, partnerships } from '../db/schema';
import { fieldValueText, parseFieldValue, type FieldDefinition, type FieldValue } from './values';

/** How many rows hold each distinct value: the unit a definition change is checked and converted by. */
interface StoredValue {
  value: unknown;
  rows: number;
}

export const ENTITY_NOUN = { PARTNERSHIP: ['partnership', 'partnerships'], MEMBER: ['member', 'members'] } as const satisfies Record<FieldDefinition['entity'], readonly [string, string]>;

export function countOf(def: Pick<FieldDefinition, 'entity'>, n: number): string {
  const [one, many] = ENTITY_NOUN[def.entity];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Every distinct value stored under the field's key in the program, removed partnerships
 * included (the export still shows them), with how many rows hold it. Grouped in the database,
 * so a million partnerships with three tiers come back as three rows.
 */
async function storedValues(tx: Executor, def: FieldDefinition): Promise<StoredValue[]> {
  const p = partnerships;
  const rows =
    def.entity === 'PARTNERSHIP'
      ? await queryRows<{ value: string; rows: number }>(
          tx,
          sql`select (p.custom_field_values -> ${def.key})::text as value, count(*)::int as rows
              from ${p} p
              where p.program_id = ${def.programId} and p.custom_field_values ? ${def.key}
              group by 1`,
        )
      : await queryRows<{ value: string; rows: number }>(
          tx,
          sql`select (pm.custom_field_values -> ${def.key})::text as value, count(*)::int as rows
              from ${partnershipMembers} pm join ${p} p on p.id = pm.partnership_id
              where p.program_id = ${def.programId} and pm.custom_field_values ? ${def.key}
              group by 1`,
        );
  // Read as jsonb text and parsed here, so both drivers hand back the same values.
  return rows.map((r) => ({ value: JSON.parse(r.value) as unknown, rows: Number(r.rows) }));
}

/**
 * A stored value as the field will read it after the change: the text forms already accept
 * most conversions (5 ↔ "5", true ↔ "true"); a single choice becomes a one-item list and a
 * one-item list a single choice, so SELECT ↔ MULTI_SELECT keeps what people picked.
 */
function asTextFor(next: Pick<FieldDefinition, 'type'>, value: unknown): string {
  if (next.type === 'MULTI_SELECT' && !Array.isArray(value)) return JSON.stringify([String(value)]);
  if (next.type !== 'MULTI_SELECT' && Array.isArray(value) && value.length === 1) return String(value[0]);
  return fieldValueText(value) ?? '';
}

export interface ValueCheck {
  /** Rows whose value would not fit the changed definition, and a few of those values. */
  misfitRows: number;
  examples: string[];
  /** Every text inside the misfits (a list's items one by one): which removed options are in use. */
  misfitTexts: Set<string>;
  /** Each distinct stored value that fits but reads differently under the new definition. */
  conversions: { from: unknown; to: FieldValue }[];
}

/** Checks every stored value of the field against the definition as it would be after a change. */
export async function checkStoredValues(tx: Executor, current: FieldDefinition, next: Pick<FieldDefinition, 'type' | 'options'>): Promise<ValueCheck> {
  const check: ValueCheck = { misfitRows: 0, examples: [], misfitTexts: new Set(), conversions: [] };
  for (const stored of await storedValues(tx, current)) {
    const parsed = parseFieldValue(next, asTextFor(next, stored.value));
    if (parsed.error) {
      check.misfitRows += stored.rows;
      if (check.examples.length < 3) check.examples.push(fieldValueText(stored.value) ?? '');
      for (const item of Array.isArray(stored.value) ? stored.value : [stored.value]) check.misfitTexts.add(String(item));
    } else if (JSON.stringify(parsed.value) !== JSON.stringify(stored.value)) {
      check.conversions.push({ from: stored.value, to: parsed.value! });
    }
  }
  return check;
}

/** Rewrites fitting values into the new type's form (e.g. "12" to 12), every row in one statement. */
export async function convertStoredValues(tx: Executor, def: FieldDefinition, conversions: ValueCheck['conversions']): Promise<void> {
  if (conversions.length === 0) return;
  const from = conversions.map((c) => JSON.stringify(c.from));
  const to = conversions.map((c) => JSON.stringify(c.to));
  const mapping = sql`(select f::jsonb as old, t::jsonb as new from unnest(${sql.param(from)}::text[], ${sql.param(to)}::text[]) as m(f, t))`;
  if (def.entity === 'PARTNERSHIP') {
    await tx.execute(sql`
      update ${partnerships} p set custom_field_values = jsonb_set(p.custom_field_values, array[${def.key}::text], m.new)
      from ${mapping} m
      where p.program_id = ${def.programId} and p.custom_field_values -> ${def.key} = m.old`);
  } else {
    await tx.execute(sql`
      update ${partnershipMembers} pm set custom_field_values = jsonb_set(pm.custom_field_values, array[${def.key}::text], m.new)
      from ${mapping} m, ${partnerships} p
      where p.id = pm.partnership_id and p.program_id = ${def.programId} and pm.custom_field_values -> ${def.key} = m.old`);
  }
}
