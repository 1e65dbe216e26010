import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthShell } from '@/components/auth-shell';
import { devMailboxEnabled, signInEmailsDeliverable } from '@/server/email/mode';
import { SignInEmailUnavailable } from '../email-unavailable';

export const metadata: Metadata = { title: 'Check your email' };
export const dynamic = 'force-dynamic';

export default function CheckEmailPage() {
  if (!signInEmailsDeliverable()) {
    return (
      <AuthShell title="Sign in to Partnerly">
        <SignInEmailUnavailable />
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Check your email">
      <p className="text-sm text-gray-600">
        We sent you a sign-in link. It works once and expires in 24 hours. You can close this tab.
      </p>
      {devMailboxEnabled() && (
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-700">
          Email delivery is not configured, so the email is waiting in the{' '}
          <Link href="/dev/mailbox" className="font-semibold underline">
            development mailbox
          </Link>
          .
        </p>
      )}
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-semibold text-brand-600 hover:underline">
          Use a different email
        </Link>
      </p>
    </AuthShell>
  );
}
