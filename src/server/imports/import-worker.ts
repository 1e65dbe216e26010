import 'server-only';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { getDb } from '../db/bootstrap';
import { claimImport, runImport } from './run-import';
import { importLeaseMs } from './rules';

/**
 * The importer's background loop, one per server process (started from instrumentation.ts):
 * every second it claims the oldest waiting import (or one whose worker died) and runs it.
 * Several app instances may each run one: SKIP LOCKED claims and the per-batch compare-and-set
 * on the lease keep any import to one run at a time. IMPORT_WORKER=off leaves imports queued
 * for another instance.
 */

const state: { timer?: NodeJS.Timeout; running?: Promise<void>; abort?: AbortController; workerId?: string } = ((globalThis as { __partnerlyImports?: object }).__partnerlyImports ??= {});

export function importWorkerEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return (env.IMPORT_WORKER ?? 'on').trim().toLowerCase() !== 'off';
}

function messageOf(error: unknown): string {
  if (error instanceof DrizzleQueryError && error.cause) return `database error: ${error.cause.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Claims and runs imports until none is waiting; never throws (the loop keeps going). */
async function pass(workerId: string, signal: AbortSignal): Promise<void> {
  const leaseMs = importLeaseMs();
  try {
    const db = await getDb();
    while (!signal.aborted) {
      const claimed = await claimImport(db, workerId, leaseMs);
      if (!claimed) return;
      const outcome = await runImport(db, claimed, { workerId, leaseMs, signal });
      console.log(`[imports] import ${claimed.id} (${claimed.filename}): ${outcome.toLowerCase()}`);
    }
  } catch (error) {
    // The run's lease runs out and a later pass (here or elsewhere) resumes after its last batch.
    console.error(`[imports] run failed (it resumes once its lease expires): ${messageOf(error)}`);
  }
}

export function startImportWorker(intervalMs = 1_000): void {
  if (!importWorkerEnabled() || state.timer) return;
  const workerId = (state.workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`);
  const abort = (state.abort = new AbortController());
  state.timer = setInterval(() => {
    if (state.running) return;
    state.running = pass(workerId, abort.signal).finally(() => {
      state.running = undefined;
    });
  }, intervalMs);
  state.timer.unref();
}

/** Stops the loop after the batch in progress; the run is handed back for the next worker to resume. */
export async function stopImportWorker(): Promise<void> {
  clearInterval(state.timer);
  state.timer = undefined;
  state.abort?.abort();
  await state.running;
}
