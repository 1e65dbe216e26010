import type { Executor } from '../db/client';
import type { ProgramRow } from '../programs/access';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { fieldValueText } from '../custom-fields/values';
import { allProgramGroups } from '../groups/list-groups';
import { listProgramManagers } from '../programs/program-managers';
import { columnsByTarget, type ImportTarget } from '../../shapes/import-mapping';
import { checkImportRows, type CheckedLine } from './check-import-rows';
import type { ImportRow } from './rules';
import type { ImportProblem } from './validate-rows';

export const PREVIEW_ROWS = 10;
export const PREVIEW_PROBLEMS = 100;

export type PreviewAction = 'CREATE' | 'UPDATE' | 'SKIP' | 'FAIL';

export interface PreviewRow {
  line: number;
  action: PreviewAction;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  partnerKey: string | null;
  group: string | null;
  managerEmail: string | null;
  customFields: { key: string; label: string; value: string }[];
  problems: { line: number; column: string | null; message: string }[];
}

export interface ImportPreviewModel {
  totalRows: number;
  createCount: number;
  updateCount: number;
  skipCount: number;
  failCount: number;
  rows: PreviewRow[];
  problems: { line: number; column: string | null; message: string }[];
  problemCount: number;
}

const present = (p: ImportProblem) => ({ line: p.line, column: p.column ?? null, message: p.message });

/**
 * A DRAFT import checked in full before anything is written: how many rows each action takes,
 * the first rows as they will be imported, the first problems in line order and how many there
 * are. Reads the stored file once, in batches; the database a fixed number of times per batch.
 */
export async function previewImport(db: Executor, program: ProgramRow, importRow: ImportRow): Promise<ImportPreviewModel> {
  const [definitions, groups, managers] = await Promise.all([
    activeFieldDefinitions(db, program.id, 'PARTNERSHIP'),
    allProgramGroups(db, program.id),
    listProgramManagers(db, program.id),
  ]);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const managerEmails = new Map(managers.map((m) => [m.userId, m.email]));
  const columns = columnsByTarget(importRow.mapping as Record<number, ImportTarget | null>);
  const raw = (cells: string[], target: ImportTarget) => {
    const column = columns.get(target);
    const value = column === undefined ? '' : (cells[column] ?? '');
    return value === '' ? null : value;
  };

  const preview: ImportPreviewModel = { totalRows: 0, createCount: 0, updateCount: 0, skipCount: 0, failCount: 0, rows: [], problems: [], problemCount: 0 };
  const rowOf = (line: CheckedLine): PreviewRow => {
    const blank = { line: line.line, email: raw(line.cells, 'email'), firstName: null, lastName: null, company: null, partnerKey: null, group: null, managerEmail: null, customFields: [], problems: [] };
    if ('csvProblem' in line) return { ...blank, action: 'FAIL', problems: [{ line: line.line, column: null, message: line.csvProblem.message }] };
    const { outcome } = line;
    if (outcome.action === 'reject') {
      return { ...blank, firstName: raw(line.cells, 'firstName'), lastName: raw(line.cells, 'lastName'), company: raw(line.cells, 'company'), action: 'FAIL', problems: outcome.problems.map(present) };
    }
    if (outcome.action === 'skip') return { ...blank, email: outcome.email, action: 'SKIP' };
    const { row } = outcome;
    return {
      ...blank,
      action: outcome.action === 'create' ? 'CREATE' : 'UPDATE',
      email: row.email,
      firstName: row.firstName || null,
      lastName: row.lastName || null,
      company: row.company,
      partnerKey: row.partnerKey,
      group: row.groupId ? (groupNames.get(row.groupId) ?? null) : null,
      managerEmail: row.programManagerId ? (managerEmails.get(row.programManagerId) ?? null) : null,
      customFields: definitions.flatMap((d) => {
        const value = fieldValueText(row.customFieldValues[d.key]);
        return value === null ? [] : [{ key: d.key, label: d.label, value }];
      }),
    };
  };

  for await (const batch of checkImportRows(db, program, importRow)) {
    for (const line of batch) {
      preview.totalRows++;
      const fails = 'csvProblem' in line || line.outcome.action === 'reject';
      // Presented only when shown or when its problems are listed: most rows are just counted.
      const row = preview.rows.length < PREVIEW_ROWS || fails ? rowOf(line) : null;
      if (row && preview.rows.length < PREVIEW_ROWS) preview.rows.push(row);
      if (fails) {
        preview.failCount++;
        for (const problem of row!.problems) {
          preview.problemCount++;
          if (preview.problems.length < PREVIEW_PROBLEMS) preview.problems.push(problem);
        }
      } else {
        const { action } = (line as Extract<CheckedLine, { outcome: unknown }>).outcome;
        if (action === 'create') preview.createCount++;
        else if (action === 'update') preview.updateCount++;
        else preview.skipCount++;
      }
    }
  }
  return preview;
}
