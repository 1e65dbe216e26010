import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { networkApprovedEmail } from '../email/templates';
import { NETWORK_STATUS } from '../partners/rules';
import { appUrl } from '../shared/app-url';
import { decideNetworkApplication } from './decide-network-application';
import { NETWORK_APPLICATION_STATUS, type NetworkApplicationRow } from './rules';

/** A reviewer approves a waiting application: the partner may now apply from the marketplace in one step. */
export function approveNetworkApplication(db: Database, viewer: Viewer, rawInput: unknown): Promise<NetworkApplicationRow> {
  return decideNetworkApplication(db, viewer, rawInput, {
    status: NETWORK_APPLICATION_STATUS.APPROVED,
    partnerStatus: NETWORK_STATUS.APPROVED,
    needsReason: false,
    email: (partnerName) => networkApprovedEmail({ partnerName, marketplaceUrl: `${appUrl()}/marketplace` }),
  });
}
