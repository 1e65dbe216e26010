import { createHash } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { importFileChunks } from '../db/schema';

/**
 * An uploaded file's bytes live in the database, in chunks: any app instance can run the import,
 * a restart loses nothing, and neither writing nor reading ever holds the whole file in memory.
 */

/** 1 MiB: large enough that a 50 MB file is 50 rows, small enough to stream. */
export const IMPORT_CHUNK_BYTES = 1024 * 1024;

/**
 * Writes `source` as the import's file, re-cut into IMPORT_CHUNK_BYTES chunks, in the caller's
 * transaction (the import row must exist). Stops with `onTooLarge()`'s error as soon as more than
 * `maxBytes` arrive, so an oversized upload is never read to its end.
 */
export async function storeImportFile(
  tx: Executor,
  importId: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
  onTooLarge: () => Error,
): Promise<{ byteSize: number; sha256: string }> {
  const hash = createHash('sha256');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let byteSize = 0;
  let seq = 0;
  const flush = async (all: boolean) => {
    while (pendingBytes >= IMPORT_CHUNK_BYTES || (all && pendingBytes > 0)) {
      const joined = Buffer.concat(pending);
      const take = Math.min(IMPORT_CHUNK_BYTES, joined.length);
      await tx.insert(importFileChunks).values({ importId, seq: seq++, data: joined.subarray(0, take) });
      const rest = joined.subarray(take);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
    }
  };
  for await (const chunk of source) {
    byteSize += chunk.length;
    if (byteSize > maxBytes) throw onTooLarge();
    hash.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= IMPORT_CHUNK_BYTES) await flush(false);
  }
  await flush(true);
  return { byteSize, sha256: hash.digest('hex') };
}

/** The import's file as stored, one chunk at a time (one statement per chunk). */
export async function* importFileBytes(db: Executor, importId: string): AsyncGenerator<Uint8Array, void, undefined> {
  let after = -1;
  for (;;) {
    const [chunk] = await db
      .select({ seq: importFileChunks.seq, data: importFileChunks.data })
      .from(importFileChunks)
      .where(and(eq(importFileChunks.importId, importId), gt(importFileChunks.seq, after)))
      .orderBy(asc(importFileChunks.seq))
      .limit(1);
    if (!chunk) return;
    after = chunk.seq;
    yield chunk.data instanceof Uint8Array ? chunk.data : new Uint8Array(chunk.data as ArrayBufferLike);
  }
}
