import { defineConfig } from 'drizzle-kit';

// Generating migrations needs no database: both the pg and PGlite paths apply the same SQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './drizzle',
  strict: true,
});
