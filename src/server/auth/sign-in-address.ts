import { z } from 'zod';

export const SIGN_IN_ADDRESS_MESSAGE = 'Enter a plain email address, like name@company.com (no name, quotes or angle brackets).';

/**
 * The one rule for what signs in: a plain address, lowercased. A display name, quotes, angle
 * brackets, a comma or inner whitespace would let `" <manager@acme.example>"` become a second
 * identity (and an address parser further on might read it as the real one). zod's email format
 * allows none of these; only surrounding whitespace is forgiven, since people paste it.
 */
const signInAddress = z.string().trim().toLowerCase().max(254).pipe(z.email());

export type SignInAddressResult = { ok: true; email: string } | { ok: false; message: string };

export function parseSignInAddress(input: unknown): SignInAddressResult {
  const parsed = signInAddress.safeParse(input);
  return parsed.success ? { ok: true, email: parsed.data } : { ok: false, message: SIGN_IN_ADDRESS_MESSAGE };
}

export class InvalidSignInAddressError extends Error {
  constructor() {
    super(SIGN_IN_ADDRESS_MESSAGE);
    this.name = 'InvalidSignInAddressError';
  }
}

/** Auth.js's normalizeIdentifier: the same rule, for any path that reaches Auth.js directly. */
export function normalizeSignInAddress(identifier: string): string {
  const result = parseSignInAddress(identifier);
  if (!result.ok) throw new InvalidSignInAddressError();
  return result.email;
}
