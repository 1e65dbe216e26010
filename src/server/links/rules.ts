import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * When a partnership's links stopped working, or null while they work: the one rule the
 * redirect (404 when set) and the all-partner export (the links_deactivated_at column) both read,
 * so they cannot disagree. The partnership's own date wins (it is set once, when removal
 * deactivates the links, and never cleared); a deactivated default link counts as well.
 * Arguments: the partnership's links_deactivated_at and its default link's deactivated_at.
 */
export function linksDeactivatedAt(partnershipColumn: SQLWrapper, defaultLinkColumn: SQLWrapper): SQL<Date | string | null> {
  return sql`coalesce(${partnershipColumn}, ${defaultLinkColumn})`;
}
