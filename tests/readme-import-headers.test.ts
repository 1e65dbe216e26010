import fs from 'node:fs';
import path from 'node:path';
import { detectMapping, HEADER_SPELLINGS, IMPORT_FIELDS } from '../src/shapes/import-mapping';

/**
 * README's "Importing partners" tables say which headers the importer recognises; they are read
 * here and checked against the detection itself, so the page people read cannot drift from it.
 */
const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function tableAfter(headerRow: string): string[][] {
  const start = readme.indexOf(headerRow);
  if (start < 0) throw new Error(`README has no table starting "${headerRow}"`);
  const rows: string[][] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('README: the headers the importer recognises', () => {
  const fields = tableAfter('| field | `target` | headers recognised |');

  it('lists every built-in field, each with every spelling it recognises, plainest first', () => {
    expect(fields.map((row) => ticked(row[1])[0])).toEqual([...IMPORT_FIELDS]);
    // The access-level row also names `role`, the one header it does not take.
    expect(Object.fromEntries(fields.map((row) => [ticked(row[1])[0], ticked(row[2]).filter((h) => h !== 'role')]))).toEqual(HEADER_SPELLINGS);
  });

  it.each(fields.map((row) => [ticked(row[1])[0], ticked(row[2])] as const))('each header listed for %s maps to it', (target, headers) => {
    for (const header of headers.filter((h) => h !== 'role')) expect([header, detectMapping([header], []).mapping[0]]).toEqual([header, target]);
    if (headers.includes('role')) expect(detectMapping(['role'], []).mapping[0]).toBeNull();
  });

  const services = tableAfter('| service | headers and the field each feeds | left unmapped |');
  const FIELD_WORDS: Record<string, string> = { 'external id': 'externalId', 'partner key': 'partnerKey', group: 'group', 'joined date': 'joinedAt' };

  it.each(services.map((row) => [row[0], row[1], row[2]] as const))('%s: the columns said to map do, to the field said, and the others stay unmapped', (_service, mappedCell, unmappedCell) => {
    const mapped = mappedCell.split(/,\s*(?=`)/).map((part) => ({ header: ticked(part)[0], field: /→\s*(.+)$/.exec(part)?.[1]?.trim() }));
    const mappedHeaders = mapped.map((m) => m.header);
    // "`A` and `B` when the file also has `C`": A and B are left unmapped in a file that has C too.
    const [left, context = ''] = unmappedCell.split(/when the file also has/);
    const unmapped = ticked(left);
    for (const header of ticked(context)) expect(mappedHeaders).toContain(header);
    for (const header of unmapped) expect(mappedHeaders).not.toContain(header);
    const { mapping } = detectMapping([...mappedHeaders, ...unmapped], []);
    mapped.forEach((m, index) => {
      expect([m.header, mapping[index]]).not.toEqual([m.header, null]);
      if (m.field) expect([m.header, mapping[index]]).toEqual([m.header, FIELD_WORDS[m.field]]);
    });
    unmapped.forEach((header, n) => expect([header, mapping[mapped.length + n]]).toEqual([header, null]));
  });
});
