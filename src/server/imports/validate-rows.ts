import type { Executor } from '../db/client';
import type { ProgramRow } from '../programs/access';
import { listProgramManagers } from '../programs/program-managers';
import { allProgramGroups } from '../groups/list-groups';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { parseFieldValue, type FieldDefinition, type FieldValues } from '../custom-fields/values';
import { PARTNER_KEY_MAX, PARTNER_KEY_PATTERN, partnerKeyHolders } from '../partnerships/partner-key';
import { livePartnershipsByEmail } from '../partnerships/open-partnership';
import { invalid, InvalidInputError, userErrorsFromZod } from '../shared/errors';
import { accessLevelShape, emailShape } from '../../shapes/people';
import { columnsByTarget, customFieldTarget, mappingShape, type ImportMapping, type ImportTarget } from '../../shapes/import-mapping';
import { DEFAULT_DATE_ORDER, isoDay, parseImportDate, type DateOrder } from '../../shapes/import-dates';

/**
 * Checking an import's rows before anything is written: each record of the file becomes the
 * row it will import as, or the problems that keep it out, each with its line. The validator
 * holds what it has seen across batches (emails and keys earlier in the file) and reads the
 * database a fixed number of times per batch whatever its size.
 */

export type DuplicateMode = 'SKIP' | 'UPDATE';
export type AccessLevel = 'OWNER' | 'ADMIN' | 'FINANCE' | 'MEMBER';

export interface ImportOptions {
  /** What a row whose email already has a live partnership in the program does. */
  duplicateMode: DuplicateMode;
  /** The group of rows whose group cell is empty or unmapped; default: the program's default group. */
  groupId?: string | null;
  /** How to read a slashed date such as 01/02/2024; default MDY. */
  dateOrder?: DateOrder;
}

/** One record of the CSV reader: its line in the file (1 = the header row) and its cells. */
export interface ImportRecord {
  line: number;
  cells: string[];
}

export interface ImportProblem {
  line: number;
  /** The header of the offending column, when one column is at fault. */
  column?: string;
  message: string;
}

/** A record as it will be imported. */
export interface ImportRow {
  /** Lowercased. */
  email: string;
  firstName: string;
  lastName: string;
  company: string | null;
  /** Null: made from the name when created, kept when updated. */
  partnerKey: string | null;
  /** Null only on an update whose row names no group (and the import none): the group stays. */
  groupId: string | null;
  /** Null: none when created, kept when updated. */
  programManagerId: string | null;
  accessLevel: AccessLevel | null;
  joinedAt: Date | null;
  externalId: string | null;
  notes: string | null;
  /** The values the row gives (an update merges them over the partnership's current ones). */
  customFieldValues: FieldValues;
}

export type ImportRowOutcome =
  | { line: number; action: 'create'; row: ImportRow }
  | { line: number; action: 'update'; partnershipId: string; row: ImportRow }
  | { line: number; action: 'skip'; partnershipId: string; email: string }
  | { line: number; action: 'reject'; problems: ImportProblem[] };

const LIMITS = { name: 80, company: 120, externalId: 200, notes: 5000 } as const;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off']);

/** A custom-field cell in the spellings exports use, turned into the text parseFieldValue reads. */
function fieldText(def: FieldDefinition, raw: string, dateOrder: DateOrder): string {
  const text = raw.trim();
  const option = (choice: string) => def.options.find((o) => o.toLowerCase() === choice.trim().toLowerCase()) ?? choice.trim();
  switch (def.type) {
    case 'BOOLEAN': {
      const word = text.toLowerCase();
      return TRUE_WORDS.has(word) ? 'true' : FALSE_WORDS.has(word) ? 'false' : text;
    }
    case 'DATE': {
      const date = parseImportDate(text, dateOrder);
      return date ? isoDay(date) : text;
    }
    case 'SELECT':
      return option(text);
    case 'MULTI_SELECT':
      // A JSON list as the app exports it, or "A; B" / "A, B" / "A | B" as spreadsheets hold it.
      return text.startsWith('[') ? text : JSON.stringify(text.split(/[;,|]/).filter((c) => c.trim() !== '').map(option));
    default:
      return text;
  }
}

interface Draft {
  line: number;
  problems: ImportProblem[];
  invalidKeys: Set<string>;
  email: string | null;
  row: ImportRow;
}

export class RowValidator {
  private readonly emailLines = new Map<string, number>();
  private readonly keyLines = new Map<string, number>();
  private readonly columns: Map<ImportTarget, number>;
  private readonly dateOrder: DateOrder;

  constructor(
    private readonly db: Executor,
    private readonly program: ProgramRow,
    private readonly headers: readonly string[],
    mapping: ImportMapping,
    private readonly options: ImportOptions,
    private readonly definitions: FieldDefinition[],
    private readonly groupIdsByName: Map<string, string>,
    private readonly fallbackGroupId: string,
    private readonly managerIdsByEmail: Map<string, string>,
  ) {
    this.columns = columnsByTarget(mapping);
    this.dateOrder = options.dateOrder ?? DEFAULT_DATE_ORDER;
  }

