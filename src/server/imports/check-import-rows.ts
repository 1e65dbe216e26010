import type { Executor } from '../db/client';
import type { ProgramRow } from '../programs/access';
import { importFileBytes } from './import-file';
import { importMaxBytes, openCsv, type CsvEncoding, type CsvProblem, type CsvDelimiter } from './read-csv';
import type { ImportRow } from './rules';
import { createRowValidator, type ImportRowOutcome } from './validate-rows';

/** Records validated at once: the validator's statements per batch are fixed, so this bounds them. */
export const CHECK_BATCH_ROWS = 1000;

/** One line of the file as the check sees it: a validated record, or a row the reader could not use. */
export type CheckedLine = { line: number; cells: string[]; outcome: ImportRowOutcome } | { line: number; cells: string[]; csvProblem: CsvProblem };

/**
 * The whole stored file of an import checked with its current mapping and options, streamed:
 * batches of lines in line order, each record's outcome and each unreadable row's problem. What
 * the preview counts and the problem-rows download writes; nothing is written to the database.
 */
export async function* checkImportRows(db: Executor, program: ProgramRow, importRow: ImportRow): AsyncGenerator<CheckedLine[], void, undefined> {
  const validator = await createRowValidator(db, program, importRow.headers, importRow.mapping, {
    duplicateMode: importRow.duplicateMode,
    groupId: importRow.groupId,
    dateOrder: importRow.dateOrder,
  });
  let unreadable: CheckedLine[] = [];
  const file = await openCsv(importFileBytes(db, importRow.id), {
    encoding: importRow.encoding as CsvEncoding,
    delimiter: importRow.delimiter as CsvDelimiter,
    maxBytes: importMaxBytes(),
    maxKeptProblems: 0,
    onProblem: (problem) => unreadable.push({ line: problem.line, cells: problem.cells, csvProblem: problem }),
  });
  try {
    let records: { line: number; cells: string[] }[] = [];
    // A row problem is reported before the reader yields any later record, so every pending one
    // sorts before the next batch: sorting each batch keeps the whole stream in line order.
    const flush = async (): Promise<CheckedLine[]> => {
      const outcomes = records.length > 0 ? await validator.validate(records) : [];
      const lines: CheckedLine[] = [...unreadable, ...outcomes.map((outcome, i) => ({ line: outcome.line, cells: records[i].cells, outcome }))];
      records = [];
      unreadable = [];
      return lines.sort((a, b) => a.line - b.line);
    };
    for await (const record of file.records()) {
      records.push(record);
      if (records.length >= CHECK_BATCH_ROWS) yield await flush();
    }
    const last = await flush();
    if (last.length > 0) yield last;
  } finally {
    file.close();
  }
}

/** The reason a line cannot be imported, for the reason column of a download; null when it can. */
export function lineReason(line: CheckedLine): string | null {
  if ('csvProblem' in line) return line.csvProblem.message;
  if (line.outcome.action !== 'reject') return null;
  return line.outcome.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join(' ');
}
