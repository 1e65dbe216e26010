import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import type { ProgramRow } from '../programs/access';
import { isInvited, type PartnershipRow } from '../partnerships/rules';
import { toGlobalId } from '../shared/ids';
import { linksDeactivatedAt } from '../links/rules';

export const EXPORT_BATCH_SIZE = 5_000;

/** RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  if (value == null) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  // Numbers stay numbers (a negative value is not a formula).
  if (typeof value !== 'number' && !/^-?\d+(\.\d+)?$/.test(text) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type ExportRow = {
  id: string;
  partner: string;
  contact_name: string | null;
  contact_email: string | null;
  status: PartnershipRow['status'];
  group_name: string;
  manager_email: string | null;
  partner_key: string;
  custom_field_values: Record<string, unknown>;
  clicks: number;
  source: string;
  created_at: string;
  approved_at: string | null;
  removed_at: string | null;
  links_deactivated_at: string | null;
};

/**
 * One batch in one statement: the columns the CSV needs (timestamps already as ISO text), the
 * click count from the clicks index, keyset after (created_at, id).
 */
async function exportBatch(db: Database, programId: string, after: { createdAt: string; id: string } | null): Promise<ExportRow[]> {
  const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return queryRows<ExportRow>(db, sql`
    select p.id, p.partner_name as partner,
           nullif(trim(m.first_name || ' ' || m.last_name), '') as contact_name, m.email as contact_email,
           p.status, g.name as group_name, u.email as manager_email, p.partner_key, p.custom_field_values,
           (select count(*)::int from clicks c where c.partnership_id = p.id) as clicks,
           p.source, ${iso(sql`p.created_at`)} as created_at, ${iso(sql`p.approved_at`)} as approved_at,
           ${iso(sql`p.removed_at`)} as removed_at, ${iso(linksDeactivatedAt(sql`p.links_deactivated_at`, sql`l.deactivated_at`))} as links_deactivated_at,
           p.created_at as sort_key
    from partnerships p
    join groups g on g.id = p.group_id
    left join partner_members m on m.partner_id = p.partner_id and m.is_primary_contact
    left join users u on u.id = p.program_manager_id
    left join links l on l.partnership_id = p.id and l.is_default
    where p.program_id = ${programId}
      ${after ? sql`and (p.created_at, p.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql``}
    order by p.created_at, p.id
    limit ${EXPORT_BATCH_SIZE}`);
}

/**
 * The all-partner export: every partnership of the program, removed ones included, with their
 * history facts and click counts. Yields CSV lines batch by batch (keyset on created_at, id), so a
 * million rows never sit in memory.
 */
export async function* partnershipsCsv(db: Database, program: ProgramRow): AsyncGenerator<string> {
  // The fields as they are now: archived ones have no column (their values stay stored).
  const defs = await activeFieldDefinitions(db, program.id, 'PARTNERSHIP');
  yield [
    'partnership_id',
    'partner',
    'primary_contact_name',
    'primary_contact_email',
    'status',
    'invited',
    'group',
    'program_manager',
    'partner_key',
    ...defs.map((d) => d.key),
    'clicks',
    'source',
    'created_at',
    'approved_at',
    'removed_at',
    'links_deactivated_at',
  ]
    .map(csvCell)
    .join(',') + '\r\n';

  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    const rows = await exportBatch(db, program.id, after);
    if (rows.length === 0) return;
    let chunk = '';
    for (const r of rows) {
      const values = r.custom_field_values ?? {};
      chunk +=
        [
          toGlobalId('Partnership', r.id),
          r.partner,
          r.contact_name,
          r.contact_email,
          r.status,
          isInvited(r.status),
          r.group_name,
          r.manager_email,
          r.partner_key,
          ...defs.map((d) => values[d.key]),
          r.clicks,
          r.source,
          r.created_at,
          r.approved_at,
          r.removed_at,
          r.links_deactivated_at,
        ]
          .map(csvCell)
          .join(',') + '\r\n';
    }
    yield chunk;
    const last = rows[rows.length - 1];
    after = { createdAt: last.created_at, id: last.id };
  }
}
