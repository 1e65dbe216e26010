/**
 * Runs once when a Next server process starts: tell the operator how email is handled (loudly when
 * the development mailbox is open on a production server), begin delivering queued email, and
 * start preparing the embedded database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { emailModeWarning } = await import('./server/email/mode');
  const warning = emailModeWarning();
  if (warning) console.warn(`\n[partnerly] ${warning}\n`);
  const { startEmailDelivery } = await import('./server/email/delivery');
  startEmailDelivery();
  if (!process.env.DATABASE_URL) {
    // The embedded database is created, migrated and seeded on first start: begin now, while Next
    // compiles the first page, rather than when the first request is already waiting for it.
    const { getDatabase } = await import('./server/db/bootstrap');
    getDatabase().catch((error: unknown) => console.error('[partnerly] Could not open the embedded database:', error));
  }
}
