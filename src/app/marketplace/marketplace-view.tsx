'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { MarketplaceSort, MarketplaceStanding, MarketplaceCardFieldsFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { Labelled, filterControl } from '@/components/ui/filter-controls';
import { LoadMore } from '@/components/ui/load-more';
import { QueryState } from '@/components/ui/query-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { MarketplaceCard } from '@/components/marketplace-card';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { NETWORK_CATEGORIES } from '@/shapes/network';

const MarketplacePartnersQuery = graphql(`
  query MarketplacePartners {
    myPartners {
      accessLevel
      partner {
        id
        name
      }
    }
  }
`);

const MarketplaceCardFields = graphql(`
  fragment MarketplaceCardFields on MarketplaceProgram {
    id
    name
    description
    category
    logoUrl
    websiteUrl
    groupName
    standing(partnerId: $partnerId)
  }
`);

const MarketplaceQuery = graphql(`
  query MarketplacePage($partnerId: ID!, $search: String, $category: String, $sort: MarketplaceSort, $first: Int, $after: String) {
    marketplace(search: $search, category: $category, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MarketplaceCardFields
        }
      }
    }
  }
`);

const ApplyFromMarketplaceMutation = graphql(`
  mutation ApplyFromMarketplace($input: ApplyFromMarketplaceInput!) {
    applyFromMarketplace(input: $input) {
      standing
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SEARCH_MIN = 2;
const DEBOUNCE_MS = 350;
const PAGE = 24;

/** /marketplace: listed programs, and for the chosen partner where it stands with each and its one-step application. */
export function MarketplaceView() {
  const partners = useQuery(MarketplacePartnersQuery);
  const mine = partners.data?.myPartners;
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const chosen = mine?.find((m) => m.partner.id === partnerId) ?? mine?.find((m) => m.accessLevel === 'OWNER' || m.accessLevel === 'ADMIN') ?? mine?.[0];
  return (
    <>
      <PageHeader title="Marketplace" description="Programs looking for partners. Network-approved partners apply in one step with their network profile." />
      <QueryState
        data={mine}
        loading={partners.loading}
        error={partners.error}
        errorTitle="Your partner organisations could not be loaded."
        onRetry={() => void partners.refetch()}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title="The marketplace is for partners">
            Programs in the marketplace take applications from partner organisations. You are not a member of one yet: join a program through its join
            link, or ask your organisation’s Owner to add you to its team.
          </EmptyState>
        }
      >
        {(list) =>
          chosen && (
            <div className="space-y-4">
              {list.length > 1 && (
                <div className="max-w-xs">
                  <Labelled label="Applying as">
                    <select className={filterControl} value={chosen.partner.id} onChange={(e) => setPartnerId(e.target.value)}>
                      {list.map((m) => (
                        <option key={m.partner.id} value={m.partner.id}>
                          {m.partner.name}
                        </option>
                      ))}
                    </select>
                  </Labelled>
                </div>
              )}
              <Listings partnerId={chosen.partner.id} partnerName={chosen.partner.name} />
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function Listings({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<MarketplaceSort>('NEWEST');
  useEffect(() => {
    const trimmed = typed.trim();
    if (trimmed === search || (trimmed.length > 0 && trimmed.length < SEARCH_MIN)) return;
    const timer = setTimeout(() => setSearch(trimmed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);
  const tooShort = typed.trim().length > 0 && typed.trim().length < SEARCH_MIN;
  const variables = { partnerId, search: search || null, category: category || null, sort, first: PAGE };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MarketplaceQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.marketplace;
  const filtered = Boolean(search || category);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Search the marketplace">
        <div className="w-64">
          <Labelled label="Search">
            <input type="search" className={filterControl} value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Program name or description" />
          </Labelled>
        </div>
        <div className="w-48">
          <Labelled label="Category">
            <select className={filterControl} value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">All categories</option>
              {NETWORK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </Labelled>
        </div>
        <div className="w-40">
          <Labelled label="Sort">
            <select className={filterControl} value={sort} onChange={(e) => setSort(e.target.value as MarketplaceSort)}>
              <option value="NEWEST">Newest</option>
              <option value="NAME">A–Z</option>
            </select>
          </Labelled>
        </div>
        {connection && (
          <p className="pb-1.5 text-sm text-gray-600" aria-live="polite">
            {connection.totalCount === 1 ? '1 program' : `${connection.totalCount} programs`}
          </p>
        )}
      </div>
      {tooShort && <p className="text-xs text-gray-500">Type at least {SEARCH_MIN} characters to search.</p>}
      <QueryState
        data={connection}
        loading={loading}
        error={error}
        errorTitle="The marketplace could not be loaded."
        onRetry={() => void refetch()}
        isEmpty={(c) => c.edges.length === 0}
        empty={
          <EmptyState title={filtered ? 'No program matches' : 'No programs are listed yet'}>
            {filtered ? 'Try other words or another category.' : 'Programs appear here when their managers list them.'}
          </EmptyState>
        }
      >
        {(c) => (
          <>
            {error && <ErrorNotice title="The marketplace could not be refreshed.">{error.message}</ErrorNotice>}
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Listed programs">
              {c.edges.map(({ node }) => (
                <li key={node.id}>
                  <MarketplaceCard program={node}>
                    <StandingAction program={node} partnerId={partnerId} partnerName={partnerName} />
                  </MarketplaceCard>
                </li>
              ))}
            </ul>
            {c.pageInfo.hasNextPage && (
              <LoadMore className="text-center" busy={loading} onLoad={() => void fetchMore({ variables: { after: c.pageInfo.endCursor } })}>
                Load more programs
              </LoadMore>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}

const EXPLANATIONS: Record<Exclude<MarketplaceStanding, 'CAN_APPLY'>, (p: { name: string; partnerName: string }) => React.ReactNode> = {
  NOT_NETWORK_APPROVED: ({ partnerName }) => (
    <>
      Only network-approved partners apply from the marketplace. Apply to the network first from{' '}
      <Link href="/partner/network" className="font-medium text-brand-700 underline">
        {partnerName}’s network profile
      </Link>
      .
    </>
  ),
  NETWORK_PENDING: ({ name }) => <>Your network application is waiting for review. Meanwhile you can join {name} through its join link: ask the program for it.</>,
  NETWORK_DECLINED: ({ name }) => <>Your organisation was not approved for the network. You can still join {name} through its join link: ask the program for it.</>,
  APPLIED: () => <>Applied. The program’s managers review your application; you will get an email when they decide.</>,
  IN_PROGRAM: ({ partnerName }) => <>{partnerName} is already in this program: see it on your dashboard.</>,
  REMOVED: () => <>This program removed your partnership. Only its managers can add you again.</>,
  NOT_ALLOWED: ({ partnerName }) => <>Only an Owner or Admin of {partnerName} can apply. Ask one of them.</>,
};

function StandingAction({ program, partnerId, partnerName }: { program: MarketplaceCardFieldsFragment; partnerId: string; partnerName: string }) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [apply, { loading, client }] = useMutationOutcome(ApplyFromMarketplaceMutation, (d) => d.applyFromMarketplace);

  async function onConfirm() {
    setFailure(null);
    const outcome = await apply({ input: { programId: program.id, partnerId } });
    setConfirming(false);
    if (!outcome.ok) {
      setFailure(outcome.message);
      return;
    }
    if (outcome.payload.standing) {
      client.cache.writeFragment({ id: client.cache.identify({ __typename: 'MarketplaceProgram', id: program.id }), fragment: MarketplaceCardFields, variables: { partnerId }, data: { ...program, standing: outcome.payload.standing } });
    }
  }

  if (program.standing !== 'CAN_APPLY') {
    const tone = program.standing === 'APPLIED' || program.standing === 'IN_PROGRAM' ? 'success' : 'info';
    return (
      <div data-testid="standing" data-standing={program.standing}>
        <Notice tone={tone}>{EXPLANATIONS[program.standing]({ name: program.name, partnerName })}</Notice>
      </div>
    );
  }
  return (
    <div className="space-y-2" data-testid="standing" data-standing={program.standing}>
      <Button onClick={() => setConfirming(true)}>Apply</Button>
      {failure && <ErrorNotice title="Not applied.">{failure}</ErrorNotice>}
      <ConfirmDialog open={confirming} title={`Apply to ${program.name}?`} confirmLabel="Apply" confirmVariant="primary" busy={loading} onConfirm={() => void onConfirm()} onCancel={() => setConfirming(false)}>
        <p>
          {partnerName} applies with its network profile: the program sees your company, website, description and countries, and its form’s
          questions your profile answers. Questions it does not answer are marked as missing; the managers may ask you about them in messages.
        </p>
        <p className="mt-2">If approved, you join the {program.groupName} group.</p>
      </ConfirmDialog>
    </div>
  );
}

