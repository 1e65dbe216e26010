'use client';

import { useEffect, useState } from 'react';

/** Shorter searches would match too much: the box asks for more rather than searching. */
const MIN_LENGTH = 3;
/** A pause in typing this long (ms) runs the search. */
const DEBOUNCE_MS = 350;

/**
 * The search box of a page whose view lives in the URL. Typing changes the view once the person
 * pauses, with the text trimmed and at least 3 characters (or none); when the URL's search changes
 * (back button, "clear"), the box follows it. `tooShort`: the box holds 1 or 2 characters.
 */
export function useUrlSearch<V extends { q: string }>(view: V, onChange: (next: V) => void) {
  const [query, setQuery] = useState(view.q);
  const [urlQuery, setUrlQuery] = useState(view.q);
  if (urlQuery !== view.q) {
    setUrlQuery(view.q);
    setQuery(view.q);
  }
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === view.q || (trimmed.length > 0 && trimmed.length < MIN_LENGTH)) return;
    const timer = setTimeout(() => onChange({ ...view, q: trimmed }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, view, onChange]);
  const length = query.trim().length;
  return { query, setQuery, tooShort: length > 0 && length < MIN_LENGTH };
}
