'use client';

import { useMemo, useState } from 'react';

/** The part of a connection the further pages are read from. */
export interface ConnectionPage<T> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

/**
 * A polled list's further pages. The first page comes from a polled query; the pages after it are
 * fetched on demand and kept here, so each poll refreshes the newest items without dropping the
 * ones the reader asked for (the cache's pagination policy would start the list again at every
 * poll). `items` is the first page then the further ones, each key once: an item that moved up
 * into the first page since is not shown twice. Give a `keyOf` defined outside the component, so
 * that `items` changes only with the pages.
 */
export function useMorePages<T>(firstPage: ConnectionPage<T> | undefined, fetchPage: (after: string | null) => Promise<ConnectionPage<T> | undefined>, keyOf: (item: T) => string) {
  const [more, setMore] = useState<{ items: T[]; cursor: string | null; hasMore: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    setLoading(true);
    setError(null);
    try {
      const next = await fetchPage(more ? more.cursor : (firstPage?.pageInfo.endCursor ?? null));
      if (next) setMore({ items: [...(more?.items ?? []), ...next.edges.map((e) => e.node)], cursor: next.pageInfo.endCursor ?? null, hasMore: next.pageInfo.hasNextPage });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(false);
    }
  }

  const items = useMemo(() => {
    if (!firstPage) return undefined;
    const seen = new Set<string>();
    return [...firstPage.edges.map((e) => e.node), ...(more?.items ?? [])].filter((item) => {
      const key = keyOf(item);
      return !seen.has(key) && Boolean(seen.add(key));
    });
  }, [firstPage, more, keyOf]);
  const hasMore = more ? more.hasMore : Boolean(firstPage?.pageInfo.hasNextPage);
  return { items, hasMore, loadMore, loading, error };
}
