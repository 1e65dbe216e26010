'use client';

import { useState } from 'react';

/** The rows chosen on a list page: some ids, or every row matching the view ("Select all N matching"). */
export interface Selection {
  ids: Set<string>;
  allMatching: boolean;
}

const NONE: Selection = { ids: new Set(), allMatching: false };

/**
 * A list page's selection and its checkbox handlers. A selection belongs to the view it was made
 * in: when `viewKey` (the view's URL query: search, filters, tab) changes, nothing is selected.
 * Unticking one row of an "all matching" selection leaves the rest of the page ticked.
 */
export function useListSelection(viewKey: string, pageIds: string[]) {
  const [state, setState] = useState<Selection & { viewKey: string }>({ ...NONE, viewKey });
  const selection: Selection = state.viewKey === viewKey ? state : NONE;
  const set = (next: Selection) => setState({ ...next, viewKey });
  return {
    selection,
    allOnPage: pageIds.length > 0 && pageIds.every((id) => selection.ids.has(id)),
    isSelected: (id: string) => selection.allMatching || selection.ids.has(id),
    setPage: (checked: boolean) => set({ ids: checked ? new Set(pageIds) : new Set(), allMatching: false }),
    setRow: (id: string, checked: boolean) => {
      const ids = new Set(selection.allMatching ? pageIds : selection.ids);
      if (checked) ids.add(id);
      else ids.delete(id);
      set({ ids, allMatching: false });
    },
    selectAllMatching: () => set({ ids: new Set(pageIds), allMatching: true }),
    clear: () => set(NONE),
  };
}
