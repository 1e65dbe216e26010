'use client';

import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { Card, PageHeader } from '@/components/ui/feedback';
import { MessageThread, MessageThreadViewDocument, THREAD_PAGE_SIZE } from '@/components/messages/message-thread';

export function ProgramThreadView({ slug, programId, partnerId }: { slug: string; programId: string; partnerId: string }) {
  // The same query the thread runs: answered from the one request, it only names the header.
  const { data } = useQuery(MessageThreadViewDocument, { variables: { programId, partnerId, as: 'PROGRAM', first: THREAD_PAGE_SIZE }, fetchPolicy: 'cache-first' });
  const page = data?.messageThread;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programs/${slug}/messages`} className="font-medium text-brand-700 hover:underline">
          ← All conversations
        </Link>
      </p>
      <PageHeader
        title={page ? page.thread.partnerName : 'Conversation'}
        description={
          page?.partnershipId ? (
            <Link href={`/programs/${slug}/partners/${encodeURIComponent(page.partnershipId)}`} className="text-brand-700 hover:underline">
              Open the partner’s page
            </Link>
          ) : page ? (
            'Not a partner of the program yet (an applicant).'
          ) : undefined
        }
      />
      <Card className="p-5">
        <MessageThread programId={programId} partnerId={partnerId} as="PROGRAM" />
      </Card>
    </>
  );
}
