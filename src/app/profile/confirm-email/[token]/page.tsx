import type { Metadata } from 'next';
import { AuthShell } from '@/components/auth-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { TooManyAttempts } from '@/components/too-many-attempts';
import { tokenPageBlocked } from '@/server/limits/limit-token-pages';
import { ConfirmEmailButton } from './confirm-email-button';

export const metadata: Metadata = { title: 'Confirm your new email' };
export const dynamic = 'force-dynamic';

/** The emailed link only shows this page; confirming is a button, since mail scanners open links. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // The page itself reveals nothing about the token, so it does not count; the button's mutation does.
  const blocked = await tokenPageBlocked();
  if (blocked) return <TooManyAttempts message={blocked} />;
  return (
    <AuthShell title="Confirm your new email">
      <p className="mb-6 text-sm text-gray-600">Confirm to make this address the email of your Partnerly account.</p>
      <ApolloWrapper>
        <ConfirmEmailButton token={token} />
      </ApolloWrapper>
    </AuthShell>
  );
}
