import { getDb } from '@/server/db/bootstrap';
import { resolveLink } from '@/server/links/resolve-link';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Link not found</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0;background:#f9fafb;color:#111827">
<main style="text-align:center"><h1 style="font-size:1.5rem">This link is not available</h1><p style="color:#6b7280">The page you were sent to does not exist or is no longer active.</p></main></body></html>`;

/** A partner's referral link: no session work, one indexed lookup, then a redirect or a plain 404. */
export async function GET(request: Request, { params }: { params: Promise<{ program: string; key: string }> }) {
  const { program, key } = await params;
  const outcome = await resolveLink(await getDb(), program, key.toLowerCase(), {
    referrer: request.headers.get('referer'),
    userAgent: request.headers.get('user-agent'),
  });
  if (outcome.kind !== 'redirect') {
    return new Response(NOT_FOUND_PAGE, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
  }
  // 302 and no-store: every visit must reach us to be counted.
  return new Response(null, { status: 302, headers: { location: outcome.location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer-when-downgrade' } });
}
