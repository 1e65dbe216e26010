import fs from 'node:fs';
import { Client } from 'pg';
import { pgTemplateFile } from './template';

export default async function globalTeardown(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL || !fs.existsSync(pgTemplateFile())) return;
  const { name } = JSON.parse(fs.readFileSync(pgTemplateFile(), 'utf8')) as { name: string };
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  fs.rmSync(pgTemplateFile());
}
