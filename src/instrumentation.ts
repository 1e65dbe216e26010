/** Runs once when a Next server process starts: begin delivering queued email if a provider is set. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startEmailDelivery } = await import('./server/email/delivery');
  startEmailDelivery();
}
