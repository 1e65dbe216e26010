'use server';

import { z } from 'zod';
import { signIn } from '@/server/auth/next-auth';
import { safeCallbackPath } from '@/server/auth/redirects';

export interface SignInState {
  error?: string;
}

const email = z.string().trim().toLowerCase().pipe(z.email());

/** Emails a sign-in link; Auth.js then redirects to the check-your-email page. */
export async function requestSignInLink(input: { email: string; callbackUrl?: string }): Promise<SignInState> {
  const parsed = email.safeParse(input.email);
  if (!parsed.success) return { error: 'Enter a valid email address, like name@company.com.' };
  await signIn('email', { email: parsed.data, redirectTo: safeCallbackPath(input.callbackUrl) });
  return {};
}
