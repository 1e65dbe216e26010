/**
 * Streamed reader for partner files uploaded to the importer (issue 10, "Bad files").
 *
 * `openCsv(source)` reads only the head of the file (up to `sniffBytes`) to choose the encoding,
 * the delimiter and the header row, then `file.records()` streams the rest through csv-parse: the
 * whole file is never held in memory, whatever its size. Everything that makes a file unusable is
 * a `CsvFileError` (thrown by `openCsv`, or by `records()` when it only shows later in the file,
 * such as the size limit or a quote never closed); callers run a full pass (the preview) before
 * writing anything, so a file that fails late never leaves a half-made import. What is wrong
 * with one row only is a `CsvProblem` for that line, and the rest of the file still reads.
 *
 * Cells are trimmed (spaces around a cell never mean anything in a partner export, and trimming
 * lets `a, "b"` parse) and line ends inside quoted cells become `\n`.
 */
import { Readable } from 'node:stream';
import { parse, type Parser } from 'csv-parse';

export const CSV_FILE_ERROR = {
  EMPTY: 'EMPTY',
  HEADERS_ONLY: 'HEADERS_ONLY',
  BINARY: 'BINARY',
  SPREADSHEET: 'SPREADSHEET',
  NOT_CSV: 'NOT_CSV',
  TOO_LARGE: 'TOO_LARGE',
  NO_HEADER: 'NO_HEADER',
  BAD_ENCODING: 'BAD_ENCODING',
  BAD_QUOTES: 'BAD_QUOTES',
  RECORD_TOO_LARGE: 'RECORD_TOO_LARGE',
} as const;
export type CsvFileErrorCode = (typeof CSV_FILE_ERROR)[keyof typeof CSV_FILE_ERROR];

/** The file cannot be imported at all; `message` tells the manager what is wrong and what to do. */
export class CsvFileError extends Error {
  readonly code: CsvFileErrorCode;
  /** 1-based line of the file the error was found on, when there is one. */
  readonly line?: number;
  constructor(code: CsvFileErrorCode, message: string, line?: number) {
    super(message);
    this.name = 'CsvFileError';
    this.code = code;
    this.line = line;
  }
}

export const CSV_PROBLEM = { EXTRA_CELLS: 'EXTRA_CELLS' } as const;
export type CsvProblemCode = (typeof CSV_PROBLEM)[keyof typeof CSV_PROBLEM];

/** One row that cannot be read as it stands; it is not among the records. */
export interface CsvProblem {
  line: number;
  code: CsvProblemCode;
  message: string;
  /** The row's cells as read, so the failed-rows download can give it back to be fixed. */
  cells: string[];
}

export const CSV_WARNING = {
  DUPLICATE_HEADER: 'DUPLICATE_HEADER',
  EMPTY_HEADER: 'EMPTY_HEADER',
  HEADER_NOT_FIRST: 'HEADER_NOT_FIRST',
  FORMULAS: 'FORMULAS',
} as const;
export type CsvWarningCode = (typeof CSV_WARNING)[keyof typeof CSV_WARNING];

/** Something the manager should know that does not stop any row. */
export interface CsvWarning {
  line: number;
  code: CsvWarningCode;
  message: string;
}

export interface CsvRecord {
  /** 1-based physical line of the file where the record starts. */
  line: number;
  /** Exactly `headers.length` cells (short rows are padded with ''). */
  cells: string[];
}

export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface ReadCsvOptions {
  /** Stop with TOO_LARGE as soon as more bytes than this arrive. Default: `importMaxBytes()`. */
  maxBytes?: number;
  /** Chosen by the manager; otherwise a BOM decides, else UTF-8 if the head is valid UTF-8, else windows-1252. */
  encoding?: CsvEncoding;
  /** Chosen by the manager; otherwise sniffed from the first lines. */
  delimiter?: CsvDelimiter;
  /** How much of the head is read to decide encoding, delimiter and header. Default 64 KiB. */
  sniffBytes?: number;
  /** Called for every row problem (all of them, however many). */
  onProblem?: (problem: CsvProblem) => void;
  /** How many problems `file.problems` keeps (`problemCount` counts them all). Default 1000. */
  maxKeptProblems?: number;
}

