'use client';

import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ImportPageQuery } from '@/gql/graphql';
import { EmptyState, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { formatDateTime } from '@/components/format';
import { fileSize, ImportStatusBadge } from '../import-status';
import { DraftImport } from './draft-import';
import { ImportRun } from './import-run';

/** What a started import shows and polls: its status, counters, speed and how it ended. */
export const ImportProgressFields = graphql(`
  fragment ImportProgressFields on Import {
    id
    status
    totalRows
    processedRows
    createdRows
    updatedRows
    skippedRows
    failedRows
    rowsPerSecond
    secondsLeft
    errorMessage
    startedAt
    finishedAt
  }
`);

const ImportPageQueryDocument = graphql(`
  query ImportPage($id: ID!) {
    import(id: $id) {
      ...ImportProgressFields
      ...ImportDraftFields
      preview {
        ...ImportPreviewFields
      }
      filename
      byteSize
      createdAt
      createdBy {
        id
        name
        email
      }
      failedRowsUrl
      program {
        id
        slug
        groups(first: 100) {
          edges {
            node {
              id
              name
              isDefault
            }
          }
        }
      }
    }
  }
`);

export type ImportPageData = ImportPageQuery['import'];

export function ImportDetail({ slug, id }: { slug: string; id: string }) {
  const { data, loading, error, refetch } = useQuery(ImportPageQueryDocument, { variables: { id } });
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/programs/${slug}/imports`} className="font-semibold text-brand-600 hover:underline">
          ← Imports
        </Link>
      </p>
      <QueryState
        data={data?.import}
        loading={loading}
        error={error}
        errorTitle="This import could not be loaded."
        onRetry={() => void refetch()}
        loadingLabel="Loading the import…"
        missing={<EmptyState title="Import not found">It may belong to another program, or it was discarded.</EmptyState>}
      >
        {(i) => (
          <>
            <PageHeader
              title={i.filename}
              description={
                <span className="flex flex-wrap items-center gap-2">
                  <ImportStatusBadge status={i.status} />
                  <span>
                    {fileSize(i.byteSize)} · uploaded {formatDateTime(i.createdAt)} by {i.createdBy ? (i.createdBy.name ?? i.createdBy.email) : 'an API key'}
                  </span>
                </span>
              }
            />
            {i.importedBefore && (
              <div className="mb-4" data-testid="imported-before">
                <Notice tone="warning">
                  This file was imported into this program before (the same bytes). Its partners already in the program are {i.duplicateMode === 'UPDATE' ? 'updated from their rows' : 'skipped'}: nobody is imported twice.
                </Notice>
              </div>
            )}
            {i.status === 'DRAFT' ? <DraftImport slug={slug} i={i} /> : <ImportRun slug={slug} i={i} />}
          </>
        )}
      </QueryState>
    </>
  );
}