  /**
   * The outcome of each record, in the order given. Records must come in file order, each once.
   * `db` is where the two reads run: a run passes its batch's transaction, so what it writes
   * follows from what it read under its locks.
   */
  async validate(records: readonly ImportRecord[], db: Executor = this.db): Promise<ImportRowOutcome[]> {
    const drafts = records.map((record) => this.draft(record));
    const emails = [...new Set(drafts.flatMap((d) => (d.email ? [d.email] : [])))];
    const keys = [...new Set(drafts.flatMap((d) => (d.row.partnerKey ? [d.row.partnerKey] : [])))];
    const [existing, keyHolders] = await Promise.all([
      livePartnershipsByEmail(db, this.program.id, emails),
      partnerKeyHolders(db, this.program.id, keys),
    ]);
    return drafts.map((draft) => this.decide(draft, existing, keyHolders));
  }

  /**
   * The emails a batch would check, lowercased and valid, without remembering them: a run locks
   * them before validating the batch in its transaction.
   */
  emailsOf(records: readonly ImportRecord[]): string[] {
    const emails = new Set<string>();
    for (const record of records) {
      const parsed = emailShape.safeParse(this.cell(record, 'email'));
      if (parsed.success) emails.add(parsed.data);
    }
    return [...emails];
  }

  /**
   * Records an earlier run already imported (a resumed run skips them): their emails and keys
   * count as seen, so a later duplicate of one is still caught, and nothing is read or decided.
   */
  remember(records: readonly ImportRecord[]): void {
    for (const record of records) this.draft(record);
  }

  private header(target: ImportTarget): string | undefined {
    const column = this.columns.get(target);
    return column === undefined ? undefined : (this.headers[column] ?? `Column ${column + 1}`);
  }

  private cell(record: ImportRecord, target: ImportTarget): string {
    const column = this.columns.get(target);
    return column === undefined ? '' : (record.cells[column] ?? '').trim();
  }

  /** Everything one record can tell without the database. */
  private draft(record: ImportRecord): Draft {
    const { line } = record;
    const problems: ImportProblem[] = [];
    const problem = (target: ImportTarget, message: string) => problems.push({ line, column: this.header(target), message });
    const text = (target: ImportTarget, max: number, what: string): string | null => {
      const value = this.cell(record, target);
      if (value.length > max) problem(target, `${what} is longer than ${max} characters.`);
      return value === '' ? null : value;
    };

    let email: string | null = null;
    const rawEmail = this.cell(record, 'email');
    if (rawEmail === '') problem('email', 'The email address is missing.');
    else {
      const parsed = emailShape.safeParse(rawEmail);
      if (parsed.success) email = parsed.data;
      else problem('email', `"${rawEmail}" is not a valid email address.`);
    }
    if (email) {
      const earlier = this.emailLines.get(email);
      if (earlier !== undefined) {
        problem('email', `${email} is also on line ${earlier}: import each partner once.`);
        email = null;
      } else this.emailLines.set(email, line);
    }

    let partnerKey = this.cell(record, 'partnerKey') || null;
    if (partnerKey) {
      if (!PARTNER_KEY_PATTERN.test(partnerKey)) {
        problem('partnerKey', `The partner key "${partnerKey}" may use lowercase letters and digits only: no spaces, capitals or special characters.`);
        partnerKey = null;
      } else if (partnerKey.length > PARTNER_KEY_MAX) {
        problem('partnerKey', `The partner key "${partnerKey}" is longer than ${PARTNER_KEY_MAX} characters.`);
        partnerKey = null;
      } else {
        const earlier = this.keyLines.get(partnerKey);
        if (earlier !== undefined) {
          problem('partnerKey', `The partner key "${partnerKey}" is also on line ${earlier}.`);
          // One problem per key: whoever holds it in the program, this row cannot have it.
          partnerKey = null;
        } else this.keyLines.set(partnerKey, line);
      }
    }

    let groupId: string | null = null;
    const groupName = this.cell(record, 'group');
    if (groupName !== '') {
      groupId = this.groupIdsByName.get(groupName.toLowerCase()) ?? null;
      if (!groupId) problem('group', `There is no group "${groupName}" in this program.`);
    }

    let programManagerId: string | null = null;
    const managerEmail = this.cell(record, 'managerEmail');
    if (managerEmail !== '') {
      programManagerId = this.managerIdsByEmail.get(managerEmail.toLowerCase()) ?? null;
      if (!programManagerId) problem('managerEmail', `${managerEmail} is not a manager of this program.`);
    }

    let accessLevel: AccessLevel | null = null;
    const level = this.cell(record, 'accessLevel');
    if (level !== '') {
      const parsed = accessLevelShape.safeParse(level.toUpperCase());
      if (parsed.success) accessLevel = parsed.data;
      else problem('accessLevel', `"${level}" is not an access level: use Owner, Admin, Finance or Member.`);
    }

    let joinedAt: Date | null = null;
    const joined = this.cell(record, 'joinedAt');
    if (joined !== '') {
      joinedAt = parseImportDate(joined, this.dateOrder);
      if (!joinedAt) problem('joinedAt', `"${joined}" is not a date: use YYYY-MM-DD, an ISO date-time, ${this.dateOrder === 'MDY' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'} or DD.MM.YYYY.`);
    }

    const customFieldValues: FieldValues = {};
    // A field whose cell is wrong already has its problem; it is not "missing" as well.
    const invalidKeys = new Set<string>();
    for (const def of this.definitions) {
      const target = customFieldTarget(def.key);
      const raw = this.cell(record, target);
      if (raw === '') continue;
      const parsed = parseFieldValue(def, fieldText(def, raw, this.dateOrder));
      if (parsed.error) {
        problem(target, `${def.label}: ${parsed.error}`);
        invalidKeys.add(def.key);
      }
      else if (!(Array.isArray(parsed.value) && parsed.value.length === 0)) customFieldValues[def.key] = parsed.value!;
    }

    return {
      line,
      problems,
      invalidKeys,
      email,
      row: {
        email: email ?? '',
        firstName: text('firstName', LIMITS.name, 'The first name') ?? '',
        lastName: text('lastName', LIMITS.name, 'The last name') ?? '',
        company: text('company', LIMITS.company, 'The company name'),
        partnerKey,
        groupId,
        programManagerId,
        accessLevel,
        joinedAt,
        externalId: text('externalId', LIMITS.externalId, 'The external id'),
        notes: text('notes', LIMITS.notes, 'The notes'),
        customFieldValues,
      },
    };
  }

