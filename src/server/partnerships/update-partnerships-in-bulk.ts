import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/client';
import { auditEvents, groups, partnerKeys, partnershipGroupHistory, partnerships } from '../db/schema';
import { actorOf, type Actor, type Viewer } from '../auth/viewer';
import { columnList } from '../shared/insert-select';
import { LIVE_PARTNERSHIP_STATUSES } from './rules';

/** What one partnership is to become; null (or an empty object) leaves that detail as it is. */
export interface PartnershipChange {
  partnershipId: string;
  groupId: string | null;
  partnerKey: string | null;
  programManagerId: string | null;
  /** Merged over the current values. */
  customFieldValues: Record<string, unknown>;
  externalId: string | null;
  notes: string | null;
}

/**
 * updatePartnership for many partnerships of one program (an import's batch in UPDATE mode), in
 * one statement whatever their number. It follows the one-at-a-time rules: a changed key keeps
 * the old one as an alias (links already shared keep working), a move closes the group-history
 * row and opens the next (commissions follow the group of the day), and each partnership that
 * changed gets one `partnership.updated` event naming what changed, plus `eventData`. Nothing
 * else is sent: a move by import sends no group welcome email (the partner was told by the old
 * service, or will be by their claim invite). Partnerships no longer live are left alone. Keys
 * must be valid and not another partnership's: the caller checked them under lockProgramKeys.
 * Returns how many partnerships changed.
 */
export async function updatePartnershipsInBulk(
  tx: Executor,
  viewer: Viewer | Actor,
  programId: string,
  changes: readonly PartnershipChange[],
  eventData: Record<string, unknown> = {},
): Promise<number> {
  if (changes.length === 0) return 0;
  const { actorUserId, actorApiKeyId } = actorOf(viewer);
  const column = <T>(pick: (change: PartnershipChange) => T) => sql.param(changes.map(pick));
  const p = partnerships;
  const h = partnershipGroupHistory;
  const e = auditEvents;
  const col = (c: { name: string }) => sql.identifier(c.name);
  const [{ changed }] = await queryRows<{ changed: number }>(
    tx,
    sql`
    with input as (
      select * from unnest(${column((c) => c.partnershipId)}::uuid[], ${column((c) => c.groupId)}::uuid[], ${column((c) => c.partnerKey)}::text[],
                           ${column((c) => c.programManagerId)}::text[], ${column((c) => JSON.stringify(c.customFieldValues))}::text[],
                           ${column((c) => c.externalId)}::text[], ${column((c) => c.notes)}::text[])
        as t(id, group_id, partner_key, manager_id, fields, external_id, notes)
    ),
    current as (
      select ${p.id} as id, ${p.groupId} as group_id, ${p.partnerKey} as partner_key, ${p.programManagerId} as manager_id,
             ${p.customFieldValues} as fields, ${p.externalId} as external_id, ${p.notes} as notes
      from ${p} join input on input.id = ${p.id}
      where ${p.programId} = ${programId} and ${p.status}::text = any(${sql.param([...LIVE_PARTNERSHIP_STATUSES])}::text[])
      for update of ${p}
    ),
    diff as (
      select c.id,
             case when i.group_id <> c.group_id then i.group_id end as new_group,
             case when i.partner_key <> c.partner_key then i.partner_key end as new_key,
             c.partner_key as old_key,
             case when i.manager_id is distinct from c.manager_id and i.manager_id is not null then i.manager_id end as new_manager,
             case when c.fields || i.fields::jsonb <> c.fields then c.fields || i.fields::jsonb end as new_fields,
             i.fields::jsonb as given_fields,
             case when i.external_id is distinct from c.external_id and i.external_id is not null then i.external_id end as new_external_id,
             case when i.notes is distinct from c.notes and i.notes is not null then i.notes end as new_notes
      from current c join input i using (id)
    ),
    changed as (
      select * from diff
      where new_group is not null or new_key is not null or new_manager is not null or new_fields is not null or new_external_id is not null or new_notes is not null
    ),
    updated as (
      update ${p} set ${col(p.groupId)} = coalesce(changed.new_group, ${p.groupId}), ${col(p.partnerKey)} = coalesce(changed.new_key, ${p.partnerKey}),
             ${col(p.programManagerId)} = coalesce(changed.new_manager, ${p.programManagerId}),
             ${col(p.customFieldValues)} = coalesce(changed.new_fields, ${p.customFieldValues}),
             ${col(p.externalId)} = coalesce(changed.new_external_id, ${p.externalId}), ${col(p.notes)} = coalesce(changed.new_notes, ${p.notes})
      from changed where ${p.id} = changed.id
    ),
    left_group as (
      update ${h} set ${col(h.leftAt)} = now()
      from changed where ${h.partnershipId} = changed.id and changed.new_group is not null and ${h.leftAt} is null
    ),
    joined_group as (
      insert into ${h} (${columnList(h.partnershipId, h.groupId, h.joinedAt)})
      select id, new_group, now() from changed where new_group is not null
    ),
    aliases as (
      insert into ${partnerKeys} (${columnList(partnerKeys.programId, partnerKeys.key, partnerKeys.partnershipId)})
      select ${programId}::uuid, new_key, id from changed where new_key is not null
      on conflict do nothing
    ),
    events as (
      insert into ${e} (${columnList(e.programId, e.partnershipId, e.actorUserId, e.actorApiKeyId, e.action, e.subjectType, e.subjectId, e.data)})
      select ${programId}::uuid, changed.id, ${actorUserId}::text, ${actorApiKeyId}::uuid, 'partnership.updated', 'Partnership', changed.id::text,
             ${JSON.stringify(eventData)}::jsonb || jsonb_strip_nulls(jsonb_build_object(
               'groupId', changed.new_group, 'group', g.name,
               'partnerKey', case when changed.new_key is not null then jsonb_build_object('from', changed.old_key, 'to', changed.new_key) end,
               'programManagerId', changed.new_manager,
               'customFields', case when changed.new_fields is not null then changed.given_fields end,
               'externalId', changed.new_external_id,
               'notes', case when changed.new_notes is not null then true end))
      from changed left join ${groups} g on g.id = changed.new_group
    )
    select count(*)::int as changed from changed`,
  );
  return changed;
}
