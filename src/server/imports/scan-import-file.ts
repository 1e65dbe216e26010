import type { Executor } from '../db/client';
import { importFileBytes } from './import-file';
import { openCsv, type CsvEncoding, type CsvWarning } from './read-csv';
import { IMPORT_SAMPLE_MAX_CHARS, IMPORT_SAMPLES_PER_COLUMN } from './rules';

export interface ImportFileScan {
  headers: string[];
  headerLine: number;
  encoding: CsvEncoding;
  delimiter: string;
  totalRows: number;
  warnings: CsvWarning[];
  samples: string[][];
}

/**
 * One full pass over a stored file: whatever can only show late in the file (a quote never
 * closed, the size limit) fails here, before the import exists for the manager, and what the
 * mapping step shows (headers, counts, samples, warnings) is kept so reading an import never
 * reads its file again. Throws CsvFileError for a file that cannot be imported.
 */
export async function scanImportFile(tx: Executor, importId: string, options: { encoding?: CsvEncoding; maxBytes: number }): Promise<ImportFileScan> {
  const file = await openCsv(importFileBytes(tx, importId), { encoding: options.encoding, maxBytes: options.maxBytes, maxKeptProblems: 0 });
  try {
    const samples: string[][] = file.headers.map(() => []);
    let wanting = file.headers.length;
    let records = 0;
    for await (const record of file.records()) {
      records++;
      if (wanting === 0) continue;
      record.cells.forEach((cell, column) => {
        const kept = samples[column];
        if (cell === '' || kept.length >= IMPORT_SAMPLES_PER_COLUMN) return;
        kept.push(cell.length > IMPORT_SAMPLE_MAX_CHARS ? `${cell.slice(0, IMPORT_SAMPLE_MAX_CHARS)}…` : cell);
        if (kept.length === IMPORT_SAMPLES_PER_COLUMN) wanting--;
      });
    }
    return {
      headers: file.headers,
      headerLine: file.headerLine,
      encoding: file.encoding,
      delimiter: file.delimiter,
      // Rows the reader cannot use count too: the run reports them as failed, with their line.
      totalRows: records + file.problemCount(),
      warnings: file.warnings,
      samples,
    };
  } catch (error) {
    file.close();
    throw error;
  }
}

