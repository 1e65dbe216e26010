import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importFileChunks, imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { requireManagedImport } from './access';
import { importIdInput } from './import-inputs';
import { ACTIVE_IMPORT_STATUSES, IMPORT_STATUS, type ImportRow } from './rules';

/**
 * The manager stops an import. A queued or running one is marked CANCELLED by a compare-and-set
 * (the worker sees it before its next batch; rows imported before stay); a DRAFT one is discarded
 * with its stored file. A finished import cannot be cancelled.
 */
export async function cancelImport(db: Database, viewer: Viewer, rawInput: unknown): Promise<ImportRow> {
  const input = parseInput(importIdInput, rawInput);
  return db.transaction(async (tx) => {
    const { importRow } = await requireManagedImport(tx, viewer, input.importId);
    const from = importRow.status === IMPORT_STATUS.DRAFT ? [IMPORT_STATUS.DRAFT] : [...ACTIVE_IMPORT_STATUSES];
    const [cancelled] = await tx
      .update(imports)
      .set({ status: IMPORT_STATUS.CANCELLED, finishedAt: sql`now()` })
      .where(and(eq(imports.id, importRow.id), inArray(imports.status, from)))
      .returning();
    if (!cancelled) {
      const [now] = await tx.select({ status: imports.status }).from(imports).where(eq(imports.id, importRow.id));
      throw invalid('importId', now?.status === IMPORT_STATUS.CANCELLED ? 'This import is already cancelled.' : 'This import has finished; there is nothing to cancel.', 'CONFLICT');
    }
    if (importRow.status === IMPORT_STATUS.DRAFT) await tx.delete(importFileChunks).where(eq(importFileChunks.importId, importRow.id));
    await recordEvent(tx, viewer, {
      programId: importRow.programId,
      action: 'import.cancelled',
      subjectType: 'Import',
      subjectId: importRow.id,
      data: { filename: importRow.filename, processedRows: cancelled.processedRows },
    });
    return cancelled;
  });
}
