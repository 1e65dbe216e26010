import type { Database } from '../db/client';
import { networkProfiles } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { requirePartnerAccess } from '../partners/access';
import { notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { updateNetworkProfileInput } from './network-inputs';
import { presentProfile, type NetworkProfileModel } from './rules';

/**
 * An Owner or Admin saves what the partner tells the network about itself. An application
 * already waiting keeps the profile it was submitted with: the reviewer decides on that copy.
 */
export async function updateNetworkProfile(db: Database, viewer: Viewer, rawInput: unknown): Promise<NetworkProfileModel> {
  const { partnerId: globalId, ...values } = parseInput(updateNetworkProfileInput, rawInput);
  const partnerId = fromGlobalId('Partner', globalId);
  if (!partnerId) throw notFound('Partner');
  return db.transaction(async (tx) => {
    await requirePartnerAccess(tx, viewer, partnerId, 'manageNetworkProfile', 'Partner');
    const fields = { ...values, logoUrl: values.logoUrl ?? null, updatedById: viewer.kind === 'user' ? viewer.user.id : null, updatedAt: new Date() };
    const [saved] = await tx
      .insert(networkProfiles)
      .values({ partnerId, ...fields })
      .onConflictDoUpdate({ target: networkProfiles.partnerId, set: fields })
      .returning();
    await recordEvent(tx, viewer, { programId: null, action: 'network.profile_updated', subjectType: 'Partner', subjectId: partnerId });
    return presentProfile(saved);
  });
}
