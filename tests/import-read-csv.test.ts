import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  CsvFileError,
  DEFAULT_IMPORT_MAX_BYTES,
  importMaxBytes,
  looksLikeFormula,
  neutraliseFormula,
  openCsv,
  type CsvFile,
  type CsvProblem,
  type CsvRecord,
  type ReadCsvOptions,
} from '../src/server/imports/read-csv';

const FIXTURES = path.join(__dirname, 'fixtures/imports');

async function readAll(file: CsvFile): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of file.records()) records.push(record);
  return records;
}

/** Reads a fixture in 7-byte chunks, so characters, CRLFs and BOMs are split between chunks. */
async function readFixture(name: string, options: ReadCsvOptions = {}) {
  const file = await openCsv(createReadStream(path.join(FIXTURES, name), { highWaterMark: 7 }), options);
  const records = await readAll(file);
  return { file, records, rows: records.map((record) => [record.line, ...record.cells]) };
}

function bytes(...parts: (string | number[] | Buffer)[]): Buffer {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
}

/** The whole read, open and records, as one outcome: the records or the file error. */
async function outcome(data: Buffer | string, options: ReadCsvOptions = {}, chunkSize = Infinity) {
  const whole = typeof data === 'string' ? Buffer.from(data) : data;
  const chunks: Buffer[] = [];
  for (let i = 0; i < whole.length; i += Math.min(chunkSize, whole.length)) chunks.push(whole.subarray(i, i + chunkSize));
  try {
    const file = await openCsv(Readable.from(chunks), options);
    return { file, records: await readAll(file) };
  } catch (error) {
    if (error instanceof CsvFileError) return { error };
    throw error;
  }
}

async function fileError(data: Buffer | string, options: ReadCsvOptions = {}, chunkSize = Infinity): Promise<CsvFileError> {
  const result = await outcome(data, options, chunkSize);
  if (!('error' in result) || !result.error) throw new Error(`expected a CsvFileError, read ${JSON.stringify(result.records)}`);
  return result.error;
}