export interface CsvFile {
  headers: string[];
  /** 1-based line of the header row. */
  headerLine: number;
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Grows while `records()` runs (FORMULAS is added at the end). */
  warnings: CsvWarning[];
  /** The first `maxKeptProblems` row problems; complete once `records()` has finished. */
  problems: CsvProblem[];
  problemCount: () => number;
  /** Streams the records after the header. Call once. */
  records: () => AsyncGenerator<CsvRecord, void, undefined>;
  /** Stops reading the source (when the caller gives up before the end). */
  close: () => void;
}

export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_SNIFF_BYTES = 64 * 1024;
const HEADER_SEARCH_LINES = 10;
/** Bounds the memory one record can take: a quote never closed would otherwise swallow the file. */
const MAX_RECORD_CHARS = 1024 * 1024;

type Env = Record<string, string | undefined>;

/** IMPORT_MAX_BYTES, in bytes; a misspelt limit stops the server rather than silently lifting it. */
export function importMaxBytes(env: Env = process.env): number {
  const raw = env.IMPORT_MAX_BYTES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_IMPORT_MAX_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`IMPORT_MAX_BYTES must be a whole number of bytes, 1 or more, not "${raw}".`);
  return value;
}

/*
 * Formulas (OWASP "CSV injection"). Decision: the reader keeps every cell exactly as written and
 * nothing in Partnerly ever evaluates one. `=HYPERLINK("https://…","Alice")` stays that text; we do
 * not strip it to "Alice", because guessing at a formula's meaning would silently change data and
 * a value such as "-12" or "+49 30 1234" is not a formula at all. The danger is only in giving the
 * value back to a spreadsheet: the failed-rows download passes every cell through
 * `neutraliseFormula` (or `csvCell` of the partners export, the same rule plus quoting), so Excel,
 * LibreOffice and Sheets show it as text. A FORMULAS warning tells the manager where they were.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER_OR_PHONE = /^[+-]?[\d\s().,/-]*\d[\d\s().,/-]*$/;

/** True when a spreadsheet would run the value as a formula: `=…`, or `+`/`-`/`@` followed by more than a plain number or phone number. */
export function looksLikeFormula(value: string): boolean {
  if (value.startsWith('=')) return true;
  if (value.length < 2 || !/^[+\-@]/.test(value)) return false;
  return !PLAIN_NUMBER_OR_PHONE.test(value);
}

/**
 * For files we give back to people: a leading `'` makes a spreadsheet show a formula-looking cell
 * as text. Plain numbers such as "-12" stay as they are. The same rule as `csvCell` of the
 * partners export (src/server/exports/partnerships-csv.ts), which also does the quoting.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

type Source = Readable | AsyncIterable<Uint8Array>;

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(maxBytes: number): CsvFileError {
  return new CsvFileError(
    CSV_FILE_ERROR.TOO_LARGE,
    `The file is larger than the ${size(maxBytes)} an import accepts. Split it into smaller CSV files and import them one after the other.`,
  );
}

/** Pulls raw chunks, counting bytes; the size limit fails as soon as it is passed, not at the end. */
function byteReader(source: Source, maxBytes: number) {
  const iterator = (source as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  let total = 0;
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    if (source instanceof Readable) source.destroy();
    else void iterator.return?.();
  };
  return {
    async next(): Promise<Uint8Array | null> {
      if (done) return null;
      const step = await iterator.next();
      if (step.done) {
        done = true;
        return null;
      }
      const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
      total += chunk.byteLength;
      if (total > maxBytes) {
        stop();
        throw tooLarge(maxBytes);
      }
      return chunk;
    },
    stop,
  };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function refuseBinary(head: Uint8Array): void {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new CsvFileError(
      CSV_FILE_ERROR.SPREADSHEET,
      'This is an Excel workbook (or another zipped file), not a CSV file. Open it in your spreadsheet and save it as CSV (in Excel: File › Save As › "CSV UTF-8"), then upload that file.',
    );
  }
  let nul = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0) nul++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  if (nul > 0 || control > head.length / 100) {
    throw new CsvFileError(
      CSV_FILE_ERROR.BINARY,
      'This file is not text (it looks like an image, a PDF or another binary file), so it cannot be a CSV file. Export your partners from the other service as CSV, or save your spreadsheet as CSV, and upload that file.',
    );
  }
}

