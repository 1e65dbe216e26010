import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { getPageViewer } from '@/server/auth/page-viewer';

export const dynamic = 'force-dynamic';

/** Platform staff's area. Only network reviewers have one today; to anyone else it does not exist. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect(`/signin?callbackUrl=${encodeURIComponent('/admin/network')}`);
  if (!viewer.user.isNetworkReviewer) notFound();
  return (
    <ApolloWrapper>
      <AppShell
        area="Partnerly staff"
        title={viewer.user.name ?? viewer.user.email}
        userEmail={viewer.user.email}
        nav={[
          { href: '/admin/network', label: 'Network review' },
          ...(viewer.managedProgramIds.length > 0 ? [{ href: '/', label: 'Your programs' }] : []),
          ...(viewer.partnerIds.length > 0 ? [{ href: '/partner', label: 'Partner area' }] : []),
        ]}
      >
        {children}
      </AppShell>
    </ApolloWrapper>
  );
}