describe('other services’ partner exports', () => {
  it('PartnerStack: UTF-8 BOM stripped, CRLF, quoted commas, doubled quotes and a line break in a cell', async () => {
    const { file, rows } = await readFixture('partnerstack-partners.csv');
    expect(file.encoding).toBe('utf-8');
    expect(file.delimiter).toBe(',');
    expect(file.headerLine).toBe(1);
    expect(file.headers).toEqual([
      'Partner_first', 'Partner_last', 'Partner_email', 'partner_key', 'Partner_group', 'Partner_joined_date', 'Partner_company', 'Partner_notes',
    ]);
    expect(rows).toEqual([
      [2, 'Jürgen', 'Müller', 'juergen@mueller-consulting.de', 'juergen-mueller', 'Agencies', '2023-04-12', 'Müller Consulting, GmbH', ''],
      [3, 'Amélie', 'Dubois', 'amelie@societe-conseil.fr', 'amelie', 'Resellers', '2023-05-02', 'Société Conseil', 'Prefers "email" over calls'],
      [4, 'Sam', "O'Neil", 'sam@oneil.io', 'samoneil', 'Agencies', '2024-01-30', "O'Neil Labs", 'Met at SaaStr,\nfollow up in Q2'],
      // The cell above spans lines 4 and 5, so the next record starts on line 6.
      [6, 'Priya', 'Shah', 'priya@growthloop.in', 'priya-shah', 'Default', '2024-02-14', 'GrowthLoop', ''],
    ]);
    expect(file.warnings).toEqual([]);
    expect(file.problems).toEqual([]);
  });

  it('Rewardful: blank lines skipped (line numbers still physical), formulas kept as text with a warning', async () => {
    const { file, rows } = await readFixture('rewardful-affiliates.csv');
    expect(file.headers).toEqual(['id', 'first_name', 'last_name', 'email', 'token', 'paypal_email', 'state', 'created_at', 'website']);
    expect(rows).toEqual([
      [2, '5f1c2e', 'Lena', 'Fischer', 'lena@fischer.dev', 'lena', 'lena.paypal@fischer.dev', 'active', '2023-11-02T09:14:00Z', '=HYPERLINK("https://fischer.dev","fischer.dev")'],
      [4, '7a9b3d', 'Tom', 'Baker', 'tom@bakerbrothers.co.uk', 'bakerbros', '', 'active', '2024-03-18T16:40:12Z', '-'],
      [7, '9c0d4e', 'Maria', 'García', 'maria@garcia.es', 'mgarcia', 'maria@garcia.es', 'disabled', '2024-06-01T00:00:00Z', '@garcia_es'],
    ]);
    expect(file.warnings).toEqual([
      {
        line: 2,
        code: 'FORMULAS',
        message: '2 cells start like a spreadsheet formula (=, +, - or @; first on line 2). They are imported as plain text and never run.',
      },
    ]);
  });

  it('FirstPromoter from Excel on Windows: semicolons and Windows-1252 detected, so umlauts, accents, « » and € arrive intact', async () => {
    const { file, rows } = await readFixture('firstpromoter-promoters.csv');
    expect(file.encoding).toBe('windows-1252');
    expect(file.delimiter).toBe(';');
    expect(file.headers).toEqual(['ID', 'Email', 'First Name', 'Last Name', 'Ref ID', 'Promo Code', 'Campaign', 'State', 'Joined At', 'Earnings']);
    expect(rows).toEqual([
      [2, '1042', 'mueller@beispiel.de', 'Jürgen', 'Müller', 'jmueller', 'JUERGEN10', 'Partner-Programm', 'accepted', '12.04.2023', '1.250,00 €'],
      [3, '1043', 'contact@societe.fr', 'Hélène', 'Lefèvre', 'societe', '', 'Programme « Société »', 'pending', '02.05.2023', '0,00 €'],
    ]);
  });

  it('Tolt: pipes and CR-only line ends', async () => {
    const { file, rows } = await readFixture('tolt-partners.csv');
    expect(file.delimiter).toBe('|');
    expect(file.headers).toEqual(['first_name', 'last_name', 'email', 'company_name', 'country', 'program', 'group', 'status', 'created_at']);
    expect(rows).toEqual([
      [2, 'Noah', 'Kim', 'noah@kimventures.com', 'Kim Ventures', 'US', 'Main', 'Influencers', 'active', '2024-07-08'],
      [3, 'Ava', 'Rossi', 'ava@rossi.it', '', 'IT', 'Main', 'Default', 'active', '2024-07-09'],
    ]);
  });

  it('Tapfiliate saved as Excel "Unicode text": UTF-16 LE with BOM, tabs', async () => {
    const { file, rows } = await readFixture('tapfiliate-affiliates.txt');
    expect(file.encoding).toBe('utf-16le');
    expect(file.delimiter).toBe('\t');
    expect(file.headers).toEqual(['Affiliate ID', 'Firstname', 'Lastname', 'Email', 'Company', 'Referral Code', 'Affiliate group', 'Created at']);
    expect(rows).toEqual([
      [2, 'ab12cd', 'Søren', 'Nørgaard', 'soren@norgaard.dk', 'Nørgaard ApS', 'soren', 'Nordics', '2022-09-30'],
      [3, 'ef34gh', 'Zoë', 'Çelik', 'zoe@celik.com.tr', '', 'zoe-celik', 'Default', '2023-01-15'],
    ]);
  });

  it('impact.com report: title lines above the header, a duplicate header, a short row padded, a row with extra cells reported', async () => {
    const problems: CsvProblem[] = [];
    const { file, rows } = await readFixture('impact-partners.csv', { onProblem: (problem) => problems.push(problem) });
    expect(file.headerLine).toBe(3);
    expect(file.headers).toEqual([
      'Partner Name', 'Email Address', 'Company Name', 'Referral Code', 'Affiliate ID', 'Custom Id', 'Payout Group Name', 'Email Address (2)',
    ]);
    expect(rows).toEqual([
      [4, 'Olivia Chen', 'olivia@chenmedia.com', 'Chen Media', 'OLIVIA', '330114', 'ext-881', 'Tier 1', 'olivia.billing@chenmedia.com'],
      [5, 'Marcus Lee', 'marcus@leeandco.com', 'Lee & Co', 'MARCUS', '330115', '', '', ''],
      // Trailing empty cells beyond the header are only trailing delimiters.
      [6, 'Ines Costa', 'ines@costa.pt', 'Costa, Lda', 'INES', '330116', 'ext-883', 'Tier 2', ''],
    ]);
    const extra = {
      line: 7,
      code: 'EXTRA_CELLS',
      message:
        'Line 7 has 10 cells but the header names 8 columns, so its cells may be in the wrong columns (often a delimiter inside a value that is not in quotes). Fix the line and import it again.',
      cells: ['Broken Row', 'broken@example.com', 'Acme', 'Inc', 'BROKEN', '330117', 'ext-884', 'Tier 2', '', 'extra'],
    };
    expect(file.problems).toEqual([extra]);
    expect(problems).toEqual([extra]);
    expect(file.problemCount()).toBe(1);
    expect(file.warnings).toEqual([
      { line: 3, code: 'HEADER_NOT_FIRST', message: 'The header row is line 3; the 2 lines above it were not imported.' },
      {
        line: 3,
        code: 'DUPLICATE_HEADER',
        message: 'The header row names "Email Address" more than once; column 8 is called "Email Address (2)". Check which one you map.',
      },
    ]);
  });

  it('reads the same from an AsyncIterable of Buffers as from a file stream', async () => {
    const { readFile } = await import('node:fs/promises');
    const whole = await readFile(path.join(FIXTURES, 'partnerstack-partners.csv'));
    async function* chunks() {
      for (let i = 0; i < whole.length; i += 3) yield whole.subarray(i, i + 3);
    }
    const records = await readAll(await openCsv(chunks()));
    expect(records).toEqual((await readFixture('partnerstack-partners.csv')).records);
  });
});

