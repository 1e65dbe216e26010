import fs from 'node:fs';
import { createHash } from 'node:crypto';
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
  /** The embedded instance itself, for dumping it as a template. */
  pglite?: PGliteClient;
}

type PGliteClient = Awaited<ReturnType<typeof createPGlite>>;

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'drizzle');

/** A hash of the migrations: a template database built from other migrations is never reused. */
export function migrationsHash(folder = MIGRATIONS_FOLDER): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(entry.name).update(fs.readFileSync(file));
    }
  };
  walk(folder);
  return hash.digest('hex').slice(0, 16);
}

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
  // A new directory starts from the migrated template when there is one: seconds instead of initdb.
  return openPGlite(dir, fs.existsSync(dir) ? undefined : readMigratedTemplate());
}

/** The embedded database in `dir`; a new directory starts as a copy of `template` when given. */
async function openPGlite(dir: string, template?: Blob): Promise<DatabaseHandle> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const client = await createPGlite(dir, template);
  const { drizzle } = await import('drizzle-orm/pglite');
  return { db: drizzle(client, { schema }) as unknown as Database, kind: 'pglite', close: () => client.close(), pglite: client };
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

/**
 * Where a freshly migrated embedded database is kept as a gzipped data-dir dump, keyed by the
 * migrations: initdb is most of a new PGlite database's cost, and loading this skips it and the
 * migrations. One per checkout (not per PARTNERLY_DATA_DIR), shared by the app and the tests.
 */
export function migratedTemplatePath(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'templates', `pglite-migrated-${migrationsHash()}.tar.gz`);
}

/** The migrated template, when one was saved for the current migrations. */
export function readMigratedTemplate(): Blob | undefined {
  try {
    return new Blob([fs.readFileSync(migratedTemplatePath())]);
  } catch {
    return undefined;
  }
}

/** Saves `client` (just migrated, nothing else in it) as the template; atomic, so concurrent savers are harmless. */
export async function saveMigratedTemplate(client: PGliteClient): Promise<void> {
  const file = migratedTemplatePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const blob = await client.dumpDataDir('gzip');
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(temporary, file);
}
