import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { importFailures } from '../db/schema';
import { csvCell } from '../exports/partnerships-csv';
import type { ProgramRow } from '../programs/access';
import { checkImportRows, lineReason } from './check-import-rows';
import type { ImportRow } from './rules';

/** Rows of import_failures read at once by the failed-rows download. */
export const FAILED_ROWS_PAGE = 1000;

/** The column the downloads add; detectMapping maps no header "reason", so a fixed file imports as it was. */
export const REASON_COLUMN = 'reason';

/**
 * A download of rows to fix: UTF-8 with a byte-order mark (so Excel reads accents), the file's own
 * header row and a reason column, every cell as text a spreadsheet never runs as a formula. The
 * rows keep their columns, so the fixed file imports with the same mapping.
 */
function csvLine(cells: readonly string[], width: number, reason: string): string {
  const padded = Array.from({ length: width }, (_, i) => cells[i] ?? '');
  // A row with extra cells keeps them after the named columns, for the person fixing it.
  const extra = cells.slice(width);
  return `${[...padded, ...extra, reason].map(csvCell).join(',')}\r\n`;
}

function headerLine(importRow: ImportRow): string {
  return `\uFEFF${[...importRow.headers, REASON_COLUMN].map(csvCell).join(',')}\r\n`;
}

/** Every row of a DRAFT import's file the check finds a problem in, streamed in the check's batches. */
export async function* problemRowsCsv(db: Executor, program: ProgramRow, importRow: ImportRow): AsyncGenerator<string> {
  yield headerLine(importRow);
  for await (const batch of checkImportRows(db, program, importRow)) {
    let text = '';
    for (const line of batch) {
      const reason = lineReason(line);
      if (reason !== null) text += csvLine(line.cells, importRow.headers.length, reason);
    }
    if (text) yield text;
  }
}

/** The rows a run could not import, in line order, a page of import_failures at a time. */
export async function* failedRowsCsv(db: Executor, importRow: ImportRow): AsyncGenerator<string> {
  yield headerLine(importRow);
  let after = 0;
  for (;;) {
    const rows = await db
      .select({ line: importFailures.line, cells: importFailures.cells, reason: importFailures.reason })
      .from(importFailures)
      .where(and(eq(importFailures.importId, importRow.id), gt(importFailures.line, after)))
      .orderBy(asc(importFailures.line))
      .limit(FAILED_ROWS_PAGE);
    if (rows.length === 0) return;
    yield rows.map((r) => csvLine(r.cells, importRow.headers.length, r.reason)).join('');
    after = rows[rows.length - 1].line;
    if (rows.length < FAILED_ROWS_PAGE) return;
  }
}
