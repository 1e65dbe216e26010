import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { groups } from '../db/schema';
import type { ProgramRow } from '../programs/access';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { InvalidInputError, invalid, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { isImportTarget, mappingShape } from '../../shapes/import-mapping';
import type { ImportSettingsInput } from './import-inputs';
import { CsvFileError, importMaxBytes } from './read-csv';
import { ENCODING_FROM_API, type ImportRow } from './rules';
import { detectedMapping, fileRefused, scanColumns } from './create-import';
import { scanImportFile } from './scan-import-file';

type ImportChanges = Partial<Pick<ImportRow, 'mapping' | 'groupId' | 'duplicateMode' | 'notify' | 'dateOrder' | 'encoding' | 'delimiter' | 'headerLine' | 'headers' | 'totalRows' | 'warnings' | 'samples'>>;

/** How a column is named in a message: its position as a person counts and its header. */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index];
  return header ? `Column ${index + 1} ("${header}")` : `Column ${index + 1}`;
}

/**
 * The problems of a mapping for this file and program, each under settings.mapping.<column> and
 * naming the column. `requireEmail`: a mapping being edited may lack its email column for now;
 * one being started may not.
 */
export async function mappingProblems(
  tx: Executor,
  program: ProgramRow,
  headers: readonly string[],
  mapping: Record<string, string | null>,
  options: { requireEmail: boolean; field?: string[] },
): Promise<UserError[]> {
  const field = options.field ?? ['settings', 'mapping'];
  const fields = await activeFieldDefinitions(tx, program.id, 'PARTNERSHIP');
  // A target that is no target at all stops zod before the mapping's own rules run: those are
  // checked over the rest, so the manager hears of every column at once.
  const unknown = Object.entries(mapping).filter(([, target]) => target != null && !isImportTarget(target));
  const rest = Object.fromEntries(Object.entries(mapping).map(([column, target]) => [column, target != null && isImportTarget(target) ? target : null]));
  const checked = mappingShape({ customFieldKeys: fields.map((f) => f.key), columnCount: headers.length }).safeParse(rest);
  const issues = [
    ...unknown.map(([column]) => ({ path: [column], message: 'Choose a field to import this column into, or ignore it.' })),
    ...(checked.success ? [] : checked.error.issues),
  ].sort((a, b) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1));
  return issues.flatMap((issue): UserError[] => {
    const column = issue.path[0];
    if (column === undefined) return options.requireEmail ? [{ field, message: issue.message, code: 'REQUIRED' }] : [];
    const index = Number(column);
    return [{ field: [...field, String(column)], message: `${columnName(headers, index)}: ${issue.message}`, code: 'INVALID' }];
  });
}

/** The mapping list of the API as stored: every column of the file, those not listed ignored. */
function mappingRecord(headers: readonly string[], list: NonNullable<ImportSettingsInput['mapping']>): Record<string, string | null> {
  const errors: UserError[] = [];
  const mapping: Record<string, string | null> = Object.fromEntries(headers.map((_, i) => [String(i), null]));
  const seen = new Set<number>();
  for (const { index, target } of list) {
    const field = ['settings', 'mapping', String(index)];
    if (index >= headers.length) errors.push({ field, message: `The file has no column ${index + 1}: it has ${headers.length}.`, code: 'OUT_OF_RANGE' });
    else if (seen.has(index)) errors.push({ field, message: `${columnName(headers, index)} is listed twice; give each column one target.`, code: 'INVALID' });
    else mapping[String(index)] = target ?? null;
    seen.add(index);
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
  return mapping;
}

/**
 * What a DRAFT import's settings change, checked against its file and program. A new encoding
 * reads the file again (its headers may read differently); the mapping is then detected again
 * unless one is given. Throws InvalidInputError naming each bad setting.
 */
export async function settingsChanges(tx: Executor, program: ProgramRow, current: ImportRow, settings: ImportSettingsInput): Promise<ImportChanges> {
  const changes: ImportChanges = {};
  let headers = current.headers;
  if (settings.encoding != null && ENCODING_FROM_API[settings.encoding] !== current.encoding) {
    try {
      const scan = await scanImportFile(tx, current.id, { encoding: ENCODING_FROM_API[settings.encoding], maxBytes: importMaxBytes() });
      Object.assign(changes, scanColumns(scan));
      // A file with a BOM keeps the encoding its BOM names, whatever was asked.
      if (scan.encoding !== ENCODING_FROM_API[settings.encoding]) {
        throw invalid('settings.encoding', `This file starts with a byte-order mark saying it is ${scan.encoding.toUpperCase()}; it cannot be read in another encoding.`);
      }
      if (JSON.stringify(scan.headers) !== JSON.stringify(headers)) changes.mapping = await detectedMapping(tx, program, scan.headers);
      headers = scan.headers;
    } catch (error) {
      if (error instanceof CsvFileError) throw fileRefused('settings.encoding', error);
      throw error;
    }
  }
  if (settings.mapping != null) {
    const mapping = mappingRecord(headers, settings.mapping);
    const problems = await mappingProblems(tx, program, headers, mapping, { requireEmail: false });
    if (problems.length > 0) throw new InvalidInputError(problems);
    changes.mapping = mapping;
  }
  if (settings.groupId !== undefined) {
    if (settings.groupId === null) changes.groupId = null;
    else {
      const groupId = fromGlobalId('Group', settings.groupId);
      const [group] = groupId ? await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.id, groupId), eq(groups.programId, program.id))) : [];
      if (!group) throw invalid('settings.groupId', 'Choose a group of this program.');
      changes.groupId = group.id;
    }
  }
  if (settings.duplicateMode != null) changes.duplicateMode = settings.duplicateMode;
  if (settings.notify != null) changes.notify = settings.notify;
  if (settings.dateOrder != null) changes.dateOrder = settings.dateOrder;
  return changes;
}