  /** What the database says about a drafted record: skip, update, a taken key, missing fields. */
  private decide(
    draft: Draft,
    existing: Map<string, { partnershipId: string; customFieldValues: Record<string, unknown> }>,
    keyHolders: Map<string, string>,
  ): ImportRowOutcome {
    const { line, row } = draft;
    const current = draft.email ? existing.get(draft.email) : undefined;
    // A skipped row writes nothing, so nothing else in it can stand in the way.
    if (current && this.options.duplicateMode === 'SKIP') {
      return { line, action: 'skip', partnershipId: current.partnershipId, email: row.email };
    }
    const problems = [...draft.problems];
    if (row.partnerKey) {
      const holder = keyHolders.get(row.partnerKey);
      if (holder && holder !== current?.partnershipId) {
        problems.push({ line, column: this.header('partnerKey'), message: `The partner key "${row.partnerKey}" is already used by another partnership in this program.` });
      }
    }
    const values = { ...(current?.customFieldValues ?? {}), ...row.customFieldValues };
    for (const def of this.definitions) {
      if (def.required && !draft.invalidKeys.has(def.key) && (values[def.key] === undefined || values[def.key] === '')) {
        problems.push({ line, column: this.header(customFieldTarget(def.key)), message: `${def.label} is required.` });
      }
    }
    if (problems.length > 0) return { line, action: 'reject', problems };
    if (current) return { line, action: 'update', partnershipId: current.partnershipId, row: { ...row, groupId: row.groupId ?? this.options.groupId ?? null } };
    return { line, action: 'create', row: { ...row, groupId: row.groupId ?? this.fallbackGroupId } };
  }
}

/**
 * A validator for one import of the program: checks the mapping (userErrors under `mapping`)
 * and the target group (under `groupId`), and reads the program's custom fields, groups and
 * managers once, so each batch costs the same two statements whatever its size.
 */
export async function createRowValidator(
  db: Executor,
  program: ProgramRow,
  headers: readonly string[],
  mapping: unknown,
  options: ImportOptions,
): Promise<RowValidator> {
  const definitions = await activeFieldDefinitions(db, program.id, 'PARTNERSHIP');
  const checked = mappingShape({ customFieldKeys: definitions.map((d) => d.key), columnCount: headers.length }).safeParse(mapping);
  if (!checked.success) {
    throw new InvalidInputError(userErrorsFromZod(checked.error).map((e) => ({ ...e, field: ['mapping', ...e.field.filter((f) => f !== 'input')] })));
  }
  const [groups, managers] = await Promise.all([allProgramGroups(db, program.id), listProgramManagers(db, program.id)]);
  const fallback = options.groupId ? groups.find((g) => g.id === options.groupId) : groups.find((g) => g.isDefault);
  if (!fallback) throw invalid('groupId', 'Choose a group of this program.');
  return new RowValidator(
    db,
    program,
    headers,
    checked.data,
    options,
    definitions,
    new Map(groups.map((g) => [g.name.toLowerCase(), g.id])),
    fallback.id,
    new Map(managers.map((m) => [m.email, m.userId])),
  );
}
