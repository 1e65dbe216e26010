import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { InvalidInputError, invalid } from '../shared/errors';
import { ENCODING_FROM_API, type ApiEncoding } from './rules';
import { tooLarge, type CsvEncoding } from './read-csv';

/** An upload as the use case takes it: the file's bytes as they arrive, never the whole body at once. */
export interface UploadedFile {
  filename: string | null;
  encoding: CsvEncoding | undefined;
  source: AsyncIterable<Uint8Array>;
  /** Resolves once the rest of the body (after the file) has been read. */
  done: () => Promise<void>;
}

const brokenUpload = () => invalid('file', 'The upload broke off before the whole file arrived. Upload the file again.');

/** A stream's chunks; a failure of the stream (a client gone, a broken form) becomes a userError under `file`. */
async function* chunks(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw brokenUpload();
  }
}

export function parseEncoding(value: string | null | undefined): CsvEncoding | undefined {
  if (value == null || value === '') return undefined;
  const name = value.trim().toUpperCase().replace(/-/g, '_');
  if (!(name in ENCODING_FROM_API)) throw invalid('encoding', `"${value}" is not an encoding the importer reads: use ${Object.keys(ENCODING_FROM_API).join(', ')}.`);
  return ENCODING_FROM_API[name as ApiEncoding];
}

function headerText(value: string | null): string | null {
  if (value == null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The file in an upload request. A raw body is the file itself (its name in ?filename= or an
 * X-Filename header, percent-encoded for non-ASCII names). A multipart/form-data body (curl -F,
 * a plain HTML form) carries it in a `file` field, parsed by busboy as it streams; an `encoding`
 * field counts only when it comes before the file, since the file is read as it arrives.
 */
export async function uploadedFile(request: Request, maxBytes: number): Promise<UploadedFile> {
  const url = new URL(request.url);
  const named = url.searchParams.get('filename') ?? headerText(request.headers.get('x-filename'));
  const encodingOverride = url.searchParams.get('encoding') ?? request.headers.get('x-encoding');
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body) throw invalid('file', 'The request has no file: send the CSV file as the body, or in a form field named "file".');
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    return { filename: named, encoding: parseEncoding(encodingOverride), source: chunks(request.body as unknown as AsyncIterable<Uint8Array>), done: async () => {} };
  }

  let parser: busboy.Busboy;
  try {
    // One more byte than the limit: the use case then refuses the file with its size message.
    parser = busboy({ headers: { 'content-type': contentType }, limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 1024 } });
  } catch {
    throw invalid('file', 'The form data cannot be read (its boundary is missing). Send the file in a form field named "file".');
  }
  const fields = new Map<string, string>();
  const finished = new Promise<void>((resolve) => {
    parser.on('close', resolve);
    parser.on('error', () => resolve());
  });
  const file = new Promise<UploadedFile>((resolve, reject) => {
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      try {
        resolve({ filename: named ?? info.filename ?? null, encoding: parseEncoding(encodingOverride ?? fields.get('encoding')), source: chunks(stream), done: () => finished });
      } catch (error) {
        stream.resume();
        reject(error);
      }
    });
    parser.on('error', () => reject(invalid('file', 'The form data is broken. Upload the file again.')));
    parser.on('close', () => reject(invalid('file', 'The form has no file: put the CSV file in a field named "file".')));
  });
  Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>)
    .on('error', () => parser.destroy(brokenUpload()))
    .pipe(parser);
  return file;
}

/**
 * The upload written to a temporary file as it arrives, before any transaction opens: a client
 * sending 50 MB slowly would otherwise hold a transaction (and, on the embedded database, the
 * only connection) for as long as it takes. Refused with TOO_LARGE as soon as the limit is
 * passed; `remove()` deletes the file whatever happened.
 */
export async function spoolUpload(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ source: () => AsyncIterable<Uint8Array>; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'partnerly-upload-'));
  const file = path.join(folder, 'upload.csv');
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    let bytes = 0;
    await pipeline(
      Readable.from(source),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(bytes > maxBytes ? tooLarge(maxBytes) : null, chunk);
        },
      }),
      createWriteStream(file),
    );
  } catch (error) {
    await remove();
    throw error;
  }
  return { source: () => createReadStream(file, { highWaterMark: 256 * 1024 }), remove };
}