describe('bad files: each a CsvFileError with its code and what to do', () => {
  it('an empty file, or one of blank lines only', async () => {
    for (const data of ['', '\r\n\n  \n']) {
      const error = await fileError(data);
      expect(error.code).toBe('EMPTY');
      expect(error.message).toBe('The file is empty. Export your partners again (with a header row and one row per partner) and upload that file.');
    }
    expect((await fileError(bytes([0xef, 0xbb, 0xbf]))).code).toBe('EMPTY');
  });

  it('headers only', async () => {
    const error = await fileError('Email,First name,Last name\r\n\r\n,,\r\n');
    expect(error).toMatchObject({
      code: 'HEADERS_ONLY',
      line: 1,
      message: 'The file has a header row (line 1) but no partners under it. Export the partners again with their rows and upload that file.',
    });
  });

  it('a PNG (binary with NUL bytes)', async () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const error = await fileError(png);
    expect(error.code).toBe('BINARY');
    expect(error.message).toBe(
      'This file is not text (it looks like an image, a PDF or another binary file), so it cannot be a CSV file. Export your partners from the other service as CSV, or save your spreadsheet as CSV, and upload that file.',
    );
  });

  it('an Excel workbook (.xlsx is a zip; .xls an OLE file): "save it as CSV"', async () => {
    const xlsx = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], '[Content_Types].xml');
    const xls = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    for (const data of [xlsx, xls]) {
      const error = await fileError(data);
      expect(error.code).toBe('SPREADSHEET');
      expect(error.message).toBe(
        'This is an Excel workbook (or another zipped file), not a CSV file. Open it in your spreadsheet and save it as CSV (in Excel: File › Save As › "CSV UTF-8"), then upload that file.',
      );
    }
  });

  it('text without delimiter-separated columns (JSON, a letter)', async () => {
    for (const data of ['{"partners": [{"email": "a@example.com"}]}\n', 'Dear partner, thanks for joining!']) {
      const error = await fileError(data.replace(',', ''));
      expect(error.code).toBe('NOT_CSV');
      expect(error.message).toBe(
        'This file has no columns we can find: a CSV file has a header row and separates its columns with commas, semicolons, tabs or pipes. Export your partners as CSV (or save your spreadsheet as CSV) and upload that file.',
      );
    }
  });

  it('a single column with a name is a CSV file (a list of emails)', async () => {
    const { file, records } = await outcome('Email\nana@example.com\nbo@example.com\n');
    expect(file?.headers).toEqual(['Email']);
    expect(records).toEqual([
      { line: 2, cells: ['ana@example.com'] },
      { line: 3, cells: ['bo@example.com'] },
    ]);
  });

  it('no header row in the first lines', async () => {
    const error = await fileError('ana@example.com,12,2024-01-01\nbo@example.com,7,2024-02-01\n');
    expect(error.code).toBe('NO_HEADER');
    expect(error.message).toBe(
      'We could not find a header row in the first 10 lines. The file needs a row naming its columns (such as Email, First name, Last name) above the partners\' rows; add one and upload the file again.',
    );
  });

  it('over the size limit: stops reading as soon as it is passed', async () => {
    let pulled = 0;
    async function* chunks() {
      yield Buffer.from('email,name\n');
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.from(`person${String(i).padStart(4, '0')}@example.com,Person ${i}\n`.padEnd(100, ' '));
      }
    }
    const error = await openCsv(chunks(), { maxBytes: 1000, sniffBytes: 200 })
      .then(readAll)
      .then(
        () => null,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(CsvFileError);
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'The file is larger than the 1000 bytes an import accepts. Split it into smaller CSV files and import them one after the other.',
    });
    expect(pulled).toBe(10);
  });

  it('the size limit defaults to 50 MB and is configured by IMPORT_MAX_BYTES', async () => {
    expect(importMaxBytes({})).toBe(DEFAULT_IMPORT_MAX_BYTES);
    expect(DEFAULT_IMPORT_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(importMaxBytes({ IMPORT_MAX_BYTES: '2097152' })).toBe(2 * 1024 * 1024);
    expect(() => importMaxBytes({ IMPORT_MAX_BYTES: '50MB' })).toThrow('IMPORT_MAX_BYTES must be a whole number of bytes, 1 or more, not "50MB".');

    const before = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = String(3 * 1024 * 1024);
    try {
      const error = await fileError(`email\n${'a@example.com\n'.repeat(300_000)}`);
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toContain('larger than the 3 MB an import accepts');
    } finally {
      if (before === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = before;
    }
  });

  it('a quote never closed, and a quote in the wrong place, name their line', async () => {
    const unclosed = await fileError('email,note\na@example.com,fine\n\nb@example.com,"never closed\nc@example.com,x\n');
    expect(unclosed).toMatchObject({
      code: 'BAD_QUOTES',
      line: 4,
      message:
        'The row on line 4 opens a quoted cell that is never closed, so the rest of the file cannot be read. Add the missing closing " on that line (a quote inside a cell is written twice: "").',
    });
    const misplaced = await fileError('email,note\na@example.com,fine\nb@example.com,"quoted" then not\n');
    expect(misplaced).toMatchObject({
      code: 'BAD_QUOTES',
      line: 3,
      message:
        'Line 3 has a quote in the wrong place (a quoted cell must be followed by the delimiter or the end of the line). Fix that line: a quote inside a cell is written twice ("") and the whole cell is put in quotes.',
    });
  });

  it('a record longer than 1 MB (a quote never closed in a large file) stops with its line, without holding the file', async () => {
    const error = await fileError(`email,note\na@example.com,"${'x'.repeat(1_100_000)}`);
    expect(error).toMatchObject({
      code: 'RECORD_TOO_LARGE',
      line: 2,
      message: 'The row that starts on line 2 is longer than 1 MB, which usually means a quote that is never closed. Check that line for a missing closing ".',
    });
  });
});

