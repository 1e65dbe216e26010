'use client';

import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Card, EmptyState, ErrorNotice, Loading, PageHeader } from '@/components/ui/feedback';
import { InvitedFlag, PartnershipStatusBadge } from '@/components/partnership-status';

const PartnersPageQuery = graphql(`
  query PartnersPage($slug: String!, $after: String) {
    program(slug: $slug) {
      id
      name
      partnerships(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            invited
            partnerKey
            createdAt
            partner {
              id
              name
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
        }
      }
    }
  }
`);

const formatDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function PartnersView({ slug }: { slug: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnersPageQuery, { variables: { slug } });
  const connection = data?.program?.partnerships;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageHeader
        title="All Partners"
        description={
          connection ? `${connection.totalCount} partner${connection.totalCount === 1 ? '' : 's'} in ${data?.program?.name}. Removed partners stay in the all-partner export.` : undefined
        }
        actions={
          <Link href={`/programs/${slug}/partners/new`} className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            Add partner
          </Link>
        }
      />
      {error && !data ? (
        <ErrorNotice title="Partners could not be loaded." onRetry={() => void refetch()}>
          {error.message}
        </ErrorNotice>
      ) : loading && !data ? (
        <Card>
          <Loading label="Loading partners…" />
        </Card>
      ) : rows.length === 0 ? (
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
      ) : (
        <Card className="overflow-x-auto">
          <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="partners-table">
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
              <tr>
                <th scope="col" className="px-4 py-3">Partner</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">Group</th>
                <th scope="col" className="px-4 py-3">Manager</th>
                <th scope="col" className="px-4 py-3">Partner key</th>
                <th scope="col" className="px-4 py-3">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {rows.map((p) => (
                <tr key={p.id} data-testid="partner-row">
                  <td className="px-4 py-3">
                    <div className="flex items-center gap-2 font-medium text-gray-900">
                      <Link href={`/programs/${slug}/partners/${encodeURIComponent(p.id)}`} className="hover:text-brand-700 hover:underline">
                        {p.partner.name}
                      </Link>
                      {p.invited && <InvitedFlag />}
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
              ))}
            </tbody>
          </table>
          {connection?.pageInfo.hasNextPage && (
            <div className="border-t border-gray-100 p-3 text-center">
              <Button
                variant="secondary"
                busy={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => {
                      const more = fetchMoreResult?.program?.partnerships;
                      const program = previous.program;
                      if (!more || !program) return previous;
                      return { ...previous, program: { ...program, partnerships: { ...more, edges: [...program.partnerships.edges, ...more.edges] } } };
                    },
                  })
                }
              >
                Show more
              </Button>
            </div>
          )}
        </Card>
      )}
    </>
  );
}
