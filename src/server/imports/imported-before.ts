import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client';
import { imports } from '../db/schema';

const earlier = alias(imports, 'earlier');

/**
 * Per import id: whether an earlier import of the same program, with a file of the same bytes,
 * was started (it may have imported these rows already). One statement for a page of imports.
 */
export function importedBeforeLoader(db: Executor) {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select ${imports.id} as id from ${imports}
          where ${imports.id} = any(${sql.param([...ids])}::uuid[])
            and exists (select 1 from ${imports} as ${sql.identifier('earlier')}
                        where ${earlier.programId} = ${imports.programId}
                          and ${earlier.contentSha256} = ${imports.contentSha256}
                          and ${earlier.id} <> ${imports.id}
                          and ${earlier.createdAt} <= ${imports.createdAt}
                          and ${earlier.startedAt} is not null)`,
    );
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  });
}
