/**
 * Runs once when a Next server process starts: tell the operator how email is handled (loudly when
 * the development mailbox is open on a production server), begin delivering queued email and running started imports, and
 * start opening the database, so the first visitor does not wait for migrations (and, on a fresh
 * embedded database, the demo seed) while Next compiles the first page.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { emailModeWarning } = await import('./server/email/mode');
  const warning = emailModeWarning();
  if (warning) console.warn(`\n[partnerly] ${warning}\n`);
  const { startEmailDelivery } = await import('./server/email/delivery');
  startEmailDelivery();
  const { startImportWorker } = await import('./server/imports/import-worker');
  startImportWorker();
  const { getDatabase } = await import('./server/db/bootstrap');
  getDatabase().catch((error: unknown) => console.error('[partnerly] The database could not be opened:', error instanceof Error ? error.message : error));
}
