import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditEvents } from '../db/schema';
import { actorOf, type Actor, type Viewer } from '../auth/viewer';
import { insertSelect } from '../shared/insert-select';

export interface AuditEventInput {
  programId: string | null;
  partnershipId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Written in the same transaction as the change it describes. */
export async function recordEvent(tx: Executor, viewer: Viewer | Actor, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({ ...actorOf(viewer), ...event, data: event.data ?? {} });
}

/** One event per partnership, in one statement, for bulk actions. */
export async function recordPartnershipEvents(
  tx: Executor,
  viewer: Viewer | Actor,
  programId: string,
  partnershipIds: string[],
  action: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  if (partnershipIds.length === 0) return;
  const { actorUserId, actorApiKeyId } = actorOf(viewer);
  const e = auditEvents;
  await tx.execute(
    insertSelect(
      e,
      [e.programId, e.partnershipId, e.actorUserId, e.actorApiKeyId, e.action, e.subjectType, e.subjectId, e.data],
      sql`select ${programId}::uuid, id, ${actorUserId}::text, ${actorApiKeyId}::uuid, ${action}, ${'Partnership'}, id::text, ${JSON.stringify(data)}::jsonb
          from unnest(${sql.param(partnershipIds)}::uuid[]) as id`,
    ),
  );
}

/** Many events, each with its own subject and data, in one statement: for bulk paths such as an import's batch. */
export async function recordEventsInBulk(tx: Executor, viewer: Viewer | Actor, programId: string, events: readonly Omit<AuditEventInput, 'programId'>[]): Promise<void> {
  if (events.length === 0) return;
  const { actorUserId, actorApiKeyId } = actorOf(viewer);
  const e = auditEvents;
  const column = <T>(pick: (event: (typeof events)[number]) => T) => sql.param(events.map(pick));
  await tx.execute(
    insertSelect(
      e,
      [e.programId, e.partnershipId, e.actorUserId, e.actorApiKeyId, e.action, e.subjectType, e.subjectId, e.data],
      sql`select ${programId}::uuid, t.partnership_id, ${actorUserId}::text, ${actorApiKeyId}::uuid, t.action, t.subject_type, t.subject_id, t.data::jsonb
          from unnest(${column((x) => x.partnershipId ?? null)}::uuid[], ${column((x) => x.action)}::text[], ${column((x) => x.subjectType)}::text[],
                      ${column((x) => x.subjectId)}::text[], ${column((x) => JSON.stringify(x.data ?? {}))}::text[])
               as t(partnership_id, action, subject_type, subject_id, data)`,
    ),
  );
}
