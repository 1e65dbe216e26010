/**
 * The security headers of every page and route, in one place (src/proxy.ts applies them).
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next's own loader add the
 * chunks it needs); nothing may frame the app, so the bulk-action pages cannot be clickjacked.
 */
export interface SecurityContext {
  pathname: string;
  /** The request reached us over HTTPS (directly, or per the proxy's x-forwarded-proto). */
  https: boolean;
  nonce: string;
  development: boolean;
}

/** The development mailbox's rendered email: inline styles as email needs, no script at all, framed only by the mailbox. */
export const MAILBOX_EMAIL_PATH = /^\/dev\/mailbox\/[^/]+\/html$/;

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length ? `${name} ${values.join(' ')}` : name))
    .join('; ');
}

export function contentSecurityPolicy({ pathname, https, nonce, development }: SecurityContext): string {
  if (MAILBOX_EMAIL_PATH.test(pathname)) {
    return policy({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ['https:', 'data:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'self'"],
    });
  }
  return policy({
    'default-src': ["'self'"],
    // React needs eval in development only, for its debugging stacks.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // The development server injects its CSS as <style> tags without a nonce (a nonce would void 'unsafe-inline').
    'style-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    // Partner logos are images on the partner's own site.
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'"],
    // Next's development server pushes reloads over a websocket.
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  });
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  const framedByMailbox = MAILBOX_EMAIL_PATH.test(context.pathname);
  return {
    'Content-Security-Policy': contentSecurityPolicy(context),
    'X-Frame-Options': framedByMailbox ? 'SAMEORIGIN' : 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // Only over HTTPS: a browser ignores HSTS on plain HTTP, and local development must stay reachable.
    ...(context.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/** Whether the request came over HTTPS, trusting x-forwarded-proto as Auth.js does (trustHost). */
export function requestIsHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return (forwarded ?? url.protocol.replace(':', '')) === 'https';
}

/** A path whose percent-escapes do not decode (e.g. /invite/%E0%A4%A) is the client's error, never a 500. */
export function hasMalformedEscapes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