describe('encodings', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('UTF-16 BE with BOM, and UTF-16 LE without a BOM', async () => {
    const text = 'Name,Company\nJürgen Müller,Société Générale\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    const withBom = await outcome(bytes([0xfe, 0xff], be));
    expect(withBom.file?.encoding).toBe('utf-16be');
    expect(withBom.records).toEqual([{ line: 2, cells: ['Jürgen Müller', 'Société Générale'] }]);
    const noBom = await outcome(Buffer.from(text, 'utf16le'));
    expect(noBom.file?.encoding).toBe('utf-16le');
    expect(noBom.records).toEqual([{ line: 2, cells: ['Jürgen Müller', 'Société Générale'] }]);
  });

  it('the manager’s choice of encoding reads a file whose non-ASCII text starts after the sniffed head', async () => {
    const data = latin1(`Email,Company\n${'a@example.com,Acme\n'.repeat(10)}b@example.com,Société Müller\n`);
    const chosen = await outcome(data, { encoding: 'windows-1252', sniffBytes: 64 }, 16);
    expect(chosen.file?.encoding).toBe('windows-1252');
    expect(chosen.records?.at(-1)).toEqual({ line: 12, cells: ['b@example.com', 'Société Müller'] });

    // Left to detection, the head is plain ASCII (so UTF-8) and the bad bytes come later: the line is named.
    const detected = await fileError(data, { sniffBytes: 64 }, 16);
    expect(detected).toMatchObject({
      code: 'BAD_ENCODING',
      line: 12,
      message:
        'Line 12 is not valid UTF-8 text. Choose the file\'s encoding (a file saved by Excel on Windows is usually Windows-1252) and upload it again, or save it as "CSV UTF-8".',
    });
  });

  it('UTF-8 chosen for a Windows-1252 file is refused rather than read with broken characters', async () => {
    const error = await fileError(latin1('Name\nMüller\n'), { encoding: 'utf-8' });
    expect(error).toMatchObject({ code: 'BAD_ENCODING', line: 2 });
  });

  it('a BOM wins over the chosen encoding', async () => {
    const { file, records } = await outcome(bytes([0xef, 0xbb, 0xbf], 'Name\nMüller\n'), { encoding: 'windows-1252' });
    expect(file?.encoding).toBe('utf-8');
    expect(file?.headers).toEqual(['Name']);
    expect(records).toEqual([{ line: 2, cells: ['Müller'] }]);
  });
});

