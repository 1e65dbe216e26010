import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { imports } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { requireManagedProgram, requireManagedProgramBySlug, type ProgramRow } from '../programs/access';
import { InvalidInputError, invalid } from '../shared/errors';
import { detectMapping } from '../../shapes/import-mapping';
import { storeImportFile } from './import-file';
import { importFilenameShape } from './import-inputs';
import { CSV_FILE_ERROR, CsvFileError, importMaxBytes, tooLarge, type CsvEncoding } from './read-csv';
import { IMPORT_STATUS, type ImportRow } from './rules';
import { scanImportFile, type ImportFileScan } from './scan-import-file';

export interface NewImport {
  /** The program by global id (the API) or by slug (the upload route). */
  programId?: string;
  programSlug?: string;
  filename: string;
  source: AsyncIterable<Uint8Array>;
  /** Read the file in this encoding rather than the detected one. */
  encoding?: CsvEncoding;
  /** The input field a bad file is reported under: `file` for the upload, `csv` for text. */
  fileField?: string;
}

/**
 * A manager uploads a partner file: it is stored, read through once to the end (so a file broken
 * anywhere is refused now, with nothing kept), its rows counted and its columns matched to the
 * program's fields. The import waits as a DRAFT for the manager to check it and start it.
 */
export function createImport(db: Database, viewer: Viewer, input: NewImport): Promise<ImportRow> {
  return db.transaction(async (tx) => (await createImportIn(tx, viewer, input)).importRow);
}

/** createImport inside the caller's transaction (startImport makes and queues one in one go). */
export async function createImportIn(tx: Executor, viewer: Viewer, input: NewImport): Promise<{ importRow: ImportRow; program: ProgramRow }> {
  const program = input.programSlug !== undefined ? await requireManagedProgramBySlug(tx, viewer, input.programSlug) : await requireManagedProgram(tx, viewer, input.programId ?? '');
  const named = importFilenameShape.safeParse(input.filename ?? '');
  if (!named.success) throw invalid('filename', named.error.issues[0].message, 'REQUIRED');
  const filename = named.data;
  const maxBytes = importMaxBytes();
  const [draft] = await tx
    .insert(imports)
    .values({
      programId: program.id,
      createdById: viewer.kind === 'user' ? viewer.user.id : null,
      createdByApiKeyId: viewer.kind === 'apiKey' ? viewer.apiKey.id : null,
      filename,
      status: IMPORT_STATUS.DRAFT,
      // Known once the file is read; the row must exist first for its chunks to point at it.
      byteSize: 0,
      contentSha256: '',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      headers: [],
      mapping: {},
    })
    .returning();
  const fileField = input.fileField ?? 'file';
  let stored: { byteSize: number; sha256: string };
  let scan: ImportFileScan;
  try {
    stored = await storeImportFile(tx, draft.id, input.source, maxBytes, () => tooLarge(maxBytes));
    scan = await scanImportFile(tx, draft.id, { encoding: input.encoding, maxBytes });
  } catch (error) {
    // Thrown out of the transaction: the row and the chunks stored so far are rolled back.
    if (error instanceof CsvFileError) throw fileRefused(fileField, error);
    throw error;
  }
  const detected = await detectedMapping(tx, program, scan.headers);
  const [created] = await tx
    .update(imports)
    .set({ ...scanColumns(scan), byteSize: stored.byteSize, contentSha256: stored.sha256, mapping: detected })
    .where(eq(imports.id, draft.id))
    .returning();
  await recordEvent(tx, viewer, {
    programId: program.id,
    action: 'import.uploaded',
    subjectType: 'Import',
    subjectId: created.id,
    data: { filename, byteSize: stored.byteSize, rows: scan.totalRows },
  });
  return { importRow: created, program };
}

/** A file that cannot be imported at all, as the userError the manager reads. */
export function fileRefused(field: string, error: CsvFileError): InvalidInputError {
  return new InvalidInputError(
    [{ field: [field], message: error.message, code: error.code === CSV_FILE_ERROR.TOO_LARGE ? 'OUT_OF_RANGE' : 'INVALID' }],
    { fileError: { code: error.code, line: error.line ?? null } },
  );
}

/** The columns of an import row a scan of its file sets. */
export function scanColumns(scan: ImportFileScan) {
  return {
    encoding: scan.encoding,
    delimiter: scan.delimiter,
    headerLine: scan.headerLine,
    headers: scan.headers,
    totalRows: scan.totalRows,
    warnings: scan.warnings.map((w) => ({ line: w.line, code: w.code, message: w.message })),
    samples: scan.samples,
  };
}

/** The mapping detected from the headers, against the program's partnership custom fields, as stored (index as text). */
export async function detectedMapping(tx: Executor, program: ProgramRow, headers: readonly string[]): Promise<Record<string, string | null>> {
  const fields = await activeFieldDefinitions(tx, program.id, 'PARTNERSHIP');
  const { mapping } = detectMapping(headers, fields.map((f) => ({ key: f.key, label: f.label })));
  return Object.fromEntries(Object.entries(mapping).map(([index, target]) => [String(index), target]));
}
