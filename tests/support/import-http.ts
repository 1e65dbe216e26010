import { readFileSync } from 'node:fs';
import path from 'node:path';
import { POST as uploadRoute } from '../../src/app/api/programs/[slug]/imports/route';
import { importFileChunks, imports } from '../../src/server/db/schema';
import type { Database } from '../../src/server/db/client';
import { callerHeaders, type Caller } from './app';
import { countRows } from './partners';

export const FIXTURES = path.join(__dirname, '../fixtures/imports');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

export interface UploadOptions {
  filename?: string;
  /** Extra query string, e.g. "encoding=WINDOWS_1252". */
  query?: string;
  headers?: Record<string, string>;
}

export interface UploadAnswer {
  status: number;
  body: {
    import?: { id: string; status: string; filename: string; totalRows: number; byteSize: number; encoding: string; delimiter: string; headerLine: number; columns: { index: number; header: string; target: string | null; samples: string[] }[]; unmappedColumns: number[]; warnings: { line: number; message: string }[] };
    userErrors?: { field: string[]; message: string; code: string }[];
    fileError?: { code: string; line: number | null };
    error?: { code: string; message: string };
  };
  headers: Headers;
}

/** POSTs a body to the real upload route handler, as a raw file (with ?filename=) unless it is FormData. */
export async function upload(slug: string, content: BodyInit | Buffer, caller: Caller = {}, options: UploadOptions = {}): Promise<UploadAnswer> {
  const body: BodyInit = Buffer.isBuffer(content) ? new Uint8Array(content) : content;
  const query = new URLSearchParams();
  if (options.filename !== undefined) query.set('filename', options.filename);
  const search = [query.toString(), options.query].filter(Boolean).join('&');
  const request = new Request(`http://localhost:3000/api/programs/${slug}/imports${search ? `?${search}` : ''}`, {
    method: 'POST',
    headers: { ...(body instanceof FormData ? {} : { 'content-type': 'text/csv' }), ...callerHeaders(caller), ...options.headers },
    body,
    duplex: 'half',
  } as RequestInit);
  const response = await uploadRoute(request, { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

export async function importCounts(db: Database) {
  return { imports: await countRows(db, imports), chunks: await countRows(db, importFileChunks) };
}

/** FormData with the file in its `file` field, as curl -F file=@name sends it. */
export function formWith(content: Buffer | string, filename: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), filename);
  return form;
}

/** A body of `total` bytes made on demand, recording how much was pulled from it. */
export function streamedBody(total: number, line = 'someone@example.com,Some,One\n') {
  const chunk = new TextEncoder().encode(line.repeat(Math.ceil((64 * 1024) / line.length)));
  const header = new TextEncoder().encode('email,first,last\n');
  const stats = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (stats.pulled >= total) return controller.close();
        const source = stats.pulled === 0 ? header : chunk;
        const piece = source.subarray(0, Math.min(source.byteLength, total - stats.pulled));
        stats.pulled += piece.byteLength;
        controller.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}
