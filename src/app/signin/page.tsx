import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/auth-shell';
import { getPageViewer } from '@/server/auth/page-viewer';
import { safeCallbackPath } from '@/server/auth/redirects';
import { signInEmailsDeliverable } from '@/server/email/mode';
import { SignInEmailUnavailable } from './email-unavailable';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const viewer = await getPageViewer();
  if (viewer.kind === 'user') redirect(callbackUrl);
  if (!signInEmailsDeliverable()) {
    return (
      <AuthShell title="Sign in to Partnerly">
        <SignInEmailUnavailable />
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Sign in to Partnerly">
      <p className="mb-6 text-sm text-gray-600">
        Enter your email and we will send you a link to sign in. New here? The same link creates your account.
      </p>
      <SignInForm callbackUrl={callbackUrl} defaultEmail={typeof params.email === 'string' ? params.email : undefined} />
    </AuthShell>
  );
}
