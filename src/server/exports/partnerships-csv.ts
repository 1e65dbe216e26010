import { sql, type SQLWrapper } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { clicks, groups, links, partnerMembers, partnerships, users } from '../db/schema';
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
  const iso = (column: SQLWrapper) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const p = partnerships;
  const m = partnerMembers;
  return queryRows<ExportRow>(db, sql`
    select ${p.id} as id, ${p.partnerName} as partner,
           nullif(trim(${m.firstName} || ' ' || ${m.lastName}), '') as contact_name, ${m.email} as contact_email,
           ${p.status} as status, ${groups.name} as group_name, ${users.email} as manager_email, ${p.partnerKey} as partner_key,
           ${p.customFieldValues} as custom_field_values,
           (select count(*)::int from ${clicks} where ${clicks.partnershipId} = ${p.id}) as clicks,
           ${p.source} as source, ${iso(p.createdAt)} as created_at, ${iso(p.approvedAt)} as approved_at,
           ${iso(p.removedAt)} as removed_at, ${iso(linksDeactivatedAt(p.linksDeactivatedAt, links.deactivatedAt))} as links_deactivated_at
    from ${p}
    join ${groups} on ${groups.id} = ${p.groupId}
    left join ${m} on ${m.partnerId} = ${p.partnerId} and ${m.isPrimaryContact}
    left join ${users} on ${users.id} = ${p.programManagerId}
    left join ${links} on ${links.partnershipId} = ${p.id} and ${links.isDefault}
    where ${p.programId} = ${programId}
      ${after ? sql`and (${p.createdAt}, ${p.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql``}
    order by ${p.createdAt}, ${p.id}
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
