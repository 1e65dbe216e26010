import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '../db/client';
import { randomToken } from '../shared/tokens';

let cached: string | undefined;

/**
 * AUTH_SECRET, or for the zero-setup embedded default one generated on first start and kept in
 * .data/auth-secret, so sessions survive restarts without anyone creating a key.
 */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (cached) return cached;
  const file = path.join(dataDir(), 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomToken(32);
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    } catch {
      // Another process wrote it first: use theirs.
    }
    cached = fs.readFileSync(file, 'utf8').trim();
  }
  return cached;
}
