'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { LoadMore } from '@/components/ui/load-more';
import { Card, EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { InvitedFlag, PartnershipStatusBadge } from '@/components/partnership-status';
import { formatDate } from '@/components/format';
import { useListSelection } from '@/components/use-list-selection';
import { SelectionBanner } from '@/components/ui/selection-banner';
import { isFiltered, readView, toFilter, toSort, writeView, type PartnersView as View } from './filters';
import { FilterBar } from './filter-bar';
import { BulkActions } from './bulk-actions';
import { NetworkApprovedBadge } from '@/components/network-approved-badge';

/** One row of the All Partners table. */
export const PartnerRowFragment = graphql(`
  fragment PartnerRow on Partnership {
    id
    status
    invited
    partnerKey
    createdAt
    partner {
      id
      name
      networkApproved
    }
    primaryContact {
      id
      name
      email
    }
    group {
      id
      name
    }
    programManager {
      id
      name
      email
    }
  }
`);

const PartnersPageQueryDocument = graphql(`
  query PartnersPage($slug: String!, $after: String, $filter: PartnershipFilter, $sort: PartnershipSort) {
    program(slug: $slug) {
      id
      name
      exportUrl
      ...ProgramAssignmentChoices
      ...PartnersFilterBarProgram
      ...PartnersBulkActionsProgram
      partnerships(first: 50, after: $after, filter: $filter, sort: $sort) {
        totalCount
        totalCountIsEstimate
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PartnerRow
          }
        }
      }
    }
  }
`);


export function PartnersView({ slug }: { slug: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const view = useMemo(() => readView(new URLSearchParams(searchParams.toString())), [searchParams]);
  const variables = useMemo(() => ({ slug, filter: toFilter(view), sort: toSort(view) }), [slug, view]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PartnersPageQueryDocument, { variables, notifyOnNetworkStatusChange: true });
  const program = (data ?? previousData)?.program;
  const connection = program?.partnerships;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const [notice, setNotice] = useState<string | null>(null);
  // A selection belongs to the view it was made in: changing search or filters clears it.
  const pageIds = rows.map((r) => r.id);
  const chosen = useListSelection(writeView(view), pageIds);
  const { selection, allOnPage } = chosen;

  const navigate = (next: View) => {
    const query = writeView(next);
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const selectedCount = selection.allMatching ? (connection?.totalCount ?? 0) : selection.ids.size;
  const total = connection ? `${connection.totalCountIsEstimate ? 'about ' : ''}${connection.totalCount.toLocaleString('en-GB')}` : '';

  return (
    <>
      <PageHeader
        title="All Partners"
        description={program ? `Partners of ${program.name}. Removed partners are not listed; their history stays in the all-partner export.` : undefined}
        actions={
          <>
            {program && (
              <a href={program.exportUrl} className="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-gray-900 shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50" download>
                Export all (CSV)
              </a>
            )}
            <Link href={`/programs/${slug}/partners/new`} className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              Add partner
            </Link>
          </>
        }
      />
      {program && <FilterBar program={program} view={view} onChange={navigate} />}
      {notice && (
        <div className="mb-4">
          <Notice>{notice}</Notice>
        </div>
      )}

      <QueryState data={program} loading={loading} error={error} errorTitle="Partners could not be loaded." onRetry={() => void refetch()} loadingLabel="Loading partners…">
        {(program) => (
          <>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-gray-600" aria-live="polite" data-testid="result-count">
                {loading ? 'Searching…' : `${total} partner${connection?.totalCount === 1 ? '' : 's'}${isFiltered(view) ? ' match' : ''}`}
                {selectedCount > 0 && (
                  <span className="ml-2 font-semibold text-gray-900" data-testid="selected-count">
                    · {selectedCount.toLocaleString('en-GB')} selected
                  </span>
                )}
              </p>
              <BulkActions
                program={program}
                view={view}
                selection={selection}
                selectedCount={selectedCount}
                onDone={(message) => {
                  setNotice(message);
                  chosen.clear();
                  void refetch();
                }}
              />
            </div>
            <SelectionBanner
              plural="partners"
              pageCount={rows.length}
              total={total}
              offerAllMatching={allOnPage && Boolean(connection && connection.totalCount > rows.length)}
              allMatching={selection.allMatching}
              onSelectAllMatching={chosen.selectAllMatching}
              onClear={chosen.clear}
            />
            {error && (
              <div className="mb-3">
                <ErrorNotice title="The list could not be updated." onRetry={() => void refetch()}>
                  {error.message}
                </ErrorNotice>
              </div>
            )}
            {rows.length === 0 ? (
              isFiltered(view) ? (
                <EmptyState
                  title="No partners match"
                  action={
                    <button type="button" className="font-semibold text-brand-600 hover:underline" onClick={() => navigate(readView(new URLSearchParams()))}>
                      Clear search and filters
                    </button>
                  }
                >
                  Try a different search or fewer filters.
                </EmptyState>
              ) : (
                <EmptyState
                  title="No partners yet"
                  action={
                    <Link href={`/programs/${slug}/partners/new`} className="font-semibold text-brand-600 hover:underline">
                      Add your first partner
                    </Link>
                  }
                >
                  Partners appear here when you add them, when they join by a group join link, or when you approve their application.
                </EmptyState>
              )
            ) : (
              <Card className={`overflow-x-auto transition-opacity ${loading ? 'opacity-60' : ''}`}>
                <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="partners-table">
                  <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
                    <tr>
                      <th scope="col" className="w-10 px-4 py-3">
                        <input
                          type="checkbox"
                          aria-label="Select all partners on this page"
                          checked={allOnPage || selection.allMatching}
                          onChange={(e) => chosen.setPage(e.target.checked)}
                          className="h-4 w-4 rounded border-gray-300 text-brand-600"
                        />
                      </th>
                      <th scope="col" className="px-4 py-3">Partner</th>
                      <th scope="col" className="px-4 py-3">Status</th>
                      <th scope="col" className="px-4 py-3">Group</th>
                      <th scope="col" className="px-4 py-3">Manager</th>
                      <th scope="col" className="px-4 py-3">Partner key</th>
                      <th scope="col" className="px-4 py-3">Created</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-gray-100 bg-white">
                    {rows.map((p) => {
                      const checked = chosen.isSelected(p.id);
                      return (
                        <tr key={p.id} data-testid="partner-row" className={checked ? 'bg-brand-50/50' : undefined}>
                          <td className="px-4 py-3">
                            <input
                              type="checkbox"
                              aria-label={`Select ${p.partner.name}`}
                              checked={checked}
                              onChange={(e) => chosen.setRow(p.id, e.target.checked)}
                              className="h-4 w-4 rounded border-gray-300 text-brand-600"
                            />
                          </td>
                          <td className="px-4 py-3">
                            <div className="flex items-center gap-2 font-medium text-gray-900">
                              <Link href={`/programs/${slug}/partners/${encodeURIComponent(p.id)}`} className="hover:text-brand-700 hover:underline">
                                {p.partner.name}
                              </Link>
                              {p.invited && <InvitedFlag />}
                              {p.partner.networkApproved && <NetworkApprovedBadge />}
                            </div>
                            {p.primaryContact && (
                              <div className="text-xs text-gray-500">
                                {p.primaryContact.name} · {p.primaryContact.email}
                              </div>
                            )}
                          </td>
                          <td className="px-4 py-3">
                            <PartnershipStatusBadge status={p.status} />
                          </td>
                          <td className="px-4 py-3">{p.group.name}</td>
                          <td className="px-4 py-3">{p.programManager?.name ?? p.programManager?.email ?? '—'}</td>
                          <td className="px-4 py-3">
                            <code className="text-xs">{p.partnerKey}</code>
                          </td>
                          <td className="whitespace-nowrap px-4 py-3 text-gray-600">{formatDate(p.createdAt)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {connection?.pageInfo.hasNextPage && (
                  <LoadMore busy={loading} onLoad={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
                    Show more
                  </LoadMore>
                )}
              </Card>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
