import { NextResponse, type NextRequest } from 'next/server';
import { hasMalformedEscapes, requestIsHttps, securityHeaders } from './server/http/security-headers';

const BAD_PATH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address · Partnerly</title></head>
<body><h1>This address is not valid</h1><p>The link is cut short or mistyped. Open it again from the email or page it came from.</p><p><a href="/">Go to Partnerly</a></p></body></html>`;

/**
 * In front of every page and route: security headers with a fresh script nonce (Next reads it from
 * the request's Content-Security-Policy and puts it on its own scripts), and a 400 for a path that
 * cannot be decoded, which would otherwise reach Next's router and answer 500.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const headers = securityHeaders({
    pathname: request.nextUrl.pathname,
    https: requestIsHttps(request.nextUrl, request.headers),
    nonce,
    development: process.env.NODE_ENV === 'development',
  });
  let response: NextResponse;
  if (hasMalformedEscapes(request.nextUrl.pathname)) {
    response = new NextResponse(BAD_PATH_PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build assets carry no nonce and are served with nosniff from next.config.ts. The
  // import upload is left out: Next copies the body of every request the proxy sees into memory
  // and cuts it at 10 MB (proxyClientMaxBodySize); the route sets its own security headers.
  matcher: ['/((?!_next/static|_next/image|api/programs/[^/]+/imports$).*)'],
};