/** UTF-16 without a BOM: every other byte of ASCII text is NUL. */
function utf16WithoutBom(head: Uint8Array): CsvEncoding | null {
  const pairs = Math.min(head.length >> 1, 2048);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
  return null;
}

function isValidUtf8(head: Uint8Array): boolean {
  try {
    // stream: true, so a character cut at the end of the head is not counted against it.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/*
 * Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 control characters (ISO-8859-1),
 * which windows-1252 uses for €, „, “, ”, –, —, Š, Ž, œ and the like; this puts them back.
 */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
const C1 = /[\u0080-\u009f]/g;
const fixCp1252 = (text: string) => (C1.test(text) ? text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c) : text);

function badEncoding(line: number): CsvFileError {
  return new CsvFileError(
    CSV_FILE_ERROR.BAD_ENCODING,
    `Line ${line} is not valid UTF-8 text. Choose the file's encoding (a file saved by Excel on Windows is usually Windows-1252) and upload it again, or save it as "CSV UTF-8".`,
    line,
  );
}

/** Decodes chunk by chunk (a character split between chunks is kept for the next one). */
function makeDecoder(encoding: CsvEncoding) {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: false });
  let lines = 1;
  return (chunk: Uint8Array | null): string => {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      // Where in this chunk: the first replacement character of a forgiving decode.
      const loose = chunk ? new TextDecoder('utf-8').decode(chunk) : '';
      const at = loose.indexOf('\uFFFD');
      let line = lines;
      for (let i = 0; i < (at < 0 ? 0 : at); i++) if (loose.charCodeAt(i) === 10 || (loose.charCodeAt(i) === 13 && loose.charCodeAt(i + 1) !== 10)) line++;
      throw badEncoding(line);
    }
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
    return encoding === 'windows-1252' ? fixCp1252(text) : text;
  };
}

/** Turns CRLF and CR into LF across chunk boundaries, so physical lines are simply counted by `\n`. */
function lineEndNormaliser() {
  let pendingCr = false;
  return (text: string, last: boolean): string => {
    let out = text;
    if (pendingCr) out = out.startsWith('\n') ? out : `\n${out}`;
    pendingCr = !last && out.endsWith('\r');
    if (pendingCr) out = out.slice(0, -1);
    return out.replace(/\r\n?/g, '\n');
  };
}

/** Lines of the head split outside quotes (a quoted cell's line breaks stay inside its line). */
function headLines(text: string, maxLines: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < maxLines && start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the most lines of the head into the same number of cells (title
 * lines above the header, with fewer, do not spoil it); ties go to the order of CSV_DELIMITERS.
 */
function sniffDelimiter(lines: string[]): CsvDelimiter | null {
  const nonBlank = lines.filter((line) => line.trim() !== '').slice(0, 30);
  let best: { delimiter: CsvDelimiter; score: number } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const tally = new Map<number, number>();
    for (const line of nonBlank) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, lineCount] of tally) score = Math.max(score, lineCount * 1000 + count);
    if (score > 0 && (!best || score > best.score)) best = { delimiter, score };
  }
  return best?.delimiter ?? null;
}

