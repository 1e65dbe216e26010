import type { NextRequest } from 'next/server';
import { originOf } from '../shared/app-url';

type Handler = (request: NextRequest) => Promise<Response>;

/**
 * Next gives a route handler the URL and Host header of the address it listens on (localhost);
 * the one the browser used is in X-Forwarded-Host. Auth.js (trustHost) takes its redirects from
 * that URL, so a person signing in at http://127.0.0.1:3000 was sent on to localhost, where their
 * new session cookie is not. Unless AUTH_URL fixes the address, Auth.js gets the URL the browser
 * used (X-Forwarded-Host and -Proto, else Host), which trustHost already tells it to believe.
 */
export function withRequestHost(handler: Handler): Handler {
  return (request) => {
    if (process.env.AUTH_URL) return handler(request);
    const origin = originOf(request.headers);
    if (!origin || origin === request.nextUrl.origin) return handler(request);
    const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin);
    // A plain Request: a NextRequest would put Next's own address back into its URL. Auth.js reads
    // only the standard Request fields (its nextUrl use is for AUTH_URL, which is unset here).
    const init = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' } as RequestInit;
    return handler(new Request(url, init) as NextRequest);
  };
}
