import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/client';
import { groups, programs } from '../db/schema';
import { invalid, parseInput } from '../shared/errors';
import { encodeKeysetCursor, pageSize, readKeysetCursor, toKeysetConnection, type Connection } from '../shared/pagination';
import { parseTimestamp } from '../shared/safe-values';
import { NETWORK_CATEGORIES } from '../../shapes/network';
import { MARKETPLACE_SEARCH_MIN_LENGTH } from './rules';

/** What partners see of a listed program: its listing and website, nothing a manager keeps to the program. */
export interface MarketplaceProgramModel {
  id: string;
  name: string;
  description: string;
  category: string;
  logoUrl: string | null;
  websiteUrl: string;
  listedAt: Date;
  groupName: string;
}

const listInput = z.object({
  search: z.string().trim().max(100, 'Use at most 100 characters.').nullish(),
  category: z.enum(NETWORK_CATEGORIES, { message: 'Choose a category from the list.' }).nullish(),
  sort: z.enum(['NEWEST', 'NAME']).nullish(),
  first: z.number().nullish(),
  after: z.string().nullish(),
});

const listingGroup = alias(groups, 'listing_group');
const defaultGroup = alias(groups, 'default_group');

const LIKE_SPECIALS = /[\\%_]/g;
const sortName = sql<string>`lower(${programs.name})`;
// A program listed before listedAt existed orders by its creation.
const listedKey = sql`coalesce(${programs.listedAt}, ${programs.createdAt})`;
// The key to the microsecond (a JavaScript Date keeps milliseconds), so a cursor neither repeats nor skips a row.
const listedKeyText = sql<string>`to_char(${listedKey} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A cursor's sort key carries its order, so a NAME cursor is not read as a NEWEST one. */
function afterCondition(sort: 'NEWEST' | 'NAME', cursor: string): SQL {
  const pair = readKeysetCursor(cursor);
  const [key, id] = pair ?? ['', ''];
  if (sort === 'NEWEST' && key.startsWith('T:')) {
    if (parseTimestamp(key.slice(2))) return sql`(${listedKey}, ${programs.id}) < (${key.slice(2)}::timestamptz, ${id}::uuid)`;
  }
  if (sort === 'NAME' && key.startsWith('N:')) return sql`(${sortName}, ${programs.id}) > (${key.slice(2)}, ${id}::uuid)`;
  throw invalid('after', 'is not a cursor returned by this list.');
}

/**
 * Listed programs for partners: a search over name and description (ILIKE, wildcards escaped:
 * the listed programs are few enough), a category, newest listed first or by name, in keyset pages.
 * Two statements whatever the page size: the page and its total.
 */
export async function listMarketplace(db: Database, rawArgs: unknown): Promise<Connection<MarketplaceProgramModel>> {
  const args = parseInput(listInput, rawArgs);
  const size = pageSize(args.first, 24);
  const sort = args.sort ?? 'NEWEST';
  const conditions: SQL[] = [eq(programs.listedInMarketplace, true)];
  if (args.search) {
    if (args.search.length < MARKETPLACE_SEARCH_MIN_LENGTH) throw invalid('search', `Type at least ${MARKETPLACE_SEARCH_MIN_LENGTH} characters to search.`);
    const pattern = `%${args.search.replace(LIKE_SPECIALS, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(programs.name, pattern), ilike(programs.marketplaceDescription, pattern))!);
  }
  if (args.category) conditions.push(eq(programs.marketplaceCategory, args.category));
  const filter = and(...conditions)!;
  const page = args.after ? and(filter, afterCondition(sort, args.after))! : filter;

  const rows = await db
    .select({
      id: programs.id,
      name: programs.name,
      description: sql<string>`coalesce(${programs.marketplaceDescription}, '')`,
      category: sql<string>`coalesce(${programs.marketplaceCategory}, '')`,
      logoUrl: programs.marketplaceLogoUrl,
      websiteUrl: programs.websiteUrl,
      groupName: sql<string>`coalesce(${listingGroup.name}, ${defaultGroup.name}, '')`,
      listedAt: sql<Date>`${listedKey}`.mapWith((v: string | Date) => new Date(v)),
      listedKeyText,
      sortName,
    })
    .from(programs)
    // The listing's group (when it is still the program's), else the default group: one row each at most.
    .leftJoin(listingGroup, and(eq(listingGroup.id, programs.marketplaceGroupId), eq(listingGroup.programId, programs.id)))
    .leftJoin(defaultGroup, and(eq(defaultGroup.programId, programs.id), eq(defaultGroup.isDefault, true)))
    .where(page)
    .orderBy(...(sort === 'NEWEST' ? [desc(listedKey), desc(programs.id)] : [asc(sortName), asc(programs.id)]))
    .limit(size + 1);
  const [{ total }] = await db.select({ total: count() }).from(programs).where(filter);
  const cursorOf = (r: (typeof rows)[number]) => encodeKeysetCursor(sort === 'NEWEST' ? `T:${r.listedKeyText}` : `N:${r.sortName}`, r.id);
  const connection = toKeysetConnection(rows, size, total, Boolean(args.after), cursorOf);
  return { ...connection, edges: connection.edges.map(({ cursor, node: { sortName: _s, listedKeyText: _t, ...node } }) => ({ cursor, node })) };
}
