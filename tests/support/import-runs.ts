import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { imports, programManagers } from '../../src/server/db/schema';
import { viewerFromSessionToken } from '../../src/server/auth/viewer';
import { startImport } from '../../src/server/imports/start-import';
import { toGlobalId } from '../../src/server/shared/ids';
import { signInAs } from './factories';

export interface QueuedImportOptions {
  filename?: string;
  duplicateMode?: 'SKIP' | 'UPDATE';
  notify?: boolean;
  groupId?: string | null;
  /** The manager who starts it; default the program's first manager. */
  createdById?: string;
}

/**
 * A QUEUED import of `csv`, started as a manager starts one over the API (startImport with CSV
 * text: stored, read through, mapping detected, queued), for the run's tests to run.
 */
export async function queueImport(db: Database, programId: string, csv: string, options: QueuedImportOptions = {}) {
  const managerId =
    options.createdById ??
    (await db.select({ userId: programManagers.userId }).from(programManagers).where(eq(programManagers.programId, programId)).orderBy(asc(programManagers.createdAt)).limit(1))[0]
      .userId;
  const viewer = await viewerFromSessionToken(db, (await signInAs(db, managerId)).split('=')[1]);
  return startImport(db, viewer, {
    programId: toGlobalId('Program', programId),
    csv,
    filename: options.filename ?? 'partners.csv',
    settings: {
      duplicateMode: options.duplicateMode ?? 'SKIP',
      notify: options.notify ?? true,
      ...(options.groupId ? { groupId: toGlobalId('Group', options.groupId) } : {}),
    },
  });
}

/** The import as stored now. */
export async function importRow(db: Database, id: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

/** Makes a RUNNING import's lease run out, as when its worker died. */
export async function expireLease(db: Database, id: string) {
  await db.update(imports).set({ leaseExpiresAt: sql`now() - interval '1 second'` }).where(eq(imports.id, id));
}
