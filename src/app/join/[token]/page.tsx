import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthShell } from '@/components/auth-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { joinLanding } from '@/server/applications/join-landing';
import { tokenPageRefusal } from '@/server/limits/limit-token-pages';
import { toGlobalId } from '@/server/shared/ids';
import { TooManyAttempts } from '@/components/too-many-attempts';
import { JoinForm } from './join-form';

export const metadata: Metadata = { title: 'Join a partner program' };
export const dynamic = 'force-dynamic';

/**
 * A group's shareable join link: visitors sign in or create an account (the emailed sign-in link
 * brings them back here), then join at once or fill in the group's application form. People the
 * program cannot take (removed, declined too recently, already applied) are told so before
 * they fill anything in; joinProgram makes the same checks again.
 */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const refusal = await tokenPageRefusal();
  if (refusal) return <TooManyAttempts message={refusal} />;
  const viewer = await getPageViewer();
  const landing = await joinLanding(await getDb(), viewer, token);
  if (landing.status !== 'OPEN') {
    return (
      <AuthShell title="This join link is not valid">
        <p className="text-sm text-gray-600" data-testid="join-status">
          The program may have replaced it with a new one. Ask them for the current link.
        </p>
      </AuthShell>
    );
  }
  if (landing.refusal) {
    return (
      <AuthShell title={`You cannot join ${landing.programName} now`}>
        <p className="text-sm text-gray-600" data-testid="join-refusal">
          {landing.refusal}
        </p>
        <p className="mt-4 text-sm">
          <Link href="/partner" className="font-semibold text-brand-600 hover:underline">
            Go to your partner dashboard
          </Link>
        </p>
      </AuthShell>
    );
  }
  return (
    <AuthShell title={`Join ${landing.programName}`}>
      <p className="text-sm text-gray-600">
        You are joining the <strong>{landing.groupName}</strong> group of the {landing.programName} partner program.
        {landing.applicationFormEnabled && ' The program reviews each application.'}
      </p>
      <div className="mt-6">
        {viewer.kind !== 'user' ? (
          <Link
            href={`/signin?callbackUrl=${encodeURIComponent(`/join/${token}`)}`}
            className="inline-flex w-full justify-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Sign in or create your account
          </Link>
        ) : (
          <ApolloWrapper>
            <JoinForm
              token={token}
              email={viewer.user.email}
              form={landing.form}
              partnerChoices={landing.partnerChoices.map((c) => ({ ...c, partnerId: toGlobalId('Partner', c.partnerId) }))}
            />
          </ApolloWrapper>
        )}
      </div>
    </AuthShell>
  );
}
