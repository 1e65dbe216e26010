import fs from 'node:fs';
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/** Both drivers give this shape; services only ever see it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything a statement can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

/** Rows of a raw SQL statement, whichever driver ran it. */
export async function queryRows<T extends Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'drizzle');

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PARTNERLY_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data'));
}

export interface OpenOptions {
  /** PostgreSQL cancels any statement running longer (SQLSTATE 57014). Unset: no limit. */
  statementTimeoutMs?: number;
}

const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/**
 * The statement timeout of the app's own connections: DATABASE_STATEMENT_TIMEOUT_MS, 0 for none.
 * Only PostgreSQL enforces it: PGlite runs in one thread and has no timer to cancel a statement.
 */
export function requestStatementTimeoutMs(env: Record<string, string | undefined> = process.env): number | undefined {
  const raw = env.DATABASE_STATEMENT_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_STATEMENT_TIMEOUT_MS;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`DATABASE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds (0 for none), not "${raw}".`);
  return value === 0 ? undefined : value;
}

/**
 * Opens the Postgres server at `url`, or the embedded PGlite database when there is none. Scripts
 * (migrations, bulk seeding, the bench) open it without a statement timeout; the app's requests
 * get one through getDatabase.
 */
export async function openDatabase(url = process.env.DATABASE_URL, pgliteDir?: string, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (url) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Sent as a connection parameter, so every statement on every pooled connection has it.
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    });
    return { db: drizzle(pool, { schema }) as unknown as Database, kind: 'postgres', close: () => pool.end() };
  }
  const dir = pgliteDir ?? path.join(dataDir(), 'pglite');
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const client = await createPGlite(dir);
  const { drizzle } = await import('drizzle-orm/pglite');
  return { db: drizzle(client, { schema }) as unknown as Database, kind: 'pglite', close: () => client.close() };
}

/** Applies the drizzle-kit migrations in drizzle/. Serialised across app instances by an advisory lock. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const { sql } = await import('drizzle-orm');
  await handle.db.execute(sql`select pg_advisory_lock(7283910)`);
  try {
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await handle.db.execute(sql`select pg_advisory_unlock(7283910)`);
  }
}

/** A PGlite instance with the extensions the migrations use (pg_trgm for search). */
export async function createPGlite(dataDir?: string, loadDataDir?: Blob) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
}

type Holder = { promise?: Promise<DatabaseHandle> };
// Kept on globalThis so Next's dev reloads reuse one PGlite instance (its directory is single-process).
const holder: Holder = ((globalThis as { __partnerlyDb?: Holder }).__partnerlyDb ??= {});

/**
 * The app's database, opened lazily on first use (never at import time, so `next build`
 * opens nothing). The first open migrates, and an empty embedded database gets the demo seed.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  holder.promise ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      // A migration may build an index over millions of rows: it runs on its own connections,
      // without the requests' statement timeout.
      const migrator = await openDatabase(url);
      try {
        await migrateDatabase(migrator);
      } finally {
        await migrator.close();
      }
      return openDatabase(url, undefined, { statementTimeoutMs: requestStatementTimeoutMs() });
    }
    const handle = await openDatabase();
    await migrateDatabase(handle);
    const { seedDemoIfEmpty } = await import('./seed');
    await seedDemoIfEmpty(handle.db);
    return handle;
  })().catch((error: unknown) => {
    holder.promise = undefined;
    throw error;
  });
  return holder.promise;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

/** Tests run the app's real entry points against a database they made. */
export function provideDatabase(handle: DatabaseHandle): void {
  holder.promise = Promise.resolve(handle);
}
