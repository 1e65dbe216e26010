'use client';

import { EmptyState, PageHeader } from '@/components/ui/feedback';
import { ThreadList } from '@/components/messages/thread-list';

export function ProgramThreadsView({ slug, programId }: { slug: string; programId: string }) {
  return (
    <>
      <PageHeader
        title="Messages"
        description="Conversations with your partners and applicants. Each message is emailed to the other side; partners reply from their dashboard."
      />
      <ThreadList
        of={{ programId }}
        hrefFor={(t) => `/programs/${slug}/messages/${encodeURIComponent(t.partnerId)}`}
        empty={
          <EmptyState title="No conversations yet">
            Write to a partner from their page (Partners → a partner → Messages) or to an applicant from their application. Their Owners and Admins get
            your message by email and can answer here.
          </EmptyState>
        }
      />
    </>
  );
}
