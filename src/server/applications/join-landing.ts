import type { Database } from '../db/client';
import { groupByJoinToken } from './join-link';

export interface JoinLanding {
  status: 'OPEN' | 'INVALID';
  programName: string | null;
  groupName: string | null;
  applicationFormEnabled: boolean;
}

/** What the join page shows before anyone signs in: which program and group the link is for. */
export async function joinLanding(db: Database, token: string): Promise<JoinLanding> {
  const row = await groupByJoinToken(db, token);
  if (!row) return { status: 'INVALID', programName: null, groupName: null, applicationFormEnabled: false };
  return { status: 'OPEN', programName: row.program.name, groupName: row.group.name, applicationFormEnabled: row.group.applicationFormEnabled };
}
