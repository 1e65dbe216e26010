import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { groups, programs } from '../db/schema';

/** The group (and its program) a join link's token names, or null. */
export async function groupByJoinToken(db: Executor, token: string) {
  // Join tokens are base64url; anything else (a NUL from /join/%00) is no token and must not reach the database.
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(token)) return null;
  const [row] = await db
    .select({ group: groups, program: programs })
    .from(groups)
    .innerJoin(programs, eq(programs.id, groups.programId))
    .where(eq(groups.joinToken, token))
    .limit(1);
  return row ?? null;
}
