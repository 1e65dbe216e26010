/** The partner area's address of a thread: the program in the path, which of your partners in the query. */
export const partnerThreadHref = (t: { programId: string; partnerId: string }) =>
  `/partner/messages/${encodeURIComponent(t.programId)}?partner=${encodeURIComponent(t.partnerId)}`;
