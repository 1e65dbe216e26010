import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { emailOutbox } from '../db/schema';
import type { OutboxRow } from './dispatcher';
import { isUuid } from '../shared/ids';
import { textProblem } from '../shared/safe-values';

/** The development mailbox: the newest outbox rows, optionally for one address. */
export async function listMailbox(db: Database, to?: string, limit = 100): Promise<OutboxRow[]> {
  // No address holds a NUL or a lone surrogate, and the database would refuse to compare one.
  if (to && textProblem(to)) return [];
  return db
    .select()
    .from(emailOutbox)
    .where(to ? sql`lower(${emailOutbox.toAddress}) = lower(${to})` : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}

export async function getMailboxMessage(db: Database, id: string): Promise<OutboxRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row ?? null;
}

/** Links in a message's plain-text body, in order, for the mailbox's "links" list. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"']+/g) ?? [])];
}
