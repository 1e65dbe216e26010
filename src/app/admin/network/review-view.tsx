'use client';

import { useCallback, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { NetworkApplicationStatus, NetworkReviewQueueQuery } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Badge, Card, EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Modal } from '@/components/ui/modal';
import { Tabs } from '@/components/ui/tabs';
import { LoadMore } from '@/components/ui/load-more';
import { QueryState } from '@/components/ui/query-state';
import { useMorePages } from '@/components/use-more-pages';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { ACCESS_LEVEL_LABELS, formatDateTime } from '@/components/format';
import { countryName } from '@/shapes/countries';
import { AUDIENCE_SIZES, PROMOTION_METHODS } from '@/shapes/network';

const ReviewQueueQuery = graphql(`
  query NetworkReviewQueue($status: NetworkApplicationStatus!, $after: String) {
    networkReviewQueue(status: $status, first: 25, after: $after) {
      edges {
        node {
          id
          status
          submittedAt
          waitingSeconds
          applicant {
            id
            name
            logoUrl
          }
          profile {
            companyName
          }
          decision {
            decidedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      oldestWaitingSeconds
      medianDecisionSeconds30d
      decidedLast30Days
    }
  }
`);

const ApplicationQuery = graphql(`
  query NetworkApplicationDetail($id: ID!) {
    networkApplication(id: $id) {
      id
      status
      submittedAt
      waitingSeconds
      applicant {
        id
        name
        logoUrl
        networkStatus
      }
      profile {
        ...NetworkProfileFields
      }
      decision {
        ...NetworkDecisionFields
      }
      members {
        name
        email
        accessLevel
      }
      earlierDecisions {
        ...NetworkDecisionFields
      }
    }
  }
`);

