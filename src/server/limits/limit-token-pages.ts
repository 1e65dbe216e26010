import { headers } from 'next/headers';
import { getDb } from '../db/bootstrap';
import { clientIp } from './client-ip';
import { checkRateLimit, hitRateLimit } from './rate-limiter';
import { tooManyTokenAttempts } from './limit-token-fields';

/**
 * For a page that reads a token (invite, join link): counts the view against the client's IP like
 * the GraphQL fields do, and gives the message to show instead of the page when over the limit.
 */
export async function tokenPageRefusal(): Promise<string | null> {
  const state = await hitRateLimit(await getDb(), 'tokenPerIp', clientIp(await headers()));
  return state.allowed ? null : tooManyTokenAttempts(state).message;
}

/** For a page that only shows a button using the token (the button's mutation is what counts). */
export async function tokenPageBlocked(): Promise<string | null> {
  const state = await checkRateLimit(await getDb(), 'tokenPerIp', clientIp(await headers()));
  return state.allowed ? null : tooManyTokenAttempts(state).message;
}
