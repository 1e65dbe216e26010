'use client';

import { EmptyState, PageHeader } from '@/components/ui/feedback';
import { ThreadList } from '@/components/messages/thread-list';
import { partnerThreadHref } from './thread-href';

export function PartnerThreadsView() {
  return (
    <>
      <PageHeader
        title="Messages"
        description="Conversations between the programs and the partners you are an Owner or Admin of. Each message is emailed to the other side."
      />
      <ThreadList
        of="mine"
        hrefFor={partnerThreadHref}
        empty={
          <EmptyState title="No messages yet">
            When a program writes to one of your partners (about an application or your partnership), the conversation appears here and you get an email.
            Owners and Admins of a partner can read and answer its messages.
          </EmptyState>
        }
      />
    </>
  );
}
