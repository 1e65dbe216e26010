import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { networkApplications, networkProfiles, partners } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { requirePartnerAccess } from '../partners/access';
import { NETWORK_STATUS } from '../partners/rules';
import { invalid, isUniqueViolation, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { applyToNetworkInput } from './network-inputs';
import { NETWORK_APPLICATION_STATUS, profileSnapshot } from './rules';

type NetworkStatusValue = (typeof partners.$inferSelect)['networkStatus'];

const ALREADY_WAITING = 'Your application to the network is already waiting for a reviewer.';

const day = (d: Date) => d.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * An Owner or Admin submits the partner's saved profile to the network's reviewers. One
 * application waits at a time (the partial unique index decides between simultaneous clicks);
 * an approved partner has nothing to apply for; after a decline the partner applies again once
 * it has edited the profile, so the reviewer sees what changed rather than the declined copy.
 */
export async function applyToNetwork(db: Database, viewer: Viewer, rawInput: unknown): Promise<NetworkStatusValue> {
  const { partnerId: globalId } = parseInput(applyToNetworkInput, rawInput);
  const partnerId = fromGlobalId('Partner', globalId);
  if (!partnerId) throw notFound('Partner');
  return db.transaction(async (tx) => {
    await requirePartnerAccess(tx, viewer, partnerId, 'manageNetworkProfile', 'Partner');
    const [partner] = await tx.select({ networkStatus: partners.networkStatus }).from(partners).where(eq(partners.id, partnerId));
    const [profile] = await tx.select().from(networkProfiles).where(eq(networkProfiles.partnerId, partnerId));
    if (!profile) throw invalid('partnerId', 'Save your network profile before applying to the network.', 'NOT_ALLOWED');
    if (partner.networkStatus === NETWORK_STATUS.PENDING) throw invalid('partnerId', ALREADY_WAITING, 'CONFLICT');
    if (partner.networkStatus === NETWORK_STATUS.APPROVED) throw invalid('partnerId', 'Your partner is already approved into the network.', 'CONFLICT');
    if (partner.networkStatus === NETWORK_STATUS.DECLINED) {
      const [last] = await tx
        .select({ decidedAt: networkApplications.decidedAt })
        .from(networkApplications)
        .where(and(eq(networkApplications.partnerId, partnerId), isNotNull(networkApplications.decidedAt)))
        .orderBy(desc(networkApplications.decidedAt))
        .limit(1);
      if (last?.decidedAt && profile.updatedAt <= last.decidedAt) {
        throw invalid('partnerId', `Edit your network profile before applying again: it has not changed since the decline on ${day(last.decidedAt)}.`, 'NOT_ALLOWED');
      }
    }
    let applicationId: string;
    try {
      const [inserted] = await tx
        .insert(networkApplications)
        .values({ partnerId, profile: profileSnapshot(profile), submittedById: viewer.kind === 'user' ? viewer.user.id : null })
        .returning({ id: networkApplications.id });
      applicationId = inserted.id;
    } catch (error) {
      // Another click committed an application first: this one is the same request, refused.
      if (isUniqueViolation(error, 'network_applications_one_pending')) throw invalid('partnerId', ALREADY_WAITING, 'CONFLICT');
      throw error;
    }
    await tx.update(partners).set({ networkStatus: NETWORK_STATUS.PENDING }).where(eq(partners.id, partnerId));
    await recordEvent(tx, viewer, { programId: null, action: 'network.applied', subjectType: 'NetworkApplication', subjectId: applicationId });
    return NETWORK_APPLICATION_STATUS.PENDING;
  });
}
