import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { imports } from '../../src/server/db/schema';
import { activeFieldDefinitions } from '../../src/server/custom-fields/list-custom-fields';
import { storeImportFile } from '../../src/server/imports/import-file';
import { openCsv } from '../../src/server/imports/read-csv';
import { detectMapping, type ImportMapping } from '../../src/shapes/import-mapping';

async function* bytesOf(text: string | Buffer): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  // Several chunks, as an upload streams them.
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
}

export interface QueuedImportOptions {
  filename?: string;
  duplicateMode?: 'SKIP' | 'UPDATE';
  notify?: boolean;
  groupId?: string | null;
  createdById?: string | null;
  /** Replaces targets of the detected mapping, by column index. */
  mapping?: ImportMapping;
}

/**
 * A QUEUED import of `csv` for the program, as createImport + startImport leave one: the file
 * stored in chunks, its headers read and the mapping detected from them. (Until the API's
 * createImport lands, the run's tests make their imports with this.)
 */
export async function queueImport(db: Database, programId: string, csv: string | Buffer, options: QueuedImportOptions = {}) {
  const file = await openCsv(bytesOf(csv));
  let totalRows = 0;
  for await (const _ of file.records()) totalRows++;
  totalRows += file.problemCount();
  const fields = await activeFieldDefinitions(db, programId, 'PARTNERSHIP');
  const detected = detectMapping(file.headers, fields.map((f) => ({ key: f.key, label: f.label }))).mapping;
  const mapping = { ...detected, ...(options.mapping ?? {}) };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({
        programId,
        createdById: options.createdById ?? null,
        filename: options.filename ?? 'partners.csv',
        byteSize: 0,
        contentSha256: '',
        status: 'QUEUED',
        encoding: file.encoding,
        delimiter: file.delimiter,
        headerLine: file.headerLine,
        headers: file.headers,
        mapping: Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, v ?? null])),
        groupId: options.groupId ?? null,
        duplicateMode: options.duplicateMode ?? 'SKIP',
        notify: options.notify ?? true,
        totalRows,
      })
      .returning();
    const stored = await storeImportFile(tx, row.id, bytesOf(csv), Number.MAX_SAFE_INTEGER, () => new Error('too large'));
    const [done] = await tx.update(imports).set({ byteSize: stored.byteSize, contentSha256: stored.sha256 }).where(eq(imports.id, row.id)).returning();
    return done;
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
