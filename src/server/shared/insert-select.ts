import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (<columns>) <select>`, with the table and column names taken from the
 * drizzle schema: set-based inserts (one statement for a whole batch) that drizzle's own
 * `insert().select()` cannot express, since it insists on every column of the table.
 */
export function insertSelect(table: PgTable, columns: PgColumn[], select: SQL): SQL {
  return sql`insert into ${table} (${sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  )}) ${select}`;
}
