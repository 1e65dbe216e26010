/**
 * npm run bench:import-read — the importer's CSV reader alone (not a test: it prints figures).
 *
 * Generates BENCH_IMPORT_ROWS (default 1,000,000) partner rows shaped like a PartnerStack export
 * on the fly (no temp file), streams them through `openCsv`, and prints rows per second and the
 * peak resident memory, which must stay well under 300 MB whatever the number of rows.
 */
import { Readable } from 'node:stream';
import { openCsv } from '../src/server/imports/read-csv';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const ROWS_PER_CHUNK = 1000;

function* generate(): Generator<Buffer> {
  yield Buffer.from('Partner_first,Partner_last,Partner_email,partner_key,Partner_group,Partner_joined_date,Company Name,Notes\r\n');
  for (let start = 0; start < ROWS; start += ROWS_PER_CHUNK) {
    let chunk = '';
    for (let i = start; i < Math.min(ROWS, start + ROWS_PER_CHUNK); i++) {
      const notes = i % 10 === 0 ? `"Met at the ""Partner Summit"", ${i % 7} calls,\r\nfollow up in Q${(i % 4) + 1}"` : '';
      chunk += `Ana${i},Müller-Société,ana.${i}@partner${i % 97}.example,ana-${i},Affiliates ${i % 5},2024-0${(i % 9) + 1}-1${i % 10},Société ${i % 1000} GmbH,${notes}\r\n`;
    }
    yield Buffer.from(chunk);
  }
}

async function main(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  const started = process.hrtime.bigint();
  const file = await openCsv(Readable.from(generate()), { maxBytes: Number.MAX_SAFE_INTEGER });
  let rows = 0;
  let cells = 0;
  for await (const record of file.records()) {
    rows++;
    cells += record.cells.length;
    if (rows % 50_000 === 0) sample();
  }
  sample();
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (rows !== ROWS || cells !== ROWS * file.headers.length || file.problemCount() !== 0) {
    throw new Error(`Read ${rows} rows (${cells} cells, ${file.problemCount()} problems); expected ${ROWS} rows of ${file.headers.length} cells.`);
  }
  console.log(`CSV reader: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString('en')} rows/s; peak RSS ${Math.round(peakRss / 1024 / 1024)} MB (node ${process.version})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
