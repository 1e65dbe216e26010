import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client';
import { apiKeys, auditEvents, users } from '../db/schema';

export interface ActivityEventModel {
  partnershipId: string;
  action: string;
  data: Record<string, unknown>;
  actor: string | null;
  createdAt: Date;
}

export const ACTIVITY_LIMIT = 100;

/** The newest events of many partnerships in one statement (a window per partnership). */
export async function activityFor(db: Database, partnershipIds: readonly string[]): Promise<Map<string, ActivityEventModel[]>> {
  const e = auditEvents;
  const rows = await queryRows<{ partnership_id: string; action: string; data: Record<string, unknown>; actor: string | null; created_at: string | Date }>(db, sql`
    select partnership_id, action, data, actor, created_at from (
      select ${e.partnershipId} as partnership_id, ${e.action} as action, ${e.data} as data, ${e.createdAt} as created_at,
             coalesce(${users.name}, ${users.email}, case when ${apiKeys.name} is not null then 'API key ' || ${apiKeys.name} end) as actor,
             row_number() over (partition by ${e.partnershipId} order by ${e.createdAt} desc, ${e.id} desc) as n
      from ${e}
      left join ${users} on ${users.id} = ${e.actorUserId}
      left join ${apiKeys} on ${apiKeys.id} = ${e.actorApiKeyId}
      where ${e.partnershipId} = any(${sql.param([...partnershipIds])}::uuid[])
    ) ranked where n <= ${ACTIVITY_LIMIT} order by created_at desc`);
  const byPartnership = new Map<string, ActivityEventModel[]>();
  for (const r of rows) {
    const list = byPartnership.get(r.partnership_id) ?? [];
    list.push({ partnershipId: r.partnership_id, action: r.action, data: r.data ?? {}, actor: r.actor, createdAt: new Date(r.created_at) });
    byPartnership.set(r.partnership_id, list);
  }
  return byPartnership;
}

/** What an import's update changed, in the order the timeline names them. */
const IMPORTED_CHANGES = [
  ['groupId', 'group'],
  ['partnerKey', 'partner key'],
  ['programManagerId', 'program manager'],
  ['customFields', 'custom fields'],
  ['externalId', 'external id'],
  ['notes', 'notes'],
] as const;

const text = (v: unknown) => (v == null ? '' : String(v));

/** A sentence for the partner page timeline. */
export function summarize(event: Pick<ActivityEventModel, 'action' | 'data'>): string {
  const d = event.data;
  switch (event.action) {
    case 'partnership.added':
      return d.newToNetwork === false ? `Added to the program; waiting for ${text(d.partner)} to approve` : 'Added to the program';
    case 'partnership.imported':
      if (d.newToNetwork === false) return `Imported from ${text(d.filename)}; waiting for ${text(d.partner)} to approve`;
      return d.inviteSentTo ? `Imported from ${text(d.filename)}; invite sent to ${text(d.inviteSentTo)}` : `Imported from ${text(d.filename)}`;
    case 'partnership.joined':
      return `Joined through the ${text(d.group)} join link`;
    case 'application.submitted':
      if (d.source === 'MARKETPLACE') return `Applied from the marketplace with the network profile, to the ${text(d.group)} group`;
      return d.group ? `Applied through the ${text(d.group)} join link` : 'Applied to join the program';
    case 'application.approved':
      return `Application approved; joined the ${text(d.group)} group`;
    case 'application.declined':
      return d.reason ? `Application declined: ${text(d.reason)}` : 'Application declined';
    case 'invite.sent':
      return `Invite sent to ${text(d.email)}`;
    case 'invite.resent':
      return `Invite resent to ${text(d.email)}`;
    case 'invite.claimed':
      return `${text(d.email)} claimed their invite`;
    case 'invite.deleted':
      return `Invite to ${text(d.email)} deleted`;
    case 'partnership.claimed':
      return `Account claimed by ${text(d.by)}`;
    case 'partnership.approved':
      return 'Partnership approved by the partner';
    case 'partnership.declined':
      return 'Partnership declined by the partner';
    case 'partnership.moved':
      return `Moved to the group ${text(d.group)}`;
    case 'partnership.key_changed': {
      const key = d.partnerKey as { from?: string; to?: string } | undefined;
      return `Partner key changed from ${text(key?.from)} to ${text(key?.to)}`;
    }
    case 'partnership.updated': {
      if (d.importId === undefined) return `Details updated (${Object.keys(d).join(', ')})`;
      const changed = IMPORTED_CHANGES.filter(([key]) => d[key] !== undefined).map(([, words]) => words);
      return `Updated from ${text(d.filename)}: ${changed.join(', ')}`;
    }
    case 'partnership.removed':
      return d.linksDeactivated ? 'Removed from the program; links deactivated' : 'Removed from the program; links still redirect';
    case 'members.added':
      return `Members added: ${(d.emails as string[] | undefined)?.join(', ') ?? ''}`;
    case 'member_addition.approved':
      return `Team owner approved ${text(d.email)}`;
    case 'member_addition.declined':
      return `Team owner declined ${text(d.email)}`;
    case 'member.updated':
      return 'Member details updated';
    default:
      return event.action;
  }
}
