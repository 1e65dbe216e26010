import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import {
  dataDir,
  migratedTemplatePath,
  migrateDatabase,
  openDatabase,
  requestStatementTimeoutMs,
  saveMigratedTemplate,
  type Database,
  type DatabaseHandle,
} from './client';
import { seedDemoIfEmpty } from './seed';

/*
 * The app's database as the running app gets it: opened once, migrated, and (embedded only) seeded
 * with the demo on first start. It lives apart from client.ts, which only knows how to open and
 * migrate a database, so the seed (and the use cases it calls) can import the drivers' types and
 * helpers without an import cycle back through the seed.
 */

type Holder = { promise?: Promise<DatabaseHandle> };
// Kept on globalThis so Next's dev reloads reuse one PGlite instance (its directory is single-process).
const holder: Holder = ((globalThis as { __partnerlyDb?: Holder }).__partnerlyDb ??= {});

const log = (message: string) => console.log(`[partnerly] ${message}`);

/**
 * The embedded database. A new one takes seconds to create (initdb), migrate and seed, while the
 * first page waits, so it says so; it starts from the migrated template when there is one and
 * leaves one for the next new database (a reset, a second data dir, the test run).
 */
async function openEmbeddedDatabase(): Promise<DatabaseHandle> {
  const dir = path.join(dataDir(), 'pglite');
  const isNew = !fs.existsSync(dir);
  const started = Date.now();
  const hadTemplate = isNew && fs.existsSync(migratedTemplatePath());
  if (isNew) log(`Preparing the demo database in ${dir} (first start: ${hadTemplate ? 'copy the migrated template' : 'create and migrate'}, then seed)…`);
  const handle = await openDatabase();
  await migrateDatabase(handle);
  if (isNew && !hadTemplate && handle.pglite) {
    // A template is a convenience: a read-only checkout or a full disk must not stop the app.
    await saveMigratedTemplate(handle.pglite).catch((error: unknown) => log(`Could not save the migrated template: ${String(error)}`));
  }
  await seedDemoIfEmpty(handle.db);
  if (isNew) log(`Demo database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return handle;
}

/**
 * The app's database, opened lazily on first use (never at import time, so `next build`
 * opens nothing). The first open migrates, and an empty embedded database gets the demo seed.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  holder.promise ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) return openEmbeddedDatabase();
    // A migration may build an index over millions of rows: it runs on its own connections,
    // without the requests' statement timeout.
    const migrator = await openDatabase(url);
    try {
      await migrateDatabase(migrator);
    } finally {
      await migrator.close();
    }
    return openDatabase(url, undefined, { statementTimeoutMs: requestStatementTimeoutMs() });
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
