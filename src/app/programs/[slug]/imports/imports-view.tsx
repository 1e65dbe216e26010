'use client';

import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ImportListItemFragment } from '@/gql/graphql';
import { Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { LoadMore } from '@/components/ui/load-more';
import { ProgressBar } from '@/components/ui/progress';
import { QueryState } from '@/components/ui/query-state';
import { formatDateTime } from '@/components/format';
import { ACTIVE_IMPORT_STATUSES, count, fileSize, IMPORT_POLL_MS, ImportStatusBadge, rowCount } from './import-status';
import { UploadZone } from './upload-zone';

/** One import in the list; a started one re-reads itself (ImportListProgress) while it runs. */
export const ImportListItem = graphql(`
  fragment ImportListItem on Import {
    id
    filename
    byteSize
    status
    createdAt
    startedAt
    finishedAt
    createdBy {
      id
      name
      email
    }
    totalRows
    processedRows
    createdRows
    updatedRows
    skippedRows
    failedRows
    secondsLeft
  }
`);

const ImportsPageQuery = graphql(`
  query ImportsPage($slug: String!, $after: String) {
    program(slug: $slug) {
      id
      imports(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ImportListItem
          }
        }
      }
    }
  }
`);

const ImportListProgressQuery = graphql(`
  query ImportListProgress($id: ID!) {
    import(id: $id) {
      ...ImportListItem
    }
  }
`);

/** Polls a started import while it is on screen; the cache updates its row in the list. */
function LiveProgress({ id }: { id: string }) {
  useQuery(ImportListProgressQuery, { variables: { id }, pollInterval: IMPORT_POLL_MS, fetchPolicy: 'network-only' });
  return null;
}

function Counts({ i }: { i: ImportListItemFragment }) {
  if (i.status === 'DRAFT') return <>{rowCount(i.totalRows)} · not started: check its columns and start it</>;
  if (i.status === 'CANCELLED' && !i.startedAt) return <>Discarded before it started</>;
  const parts = [`${count(i.createdRows)} created`, `${count(i.updatedRows)} updated`, `${count(i.skippedRows)} skipped`, `${count(i.failedRows)} failed`];
  return <>{parts.join(' · ')}</>;
}

function ImportRow({ slug, i }: { slug: string; i: ImportListItemFragment }) {
  const active = ACTIVE_IMPORT_STATUSES.has(i.status);
  const by = i.createdBy ? (i.createdBy.name ?? i.createdBy.email) : 'an API key';
  return (
    <li className="grid gap-3 p-4 sm:grid-cols-[minmax(0,1fr)_16rem] sm:items-center" data-testid="import-row">
      {active && <LiveProgress id={i.id} />}
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/programs/${slug}/imports/${encodeURIComponent(i.id)}`} className="truncate font-medium text-gray-900 hover:text-brand-700 hover:underline">
            {i.filename}
          </Link>
          <ImportStatusBadge status={i.status} />
        </div>
        <p className="mt-0.5 text-xs text-gray-500">
          {formatDateTime(i.createdAt)} · {fileSize(i.byteSize)} · by {by}
        </p>
        <p className="mt-1 text-sm text-gray-700" data-testid="import-counts">
          <Counts i={i} />
        </p>
      </div>
      <div>
        {active ? (
          <ProgressBar value={i.processedRows} max={i.totalRows} label={`Progress of ${i.filename}`} />
        ) : i.startedAt ? (
          <p className="text-xs text-gray-500">
            {count(i.processedRows)} of {rowCount(i.totalRows)} processed
            {i.finishedAt ? ` · ended ${formatDateTime(i.finishedAt)}` : ''}
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function ImportsView({ slug, maxBytes }: { slug: string; maxBytes: number }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ImportsPageQuery, { variables: { slug }, notifyOnNetworkStatusChange: true });
  const connection = data?.program?.imports;
  return (
    <>
      <PageHeader
        title="Imports"
        description="Bring partners over from another service or a spreadsheet with a CSV file. Each import runs in the background; its page shows the progress and, at the end, the rows that could not be imported."
      />
      <UploadZone slug={slug} maxBytes={maxBytes} />
      <h2 className="mb-3 text-sm font-semibold text-gray-900">Earlier imports</h2>
      <QueryState
        data={connection}
        loading={loading}
        error={error}
        errorTitle="The imports could not be loaded."
        onRetry={() => void refetch()}
        loadingLabel="Loading imports…"
        isEmpty={(c) => c.edges.length === 0}
        empty={
          <EmptyState title="No imports yet">
            Files you upload are listed here with their progress and a report of what was created, updated, skipped or could not be imported.
          </EmptyState>
        }
      >
        {(c) => (
          <Card>
            <ul className="divide-y divide-gray-100" aria-label="Imports">
              {c.edges.map(({ node }) => (
                <ImportRow key={node.id} slug={slug} i={node} />
              ))}
            </ul>
            {c.pageInfo.hasNextPage && (
              <LoadMore busy={loading} onLoad={() => void fetchMore({ variables: { after: c.pageInfo.endCursor } })}>
                Load more
              </LoadMore>
            )}
          </Card>
        )}
      </QueryState>
    </>
  );
}
