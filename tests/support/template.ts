import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/** Where the migrated template database for this run is described; shared by setup and test files. */
export const TEST_STATE_DIR = path.join(process.cwd(), '.data', 'test');

/** A hash of the migrations: a template built from other migrations is never reused. */
export function migrationsHash(): string {
  const dir = path.join(process.cwd(), 'drizzle');
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else hash.update(entry.name).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

export const pgliteDumpPath = () => path.join(TEST_STATE_DIR, `pglite-${migrationsHash()}.tar.gz`);
export const pgTemplateFile = () => path.join(TEST_STATE_DIR, 'pg-template.json');

export function adminUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
