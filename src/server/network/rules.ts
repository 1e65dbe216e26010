import { networkApplicationStatus, type networkApplications, type networkProfiles } from '../db/schema';
import { enumNames } from '../shared/enum-names';
import { forbidden } from '../shared/errors';
import type { Viewer } from '../auth/viewer';
import type { NetworkProfileValues } from '../../shapes/network';

export const NETWORK_APPLICATION_STATUS = enumNames(networkApplicationStatus.enumValues);
/** Decided applications: what the reviewers' figures and a partner's history are made of. */
export const DECIDED_NETWORK_APPLICATION_STATUSES = [NETWORK_APPLICATION_STATUS.APPROVED, NETWORK_APPLICATION_STATUS.DECLINED] as const;

export type NetworkProfileRow = typeof networkProfiles.$inferSelect;
export type NetworkApplicationRow = typeof networkApplications.$inferSelect;

/** A profile as the API shows it: the partner's saved one, or the copy an application was submitted with. */
export type NetworkProfileModel = NetworkProfileValues & { logoUrl: string | null; updatedAt: Date };

/** A reviewer's decision as partners and reviewers see it. */
export interface NetworkDecisionModel {
  status: NetworkApplicationRow['status'];
  decidedAt: Date;
  reason: string | null;
}

/** What an application keeps of the profile: the reviewer decides on what was submitted, not on later edits. */
export function profileSnapshot(profile: NetworkProfileRow): Record<string, unknown> {
  return {
    companyName: profile.companyName,
    website: profile.website,
    logoUrl: profile.logoUrl,
    description: profile.description,
    audienceSize: profile.audienceSize,
    promotionMethods: profile.promotionMethods,
    countries: profile.countries,
    categories: profile.categories,
    updatedAt: profile.updatedAt.toISOString(),
  };
}

export function presentProfile(profile: NetworkProfileRow): NetworkProfileModel {
  return { ...(profileSnapshot(profile) as NetworkProfileValues), logoUrl: profile.logoUrl, updatedAt: profile.updatedAt };
}

export function presentSnapshot(snapshot: Record<string, unknown>): NetworkProfileModel {
  const values = snapshot as unknown as NetworkProfileValues & { logoUrl?: string | null; updatedAt: string };
  return { ...values, logoUrl: values.logoUrl ?? null, updatedAt: new Date(values.updatedAt) };
}

export function decisionOf(row: Pick<NetworkApplicationRow, 'status' | 'decidedAt' | 'declineReason'>): NetworkDecisionModel | null {
  return row.decidedAt ? { status: row.status, decidedAt: row.decidedAt, reason: row.declineReason } : null;
}

/**
 * Network reviewers are platform staff (users.isNetworkReviewer, set with `npm run cli -- reviewer add`).
 * The schema's @access rule already refuses others; the use cases check again so no other path reaches them.
 */
export function requireNetworkReviewer(viewer: Viewer): Extract<Viewer, { kind: 'user' }> {
  if (viewer.kind !== 'user' || !viewer.user.isNetworkReviewer) throw forbidden('Only network reviewers can do this.');
  return viewer;
}
