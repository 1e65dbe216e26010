import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getDb } from '../db/bootstrap';
import { ANONYMOUS, SESSION_COOKIES, viewerFromSessionToken, type Viewer } from './viewer';

/** The signed-in person for a page render, read once per request from the session cookie. */
export const getPageViewer = cache(async (): Promise<Viewer> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const token = jar.get(name)?.value;
    if (token) return viewerFromSessionToken(await getDb(), token);
  }
  return ANONYMOUS;
});
