import { toGlobalId } from '../shared/ids';
import { encodingToApi, type ImportRow } from './rules';

/** The file's columns as the mapping step shows them: header, target, first cells. */
export function importColumns(row: ImportRow) {
  return row.headers.map((header, index) => ({ index, header, target: row.mapping[String(index)] ?? null, samples: row.samples[index] ?? [] }));
}

export function unmappedColumns(row: ImportRow): number[] {
  return row.headers.flatMap((_, index) => (row.mapping[String(index)] ? [] : [index]));
}

/** The upload route's answer: the import as the GraphQL API names its fields. */
export function presentImport(row: ImportRow) {
  return {
    id: toGlobalId('Import', row.id),
    status: row.status,
    filename: row.filename,
    byteSize: row.byteSize,
    totalRows: row.totalRows,
    encoding: encodingToApi(row.encoding),
    delimiter: row.delimiter,
    headerLine: row.headerLine,
    columns: importColumns(row),
    unmappedColumns: unmappedColumns(row),
    warnings: row.warnings.map((w) => ({ line: w.line, message: w.message })),
    createdAt: row.createdAt.toISOString(),
  };
}
