'use client';

import { useState, type ReactNode } from 'react';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';

/** Pages talk to the same /api/graphql as API consumers, with the session cookie. */
export function ApolloWrapper({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new ApolloClient({
        link: new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' }),
        cache: new InMemoryCache(),
        defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
      }),
  );
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
