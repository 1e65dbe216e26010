'use client';

import { useState, type ReactNode } from 'react';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The program's long lists page with "Load more": `fetchMore({ variables: { after } })` appends the
 * next page to the list the filter and sort (and page size) name; a refetch without `after` starts
 * the list again from its first page. totalCount and statusCounts come from the newest page.
 * Polled lists (message threads) are not listed here: a poll of the first page would drop the pages
 * the reader loaded (see use-more-pages.ts).
 */
function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          marketplace: relayStylePagination(['search', 'category', 'sort', 'first']),
        },
      },
      Program: {
        fields: {
          applications: relayStylePagination(['first', 'filter', 'sort']),
          partnerships: relayStylePagination(['first', 'filter', 'sort']),
          imports: relayStylePagination(['first']),
        },
      },
    },
  });
}

/** Pages talk to the same /api/graphql as API consumers, with the session cookie. */
export function ApolloWrapper({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new ApolloClient({
        link: new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' }),
        cache: createCache(),
        defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
      }),
  );
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
