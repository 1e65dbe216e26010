import type { Metadata } from 'next';
import { AuthShell } from '@/components/auth-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { ConfirmEmailButton } from './confirm-email-button';

export const metadata: Metadata = { title: 'Confirm your new email' };

/** The emailed link only shows this page; confirming is a button, since mail scanners open links. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthShell title="Confirm your new email">
      <p className="mb-6 text-sm text-gray-600">Confirm to make this address the email of your Partnerly account.</p>
      <ApolloWrapper>
        <ConfirmEmailButton token={token} />
      </ApolloWrapper>
    </AuthShell>
  );
}
