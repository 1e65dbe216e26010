import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { invalid, parseInput } from '../shared/errors';
import { requireManagedImport } from './access';
import { updateImportInput } from './import-inputs';
import { settingsChanges } from './import-settings';
import { IMPORT_STATUS, type ImportRow } from './rules';

/** Only a DRAFT import's settings change: once started, a worker reads them. */
export function notDraft(importRow: Pick<ImportRow, 'status'>) {
  return invalid('importId', importRow.status === IMPORT_STATUS.CANCELLED ? 'This import was cancelled; upload the file again.' : 'This import has started; its settings can no longer change.', 'CONFLICT');
}

/**
 * The manager adjusts a DRAFT import: its mapping, target group, what a duplicate does, whether
 * partners are emailed, how dates read, the file's encoding. Compare-and-set on DRAFT, so a
 * change racing a start never alters an import a worker has begun.
 */
export async function updateImport(db: Database, viewer: Viewer, rawInput: unknown): Promise<ImportRow> {
  const input = parseInput(updateImportInput, rawInput);
  return db.transaction(async (tx) => {
    const { importRow, program } = await requireManagedImport(tx, viewer, input.importId);
    if (importRow.status !== IMPORT_STATUS.DRAFT) throw notDraft(importRow);
    const changes = await settingsChanges(tx, program, importRow, input.settings);
    const [updated] = await tx
      .update(imports)
      .set(changes)
      .where(and(eq(imports.id, importRow.id), eq(imports.status, IMPORT_STATUS.DRAFT)))
      .returning();
    if (!updated) throw notDraft({ status: IMPORT_STATUS.QUEUED });
    return updated;
  });
}