const COLUMN_NAME = /^\p{L}[\p{L}\p{N} _\-.#()/]*$/u;
const DATA_LIKE = /^(?:[+-]?[\d\s.,%$€£:/-]+|[^\s@]+@[^\s@]+\.[^\s@]+|true|false|yes|no)$/i;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/** A header names columns: no cell looks like an email address, and fewer than half look like data. */
function looksLikeHeader(cells: string[]): boolean {
  const named = cells.filter((cell) => cell !== '');
  if (named.length === 0 || named.some((cell) => EMAIL_LIKE.test(cell))) return false;
  return named.filter((cell) => DATA_LIKE.test(cell)).length * 2 < named.length;
}

function uniqueHeaders(raw: string[], line: number, warnings: CsvWarning[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(raw.map((name) => name.toLowerCase()));
  return raw.map((cell, index) => {
    let name = cell;
    if (name === '') {
      name = `Column ${index + 1}`;
      warnings.push({
        line,
        code: CSV_WARNING.EMPTY_HEADER,
        message: `Column ${index + 1} has no name in the header row; it is called "${name}".`,
      });
    }
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    let n = count;
    while (taken.has(`${key} (${n})`)) n++;
    const unique = `${name} (${n})`;
    taken.add(unique.toLowerCase());
    warnings.push({
      line,
      code: CSV_WARNING.DUPLICATE_HEADER,
      message: `The header row names "${cell}" more than once; column ${index + 1} is called "${unique}". Check which one you map.`,
    });
    return unique;
  });
}

function countLineBreaks(cells: string[]): number {
  let breaks = 0;
  for (const cell of cells) {
    if (cell.length === 0 || cell.indexOf('\n') === -1) continue;
    for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) breaks++;
  }
  return breaks;
}

/**
 * csv-parse names the line it gave up on; a record that never ends starts after the last record
 * parsed (`parsed`, its end line and the blank lines counted by then) and any blank lines since.
 */
function parserFailure(error: unknown, parsed: { lines: number; emptyLines: number }): unknown {
  if (error instanceof CsvFileError) return error;
  const { code, empty_lines: emptyLines } = error as { code?: string; empty_lines?: number };
  const at = Number(/line (\d+)/.exec(String((error as Error).message))?.[1]) || parsed.lines + 1;
  if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') {
    const start = parsed.lines + 1 + Math.max(0, (emptyLines ?? parsed.emptyLines) - parsed.emptyLines);
    if (code === 'CSV_MAX_RECORD_SIZE') {
      return new CsvFileError(
        CSV_FILE_ERROR.RECORD_TOO_LARGE,
        `The row that starts on line ${start} is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB, which usually means a quote that is never closed. Check that line for a missing closing ".`,
        start,
      );
    }
    return new CsvFileError(
      CSV_FILE_ERROR.BAD_QUOTES,
      `The row on line ${start} opens a quoted cell that is never closed, so the rest of the file cannot be read. Add the missing closing " on that line (a quote inside a cell is written twice: "").`,
      start,
    );
  }
  if (typeof code === 'string' && code.startsWith('CSV_')) {
    return new CsvFileError(
      CSV_FILE_ERROR.BAD_QUOTES,
      `Line ${at} has a quote in the wrong place (a quoted cell must be followed by the delimiter or the end of the line). Fix that line: a quote inside a cell is written twice ("") and the whole cell is put in quotes.`,
      at,
    );
  }
  return error;
}

interface ParsedRecord {
  line: number;
  cells: string[];
}

/**
 * Opens an uploaded partner file: reads its head, decides encoding, delimiter and header row, and
 * returns the file with its headers and a `records()` stream. Throws `CsvFileError` for a file that
 * cannot be imported.
 */
