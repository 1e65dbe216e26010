'use client';

import Link from 'next/link';
import { ThreadList } from './thread-list';

/**
 * The partner dashboard's latest conversations: the way in for an applicant, whose programs have
 * no partnership yet to list, and a reminder of unanswered questions for everyone else.
 */
export function RecentThreads({ hrefFor }: { hrefFor: (t: { programId: string; partnerId: string }) => string }) {
  return (
    <section aria-labelledby="recent-messages" className="mb-6">
      <div className="mb-2 flex items-baseline justify-between">
        <h2 id="recent-messages" className="text-base font-semibold text-gray-900">
          Messages
        </h2>
        <Link href="/partner/messages" className="text-sm font-medium text-brand-700 hover:underline">
          All messages
        </Link>
      </div>
      <ThreadList
        of="mine"
        limit={5}
        hrefFor={hrefFor}
        empty={<p className="text-sm text-gray-500">No messages yet. When a program writes to you, the conversation shows here.</p>}
      />
    </section>
  );
}