const ApproveMutation = graphql(`
  mutation ApproveNetworkApplication($input: DecideNetworkApplicationInput!) {
    approveNetworkApplication(input: $input) {
      application {
        id
        status
        decision {
          ...NetworkDecisionFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeclineMutation = graphql(`
  mutation DeclineNetworkApplication($input: DecideNetworkApplicationInput!) {
    declineNetworkApplication(input: $input) {
      application {
        id
        status
        decision {
          ...NetworkDecisionFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type QueueItem = NetworkReviewQueueQuery['networkReviewQueue']['edges'][number]['node'];
const keyOf = (item: QueueItem) => item.id;

/** "3 d 4 h", "2 h 5 min", "40 s": how long, at a glance. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min`;
  return `${seconds} s`;
}

const audienceLabel = (v: string) => AUDIENCE_SIZES.find((a) => a.value === v)?.label ?? v;
const methodLabel = (v: string) => PROMOTION_METHODS.find((m) => m.value === v)?.label ?? v;
const STATUS_TONE = { PENDING: 'amber', APPROVED: 'green', DECLINED: 'red' } as const;

function QueueList({ status, selected, onSelect }: { status: NetworkApplicationStatus; selected: string | null; onSelect: (id: string) => void }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const queue = data?.networkReviewQueue;
  const fetchPage = useCallback(
    async (after: string | null) => (await client.query({ query: ReviewQueueQuery, variables: { status, after }, fetchPolicy: 'network-only' })).data?.networkReviewQueue,
    [client, status],
  );
  const pages = useMorePages(queue, fetchPage, keyOf);
  return (
    <QueryState
      data={queue}
      loading={loading}
      error={error}
      errorTitle="The queue could not be loaded."
      onRetry={() => void refetch()}
      isEmpty={(q) => q.totalCount === 0}
      empty={
        <EmptyState title={status === 'PENDING' ? 'Nothing waits for review' : `No ${status.toLowerCase()} applications`}>
          {status === 'PENDING' ? 'New network applications appear here, oldest first.' : 'Decisions appear here, newest first.'}
        </EmptyState>
      }
    >
      {(q) => (
        <Card>
          <p className="border-b border-gray-100 px-4 py-2 text-xs text-gray-500" data-testid="queue-count">
            {q.totalCount} {status === 'PENDING' ? 'waiting, oldest first' : 'decided, newest decision first'}
          </p>
          <ul className="divide-y divide-gray-100" aria-label={`${status.toLowerCase()} applications`}>
            {(pages.items ?? []).map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => onSelect(item.id)}
                  aria-current={selected === item.id ? 'true' : undefined}
                  className={`flex w-full items-center justify-between gap-3 px-4 py-3 text-left text-sm ${selected === item.id ? 'bg-brand-50' : 'hover:bg-gray-50'}`}
                >
                  <span>
                    <span className="block font-medium text-gray-900">{item.applicant.name}</span>
                    <span className="block text-xs text-gray-500">Submitted {formatDateTime(item.submittedAt)}</span>
                  </span>
                  <span className="shrink-0 text-xs text-gray-600" title={status === 'PENDING' ? 'Waiting for' : 'Time to decision'}>
                    {status === 'PENDING' ? `waiting ${formatDuration(item.waitingSeconds)}` : `decided in ${formatDuration(item.waitingSeconds)}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {pages.hasMore && (
            <LoadMore onLoad={() => void pages.loadMore()} busy={pages.loading} error={{ title: 'More could not be loaded.', message: pages.error }}>
              Load more
            </LoadMore>
          )}
        </Card>
      )}
    </QueryState>
  );
}

function Detail({ id, onDecided }: { id: string; onDecided: (message: string) => void }) {
  const { data, loading, error, refetch } = useQuery(ApplicationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [approve, approving] = useMutationOutcome(ApproveMutation, (d) => d.approveNetworkApplication);
  const [decline, declining] = useMutationOutcome(DeclineMutation, (d) => d.declineNetworkApplication);
  const [dialog, setDialog] = useState<'approve' | 'decline' | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();

  async function decide(kind: 'approve' | 'decline') {
    setProblem(null);
    const outcome = kind === 'approve' ? await approve({ input: { applicationId: id } }) : await decline({ input: { applicationId: id, reason } });
    if (!outcome.ok) {
      setProblem(outcome.message);
      if (outcome.userErrors.some((e) => e.field[0] === 'applicationId')) setDialog(null);
      void refetch();
      return;
    }
    setDialog(null);
    setReason('');
    const name = data?.networkApplication.applicant.name ?? 'The partner';
    onDecided(kind === 'approve' ? `${name} is approved into the network. Its Owners and Admins were emailed.` : `${name} was declined. Its Owners and Admins were emailed the reason.`);
    await client.refetchQueries({ include: [ReviewQueueQuery] });
  }

  return (
    <QueryState data={data?.networkApplication} loading={loading} error={error} errorTitle="The application could not be loaded." onRetry={() => void refetch()}>
      {(a) => (
        <Card className="p-5">
          <div data-testid="network-application" className="space-y-5">
            <div className="flex items-start justify-between gap-4">
              <div className="flex items-center gap-3">
                {/* A partner's logo from its own site: next/image would need every host allowed. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                {a.profile.logoUrl && <img src={a.profile.logoUrl} alt="" className="h-10 w-10 rounded object-contain" />}
                <div>
                  <h2 className="text-lg font-semibold text-gray-900">{a.applicant.name}</h2>
                  <p className="text-xs text-gray-500">
                    Submitted {formatDateTime(a.submittedAt)} · {a.status === 'PENDING' ? `waiting ${formatDuration(a.waitingSeconds)}` : `decided in ${formatDuration(a.waitingSeconds)}`}
                  </p>
                </div>
              </div>
              <Badge tone={STATUS_TONE[a.status]}>{a.status.charAt(0) + a.status.slice(1).toLowerCase()}</Badge>
            </div>
            {problem && <ErrorNotice title="Not decided.">{problem}</ErrorNotice>}
            {a.decision && (
              <p className="text-sm text-gray-700">
                {a.decision.status === 'APPROVED' ? 'Approved' : 'Declined'} {formatDateTime(a.decision.decidedAt)}
                {a.decision.reason ? `: ${a.decision.reason}` : '.'}
              </p>
            )}
            <section>
              <h3 className="text-sm font-semibold text-gray-900">Profile as submitted</h3>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-gray-500">Company</dt>
                  <dd className="text-gray-900">{a.profile.companyName}</dd>
                </div>
                <div>
                  <dt className="text-gray-500">Website</dt>
                  <dd>
                    <a className="text-brand-700 underline" href={a.profile.website} target="_blank" rel="noreferrer noopener">
                      {a.profile.website}
                    </a>
                  </dd>
                </div>
                <div>
                  <dt className="text-gray-500">Audience</dt>
                  <dd className="text-gray-900">{audienceLabel(a.profile.audienceSize)}</dd>
                </div>
                <div>
                  <dt className="text-gray-500">Promotion methods</dt>
                  <dd className="text-gray-900">{a.profile.promotionMethods.map(methodLabel).join(', ')}</dd>
                </div>
                <div>
                  <dt className="text-gray-500">Countries</dt>
                  <dd className="text-gray-900">{a.profile.countries.map(countryName).join(', ')}</dd>
                </div>
                <div>
                  <dt className="text-gray-500">Categories</dt>
                  <dd className="text-gray-900">{a.profile.categories.join(', ')}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="text-gray-500">Description</dt>
                  <dd className="whitespace-pre-wrap text-gray-900">{a.profile.description}</dd>
                </div>
              </dl>
            </section>
            <section>
              <h3 className="text-sm font-semibold text-gray-900">Team</h3>
              <table className="mt-2 w-full text-left text-sm">
                <thead className="text-xs text-gray-500">
                  <tr>
                    <th className="py-1 font-medium">Name</th>
                    <th className="py-1 font-medium">Email</th>
                    <th className="py-1 font-medium">Access</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {a.members.map((m) => (
                    <tr key={m.email}>
                      <td className="py-1 text-gray-900">{m.name}</td>
                      <td className="py-1 text-gray-700">{m.email}</td>
                      <td className="py-1 text-gray-700">{ACCESS_LEVEL_LABELS[m.accessLevel]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h3 className="text-sm font-semibold text-gray-900">Earlier decisions</h3>
              {a.earlierDecisions.length === 0 ? (
                <p className="mt-1 text-sm text-gray-500">None: this is the partner&apos;s first application.</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm text-gray-700">
                  {a.earlierDecisions.map((d) => (
                    <li key={d.decidedAt}>
                      {d.status === 'APPROVED' ? 'Approved' : 'Declined'} {formatDateTime(d.decidedAt)}
                      {d.reason ? `: ${d.reason}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {a.status === 'PENDING' && (
              <div className="flex gap-2 border-t border-gray-100 pt-4">
                <Button onClick={() => setDialog('approve')}>Approve</Button>
                <Button variant="secondary" onClick={() => setDialog('decline')}>
                  Decline
                </Button>
              </div>
            )}
          </div>
          <ConfirmDialog
            open={dialog === 'approve'}
            title={`Approve ${a.applicant.name}?`}
            confirmLabel="Approve"
            busy={approving.loading}
            onConfirm={() => void decide('approve')}
            onCancel={() => setDialog(null)}
          >
            The partner joins the network and can apply to listed programs from the marketplace in one step. Its Owners and Admins are emailed.
          </ConfirmDialog>
          <Modal
            open={dialog === 'decline'}
            title={`Decline ${a.applicant.name}?`}
            onClose={() => setDialog(null)}
            footer={
              <>
                <Button variant="secondary" onClick={() => setDialog(null)}>
                  Cancel
                </Button>
                <Button busy={declining.loading} disabled={!reason.trim()} onClick={() => void decide('decline')}>
                  Decline
                </Button>
              </>
            }
          >
            <label htmlFor="decline-reason" className="block font-medium text-gray-800">
              Reason (shown to the partner)
            </label>
            <textarea
              id="decline-reason"
              rows={4}
              value={reason}
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
              className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
            />
            <p className="text-xs text-gray-500">They may edit their profile and apply again, or join programs through their join links.</p>
            {problem && <ErrorNotice title="Not declined.">{problem}</ErrorNotice>}
          </Modal>
        </Card>
      )}
    </QueryState>
  );
}

function Figures({ q }: { q: NetworkReviewQueueQuery['networkReviewQueue'] }) {
  const items: [string, string, string][] = [
    ['Waiting', String(q.totalCount), 'figure-waiting'],
    ['Oldest has waited', formatDuration(q.oldestWaitingSeconds), 'figure-oldest'],
    ['Median time to decision (30 days)', formatDuration(q.medianDecisionSeconds30d), 'figure-median'],
    ['Decided in the last 30 days', String(q.decidedLast30Days), 'figure-decided'],
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
      {items.map(([label, value, testId]) => (
        <Card key={label} className="p-4">
          <dt className="text-xs text-gray-500">{label}</dt>
          <dd className="mt-1 text-xl font-semibold text-gray-900" data-testid={testId}>
            {value}
          </dd>
        </Card>
      ))}
    </dl>
  );
}

const TABS: { id: NetworkApplicationStatus; label: string }[] = [
  { id: 'PENDING', label: 'Pending' },
  { id: 'APPROVED', label: 'Approved' },
  { id: 'DECLINED', label: 'Declined' },
];

export function ReviewView() {
  const [tab, setTab] = useState<NetworkApplicationStatus>('PENDING');
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The pending queue carries the figures; the tabs mount once it answers (Radix Tabs rendered on
  // the server put style attributes in the HTML, which the Content-Security-Policy refuses).
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, { variables: { status: 'PENDING' }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title="Network review" description="Partners apply to join the Partnerly network with their network profile. You see their profile and team, never any program's data." />
      <QueryState data={data?.networkReviewQueue} loading={loading} error={error} errorTitle="The queue could not be loaded." onRetry={() => void refetch()} loadingLabel="Loading the queue…">
        {(q) => (
          <>
      <Figures q={q} />
      {notice && (
        <div className="mb-4">
          <Notice>{notice}</Notice>
        </div>
      )}
      <Tabs
        label="Applications by status"
        value={tab}
        onValueChange={(id) => {
          setTab(id as NetworkApplicationStatus);
          setSelected(null);
        }}
        tabs={TABS.map((t) => ({
          id: t.id,
          label: t.label,
          content: (
            <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <QueueList status={t.id} selected={selected} onSelect={(id) => { setSelected(id); setNotice(null); }} />
              <div>
                {selected ? (
                  <Detail key={selected} id={selected} onDecided={setNotice} />
                ) : (
                  <EmptyState title="Choose an application">Its profile, team and earlier decisions show here.</EmptyState>
                )}
              </div>
            </div>
          ),
        }))}
      />
          </>
        )}
      </QueryState>
    </>
  );
}
