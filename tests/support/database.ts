import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import * as schema from '../../src/server/db/schema';
import { createPGlite, type Database, type DatabaseHandle } from '../../src/server/db/client';
import { adminUrl, pgliteDumpPath, pgTemplateFile } from './template';

/** Counts statements sent to the database, for N+1 assertions; keeps their text while `log` is set. */
export interface QueryCounter {
  count: number;
  log?: string[];
}

const counting = (counter: QueryCounter) => ({
  logQuery: (query: string) => {
    counter.count++;
    counter.log?.push(query);
  },
});

/** A fresh, migrated database for one test file. */
export async function openTestDatabase(counter: QueryCounter = { count: 0 }): Promise<DatabaseHandle> {
  if (process.env.TEST_DATABASE_URL) {
    const template = process.env.PARTNERLY_TEST_TEMPLATE ?? (JSON.parse(fs.readFileSync(pgTemplateFile(), 'utf8')) as { name: string }).name;
    const name = `partnerly_t_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new Pool({ connectionString: adminUrl(name), max: 25 });
    // close() force-drops the database, which terminates connections pool.end() has not finished
    // closing yet; the pool reports those as errors that nobody is waiting for.
    pool.on('error', () => undefined);
    const db = drizzle(pool, { schema, logger: counting(counter) }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      close: async () => {
        await pool.end();
        const dropper = new Client({ connectionString: process.env.TEST_DATABASE_URL });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  }
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await createPGlite(undefined, new Blob([fs.readFileSync(pgliteDumpPath())]));
  const db = drizzle(client, { schema, logger: counting(counter) }) as unknown as Database;
  return { db, kind: 'pglite', close: () => client.close() };
}
