import path from 'node:path';
import { migratedTemplatePath } from '../../src/server/db/client';

/** Where the migrated template database for this run is described; shared by setup and test files. */
export const TEST_STATE_DIR = path.join(process.cwd(), '.data', 'test');

/** The migrated PGlite template: the same file the app's first start copies (src/server/db/client.ts). */
export const pgliteDumpPath = migratedTemplatePath;
export const pgTemplateFile = () => path.join(TEST_STATE_DIR, 'pg-template.json');

export function adminUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
