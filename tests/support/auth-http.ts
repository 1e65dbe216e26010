import { NextRequest } from 'next/server';
import { GET, POST } from '../../src/app/api/auth/[...nextauth]/route';

export const ORIGIN = 'http://localhost:3000';

/** The cookies a browser would keep between the requests of one sign-in. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export interface SignInRequest {
  email: string;
  /** The client address, as `next start` or a proxy puts it in X-Forwarded-For. */
  ip?: string;
}

/**
 * The plain HTTP sign-in through the real /api/auth route: GET the CSRF token, then POST the
 * address to /api/auth/signin/email. Returns the POST's response.
 */
export async function requestSignIn({ email, ip = '198.51.100.1' }: SignInRequest): Promise<Response> {
  const jar = new CookieJar();
  const headers = { 'x-forwarded-for': ip };
  const csrf = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers }));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/email`, {
      method: 'POST',
      headers: { ...headers, cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: `${ORIGIN}/` }).toString(),
    }),
  );
}
