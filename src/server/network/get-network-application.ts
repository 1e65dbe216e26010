import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { networkApplications } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { requireNetworkReviewer, type NetworkApplicationRow } from './rules';

/**
 * One application for a reviewer. Its team and the partner's earlier decisions are fields the
 * network loaders fill (one statement each, however many applications a response holds).
 */
export async function getNetworkApplication(db: Database, viewer: Viewer, globalId: string): Promise<NetworkApplicationRow> {
  requireNetworkReviewer(viewer);
  const id = fromGlobalId('NetworkApplication', globalId);
  if (!id) throw notFound('Network application');
  const [row] = await db.select().from(networkApplications).where(eq(networkApplications.id, id));
  if (!row) throw notFound('Network application');
  return row;
}
