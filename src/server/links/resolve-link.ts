import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { clicks, groups, links, partnerKeys, partnerships, programs } from '../db/schema';
import { randomToken } from '../shared/tokens';
import { linksDeactivatedAt } from './rules';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import { applyLinkParameters } from '../../shapes/programs';

export type LinkOutcome =
  | { kind: 'not-found' }
  /** Removed with links deactivated, or a deactivated link: a plain 404. */
  | { kind: 'deactivated' }
  /** Redirect; `clickId` is set when the visit was recorded and attributed to the partnership. */
  | { kind: 'redirect'; location: string; clickId: string | null };

/** The program's link parameters with {partner_key} expanded, merged into the destination's query. */
export function buildDestination(destination: string, linkParameters: string, partnerKey: string, clickId: string | null): string {
  const url = new URL(destination);
  if (clickId) {
    applyLinkParameters(url, linkParameters, partnerKey);
    url.searchParams.set('ps_xid', clickId);
  }
  return url.toString();
}

/**
 * Resolves /r/<program>/<key>: one indexed lookup through the key (current or an old alias), then
 * the article's rules. Active: redirect and record an attributed click. Removed with links
 * deactivated: 404. Otherwise (removed, or not yet active): redirect, but nothing is attributed.
 */
export async function resolveLink(
  db: Database,
  programSlug: string,
  key: string,
  visit: { referrer: string | null; userAgent: string | null },
): Promise<LinkOutcome> {
  if (!/^[a-z0-9-]{1,60}$/.test(programSlug) || !/^[a-z0-9]{1,60}$/.test(key)) return { kind: 'not-found' };
  const [row] = await db
    .select({
      partnershipId: partnerships.id,
      programId: programs.id,
      status: partnerships.status,
      partnerKey: partnerships.partnerKey,
      linksDeactivatedAt: linksDeactivatedAt(partnerships.linksDeactivatedAt, links.deactivatedAt),
      linkId: links.id,
      linkDestination: links.destinationUrl,
      groupDestination: groups.destinationUrl,
      websiteUrl: programs.websiteUrl,
      linkParameters: programs.linkParameters,
    })
    .from(partnerKeys)
    .innerJoin(programs, and(eq(programs.id, partnerKeys.programId), eq(programs.slug, programSlug)))
    .innerJoin(partnerships, eq(partnerships.id, partnerKeys.partnershipId))
    .innerJoin(groups, eq(groups.id, partnerships.groupId))
    .leftJoin(links, and(eq(links.partnershipId, partnerships.id), eq(links.isDefault, true)))
    .where(eq(partnerKeys.key, key))
    .limit(1);
  if (!row) return { kind: 'not-found' };
  if (row.linksDeactivatedAt != null) return { kind: 'deactivated' };
  const destination = row.linkDestination ?? row.groupDestination ?? row.websiteUrl;
  if (row.status !== PARTNERSHIP_STATUS.ACTIVE || !row.linkId) return { kind: 'redirect', location: buildDestination(destination, row.linkParameters, row.partnerKey, null), clickId: null };
  const clickId = randomToken(12);
  await db.insert(clicks).values({
    clickId,
    linkId: row.linkId,
    programId: row.programId,
    partnershipId: row.partnershipId,
    referrer: visit.referrer?.slice(0, 500) ?? null,
    userAgent: visit.userAgent?.slice(0, 500) ?? null,
  });
  return { kind: 'redirect', location: buildDestination(destination, row.linkParameters, row.partnerKey, clickId), clickId };
}
