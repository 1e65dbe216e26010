'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@apollo/client/react';
import { Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { MessageThread, MessageThreadViewDocument, THREAD_PAGE_SIZE } from '@/components/messages/message-thread';
import { MyMessageThreadsQuery } from '@/components/messages/thread-list';
import { partnerThreadHref } from '../thread-href';

export function PartnerThreadView({ programId, partnerId }: { programId: string; partnerId: string | null }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/partner/messages" className="font-medium text-brand-700 hover:underline">
          ← All conversations
        </Link>
      </p>
      {partnerId ? <Thread programId={programId} partnerId={partnerId} /> : <ChoosePartner programId={programId} />}
    </>
  );
}

function Thread({ programId, partnerId }: { programId: string; partnerId: string }) {
  // The same query the thread runs: answered from the one request, it only names the header.
  const { data } = useQuery(MessageThreadViewDocument, { variables: { programId, partnerId, as: 'PARTNER', first: THREAD_PAGE_SIZE }, fetchPolicy: 'cache-first' });
  const thread = data?.messageThread.thread;
  return (
    <>
      <PageHeader title={thread ? thread.programName : 'Conversation'} description={thread ? `As ${thread.partnerName}` : undefined} />
      <Card className="p-5">
        <MessageThread programId={programId} partnerId={partnerId} as="PARTNER" />
      </Card>
    </>
  );
}

/** Without ?partner=: the person's threads with this program, one per partner they speak for. */
function ChoosePartner({ programId }: { programId: string }) {
  const { data, loading, error, refetch } = useQuery(MyMessageThreadsQuery, { variables: { first: 100 } });
  const threads = data?.myMessageThreads.edges.map((e) => e.node).filter((t) => t.programId === programId);
  const router = useRouter();
  // One partner in this conversation: no choice to make.
  const only = threads?.length === 1 ? threads[0] : null;
  useEffect(() => {
    if (only) router.replace(partnerThreadHref(only));
  }, [only, router]);
  return (
    <>
      <PageHeader title="Conversation" description="Choose which of your partners’ conversations with this program to open." />
      <QueryState
        data={threads}
        loading={loading}
        error={error}
        errorTitle="The conversations could not be loaded."
        onRetry={() => void refetch()}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title="No conversation with this program">None of the partners you are an Owner or Admin of has messages with this program.</EmptyState>}
      >
        {(list) => (
          <Card className="p-5">
            <ul className="space-y-2">
              {list.map((t) => (
                <li key={t.partnerId}>
                  <Link href={partnerThreadHref(t)} className="font-medium text-brand-700 hover:underline">
                    {t.programName} · as {t.partnerName}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </QueryState>
    </>
  );
}
