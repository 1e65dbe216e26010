import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/auth-shell';
import { SignOutButton } from '@/components/sign-out-button';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { listManagedPrograms } from '@/server/programs/list-managed-programs';

export const dynamic = 'force-dynamic';

/** Sends each person to their area: program managers to their program, partners to their dashboard. */
export default async function Home() {
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect('/signin');
  const programs = await listManagedPrograms(await getDb(), viewer);
  if (programs.length > 0) redirect(`/programs/${programs[0].slug}/partners`);
  if (viewer.partnerIds.length > 0) redirect('/partner');
  if (viewer.user.isNetworkReviewer) redirect('/admin/network');
  return (
    <AuthShell title="You are signed in">
      <p className="text-sm text-gray-600">
        Signed in as <strong>{viewer.user.email}</strong>. This account does not manage a program or belong to a partner yet. When a
        program invites you, the link in that email brings you straight in.
      </p>
      <div className="mt-6">
        <SignOutButton />
      </div>
    </AuthShell>
  );
}
