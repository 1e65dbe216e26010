'use client';

import { useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { graphql } from '@/gql';
import type { ImportDateOrder, ImportDraftFieldsFragment, ImportDuplicateMode, ImportEncoding, ImportPreviewFieldsFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Modal } from '@/components/ui/modal';
import { Working } from '@/components/ui/progress';
import { Select } from '@/components/ui/select';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { mappingShape, CUSTOM_FIELD_TARGET_PREFIX } from '@/shapes/import-mapping';
import { count, partnerCount, rowCount } from '../import-status';
import type { ImportPageData } from './import-detail';
import { ImportPreview } from './import-preview';

/** Everything the draft's page shows and edits: the file as read, its mapping, options and preview. */
export const ImportDraftFields = graphql(`
  fragment ImportDraftFields on Import {
    id
    status
    encoding
    delimiter
    headerLine
    totalRows
    columns {
      index
      header
      target
      samples
    }
    unmappedColumns
    targets {
      target
      label
      required
    }
    warnings {
      line
      message
    }
    group {
      id
      name
    }
    duplicateMode
    notify
    dateOrder
    importedBefore
    problemRowsUrl
  }
`);

const UpdateImportMutation = graphql(`
  mutation UpdateImport($input: UpdateImportInput!) {
    updateImport(input: $input) {
      import {
        ...ImportDraftFields
        preview {
          ...ImportPreviewFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const StartImportMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      import {
        ...ImportProgressFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DiscardImportMutation = graphql(`
  mutation DiscardImport($input: ImportIdInput!) {
    cancelImport(input: $input) {
      import {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A draft as its page reads it: its settings and the preview they give. */
type Draft = ImportDraftFieldsFragment & { preview?: ImportPreviewFieldsFragment | null };

interface Settings {
  encoding: ImportEncoding;
  /** Column index → target, or null for an ignored column. */
  mapping: Record<number, string | null>;
  groupId: string | null;
  duplicateMode: ImportDuplicateMode;
  notify: boolean;
  dateOrder: ImportDateOrder;
}

const settingsOf = (i: ImportDraftFieldsFragment): Settings => ({
  encoding: i.encoding,
  mapping: Object.fromEntries(i.columns.map((c) => [c.index, c.target ?? null])),
  groupId: i.group?.id ?? null,
  duplicateMode: i.duplicateMode,
  notify: i.notify,
  dateOrder: i.dateOrder,
});

const ENCODINGS: { value: ImportEncoding; label: string }[] = [
  { value: 'UTF_8', label: 'UTF-8' },
  { value: 'WINDOWS_1252', label: 'Windows-1252 / Latin-1 (Excel on Windows)' },
  { value: 'UTF_16LE', label: 'UTF-16 (little-endian)' },
  { value: 'UTF_16BE', label: 'UTF-16 (big-endian)' },
];

const DELIMITERS: Record<string, string> = { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab', '|': 'pipe (|)' };

/**
 * The mapping's problems, by the shared rules the server applies (one column per field, email
 * mapped): per column index, and those about the whole mapping. Target names in the messages are
 * said with their labels.
 */
function mappingIssues(mapping: Settings['mapping'], i: ImportDraftFieldsFragment) {
  const shape = mappingShape({
    customFieldKeys: i.targets.flatMap((t) => (t.target.startsWith(CUSTOM_FIELD_TARGET_PREFIX) ? [t.target.slice(CUSTOM_FIELD_TARGET_PREFIX.length)] : [])),
    columnCount: i.columns.length,
  });
  const result = shape.safeParse(Object.fromEntries(Object.entries(mapping).map(([k, v]) => [String(k), v])));
  const byColumn = new Map<number, string>();
  const general: string[] = [];
  if (result.success) return { byColumn, general };
  const labelled = (message: string) => i.targets.reduce((text, t) => text.replace(` as ${t.target};`, ` as “${t.label}”;`), message);
  for (const issue of result.error.issues) {
    if (issue.path.length > 0) byColumn.set(Number(issue.path[0]), labelled(issue.message));
    else general.push(issue.message);
  }
  return { byColumn, general };
}

function FileFacts({ i, settings, onChange }: { i: Draft; settings: Settings; onChange: (next: Settings) => void }) {
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">The file</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 xl:grid-cols-4" data-testid="file-facts">
        <div>
          <dt className="text-gray-500">Partner rows</dt>
          <dd className="font-medium tabular-nums text-gray-900">{count(i.preview?.totalRows ?? i.totalRows)}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Columns separated by</dt>
          <dd className="text-gray-900">{DELIMITERS[i.delimiter] ?? i.delimiter}</dd>
        </div>
        <div>
          <dt className="text-gray-500">Header row</dt>
          <dd className="text-gray-900">line {i.headerLine}</dd>
        </div>
        <div>
          <Select
            label="Read as"
            value={settings.encoding}
            hint="If names show odd characters (Ã©, �), choose another encoding."
            onChange={(e) => onChange({ ...settings, encoding: e.target.value as ImportEncoding })}
          >
            {ENCODINGS.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </Select>
        </div>
      </dl>
      {i.warnings.length > 0 && (
        <div className="mt-4">
          <Notice tone="warning">
            <p className="font-semibold">Worth knowing about this file</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="file-warnings">
              {i.warnings.map((w) => (
                <li key={`${w.line}:${w.message}`}>{w.message}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
    </Card>
  );
}

function MappingTable({
  i,
  settings,
  issues,
  onChange,
}: {
  i: ImportDraftFieldsFragment;
  settings: Settings;
  issues: ReturnType<typeof mappingIssues>;
  onChange: (next: Settings) => void;
}) {
  const ignored = i.columns.filter((c) => settings.mapping[c.index] == null);
  const mapped = new Set(Object.values(settings.mapping));
  // Email's absence is the shape's own message; a required custom field left out fails every row.
  const requiredMissing = i.targets.filter((t) => t.required && t.target !== 'email' && !mapped.has(t.target));
  return (
    <Card className="overflow-hidden">
      <div className="p-5 pb-3">
        <h2 className="text-sm font-semibold text-gray-900">Columns</h2>
        <p className="mt-1 text-sm text-gray-600">
          Each column was matched to a field from its header. Check the samples, choose another field where one is wrong, or ignore a column you do not want imported. Email is
          required; first and last name make the partner key when the file has none.
        </p>
        {ignored.length > 0 && (
          <p className="mt-2 text-sm text-gray-600" data-testid="unmapped-columns">
            <span className="font-medium text-gray-800">Not imported:</span> {ignored.map((c) => c.header).join(', ')}
          </p>
        )}
        {requiredMissing.length > 0 && (
          <p className="mt-2 text-sm text-amber-800" data-testid="required-unmapped">
            {requiredMissing.map((t) => t.label).join(', ')} {requiredMissing.length === 1 ? 'is' : 'are'} required and no column is imported as{' '}
            {requiredMissing.length === 1 ? 'it' : 'them'}: every row fails until you choose {requiredMissing.length === 1 ? 'one' : 'them'} below.
          </p>
        )}
        {issues.general.map((message) => (
          <p key={message} className="mt-2 text-sm text-red-600" data-testid="mapping-error">
            {message}
          </p>
        ))}
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="mapping-table">
          <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
            <tr>
              <th scope="col" className="px-4 py-3">Column in the file</th>
              <th scope="col" className="px-4 py-3">Sample values</th>
              <th scope="col" className="w-80 px-4 py-3">Imported as</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100 bg-white">
            {i.columns.map((c) => {
              const issue = issues.byColumn.get(c.index);
              const selectId = `column-${c.index}`;
              return (
                <tr key={c.index} data-testid="mapping-row" className={settings.mapping[c.index] == null ? 'bg-gray-50/60' : undefined}>
                  <th scope="row" className="px-4 py-3 text-left align-top font-normal">
                    <label htmlFor={selectId} className="font-medium text-gray-900">
                      {c.header}
                    </label>
                    <div className="text-xs text-gray-500">column {c.index + 1}</div>
                  </th>
                  <td className="max-w-xs px-4 py-3 align-top text-gray-600">
                    {c.samples.length === 0 ? (
                      <span className="text-gray-400">empty</span>
                    ) : (
                      <ul className="space-y-0.5">
                        {c.samples.slice(0, 3).map((s, n) => (
                          <li key={n} className="truncate" title={s}>
                            {s}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-4 py-3 align-top">
                    <select
                      id={selectId}
                      value={settings.mapping[c.index] ?? ''}
                                aria-invalid={issue ? true : undefined}
                      aria-describedby={issue ? `${selectId}-error` : undefined}
                      onChange={(e) => onChange({ ...settings, mapping: { ...settings.mapping, [c.index]: e.target.value === '' ? null : e.target.value } })}
                      className={`block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset ${
                        issue ? 'ring-red-500 focus:ring-red-600' : 'ring-gray-300 focus:ring-brand-600'
                      }`}
                    >
                      <option value="">Ignore this column</option>
                      {i.targets.map((t) => (
                        <option key={t.target} value={t.target}>
                          {t.label}
                          {t.required ? ' (required)' : ''}
                        </option>
                      ))}
                    </select>
                    {issue && (
                      <p id={`${selectId}-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
                        {issue}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function Choice({ name, value, checked, label, hint, onSelect }: { name: string; value: string; checked: boolean; label: string; hint: string; onSelect: () => void }) {
  return (
    <label className="flex items-start gap-3">
      <input type="radio" name={name} value={value} checked={checked} onChange={onSelect} className="mt-0.5 h-4 w-4 border-gray-300 text-brand-600" />
      <span>
        <span className="block text-sm font-medium text-gray-800">{label}</span>
        <span className="block text-xs text-gray-500">{hint}</span>
      </span>
    </label>
  );
}

function ImportOptions({
  i,
  groups,
  settings,
  onChange,
}: {
  i: ImportDraftFieldsFragment;
  groups: { id: string; name: string; isDefault: boolean }[];
  settings: Settings;
  onChange: (next: Settings) => void;
}) {
  const groupColumn = i.columns.find((c) => settings.mapping[c.index] === 'group');
  const defaultGroup = groups.find((g) => g.isDefault);
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">Options</h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <Select
          label={groupColumn ? 'Group for rows without one' : 'Group'}
          value={settings.groupId ?? ''}
          hint={
            groupColumn
              ? `Rows naming a group in “${groupColumn.header}” go to that group; the others to this one.`
              : 'Every imported partner goes to this group. Map a column to Group to place each row in the group it names.'
          }
          onChange={(e) => onChange({ ...settings, groupId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">{defaultGroup ? `${defaultGroup.name} (the default group)` : 'The default group'}</option>
          {groups
            .filter((g) => !g.isDefault)
            .map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
        </Select>
        <Select
          label="Dates like 01/02/2024 are"
          value={settings.dateOrder}
          hint="For the joined date and date fields. ISO dates (2024-02-01) and dotted ones (01.02.2024) always read the same."
          onChange={(e) => onChange({ ...settings, dateOrder: e.target.value as ImportDateOrder })}
        >
          <option value="MDY">Month first (US): 02/01/2024 is 1 Feb</option>
          <option value="DMY">Day first: 01/02/2024 is 1 Feb</option>
        </Select>
        <fieldset>
          <legend className="text-sm font-medium text-gray-800">Invitations</legend>
          <div className="mt-2 space-y-3">
            <Choice
              name="notify"
              value="now"
              checked={settings.notify}
                label="Send invitations now"
              hint="Each new partner’s main contact is emailed as the import runs: someone new to Partnerly gets an invite to claim their account, someone who already has an account a request to accept the partnership."
              onSelect={() => onChange({ ...settings, notify: true })}
            />
            <Choice
              name="notify"
              value="quiet"
              checked={!settings.notify}
                label="Import quietly"
              hint="Nobody is emailed. The partners show as invited, with their invite not sent; send it later from each partner’s Invites tab (Resend), for example on your launch day."
              onSelect={() => onChange({ ...settings, notify: false })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-gray-800">Partners already in the program</legend>
          <div className="mt-2 space-y-3">
            <Choice
              name="duplicateMode"
              value="SKIP"
              checked={settings.duplicateMode === 'SKIP'}
                label="Skip them"
              hint="A row whose email already has a partnership here changes nothing."
              onSelect={() => onChange({ ...settings, duplicateMode: 'SKIP' })}
            />
            <Choice
              name="duplicateMode"
              value="UPDATE"
              checked={settings.duplicateMode === 'UPDATE'}
                label="Update them"
              hint="Set their group, partner key, program manager and custom fields from the row; empty cells change nothing. Names and emails stay the partner’s own."
              onSelect={() => onChange({ ...settings, duplicateMode: 'UPDATE' })}
            />
          </div>
        </fieldset>
      </div>
    </Card>
  );
}

/** The start confirmation: how many partners are created and updated, and who is emailed. */
function StartDialog({ open, i, busy, error, onStart, onClose }: { open: boolean; i: Draft; busy: boolean; error: string | null; onStart: () => void; onClose: () => void }) {
  const p = i.preview;
  if (!p) return null;
  return (
    <Modal
      open={open}
      title={`Import ${partnerCount(p.createCount + p.updateCount)}?`}
      onClose={() => !busy && onClose()}
      footer={
        <>
          <Button variant="secondary" disabled={busy} onClick={onClose}>
            Not yet
          </Button>
          <Button busy={busy} onClick={onStart}>
            Start import
          </Button>
        </>
      }
    >
      <ul className="list-disc space-y-1 pl-5" data-testid="start-summary">
        <li>
          {partnerCount(p.createCount)} will be created{p.updateCount > 0 ? ` and ${partnerCount(p.updateCount)} updated` : ''}.
        </li>
        {p.skipCount > 0 && <li>{partnerCount(p.skipCount)} already in the program will be skipped.</li>}
        {p.failCount > 0 && <li>{rowCount(p.failCount)} with problems will not be imported; you can download them at the end.</li>}
      </ul>
      <p data-testid="start-emails">
        {i.notify
          ? p.createCount > 0
            ? `The main contacts of the ${partnerCount(p.createCount)} created are emailed: people new to Partnerly an invite to claim their account, people who already have one a request to accept the partnership. Updated partners get no invitation.`
            : 'Nobody new is created, so no invitations are sent.'
          : 'Nobody is emailed: this is a quiet import. Send each new partner’s invite later from their Invites tab.'}
      </p>
      <p>It runs in the background; you can leave this page and come back.</p>
      {error && <ErrorNotice title="The import did not start.">{error}</ErrorNotice>}
    </Modal>
  );
}

export function DraftImport({ slug, i }: { slug: string; i: NonNullable<ImportPageData> }) {
  const router = useRouter();
  const [settings, setSettings] = useState<Settings>(() => settingsOf(i));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'start' | 'discard' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const queued = useRef<Settings | null>(null);
  const flying = useRef(false);
  const saved = useRef<Settings>(settingsOf(i));

  const [update] = useMutationOutcome(UpdateImportMutation, (d) => d.updateImport);
  const [start, starting] = useMutationOutcome(StartImportMutation, (d) => d.startImport);
  const [discard, discarding] = useMutationOutcome(DiscardImportMutation, (d) => d.cancelImport);

  const issues = useMemo(() => mappingIssues(settings.mapping, i), [settings.mapping, i]);
  const hasIssues = issues.general.length > 0 || issues.byColumn.size > 0;
  const groups = i.program.groups.edges.map((e) => e.node);

  // Each change is saved at once, one save at a time: a change made while one is on its way
  // waits for it, and only the newest waiting one is sent. The controls show the settings asked
  // for; the preview shows the last ones the server accepted.
  async function change(next: Settings) {
    setSettings(next);
    const nextIssues = mappingIssues(next.mapping, i);
    if (nextIssues.byColumn.size > 0 || nextIssues.general.length > 0) return;
    queued.current = next;
    if (flying.current) return;
    flying.current = true;
    setSaving(true);
    while (queued.current) {
      const wanted = queued.current;
      queued.current = null;
      // A new encoding can change the header row itself: the server maps its columns again.
      const encodingChanged = wanted.encoding !== saved.current.encoding;
      const outcome = await update({
        input: {
          importId: i.id,
          settings: {
            encoding: wanted.encoding,
            ...(encodingChanged ? {} : { mapping: Object.entries(wanted.mapping).map(([index, target]) => ({ index: Number(index), target })) }),
            groupId: wanted.groupId,
            duplicateMode: wanted.duplicateMode,
            notify: wanted.notify,
            dateOrder: wanted.dateOrder,
          },
        },
      });
      if (outcome.ok && outcome.payload.import) {
        setSaveError(null);
        saved.current = settingsOf(outcome.payload.import);
        if (encodingChanged && !queued.current) setSettings(saved.current);
      } else if (!outcome.ok) {
        setSaveError(outcome.message);
        // The file is still read as before: the choice goes back to say so.
        if (encodingChanged && !queued.current) setSettings((now) => ({ ...now, encoding: saved.current.encoding }));
      }
    }
    flying.current = false;
    setSaving(false);
  }

  const p = i.preview;
  const importable = p ? p.createCount + p.updateCount : 0;
  const blocked = saving || hasIssues || Boolean(saveError) || !p || importable === 0;

  return (
    <div className="space-y-6">
      <FileFacts i={i} settings={settings} onChange={(next) => void change(next)} />
      <MappingTable i={i} settings={settings} issues={issues} onChange={(next) => void change(next)} />
      <ImportOptions i={i} groups={groups} settings={settings} onChange={(next) => void change(next)} />
      <section aria-labelledby="preview-title" aria-busy={saving || undefined}>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="preview-title" className="text-base font-semibold text-gray-900">
            Preview
          </h2>
          <div className="w-64">{saving && <Working label="Checking every row with your changes…" />}</div>
        </div>
        {saveError && (
          <div className="mb-3">
            <ErrorNotice title="That change was not saved.">{saveError}</ErrorNotice>
          </div>
        )}
        {hasIssues && (
          <div className="mb-3">
            <Notice tone="warning">Fix the columns above and the preview is checked again.</Notice>
          </div>
        )}
        <div className={`transition-opacity ${saving || hasIssues ? 'opacity-60' : ''}`}>{p ? <ImportPreview preview={p} problemRowsUrl={i.problemRowsUrl} /> : null}</div>
      </section>
      <Card className="flex flex-wrap items-center justify-between gap-4 p-5">
        <p className="max-w-xl text-sm text-gray-600">
          {p && importable === 0 ? 'Nothing to import: every row is skipped or has a problem. Fix the file or the columns, or upload another file.' : 'Nothing is imported until you start. Rows with problems are left out and listed at the end.'}
        </p>
        {actionError && dialog === null && (
          <div className="w-full">
            <ErrorNotice title="The import was not discarded.">{actionError}</ErrorNotice>
          </div>
        )}
        <div className="flex gap-2">
          <Button variant="secondary" disabled={discarding.loading} onClick={() => (setActionError(null), setDialog('discard'))}>
            Discard
          </Button>
          <Button disabled={blocked} onClick={() => (setActionError(null), setDialog('start'))}>
            Start import
          </Button>
        </div>
      </Card>
      <StartDialog
        open={dialog === 'start'}
        i={i}
        busy={starting.loading}
        error={actionError}
        onClose={() => setDialog(null)}
        onStart={async () => {
          const outcome = await start({ input: { importId: i.id } });
          if (!outcome.ok) return setActionError(outcome.message);
          setDialog(null);
        }}
      />
      <ConfirmDialog
        open={dialog === 'discard'}
        title="Discard this import?"
        confirmLabel="Discard"
        busy={discarding.loading}
        onCancel={() => setDialog(null)}
        onConfirm={async () => {
          const outcome = await discard({ input: { importId: i.id } });
          if (!outcome.ok) {
            setDialog(null);
            return setActionError(outcome.message);
          }
          router.push(`/programs/${slug}/imports`);
        }}
      >
        Nothing has been imported from this file; the uploaded file and these settings are thrown away.
      </ConfirmDialog>
    </div>
  );
}
