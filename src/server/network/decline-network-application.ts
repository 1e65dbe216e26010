import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { networkDeclinedEmail } from '../email/templates';
import { NETWORK_STATUS } from '../partners/rules';
import { appUrl } from '../shared/app-url';
import { decideNetworkApplication } from './decide-network-application';
import { NETWORK_APPLICATION_STATUS, type NetworkApplicationRow } from './rules';

/**
 * A reviewer declines a waiting application with a reason the partner is shown. The partner may
 * edit its profile and apply again, or join programs through their join links meanwhile.
 */
export function declineNetworkApplication(db: Database, viewer: Viewer, rawInput: unknown): Promise<NetworkApplicationRow> {
  return decideNetworkApplication(db, viewer, rawInput, {
    status: NETWORK_APPLICATION_STATUS.DECLINED,
    partnerStatus: NETWORK_STATUS.DECLINED,
    needsReason: true,
    email: (partnerName, reason) => networkDeclinedEmail({ partnerName, reason: reason ?? '', profileUrl: `${appUrl()}/partner/network` }),
  });
}
