import DataLoader from 'dataloader';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { applications, networkProfiles, partnerMembers, partners, partnerships, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import type { MarketplaceStanding } from '../graphql/resolvers-types.generated';
import { notFound } from '../shared/errors';
import { MEMBER_STATUS } from '../members/rules';
import { NETWORK_STATUS } from '../partners/rules';
import { LIVE_PARTNERSHIP_STATUSES } from '../partnerships/rules';
import { PENDING_APPLICATION_STATUSES } from '../applications/rules';
import { removedFromProgramCondition } from '../applications/removed-from-program';
import { canApplyFor, type Membership } from '../applications/join-checks';
import { MARKETPLACE_STANDING } from './rules';

export interface StandingFacts {
  inProgram: boolean;
  applied: boolean;
  removed: boolean;
  accessLevel: Membership['accessLevel'];
  networkStatus: keyof typeof NETWORK_STATUS;
  /** Approval is of a profile: the application is made from it. */
  hasProfile: boolean;
}

/**
 * Where a partner stands with a program, the program's facts first (already in it, applied,
 * removed: nothing to do whoever asks), then who asks (Owners and Admins apply), then the network
 * (only network-approved partners apply from the marketplace; the others use a join link).
 */
export function standingOf(f: StandingFacts): MarketplaceStanding {
  if (f.inProgram) return MARKETPLACE_STANDING.IN_PROGRAM;
  if (f.applied) return MARKETPLACE_STANDING.APPLIED;
  if (f.removed) return MARKETPLACE_STANDING.REMOVED;
  if (!canApplyFor({ partnerId: '', name: '', accessLevel: f.accessLevel })) return MARKETPLACE_STANDING.NOT_ALLOWED;
  switch (f.networkStatus) {
    case NETWORK_STATUS.APPROVED:
      return f.hasProfile ? MARKETPLACE_STANDING.CAN_APPLY : MARKETPLACE_STANDING.NOT_NETWORK_APPROVED;
    case NETWORK_STATUS.PENDING:
      return MARKETPLACE_STANDING.NETWORK_PENDING;
    case NETWORK_STATUS.DECLINED:
      return MARKETPLACE_STANDING.NETWORK_DECLINED;
    default:
      return MARKETPLACE_STANDING.NOT_NETWORK_APPROVED;
  }
}

export interface StandingKey {
  partnerId: string;
  programId: string;
}

/**
 * The standings of a page of programs for one partner of the viewer's, in one statement: the
 * partner's network status and the viewer's access level joined to each program's facts. A
 * partner the viewer is not an active member of is not found (its standings are its own).
 */
export function createStandingLoader(db: Database, viewer: Viewer) {
  return new DataLoader<StandingKey, MarketplaceStanding, string>(
    async (keys) => {
      const byPartner = new Map<string, string[]>();
      for (const k of keys) byPartner.set(k.partnerId, [...(byPartner.get(k.partnerId) ?? []), k.programId]);
      const found = new Map<string, MarketplaceStanding>();
      for (const [partnerId, programIds] of byPartner) {
        if (viewer.kind !== 'user' || !viewer.partnerIds.includes(partnerId)) continue;
        const email = viewer.user.email.toLowerCase();
        const rows = await db
          .select({
            programId: programs.id,
            inProgram: sql<boolean>`exists (select 1 from ${partnerships} where ${partnerships.programId} = ${programs.id} and ${partnerships.partnerId} = ${partnerId}
              and ${inArray(partnerships.status, [...LIVE_PARTNERSHIP_STATUSES])})`,
            applied: sql<boolean>`exists (select 1 from ${applications} where ${applications.programId} = ${programs.id}
              and ${inArray(applications.status, [...PENDING_APPLICATION_STATUSES])} and ${or(eq(applications.partnerId, partnerId), sql`lower(${applications.email}) = ${email}`)})`,
            removed: sql<boolean>`${removedFromProgramCondition(sql`${programs.id}`, email)}`,
            accessLevel: partnerMembers.accessLevel,
            networkStatus: partners.networkStatus,
            hasProfile: sql<boolean>`${networkProfiles.partnerId} is not null`,
          })
          .from(programs)
          .innerJoin(partners, eq(partners.id, partnerId))
          .innerJoin(partnerMembers, and(eq(partnerMembers.partnerId, partners.id), eq(partnerMembers.userId, viewer.user.id), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)))
          .leftJoin(networkProfiles, eq(networkProfiles.partnerId, partners.id))
          .where(inArray(programs.id, [...new Set(programIds)]));
        for (const row of rows) found.set(`${partnerId}/${row.programId}`, standingOf(row));
      }
      return keys.map((k) => found.get(`${k.partnerId}/${k.programId}`) ?? notFound('Partner'));
    },
    { cacheKeyFn: (k) => `${k.partnerId}/${k.programId}` },
  );
}
