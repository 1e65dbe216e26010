/**
 * Runs once when a Next server process starts: tell the operator how email is handled (loudly when
 * the development mailbox is open on a production server), then begin delivering queued email.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { emailModeWarning } = await import('./server/email/mode');
  const warning = emailModeWarning();
  if (warning) console.warn(`\n[partnerly] ${warning}\n`);
  const { startEmailDelivery } = await import('./server/email/delivery');
  startEmailDelivery();
}
