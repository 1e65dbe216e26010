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
