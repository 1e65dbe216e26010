'use client';

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { CustomFieldEntity, CustomFieldSettingsRowFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Badge, Card, EmptyState, ErrorNotice, Notice } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { CUSTOM_FIELD_TYPE_LABELS } from '@/shapes/custom-fields';
import { CustomFieldDialog, ENTITY_LABELS } from './custom-field-dialog';

export const CustomFieldSettingsRow = graphql(`
  fragment CustomFieldSettingsRow on CustomFieldDefinition {
    id
    entity
    key
    label
    helpText
    type
    options
    required
    archivedAt
  }
`);

const CustomFieldsSettingsQuery = graphql(`
  query CustomFieldsSettings($programId: ID!) {
    customFields(programId: $programId, includeArchived: true) {
      ...CustomFieldSettingsRow
    }
  }
`);

const ReorderCustomFieldsMutation = graphql(`
  mutation ReorderCustomFields($input: ReorderCustomFieldsInput!) {
    reorderCustomFields(input: $input) {
      customFields {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ArchiveCustomFieldMutation = graphql(`
  mutation ArchiveCustomField($input: CustomFieldIdInput!) {
    archiveCustomField(input: $input) {
      customField {
        ...CustomFieldSettingsRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RestoreCustomFieldMutation = graphql(`
  mutation RestoreCustomField($input: CustomFieldIdInput!) {
    restoreCustomField(input: $input) {
      customField {
        ...CustomFieldSettingsRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Row = CustomFieldSettingsRowFragment;
type Editing = { entity: CustomFieldEntity; field: Row | null } | null;

/** Settings → Custom fields: what the program tracks for each partnership and each member. */
export function CustomFieldsSettings({ programId }: { programId: string }) {
  const { data, loading, error, refetch } = useQuery(CustomFieldsSettingsQuery, { variables: { programId } });
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [reorder, reorderState] = useMutationOutcome(ReorderCustomFieldsMutation, (d) => d.reorderCustomFields);
  const [archive, archiveState] = useMutationOutcome(ArchiveCustomFieldMutation, (d) => d.archiveCustomField);
  const [restore, restoreState] = useMutationOutcome(RestoreCustomFieldMutation, (d) => d.restoreCustomField);
  const busy = reorderState.loading || archiveState.loading || restoreState.loading;

  const move = async (entity: CustomFieldEntity, active: Row[], index: number, by: -1 | 1) => {
    const ids = active.map((f) => f.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    const outcome = await reorder({ input: { programId, entity, customFieldIds: ids } });
    setMessage(outcome.ok ? { tone: 'success', text: `Moved ${active[index].label} ${by < 0 ? 'up' : 'down'}.` } : { tone: 'error', text: outcome.message });
    await refetch();
    // Keep the keyboard where it was: on the moved field's button in its new place.
    // At an end that button is disabled, so the other direction's takes focus.
    requestAnimationFrame(() => {
      const id = active[index].id;
      const same = document.getElementById(`move-${by < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`move-${by < 0 ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  const onArchive = async (field: Row) => {
    const outcome = await archive({ input: { customFieldId: field.id } });
    setConfirming(null);
    setMessage(outcome.ok ? { tone: 'success', text: `${field.label} is archived. Its values are kept; restore it to show them again.` } : { tone: 'error', text: outcome.message });
    await refetch();
  };

  const onRestore = async (field: Row) => {
    const outcome = await restore({ input: { customFieldId: field.id } });
    setMessage(outcome.ok ? { tone: 'success', text: `${field.label} is restored, with the values it held.` } : { tone: 'error', text: outcome.message });
    await refetch();
  };

  return (
    <QueryState data={data?.customFields} loading={loading} error={error} errorTitle="Custom fields could not be loaded." onRetry={() => void refetch()}>
      {(fields) => (
        <div className="space-y-6">
          <div aria-live="polite">
            {message?.tone === 'success' && <Notice>{message.text}</Notice>}
            {message?.tone === 'error' && <ErrorNotice title="That did not work.">{message.text}</ErrorNotice>}
          </div>
          {(['PARTNERSHIP', 'MEMBER'] as const).map((entity) => {
            const ofEntity = fields.filter((f) => f.entity === entity);
            const active = ofEntity.filter((f) => !f.archivedAt);
            const archived = ofEntity.filter((f) => f.archivedAt);
            return (
              <Card key={entity} className="p-5">
                <div className="flex items-center justify-between gap-4">
                  <div>
                    <h2 className="text-base font-semibold text-gray-900">{ENTITY_LABELS[entity].title}</h2>
                    <p className="text-sm text-gray-600">
                      {entity === 'PARTNERSHIP'
                        ? 'Tracked for each partnership: shown on partner pages, in All Partners filters, the add-partner form and the export.'
                        : 'Tracked for each member of a partnership, on the partner’s Members tab.'}
                    </p>
                  </div>
                  <Button onClick={() => setEditing({ entity, field: null })}>Add field</Button>
                </div>
                {ofEntity.length === 0 ? (
                  <div className="mt-4">
                    <EmptyState title={`No ${ENTITY_LABELS[entity].one} fields yet.`}>Add one to track it for every {ENTITY_LABELS[entity].one}.</EmptyState>
                  </div>
                ) : (
                  <ul className="mt-4 divide-y divide-gray-100" aria-label={ENTITY_LABELS[entity].title}>
                    {[...active, ...archived].map((f) => {
                      const index = active.indexOf(f);
                      return (
                        <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid={`custom-field-${f.key}`}>
                          <div className="min-w-0">
                            <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-gray-900">
                              {f.label}
                              <code className="text-xs text-gray-500">{f.key}</code>
                              <Badge>{CUSTOM_FIELD_TYPE_LABELS[f.type]}</Badge>
                              {f.required && <Badge tone="brand">Required</Badge>}
                              {f.archivedAt && <Badge tone="amber">Archived</Badge>}
                            </p>
                            {f.options.length > 0 && <p className="mt-0.5 text-xs text-gray-600">Options: {f.options.join(', ')}</p>}
                            {f.helpText && <p className="mt-0.5 text-xs text-gray-500">{f.helpText}</p>}
                          </div>
                          <div className="flex items-center gap-1">
                            {!f.archivedAt && (
                              <>
                                <Button id={`move-up-${f.id}`} variant="ghost" aria-label={`Move ${f.label} up`} disabled={busy || index === 0} onClick={() => void move(entity, active, index, -1)}>
                                  ↑
                                </Button>
                                <Button id={`move-down-${f.id}`} variant="ghost" aria-label={`Move ${f.label} down`} disabled={busy || index === active.length - 1} onClick={() => void move(entity, active, index, 1)}>
                                  ↓
                                </Button>
                              </>
                            )}
                            <Button variant="secondary" aria-label={`Edit ${f.label}`} onClick={() => setEditing({ entity, field: f })}>
                              Edit
                            </Button>
                            {f.archivedAt ? (
                              <Button variant="secondary" aria-label={`Restore ${f.label}`} busy={restoreState.loading} onClick={() => void onRestore(f)}>
                                Restore
                              </Button>
                            ) : (
                              <Button variant="secondary" aria-label={`Archive ${f.label}`} onClick={() => setConfirming(f)}>
                                Archive
                              </Button>
                            )}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </Card>
            );
          })}
          {editing && (
            <CustomFieldDialog
              key={editing.field?.id ?? `new-${editing.entity}`}
              programId={programId}
              entity={editing.entity}
              field={editing.field}
              onClose={() => setEditing(null)}
              onSaved={() => {
                setMessage({ tone: 'success', text: editing.field ? `${editing.field.label} is saved.` : 'The field is created.' });
                setEditing(null);
                void refetch();
              }}
            />
          )}
          <ConfirmDialog
            open={confirming !== null}
            title={`Archive ${confirming?.label ?? ''}?`}
            confirmLabel="Archive field"
            busy={archiveState.loading}
            onCancel={() => setConfirming(null)}
            onConfirm={() => confirming && void onArchive(confirming)}
          >
            It disappears from forms, filters, the export and partner pages. Stored values are kept, and come back if you restore the field.
          </ConfirmDialog>
        </div>
      )}
    </QueryState>
  );
}
