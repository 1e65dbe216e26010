import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthShell } from '@/components/auth-shell';

export const metadata: Metadata = { title: 'Sign-in problem' };

const MESSAGES: Record<string, string> = {
  Verification: 'This sign-in link has already been used or has expired. Ask for a new one.',
  AccessDenied: 'This account may not sign in.',
  Configuration: 'Sign-in is not available right now. Try again in a moment.',
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <AuthShell title="We could not sign you in">
      <p className="text-sm text-gray-600" data-testid="sign-in-error">
        {MESSAGES[error ?? ''] ?? 'Something went wrong while signing you in. Ask for a new link.'}
      </p>
      <p className="mt-6">
        <Link href="/signin" className="font-semibold text-brand-600 hover:underline">
          Get a new sign-in link
        </Link>
      </p>
    </AuthShell>
  );
}
