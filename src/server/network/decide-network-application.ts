import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { networkApplications, partnerMembers, partners, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmailToMany } from '../email/outbox';
import type { RenderedEmail } from '../email/templates';
import { MEMBER_STATUS } from '../members/rules';
import { levelsThatCan } from '../partners/permissions';
import type { NETWORK_STATUS } from '../partners/rules';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { decideNetworkApplicationInput } from './network-inputs';
import { NETWORK_APPLICATION_STATUS, requireNetworkReviewer, type NetworkApplicationRow } from './rules';

export interface NetworkDecisionKind {
  status: typeof NETWORK_APPLICATION_STATUS.APPROVED | typeof NETWORK_APPLICATION_STATUS.DECLINED;
  partnerStatus: typeof NETWORK_STATUS.APPROVED | typeof NETWORK_STATUS.DECLINED;
  /** Declines must say why: the partner is shown the reason. */
  needsReason: boolean;
  email(partnerName: string, reason: string | null): RenderedEmail;
}

/**
 * The step approval and decline share: a reviewer takes the application out of PENDING by a
 * compare-and-set (two reviewers at once get one decision; the other is told it was decided),
 * the partner's network status follows, its Owners and Admins are emailed and the decision is
 * recorded, all in one transaction.
 */
export async function decideNetworkApplication(db: Database, viewer: Viewer, rawInput: unknown, kind: NetworkDecisionKind): Promise<NetworkApplicationRow> {
  const reviewer = requireNetworkReviewer(viewer);
  const input = parseInput(decideNetworkApplicationInput, rawInput);
  const id = fromGlobalId('NetworkApplication', input.applicationId);
  if (!id) throw notFound('Network application');
  const reason = kind.needsReason ? input.reason || null : null;
  if (kind.needsReason && !reason) throw invalid('reason', 'Say why the application is declined: the partner is shown the reason.', 'REQUIRED');
  return db.transaction(async (tx) => {
    const [decided] = await tx
      .update(networkApplications)
      .set({ status: kind.status, decidedAt: new Date(), decidedById: reviewer.user.id, declineReason: reason })
      .where(and(eq(networkApplications.id, id), eq(networkApplications.status, NETWORK_APPLICATION_STATUS.PENDING)))
      .returning();
    if (!decided) {
      const [current] = await tx.select({ status: networkApplications.status }).from(networkApplications).where(eq(networkApplications.id, id));
      if (!current) throw notFound('Network application');
      throw invalid('applicationId', `This application was already ${current.status === NETWORK_APPLICATION_STATUS.APPROVED ? 'approved' : 'declined'}.`, 'CONFLICT');
    }
    const [partner] = await tx.update(partners).set({ networkStatus: kind.partnerStatus }).where(eq(partners.id, decided.partnerId)).returning({ name: partners.name });

    const pm = partnerMembers;
    const managers = sql`select ${users.email} from ${pm} join ${users} on ${users.id} = ${pm.userId}
          where ${pm.partnerId} = ${decided.partnerId} and ${pm.status} = ${MEMBER_STATUS.ACTIVE}
            and ${pm.accessLevel}::text = any(${sql.param(levelsThatCan('manageNetworkProfile'))}::text[])`;
    await queueEmailToMany(tx, managers, kind.email(partner.name, reason));
    await recordEvent(tx, viewer, {
      programId: null,
      action: kind.status === NETWORK_APPLICATION_STATUS.APPROVED ? 'network.approved' : 'network.declined',
      subjectType: 'NetworkApplication',
      subjectId: decided.id,
      data: { partner: partner.name, ...(reason ? { reason } : {}) },
    });
    return decided;
  });
}
