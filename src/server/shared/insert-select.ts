import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into <table> (<columns>) <select>`, with the table and column names taken from the
 * drizzle schema: set-based inserts (one statement for a whole batch) that drizzle's own
 * `insert().select()` cannot express, since it insists on every column of the table.
 */
export function insertSelect(table: PgTable, columns: PgColumn[], select: SQL): SQL {
  return sql`insert into ${table} (${columnList(...columns)}) ${select}`;
}

/** Bare column names for an INSERT's column list or a RETURNING (sql templates would qualify them with the table). */
export function columnList(...columns: PgColumn[]): SQL {
  return sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
}

/** The row an upsert proposed (`excluded.<column>`), for ON CONFLICT DO UPDATE SET. */
export function excluded(column: PgColumn): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}