describe('delimiters, headers and rows', () => {
  it('sniffs the delimiter outside quotes, and a chosen one wins', async () => {
    const text = 'name;note\n"Smith, Jane";"a, b, c"\nBo;x\n';
    const sniffed = await outcome(text);
    expect(sniffed.file?.delimiter).toBe(';');
    expect(sniffed.records).toEqual([
      { line: 2, cells: ['Smith, Jane', 'a, b, c'] },
      { line: 3, cells: ['Bo', 'x'] },
    ]);
    const forced = await outcome('a;b,c\n1;2,3\n', { delimiter: ';' });
    expect(forced.file?.headers).toEqual(['a', 'b,c']);
    expect(forced.records).toEqual([{ line: 2, cells: ['1', '2,3'] }]);
  });

  it('finds the header under title lines, not in a wider row of names under it, and only in the first 10 lines', async () => {
    const titled = await outcome('Affiliate export\nDate range: Jan 1, 2024 - Jun 30\n\nFirst name,Last name,Email,Company\nAna,Lima,ana@lima.br,Lima\nBo,Berg,bo@berg.se,Berg\n');
    expect(titled.file?.headerLine).toBe(4);
    expect(titled.file?.headers).toEqual(['First name', 'Last name', 'Email', 'Company']);
    expect(titled.records?.map((record) => record.line)).toEqual([5, 6]);

    const wider = await outcome('First name,Last name,Company\nAna,Lima,Lima\nBo,Berg,Berg Consulting,Sweden\nCy,Cole,Cole\n');
    expect(wider.file?.headerLine).toBe(1);
    expect(wider.records).toEqual([
      { line: 2, cells: ['Ana', 'Lima', 'Lima'] },
      { line: 4, cells: ['Cy', 'Cole', 'Cole'] },
    ]);
    expect(wider.file?.problems.map((problem) => [problem.line, problem.code])).toEqual([[3, 'EXTRA_CELLS']]);

    const tooLow = await fileError(`${'Partners export\n'.repeat(10)}Email,Name\na@example.com,A\n`);
    expect(tooLow.code).toBe('NO_HEADER');
  });

  it('a reader that stops early stops reading the source', async () => {
    let pulled = 0;
    async function* chunks() {
      yield Buffer.from('email\n');
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield Buffer.from(`p${i}@example.com\n`);
      }
    }
    const file = await openCsv(chunks(), { sniffBytes: 100 });
    for await (const record of file.records()) if (record.line === 50) break;
    const after = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(after);
    expect(pulled).toBeLessThan(10_000);
  });

  it('names empty header cells, makes duplicates unique whatever their case, trims cells', async () => {
    const { file, records } = await outcome('Email, name ,,Name,NAME\n a@example.com , Ana ,x,y,z\n');
    expect(file?.headers).toEqual(['Email', 'name', 'Column 3', 'Name (2)', 'NAME (3)']);
    expect(records).toEqual([{ line: 2, cells: ['a@example.com', 'Ana', 'x', 'y', 'z'] }]);
    expect(file?.warnings.map((warning) => warning.code)).toEqual(['EMPTY_HEADER', 'DUPLICATE_HEADER', 'DUPLICATE_HEADER']);
    expect(file?.warnings[0].message).toBe('Column 3 has no name in the header row; it is called "Column 3".');
  });

  it('keeps every problem for onProblem but only maxKeptProblems in the list', async () => {
    const seen: number[] = [];
    const { file, records } = await outcome(`email,name\n${'a@example.com,A,extra\n'.repeat(5)}b@example.com,B\n`, {
      maxKeptProblems: 2,
      onProblem: (problem) => seen.push(problem.line),
    });
    expect(records).toEqual([{ line: 7, cells: ['b@example.com', 'B'] }]);
    expect(seen).toEqual([2, 3, 4, 5, 6]);
    expect(file?.problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(file?.problemCount()).toBe(5);
  });

  it('records() reads the file once', async () => {
    const file = await openCsv(Readable.from([Buffer.from('email\na@example.com\n')]));
    await readAll(file);
    await expect(readAll(file)).rejects.toThrow('records() reads the file once');
  });
});

describe('formulas', () => {
  it('recognises formula-like cells, not numbers or phone numbers', () => {
    for (const value of ['=HYPERLINK("https://x.test","x")', '=1+1', '+SUM(A1:A2)', '-2+3*cmd|', '@SUM(A1)', '@handle']) {
      expect(looksLikeFormula(value)).toBe(true);
    }
    for (const value of ['-12', '+49 30 123456', '-', '+', 'a=b', '', '(030) 123-456']) expect(looksLikeFormula(value)).toBe(false);
  });

  it('neutralises formulas for files given back to spreadsheets, like the partners export', () => {
    expect(neutraliseFormula('=HYPERLINK("https://evil.test","click")')).toBe('\'=HYPERLINK("https://evil.test","click")');
    expect(neutraliseFormula('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(neutraliseFormula('@handle')).toBe("'@handle");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('-12')).toBe('-12');
    expect(neutraliseFormula('Müller')).toBe('Müller');
  });
});
