'use server';

import { headers } from 'next/headers';
import { signIn } from '@/server/auth/next-auth';
import { safeCallbackPath } from '@/server/auth/redirects';
import { parseSignInAddress } from '@/server/auth/sign-in-address';
import { getDb } from '@/server/db/bootstrap';
import { SIGN_IN_EMAIL_UNAVAILABLE, signInEmailsDeliverable } from '@/server/email/mode';
import { signInRefusal } from '@/server/limits/limit-sign-in';

export interface SignInState {
  error?: string;
}

/** Emails a sign-in link; Auth.js then redirects to the check-your-email page. */
export async function requestSignInLink(input: { email: string; callbackUrl?: string }): Promise<SignInState> {
  if (!signInEmailsDeliverable()) return { error: SIGN_IN_EMAIL_UNAVAILABLE };
  const address = parseSignInAddress(input.email);
  if (!address.ok) return { error: address.message };
  const refusal = await signInRefusal(await getDb(), await headers(), address.email);
  if (refusal) return { error: refusal.message };
  await signIn('email', { email: address.email, redirectTo: safeCallbackPath(input.callbackUrl) });
  return {};
}
