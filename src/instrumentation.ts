/**
 * Runs once when a Next server process starts: tell the operator how email is handled (loudly when
 * the development mailbox is open on a production server), open the database in the background so
 * the first visitor does not wait for migrations (and, on a fresh embedded database, the demo seed),
 * then begin delivering queued email.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { emailModeWarning } = await import('./server/email/mode');
  const warning = emailModeWarning();
  if (warning) console.warn(`\n[partnerly] ${warning}\n`);
  const { getDatabase } = await import('./server/db/client');
  const started = Date.now();
  console.log('[partnerly] Preparing the database (migrations; the demo seed on a fresh embedded database)…');
  getDatabase().then(
    (handle) => console.log(`[partnerly] Database ready (${handle.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`),
    (error: unknown) => console.error('[partnerly] The database could not be opened:', error instanceof Error ? error.message : error),
  );
  const { startEmailDelivery } = await import('./server/email/delivery');
  startEmailDelivery();
}
