import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { InvalidInputError, parseInput } from '../shared/errors';
import { requireManagedImport } from './access';
import { createImportIn } from './create-import';
import { startImportInput } from './import-inputs';
import { mappingProblems, settingsChanges } from './import-settings';
import { notDraft } from './update-import';
import { IMPORT_STATUS, type ImportRow } from './rules';

/** CSV text as the stream of bytes an upload would be. */
export async function* csvTextSource(csv: string): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(csv, 'utf8');
  for (let at = 0; at < bytes.length; at += 256 * 1024) yield bytes.subarray(at, at + 256 * 1024);
}

/**
 * The manager starts an import: a DRAFT one (its settings applied first, if given), or one made
 * from CSV text in the same transaction. It is QUEUED for a worker by a compare-and-set on DRAFT,
 * so two starts of one import queue it once; one that could not import anyone (no email column)
 * is refused.
 */
export async function startImport(db: Database, viewer: Viewer, rawInput: unknown): Promise<ImportRow> {
  const input = parseInput(startImportInput, rawInput);
  return db.transaction(async (tx) => {
    const { importRow, program } = input.importId
      ? await requireManagedImport(tx, viewer, input.importId)
      : await createImportIn(tx, viewer, { programId: input.programId!, filename: input.filename!, source: csvTextSource(input.csv!), fileField: 'csv' });
    if (importRow.status !== IMPORT_STATUS.DRAFT) throw startRefused(importRow);
    const changes = input.settings ? await settingsChanges(tx, program, importRow, input.settings) : {};
    const ready = { ...importRow, ...changes };
    const problems = await mappingProblems(tx, program, ready.headers, ready.mapping, { requireEmail: true, field: input.settings?.mapping ? ['settings', 'mapping'] : ['mapping'] });
    if (problems.length > 0) throw new InvalidInputError(problems);
    const [queued] = await tx
      .update(imports)
      .set({ ...changes, status: IMPORT_STATUS.QUEUED, startedAt: sql`now()` })
      .where(and(eq(imports.id, importRow.id), eq(imports.status, IMPORT_STATUS.DRAFT)))
      .returning();
    // Another start won the race (it committed while this one waited for the row).
    if (!queued) throw startRefused({ status: IMPORT_STATUS.QUEUED });
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'import.started',
      subjectType: 'Import',
      subjectId: queued.id,
      data: { filename: queued.filename, rows: queued.totalRows, notify: queued.notify, duplicateMode: queued.duplicateMode },
    });
    return queued;
  });
}

function startRefused(importRow: Pick<ImportRow, 'status'>) {
  if (importRow.status === IMPORT_STATUS.CANCELLED) return notDraft(importRow);
  return new InvalidInputError([{ field: ['importId'], message: 'This import has already been started.', code: 'CONFLICT' }]);
}
