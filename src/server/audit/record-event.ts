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
