import DataLoader from 'dataloader';
import { and, asc, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { networkApplications, networkProfiles, partnerMembers } from '../db/schema';
import { MEMBER_STATUS } from '../members/rules';
import type { MemberRow } from '../partners/rules';
import { NETWORK_APPLICATION_STATUS, type NetworkApplicationRow, type NetworkProfileRow } from './rules';

function grouped<Row>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string): Row[][] {
  const map = new Map<string, Row[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * The network area's per-request loaders, keyed by partner id: one statement each however many
 * partners a page lists (myPartners, the reviewers' queue). Reached only through parents already
 * authorised (the viewer's own partners; an application a reviewer may see).
 */
export function createNetworkLoaders(db: Database) {
  return {
    networkProfileByPartner: new DataLoader<string, NetworkProfileRow | null>(async (ids) => {
      const rows = await db.select().from(networkProfiles).where(inArray(networkProfiles.partnerId, [...ids]));
      return grouped(ids, rows, (r) => r.partnerId).map((list) => list[0] ?? null);
    }),
    /** The partner's application waiting for a reviewer (one at most: the partial unique index). */
    pendingNetworkApplicationByPartner: new DataLoader<string, NetworkApplicationRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(networkApplications)
        .where(and(inArray(networkApplications.partnerId, [...ids]), eq(networkApplications.status, NETWORK_APPLICATION_STATUS.PENDING)));
      return grouped(ids, rows, (r) => r.partnerId).map((list) => list[0] ?? null);
    }),
    /** A partner's decided applications, newest decision first. */
    networkDecisionsByPartner: new DataLoader<string, NetworkApplicationRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(networkApplications)
        .where(and(inArray(networkApplications.partnerId, [...ids]), isNotNull(networkApplications.decidedAt)))
        .orderBy(desc(networkApplications.decidedAt), desc(networkApplications.id));
      return grouped(ids, rows, (r) => r.partnerId);
    }),
    /** The partner's people as reviewers see them: everyone not removed. */
    networkMembersByPartner: new DataLoader<string, MemberRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(partnerMembers)
        .where(and(inArray(partnerMembers.partnerId, [...ids]), ne(partnerMembers.status, MEMBER_STATUS.REMOVED)))
        .orderBy(desc(partnerMembers.isPrimaryContact), asc(partnerMembers.createdAt));
      return grouped(ids, rows, (r) => r.partnerId);
    }),
  };
}
