'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ThreadSummaryFragment } from '@/gql/graphql';
import { Card } from '@/components/ui/feedback';
import { LoadMore } from '@/components/ui/load-more';
import { QueryState } from '@/components/ui/query-state';
import { formatDateTime } from '@/components/format';
import { useMorePages, type ConnectionPage } from '@/components/use-more-pages';

graphql(`
  fragment ThreadSummary on MessageThread {
    programId
    programName
    partnerId
    partnerName
    viewerSide
    unreadCount
    lastMessage {
      id
      side
      senderName
      body
      createdAt
    }
  }
`);

export const ProgramMessageThreadsQuery = graphql(`
  query ProgramMessageThreads($programId: ID!, $first: Int, $after: String) {
    messageThreads(programId: $programId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
  }
`);

export const MyMessageThreadsQuery = graphql(`
  query MyMessageThreads($first: Int, $after: String) {
    myMessageThreads(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ThreadSummary
        }
      }
    }
  }
`);

const PAGE = 30;
const POLL_MS = 60_000;
const SNIPPET = 140;

const snippet = (body: string) => (body.length > SNIPPET ? `${body.slice(0, SNIPPET).trimEnd()}…` : body);

type Page = ConnectionPage<ThreadSummaryFragment>;

const threadKey = (t: ThreadSummaryFragment) => `${t.programId}/${t.partnerId}`;

/**
 * Threads, the most recently active first: who, the last message and the reader's unread count.
 * `of` picks the program's threads (managers) or the person's own (partner area).
 */
export function ThreadList({ of, hrefFor, empty, limit }: { of: { programId: string } | 'mine'; hrefFor: (thread: ThreadSummaryFragment) => string; empty: ReactNode; limit?: number }) {
  const client = useApolloClient();
  const first = limit ?? PAGE;
  const program = of === 'mine' ? null : of.programId;
  const forProgram = useQuery(ProgramMessageThreadsQuery, { variables: { programId: program ?? '', first }, skip: !program, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const forMe = useQuery(MyMessageThreadsQuery, { variables: { first }, skip: Boolean(program), pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const { loading, error, refetch } = program ? forProgram : forMe;
  const page: Page | undefined = program ? forProgram.data?.messageThreads : forMe.data?.myMessageThreads;
  const fetchPage = async (after: string | null): Promise<Page | undefined> =>
    program
      ? (await client.query({ query: ProgramMessageThreadsQuery, variables: { programId: program, first, after }, fetchPolicy: 'network-only' })).data?.messageThreads
      : (await client.query({ query: MyMessageThreadsQuery, variables: { first, after }, fetchPolicy: 'network-only' })).data?.myMessageThreads;
  const more = useMorePages(page, fetchPage, threadKey);
  const threads = more.items;
  const hasMore = limit ? false : more.hasMore;

  return (
    <QueryState
      data={threads}
      loading={loading}
      error={error}
      errorTitle="The conversations could not be loaded."
      onRetry={() => void refetch()}
      loadingLabel="Loading conversations…"
      isEmpty={(list) => list.length === 0}
      empty={empty}
    >
      {(list) => (
        <>
          <Card className="overflow-hidden">
            <ul className="divide-y divide-gray-100" data-testid="message-threads">
              {list.map((t) => {
                const name = t.viewerSide === 'PROGRAM' ? t.partnerName : `${t.programName} · ${t.partnerName}`;
                return (
                  <li key={threadKey(t)}>
                    <Link href={hrefFor(t)} className="flex items-start gap-4 px-5 py-4 hover:bg-gray-50" data-testid="message-thread-row">
                      <div className="min-w-0 flex-1">
                        <p className={`truncate text-sm ${t.unreadCount > 0 ? 'font-semibold text-gray-900' : 'font-medium text-gray-800'}`}>{name}</p>
                        {t.lastMessage && (
                          <p className="mt-1 truncate text-sm text-gray-600">
                            <span className="text-gray-500">{t.lastMessage.side === t.viewerSide ? 'You' : t.lastMessage.senderName}: </span>
                            {snippet(t.lastMessage.body)}
                          </p>
                        )}
                      </div>
                      <div className="flex shrink-0 flex-col items-end gap-1">
                        {t.lastMessage && <time className="text-xs text-gray-500" dateTime={t.lastMessage.createdAt}>{formatDateTime(t.lastMessage.createdAt)}</time>}
                        {t.unreadCount > 0 && (
                          <span className="rounded-full bg-brand-600 px-2 text-xs font-semibold text-white" data-testid="thread-unread">
                            {t.unreadCount}
                            <span className="sr-only"> unread</span>
                          </span>
                        )}
                      </div>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </Card>
          {hasMore && (
            <LoadMore className="mt-4 text-center" busy={more.loading} onLoad={() => void more.loadMore()} error={{ title: 'More conversations could not be loaded.', message: more.error }}>
              Show more conversations
            </LoadMore>
          )}
        </>
      )}
    </QueryState>
  );
}
