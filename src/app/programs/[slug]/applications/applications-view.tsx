'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ApplicationStatus, ApplicationsPageQuery } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { LoadMore } from '@/components/ui/load-more';
import { Badge, Card, EmptyState, ErrorNotice, Loading, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { Tabs } from '@/components/ui/tabs';
import { formatDate } from '@/components/format';
import { useUrlSearch } from '@/components/use-url-search';
import { useListSelection } from '@/components/use-list-selection';
import { SelectionBanner } from '@/components/ui/selection-banner';
import { filterControl as control, Labelled } from '@/components/ui/filter-controls';
import { isFiltered, readView, SOURCE_LABELS, STATUSES, toFilter, writeView, type ApplicationsView as View } from './filters';
import { ApproveDialog, DeclineDialog, type DecisionTarget } from './decision-dialogs';
import { NetworkApprovedBadge } from '@/components/network-approved-badge';

const ApplicationsPageQueryDocument = graphql(`
  query ApplicationsPage($slug: String!, $after: String, $filter: ApplicationFilter, $sort: ApplicationSort) {
    program(slug: $slug) {
      id
      name
      declineReasons
      groups(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
      applications(first: 50, after: $after, filter: $filter, sort: $sort) {
        totalCount
        statusCounts {
          pending
          approved
          declined
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            email
            applicantName
            companyName
            source
            createdAt
            missingFields
            partner {
              id
              networkApproved
            }
            group {
              id
              name
            }
            decision {
              decidedAt
              reason
            }
          }
        }
      }
    }
  }
`);

type Program = NonNullable<ApplicationsPageQuery['program']>;

const TAB_LABELS: Record<ApplicationStatus, string> = { PENDING: 'Pending', APPROVED: 'Approved', DECLINED: 'Declined' };
const COUNT_KEY = { PENDING: 'pending', APPROVED: 'approved', DECLINED: 'declined' } as const;

/** Search, group, source and date order; every change is a new URL, so views can be shared and the back button works. */
function ApplicationFilters({ program, view, onChange }: { program: Program; view: View; onChange: (next: View) => void }) {
  const { query, setQuery, tooShort } = useUrlSearch(view, onChange);
  return (
    <div className="mb-4 grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-gray-200 md:grid-cols-[1fr_12rem_10rem_10rem]" role="search" aria-label="Search and filter applications">
      <div>
        <label htmlFor="application-search" className="block text-xs font-medium text-gray-600">
          Search
        </label>
        <input
          id="application-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Applicant name, company or email"
          aria-describedby="application-search-hint"
          className={`mt-1 ${control}`}
        />
        <p id="application-search-hint" className={`mt-1 text-xs ${tooShort ? 'text-amber-700' : 'text-gray-500'}`}>
          {tooShort ? 'Type at least 3 characters to search.' : 'Matches any part, ignoring case.'}
        </p>
      </div>
      <Labelled label="Group">
        <select className={control} value={view.group} onChange={(e) => onChange({ ...view, group: e.target.value })}>
          <option value="">All groups</option>
          {program.groups.edges.map(({ node: g }) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled label="Source">
        <select className={control} value={view.source} onChange={(e) => onChange({ ...view, source: e.target.value as View['source'] })}>
          <option value="">All sources</option>
          <option value="JOIN_LINK">{SOURCE_LABELS.JOIN_LINK}</option>
          <option value="MARKETPLACE">{SOURCE_LABELS.MARKETPLACE}</option>
        </select>
      </Labelled>
      <Labelled label="Date">
        <select className={control} value={view.sort} onChange={(e) => onChange({ ...view, sort: e.target.value === 'OLDEST' ? 'OLDEST' : 'NEWEST' })}>
          <option value="NEWEST">Newest first</option>
          <option value="OLDEST">Oldest first</option>
        </select>
      </Labelled>
    </div>
  );
}

const EMPTY: Record<ApplicationStatus, { title: string; body: string }> = {
  PENDING: {
    title: 'No applications waiting',
    body: "Share a group's join link with its application form switched on (Groups), and new applications wait here for your decision.",
  },
  APPROVED: { title: 'No approved applications yet', body: 'Applications you approve are listed here; their partners are in All Partners.' },
  DECLINED: { title: 'No declined applications', body: 'Applications you decline are listed here with the reason you gave.' },
};

export function ApplicationsView({ slug }: { slug: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const view = useMemo(() => readView(new URLSearchParams(searchParams.toString())), [searchParams]);
  const variables = useMemo(() => ({ slug, filter: toFilter(view), sort: view.sort }), [slug, view]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ApplicationsPageQueryDocument, { variables, notifyOnNetworkStatusChange: true });
  const program = (data ?? previousData)?.program;
  const connection = program?.applications;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'decline' | null>(null);
  // A selection belongs to the view it was made in: another tab, search or filter clears it.
  const pageIds = rows.map((r) => r.id);
  const chosen = useListSelection(writeView(view), pageIds);
  const { selection, allOnPage } = chosen;

  const navigate = (next: View) => {
    const query = writeView(next);
    router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  const pending = view.status === 'PENDING';
  // While another tab loads, the rows on screen are the previous tab's: not shown under this one.
  const otherTabsRows = !data && rows.some((r) => r.status !== view.status);
  const total = connection?.totalCount ?? 0;
  const selectedCount = selection.allMatching ? total : selection.ids.size;
  const target: DecisionTarget = selection.allMatching ? { filter: toFilter(view), allMatching: true } : { ids: [...selection.ids] };
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    chosen.clear();
    void refetch();
  };

  const table = (p: Program) => (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-gray-600" aria-live="polite" data-testid="result-count">
          {loading ? 'Searching…' : `${total.toLocaleString('en-GB')} application${total === 1 ? '' : 's'}${isFiltered(view) ? ' match' : ''}`}
          {selectedCount > 0 && <span className="ml-2 font-semibold text-gray-900">· {selectedCount.toLocaleString('en-GB')} selected</span>}
        </p>
        {pending && (
          <div className="flex gap-2">
            <Button disabled={selectedCount === 0} onClick={() => setDialog('approve')}>
              Approve
            </Button>
            <Button variant="secondary" disabled={selectedCount === 0} onClick={() => setDialog('decline')}>
              Decline
            </Button>
          </div>
        )}
      </div>
      <SelectionBanner
        plural="applications"
        pageCount={rows.length}
        total={total.toLocaleString('en-GB')}
        offerAllMatching={pending && allOnPage && total > rows.length}
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
      {otherTabsRows ? (
        <Card>
          <Loading label="Loading applications…" />
        </Card>
      ) : rows.length === 0 ? (
        isFiltered(view) ? (
          <EmptyState
            title="No applications match"
            action={
              <button type="button" className="font-semibold text-brand-600 hover:underline" onClick={() => navigate({ ...readView(new URLSearchParams()), status: view.status })}>
                Clear search and filters
              </button>
            }
          >
            Try a different search or fewer filters.
          </EmptyState>
        ) : (
          <EmptyState title={EMPTY[view.status].title}>{EMPTY[view.status].body}</EmptyState>
        )
      ) : (
        <Card className={`overflow-x-auto transition-opacity ${loading ? 'opacity-60' : ''}`}>
          <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="applications-table">
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
              <tr>
                {pending && (
                  <th scope="col" className="w-10 px-4 py-3">
                    <input
                      type="checkbox"
                      aria-label="Select all applications on this page"
                      checked={allOnPage || selection.allMatching}
                      onChange={(e) => chosen.setPage(e.target.checked)}
                      className="h-4 w-4 rounded border-gray-300 text-brand-600"
                    />
                  </th>
                )}
                <th scope="col" className="px-4 py-3">Applicant</th>
                <th scope="col" className="px-4 py-3">Group</th>
                <th scope="col" className="px-4 py-3">Source</th>
                <th scope="col" className="px-4 py-3">Missing</th>
                <th scope="col" className="px-4 py-3">Applied</th>
                {!pending && <th scope="col" className="px-4 py-3">Decided</th>}
                {view.status === 'DECLINED' && <th scope="col" className="px-4 py-3">Reason</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {rows.map((a) => {
                const checked = chosen.isSelected(a.id);
                const name = a.applicantName || a.email;
                return (
                  <tr key={a.id} data-testid="application-row" className={checked ? 'bg-brand-50/50' : undefined}>
                    {pending && (
                      <td className="px-4 py-3">
                        <input
                          type="checkbox"
                          aria-label={`Select ${name}`}
                          checked={checked}
                          onChange={(e) => chosen.setRow(a.id, e.target.checked)}
                          className="h-4 w-4 rounded border-gray-300 text-brand-600"
                        />
                      </td>
                    )}
                    <td className="px-4 py-3">
                      <Link href={`/programs/${slug}/applications/${encodeURIComponent(a.id)}`} className="font-medium text-gray-900 hover:text-brand-700 hover:underline">
                        {name}
                      </Link>
                      {a.partner?.networkApproved && (
                        <span className="ml-2">
                          <NetworkApprovedBadge />
                        </span>
                      )}
                      <div className="text-xs text-gray-500">
                        {a.companyName ? `${a.companyName} · ` : ''}
                        {a.email}
                      </div>
                    </td>
                    <td className="px-4 py-3">{a.group.name}</td>
                    <td className="px-4 py-3">{SOURCE_LABELS[a.source]}</td>
                    <td className="px-4 py-3">
                      {a.missingFields.length ? <Badge tone="amber">{a.missingFields.length} missing</Badge> : <span className="text-gray-400">—</span>}
                    </td>
                    <td className="whitespace-nowrap px-4 py-3 text-gray-600">{formatDate(a.createdAt)}</td>
                    {!pending && <td className="whitespace-nowrap px-4 py-3 text-gray-600">{formatDate(a.decision?.decidedAt)}</td>}
                    {view.status === 'DECLINED' && <td className="px-4 py-3 text-gray-600">{a.decision?.reason ?? '—'}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {connection?.pageInfo.hasNextPage && (
            <LoadMore busy={loading} onLoad={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
              Load more
            </LoadMore>
          )}
        </Card>
      )}
      <ApproveDialog open={dialog === 'approve'} programId={p.id} target={target} count={selectedCount} onClose={() => setDialog(null)} onDone={done} />
      <DeclineDialog open={dialog === 'decline'} programId={p.id} target={target} count={selectedCount} reasons={p.declineReasons} onClose={() => setDialog(null)} onDone={done} />
    </>
  );

  return (
    <>
      <PageHeader
        title="Applications"
        description="People who applied through a group join link or, network-approved partners, from the marketplace with their network profile. Approving one makes them an active partner in the group they applied to; declining tells them why and when they may apply again."
      />
      {notice && (
        <div className="mb-4">
          <Notice>{notice}</Notice>
        </div>
      )}
      <QueryState data={program} loading={loading} error={error} errorTitle="Applications could not be loaded." onRetry={() => void refetch()} loadingLabel="Loading applications…">
        {(p) => (
          <>
            <ApplicationFilters program={p} view={view} onChange={navigate} />
            <Tabs
              label="Applications by status"
              value={view.status}
              onValueChange={(status) => navigate({ ...view, status: STATUSES.find((s) => s === status) ?? 'PENDING' })}
              tabs={STATUSES.map((status) => ({
                id: status,
                label: (
                  <span data-testid={`tab-${status.toLowerCase()}`}>
                    {TAB_LABELS[status]} <span className="ml-1 rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-700">{(p.applications.statusCounts[COUNT_KEY[status]] ?? 0).toLocaleString('en-GB')}</span>
                  </span>
                ),
                content: table(p),
              }))}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