export async function openCsv(source: Source, options: ReadCsvOptions = {}): Promise<CsvFile> {
  const maxBytes = options.maxBytes ?? importMaxBytes();
  const sniffBytes = options.sniffBytes ?? DEFAULT_SNIFF_BYTES;
  const maxKeptProblems = options.maxKeptProblems ?? 1000;
  const bytes = byteReader(source, maxBytes);
  let input: Readable | undefined;
  let parser: Parser | undefined;

  try {
    // The head: enough bytes to recognise the file. Beyond it, only the first 20 lines are read
    // (to find the header) before records() runs.
    const headChunks: Uint8Array[] = [];
    let headLength = 0;
    let ended = false;
    while (headLength < sniffBytes) {
      const chunk = await bytes.next();
      if (!chunk) {
        ended = true;
        break;
      }
      headChunks.push(chunk);
      headLength += chunk.byteLength;
    }
    let head: Uint8Array = Buffer.concat(headChunks);

    let encoding: CsvEncoding;
    if (startsWith(head, [0xef, 0xbb, 0xbf])) {
      encoding = 'utf-8';
      head = head.subarray(3);
    } else if (startsWith(head, [0xff, 0xfe])) {
      encoding = 'utf-16le';
      head = head.subarray(2);
    } else if (startsWith(head, [0xfe, 0xff])) {
      encoding = 'utf-16be';
      head = head.subarray(2);
    } else {
      encoding = options.encoding ?? utf16WithoutBom(head) ?? (isValidUtf8(head) ? 'utf-8' : 'windows-1252');
    }
    if (!encoding.startsWith('utf-16')) refuseBinary(head);

    const parsed = { lines: 0, emptyLines: 0 };
    const decode = makeDecoder(encoding);
    const normalise = lineEndNormaliser();
    const headText = normalise(decode(head), ended) + (ended ? normalise(decode(null), true) : '');
    if (headText.trim() === '') {
      throw new CsvFileError(CSV_FILE_ERROR.EMPTY, 'The file is empty. Export your partners again (with a header row and one row per partner) and upload that file.');
    }
    if (encoding.startsWith('utf-16') && headText.includes('\u0000')) refuseBinary(new Uint8Array([0]));

    const lines = headLines(headText, 40);
    const delimiter = options.delimiter ?? sniffDelimiter(lines) ?? singleColumn(lines);

    async function* text(): AsyncGenerator<string> {
      yield headText;
      if (ended) return;
      for (let chunk = await bytes.next(); chunk; chunk = await bytes.next()) {
        const part = normalise(decode(chunk), false);
        if (part) yield part;
      }
      const rest = normalise(decode(null), true);
      if (rest) yield rest;
    }

    parser = parse({
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      max_record_size: MAX_RECORD_CHARS,
      // Runs as each record is parsed, so it is up to date when a later record fails.
      on_record: (record, context) => {
        parsed.lines = context.lines;
        parsed.emptyLines = context.empty_lines;
        return record;
      },
    });
    const csv = parser;
    const text$ = Readable.from(text(), { objectMode: false });
    input = text$;
    text$.on('error', (error) => csv.destroy(error as Error));
    text$.pipe(csv);
    const iterator = csv[Symbol.asyncIterator]() as AsyncIterator<{ info: { lines: number }; record: string[] }>;

    async function nextRecord(): Promise<ParsedRecord | null> {
      for (;;) {
        let step: IteratorResult<{ info: { lines: number }; record: string[] }>;
        try {
          step = await iterator.next();
        } catch (error) {
          throw parserFailure(error, parsed);
        }
        if (step.done) return null;
        const { info, record } = step.value;
        if (record.every((cell) => cell === '')) continue;
        return { line: info.lines - countLineBreaks(record), cells: record };
      }
    }

    const early: ParsedRecord[] = [];
    for (;;) {
      const record = await nextRecord();
      if (!record) break;
      early.push(record);
      // The rows under the last candidate help judge it.
      if (record.line > HEADER_SEARCH_LINES * 2) break;
    }
    // The header: the first row of the first lines that reads as column names and is as wide as
    // most data rows under it (title lines above it are narrower; data rows hold emails, numbers,
    // dates); failing that, the first that reads as column names with no wider such row under it
    // (its rows have extra cells).
    const width = (record: ParsedRecord) => trimTrailingEmpty(record.cells).length;
    const isNamed = (record: ParsedRecord) => looksLikeHeader(trimTrailingEmpty(record.cells));
    const named = early.filter((record) => record.line <= HEADER_SEARCH_LINES && isNamed(record));
    const below = (record: ParsedRecord) => early.slice(early.indexOf(record) + 1);
    const header =
      named.find((record) => {
        const data = below(record).filter((row) => !isNamed(row)).map(width).sort((a, b) => a - b);
        return data.length === 0 || width(record) >= data[(data.length - 1) >> 1];
      }) ?? named.find((record) => !below(record).some((row) => isNamed(row) && width(row) > width(record)));
    if (!header) {
      throw new CsvFileError(
        CSV_FILE_ERROR.NO_HEADER,
        `We could not find a header row in the first ${HEADER_SEARCH_LINES} lines. The file needs a row naming its columns (such as Email, First name, Last name) above the partners' rows; add one and upload the file again.`,
      );
    }

    const warnings: CsvWarning[] = [];
    if (header.line > 1) {
      warnings.push({
        line: header.line,
        code: CSV_WARNING.HEADER_NOT_FIRST,
        message: `The header row is line ${header.line}; the ${header.line === 2 ? 'line' : `${header.line - 1} lines`} above it ${header.line === 2 ? 'was' : 'were'} not imported.`,
      });
    }
    const headers = uniqueHeaders(trimTrailingEmpty(header.cells), header.line, warnings);
    const columns = headers.length;
    const problems: CsvProblem[] = [];
    let problemCount = 0;
    let consumed = false;

    async function* records(): AsyncGenerator<CsvRecord, void, undefined> {
      if (consumed) throw new Error('records() reads the file once; open it again to read it again.');
      consumed = true;
      let yielded = 0;
      let formulaCells = 0;
      let firstFormulaLine = 0;
      const pending = early.slice(early.indexOf(header!) + 1);
      try {
        for (;;) {
          const record = pending.length ? pending.shift()! : await nextRecord();
          if (!record) break;
          let cells = record.cells;
          if (cells.length > columns) {
            const trimmed = trimTrailingEmpty(cells);
            if (trimmed.length > columns) {
              problemCount++;
              const problem: CsvProblem = {
                line: record.line,
                code: CSV_PROBLEM.EXTRA_CELLS,
                message: `Line ${record.line} has ${trimmed.length} cells but the header names ${columns} columns, so its cells may be in the wrong columns (often a delimiter inside a value that is not in quotes). Fix the line and import it again.`,
                cells,
              };
              if (problems.length < maxKeptProblems) problems.push(problem);
              options.onProblem?.(problem);
              continue;
            }
            cells = trimmed.length === columns ? trimmed : cells.slice(0, columns);
          }
          while (cells.length < columns) cells.push('');
          for (const cell of cells) {
            if (cell !== '' && looksLikeFormula(cell)) {
              formulaCells++;
              if (!firstFormulaLine) firstFormulaLine = record.line;
            }
          }
          yielded++;
          yield { line: record.line, cells };
        }
      } finally {
        bytes.stop();
        text$.destroy();
      }
      if (yielded === 0 && problemCount === 0) {
        throw new CsvFileError(
          CSV_FILE_ERROR.HEADERS_ONLY,
          `The file has a header row (line ${header!.line}) but no partners under it. Export the partners again with their rows and upload that file.`,
          header!.line,
        );
      }
      if (formulaCells > 0) {
        warnings.push({
          line: firstFormulaLine,
          code: CSV_WARNING.FORMULAS,
          message: `${formulaCells === 1 ? '1 cell starts' : `${formulaCells} cells start`} like a spreadsheet formula (=, +, - or @; first on line ${firstFormulaLine}). They are imported as plain text and never run.`,
        });
      }
    }

    return {
      headers,
      headerLine: header.line,
      encoding,
      delimiter,
      warnings,
      problems,
      problemCount: () => problemCount,
      records,
      close: () => {
        bytes.stop();
        text$.destroy();
        csv.destroy();
      },
    };
  } catch (error) {
    bytes.stop();
    input?.destroy();
    parser?.destroy();
    throw error;
  }
}

/** No delimiter in the head: one column is fine (a list of emails) if the first line names it. */
function singleColumn(lines: string[]): CsvDelimiter {
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  if (first.length <= 64 && COLUMN_NAME.test(first)) return ',';
  throw new CsvFileError(
    CSV_FILE_ERROR.NOT_CSV,
    'This file has no columns we can find: a CSV file has a header row and separates its columns with commas, semicolons, tabs or pipes. Export your partners as CSV (or save your spreadsheet as CSV) and upload that file.',
  );
}
