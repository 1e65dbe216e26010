import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthShell } from '@/components/auth-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { SignOutButton } from '@/components/sign-out-button';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { inviteLanding } from '@/server/invites/invite-landing';
import { tokenPageRefusal } from '@/server/limits/limit-token-pages';
import { TooManyAttempts } from '@/components/too-many-attempts';
import { ClaimButton } from './claim-button';

export const metadata: Metadata = { title: 'Your invite' };
export const dynamic = 'force-dynamic';

const CLOSED = {
  EXPIRED: ['This invite has expired', 'Ask the program manager to resend it: you will get a fresh link.'],
  CLAIMED: ['This invite has already been claimed', 'Sign in to see your programs.'],
  NO_LONGER_VALID: ['This invite is no longer valid', 'It was deleted, or replaced by a newer link: use the latest email you received.'],
  NOT_READY: ['This invite is not active yet', 'It waits for an approval; you will get an email when it is ready.'],
} as const;

/** Opening the emailed link only shows the invite: mail scanners follow links, so claiming is a button. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const refusal = await tokenPageRefusal();
  if (refusal) return <TooManyAttempts message={refusal} />;
  const [landing, viewer] = await Promise.all([inviteLanding(await getDb(), token), getPageViewer()]);
  const path = `/invite/${token}`;

  if (landing.status !== 'VALID') {
    const [title, text] = CLOSED[landing.status];
    return (
      <AuthShell title={title}>
        <p className="text-sm text-gray-600" data-testid="invite-status">
          {text}
        </p>
        <p className="mt-6">
          <Link href={viewer.kind === 'user' ? '/' : '/signin'} className="font-semibold text-brand-600 hover:underline">
            {viewer.kind === 'user' ? 'Go to Partnerly' : 'Sign in'}
          </Link>
        </p>
      </AuthShell>
    );
  }

  const who = landing.kind === 'PARTNER_CLAIM' ? `claim the ${landing.partnerName} partner account` : `join the ${landing.partnerName} team`;
  return (
    <AuthShell title={`Join ${landing.programName}`}>
      <p className="text-sm text-gray-600" data-testid="invite-summary">
        {landing.invitedByName ?? `The ${landing.programName} team`} invited you to {who} in the <strong>{landing.programName}</strong> partner program.
      </p>
      <div className="mt-6">
        {viewer.kind !== 'user' ? (
          <>
            <p className="text-sm text-gray-600">
              Sign in, or create your account, as <strong>{landing.email}</strong> to accept.
            </p>
            <Link
              href={`/signin?callbackUrl=${encodeURIComponent(path)}&email=${encodeURIComponent(landing.email ?? '')}`}
              className="mt-4 inline-flex w-full justify-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              Sign in to accept
            </Link>
          </>
        ) : viewer.user.email.toLowerCase() !== landing.email?.toLowerCase() ? (
          <div data-testid="wrong-account">
            <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-800 ring-1 ring-amber-200">
              This invite is for <strong>{landing.email}</strong>, but you are signed in as <strong>{viewer.user.email}</strong>. Sign out, then open the link again and sign in as {landing.email}.
            </p>
            <div className="mt-4">
              <SignOutButton />
            </div>
          </div>
        ) : (
          <ApolloWrapper>
            <ClaimButton token={token} label={landing.kind === 'PARTNER_CLAIM' ? 'Claim your account' : 'Join the team'} />
          </ApolloWrapper>
        )}
      </div>
    </AuthShell>
  );
}
