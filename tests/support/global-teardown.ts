import fs from 'node:fs';
import { Client } from 'pg';
import { pgTemplateFile } from './template';

export default async function globalTeardown(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) return;
  const name = process.env.PARTNERLY_TEST_TEMPLATE;
  if (!name) return;
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  if (fs.existsSync(pgTemplateFile()) && fs.readFileSync(pgTemplateFile(), 'utf8').includes(name)) fs.rmSync(pgTemplateFile());
}
