import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPGlite, migrateDatabase, openDatabase, saveMigratedTemplate } from '../../src/server/db/client';
import { adminUrl, pgliteDumpPath, pgTemplateFile, TEST_STATE_DIR } from './template';

/**
 * Migrates one template database per run; every test file then starts from a copy of it:
 * a PGlite data-dir dump (default) or a Postgres `CREATE DATABASE … TEMPLATE` (TEST_DATABASE_URL).
 */
export default async function globalSetup(): Promise<void> {
  fs.mkdirSync(TEST_STATE_DIR, { recursive: true });
  if (process.env.TEST_DATABASE_URL) {
    const name = `partnerly_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const handle = await openDatabase(adminUrl(name));
    await migrateDatabase(handle);
    await handle.close();
    fs.writeFileSync(pgTemplateFile(), JSON.stringify({ name }));
    // Workers inherit the environment set here, so two jest runs in one checkout each keep their own template.
    process.env.PARTNERLY_TEST_TEMPLATE = name;
    return;
  }
  const dump = pgliteDumpPath();
  if (fs.existsSync(dump)) return;
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await createPGlite();
  await migrateDatabase({ db: drizzle(client) as never, kind: 'pglite', close: () => client.close() });
  await saveMigratedTemplate(client);
  await client.close();
}
