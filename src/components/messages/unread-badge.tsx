'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The navigation's unread totals; the thread view refetches it by name after reading or writing. */
export const NavUnreadMessagesQuery = graphql(`
  query NavUnreadMessages {
    viewer {
      unreadMessages {
        asPartner
        programs {
          programId
          count
        }
      }
    }
  }
`);

export const NAV_UNREAD_QUERY_NAME = 'NavUnreadMessages';

/** New messages show up in the navigation within a minute without reloading the page. */
const POLL_MS = 60_000;

/**
 * The unread count next to "Messages" in a navigation: of one managed program (`programId`), or
 * across the person's partners. `initial` is the count the server rendered the page with.
 */
export function UnreadMessagesBadge({ programId, initial }: { programId?: string; initial: number }) {
  const { data } = useQuery(NavUnreadMessagesQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.viewer?.unreadMessages;
  const count = unread ? (programId ? (unread.programs.find((p) => p.programId === programId)?.count ?? 0) : unread.asPartner) : initial;
  if (count <= 0) return null;
  return (
    <span className="ml-2 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white" data-testid="unread-messages">
      {count}
      <span className="sr-only"> unread</span>
    </span>
  );
}
