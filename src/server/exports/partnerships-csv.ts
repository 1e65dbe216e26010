import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { clicks, customFieldDefinitions, groups, partnerMembers, partners, partnerships, users } from '../db/schema';
import type { ProgramRow } from '../programs/access';
import { isInvited } from '../partnerships/rules';

export const EXPORT_BATCH_SIZE = 2_000;

/** RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvCell(value: unknown): string {
  if (value == null) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const manager = alias(users, 'manager');

function exportBatch(db: Database, programId: string, after: { createdAt: Date; id: string } | null) {
  return db
    .select({
      p: partnerships,
      partnerName: partners.name,
      contactFirst: partnerMembers.firstName,
      contactLast: partnerMembers.lastName,
      contactEmail: partnerMembers.email,
      groupName: groups.name,
      managerEmail: manager.email,
    })
    .from(partnerships)
    .innerJoin(partners, eq(partners.id, partnerships.partnerId))
    .innerJoin(groups, eq(groups.id, partnerships.groupId))
    .leftJoin(partnerMembers, and(eq(partnerMembers.partnerId, partners.id), eq(partnerMembers.isPrimaryContact, true)))
    .leftJoin(manager, eq(manager.id, partnerships.programManagerId))
    .where(
      and(
        eq(partnerships.programId, programId),
        after ? or(gt(partnerships.createdAt, after.createdAt), and(eq(partnerships.createdAt, after.createdAt), gt(partnerships.id, after.id))) : undefined,
      ),
    )
    .orderBy(asc(partnerships.createdAt), asc(partnerships.id))
    .limit(EXPORT_BATCH_SIZE);
}

/**
 * The all-partner export: every partnership of the program, removed ones included, with their
 * history facts and click counts. Yields CSV lines batch by batch (keyset on created_at, id), so a
 * million rows never sit in memory.
 */
export async function* partnershipsCsv(db: Database, program: ProgramRow): AsyncGenerator<string> {
  const defs = await db
    .select()
    .from(customFieldDefinitions)
    .where(and(eq(customFieldDefinitions.programId, program.id), eq(customFieldDefinitions.entity, 'PARTNERSHIP')))
    .orderBy(asc(customFieldDefinitions.position), asc(customFieldDefinitions.key));
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

  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await exportBatch(db, program.id, after);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.p.id);
    const counts = new Map(
      (
        await db
          .select({ partnershipId: clicks.partnershipId, n: sql<number>`count(*)::int` })
          .from(clicks)
          .where(inArray(clicks.partnershipId, ids))
          .groupBy(clicks.partnershipId)
      ).map((c) => [c.partnershipId, c.n]),
    );
    let chunk = '';
    for (const r of rows) {
      const values = r.p.customFieldValues as Record<string, unknown>;
      chunk +=
        [
          r.p.id,
          r.partnerName,
          `${r.contactFirst ?? ''} ${r.contactLast ?? ''}`.trim(),
          r.contactEmail,
          r.p.status,
          isInvited(r.p.status),
          r.groupName,
          r.managerEmail,
          r.p.partnerKey,
          ...defs.map((d) => values[d.key]),
          counts.get(r.p.id) ?? 0,
          r.p.source,
          r.p.createdAt,
          r.p.approvedAt,
          r.p.removedAt,
          r.p.linksDeactivatedAt,
        ]
          .map(csvCell)
          .join(',') + '\r\n';
    }
    yield chunk;
    const last = rows[rows.length - 1].p;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
