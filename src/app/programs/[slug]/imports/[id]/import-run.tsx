'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ProgressBar } from '@/components/ui/progress';
import { formatDateTime } from '@/components/format';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { ImportCounts } from '../import-counts';
import { ACTIVE_IMPORT_STATUSES, count, IMPORT_POLL_MS, partnerCount, rowCount, timeLeft } from '../import-status';
import type { ImportPageData } from './import-detail';

const ImportProgressQuery = graphql(`
  query ImportProgress($id: ID!) {
    import(id: $id) {
      ...ImportProgressFields
    }
  }
`);

const CancelImportMutation = graphql(`
  mutation CancelImport($input: ImportIdInput!) {
    cancelImport(input: $input) {
      import {
        ...ImportProgressFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Started = NonNullable<ImportPageData>;

/**
 * The section that replaces the one holding focus (the draft's Start, the running import's
 * Cancel) takes it, so keyboard and screen-reader users land on what happened next.
 */
function useTakeLostFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) ref.current?.focus();
  }, []);
  return ref;
}

function Progress({ i }: { i: Started }) {
  const [confirming, setConfirming] = useState(false);
  const [cancelRequested, setCancelRequested] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutationOutcome(CancelImportMutation, (d) => d.cancelImport);
  const heading = useTakeLostFocus<HTMLHeadingElement>();
  // The cache holds the import by id: each poll updates the page's import, and the page shows the report once it ends.
  useQuery(ImportProgressQuery, { variables: { id: i.id }, pollInterval: IMPORT_POLL_MS, fetchPolicy: 'network-only' });
  const percent = i.totalRows > 0 ? Math.min(100, Math.round((i.processedRows / i.totalRows) * 100)) : 0;
  const speed = i.rowsPerSecond != null && i.rowsPerSecond > 0 ? `${count(Math.round(i.rowsPerSecond))} rows a second` : null;
  const caption = [`${count(i.processedRows)} of ${rowCount(i.totalRows)} (${percent}%)`, speed, timeLeft(i.secondsLeft)].filter(Boolean).join(' · ');
  return (
    <Card className="p-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
            {i.status === 'QUEUED' ? 'Waiting to start' : 'Importing'}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-gray-600">
            {i.status === 'QUEUED'
              ? 'The import starts as soon as the server is free, usually within seconds.'
              : 'It runs in the background in batches: you can leave this page. If the server restarts, it carries on where it stopped.'}
          </p>
        </div>
        <Button variant="secondary" disabled={cancelRequested} busy={loading} onClick={() => (setError(null), setConfirming(true))}>
          {cancelRequested ? 'Stopping…' : 'Cancel import'}
        </Button>
      </div>
      <div className="mt-4" data-testid="import-progress" aria-live="polite">
        <ProgressBar value={i.processedRows} max={i.totalRows} label={`Progress of ${i.filename}`} caption={caption} />
      </div>
      <p className="mt-3 text-sm text-gray-700" data-testid="running-counts">
        So far: {count(i.createdRows)} created · {count(i.updatedRows)} updated · {count(i.skippedRows)} skipped · {count(i.failedRows)} failed
      </p>
      {error && (
        <div className="mt-3">
          <ErrorNotice title="The import was not cancelled.">{error}</ErrorNotice>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Cancel this import?"
        confirmLabel="Cancel import"
        cancelLabel={i.status === 'QUEUED' ? 'Keep it' : 'Keep importing'}
        busy={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const outcome = await cancel({ input: { importId: i.id } });
          setConfirming(false);
          if (!outcome.ok) return setError(outcome.message);
          setCancelRequested(true);
        }}
      >
        {i.status === 'QUEUED'
          ? 'It has not started: nothing is imported from the file.'
          : `It stops after the batch it is working on. The ${partnerCount(i.createdRows + i.updatedRows)} imported so far stay imported; import the file again later to bring in the rest (nobody is imported twice).`}
      </ConfirmDialog>
    </Card>
  );
}

function Report({ slug, i }: { slug: string; i: Started }) {
  const heading = useTakeLostFocus<HTMLHeadingElement>();
  if (i.status === 'CANCELLED' && !i.startedAt) {
    return (
      <Card className="p-5">
        <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
          Import discarded
        </h2>
        <p className="mt-1 text-sm text-gray-600">It was discarded before it started{i.finishedAt ? `, on ${formatDateTime(i.finishedAt)}` : ''}: nothing was imported, and the file is gone. Upload the file again to import it.</p>
      </Card>
    );
  }
  const title = { COMPLETED: 'Import complete', CANCELLED: 'Import cancelled', FAILED: 'Import stopped' }[i.status as 'COMPLETED' | 'CANCELLED' | 'FAILED'];
  const when = [i.startedAt ? `Started ${formatDateTime(i.startedAt)}` : null, i.finishedAt ? `ended ${formatDateTime(i.finishedAt)}` : null].filter(Boolean).join(', ');
  return (
    <div className="space-y-4" data-testid="import-report">
      <Card className="p-5">
        <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
          {title}
        </h2>
        <p className="mt-1 text-sm text-gray-600">
          {when ? `${when}. ` : ''}
          {count(i.processedRows)} of {rowCount(i.totalRows)} processed.
        </p>
        <div className="mt-3" data-testid="import-progress">
          <ProgressBar value={i.processedRows} max={i.totalRows} label={`Progress of ${i.filename}`} />
        </div>
        {i.status === 'FAILED' && (
          <div className="mt-3">
            <ErrorNotice title="The file could not be read to the end.">
              <p>{i.errorMessage ?? 'Something went wrong while importing.'}</p>
              <p className="mt-1">The rows imported before it stopped stay. Fix the file and import it again: partners already imported are not imported twice.</p>
            </ErrorNotice>
          </div>
        )}
        {i.status === 'CANCELLED' && (
          <div className="mt-3">
            <Notice tone="info">
              {i.createdRows + i.updatedRows === 0
                ? 'Cancelled before any partner was imported.'
                : 'Cancelled. The rows imported before it stopped stay; import the file again to bring in the rest (partners already imported are not imported twice).'}
            </Notice>
          </div>
        )}
      </Card>
      <ImportCounts
        label="What the import did"
        items={[
          { label: 'Created', value: i.createdRows, tone: 'green', testId: 'report-created' },
          { label: 'Updated', value: i.updatedRows, tone: 'brand', testId: 'report-updated' },
          { label: 'Skipped (already in the program)', value: i.skippedRows, tone: 'gray', testId: 'report-skipped' },
          { label: 'Failed', value: i.failedRows, tone: 'red', testId: 'report-failed' },
        ]}
      />
      {i.failedRows > 0 && (
        <Card className="flex flex-wrap items-center justify-between gap-4 p-5">
          <p className="max-w-2xl text-sm text-gray-600">
            {rowCount(i.failedRows)} could not be imported. The download has those rows as they were in your file, with a <strong>reason</strong> column saying what to fix. Fix them,
            then upload the file here again: the reason column is not imported, and partners already in the program are not imported twice.
          </p>
          <a href={i.failedRowsUrl} download className="inline-flex items-center rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50">
            Download failed rows (CSV)
          </a>
        </Card>
      )}
      {i.createdRows + i.updatedRows > 0 && (
        <p className="text-sm">
          <Link href={`/programs/${slug}/partners`} className="font-semibold text-brand-600 hover:underline">
            See the partners in All Partners
          </Link>
        </p>
      )}
    </div>
  );
}

/** A started import: its live progress while it runs, its report once it has ended. */
export function ImportRun({ slug, i }: { slug: string; i: Started }) {
  return ACTIVE_IMPORT_STATUSES.has(i.status) ? <Progress i={i} /> : <Report slug={slug} i={i} />;
}
