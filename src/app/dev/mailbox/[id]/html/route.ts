import { getDb } from '@/server/db/bootstrap';
import { getMailboxMessage } from '@/server/email/mailbox';
import { devMailboxEnabled } from '@/server/email/mode';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * One email's HTML as the mailbox frames it. Served on its own so its policy (src/proxy.ts) can
 * allow the inline styles email is made of while forbidding every script.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!devMailboxEnabled()) return new Response('Not found', { status: 404 });
  const message = await getMailboxMessage(await getDb(), (await params).id);
  if (!message) return new Response('Not found', { status: 404 });
  // Links in the rendered email open in the app's own tab, as they would from a mail client.
  const html = message.html.replace(/^<!doctype html><html>/i, '<!doctype html><html><head><base target="_top"></head>');
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}
