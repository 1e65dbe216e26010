import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditEvents } from '../db/schema';
import { actorOf, type Viewer } from '../auth/viewer';

export interface AuditEventInput {
  programId: string | null;
  partnershipId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Written in the same transaction as the change it describes. */
export async function recordEvent(tx: Executor, viewer: Viewer, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({ ...actorOf(viewer), ...event, data: event.data ?? {} });
}

/** One event per partnership, in one statement, for bulk actions. */
export async function recordPartnershipEvents(
  tx: Executor,
  viewer: Viewer,
  programId: string,
  partnershipIds: string[],
  action: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  if (partnershipIds.length === 0) return;
  const { actorUserId, actorApiKeyId } = actorOf(viewer);
  await tx.execute(sql`
    insert into audit_events (program_id, partnership_id, actor_user_id, actor_api_key_id, action, subject_type, subject_id, data)
    select ${programId}::uuid, id, ${actorUserId}::text, ${actorApiKeyId}::uuid, ${action}, 'Partnership', id::text, ${JSON.stringify(data)}::jsonb
    from unnest(${sql.param(partnershipIds)}::uuid[]) as id`);
}
