import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getPageProgram } from '@/server/programs/page-program';
import { AccessError } from '@/server/shared/errors';
import { getDb } from '@/server/db/bootstrap';
import { unreadMessages } from '@/server/messages/unread-messages';
import { toGlobalId } from '@/server/shared/ids';
import { UnreadMessagesBadge } from '@/components/messages/unread-badge';

export const dynamic = 'force-dynamic';

export default async function ProgramManagerLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect(`/signin?callbackUrl=${encodeURIComponent(`/programs/${slug}/partners`)}`);
  const program = await getPageProgram(slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const base = `/programs/${program.slug}`;
  const unread = (await unreadMessages(await getDb(), viewer)).programs.find((p) => p.programId === program.id)?.count ?? 0;
  return (
    <ApolloWrapper>
      <AppShell
        area="Program"
        title={program.name}
        userEmail={viewer.user.email}
        nav={[
          { href: `${base}/partners`, label: 'Partners' },
          { href: `${base}/groups`, label: 'Groups' },
          { href: `${base}/applications`, label: 'Applications' },
          { href: `${base}/messages`, label: 'Messages', badge: <UnreadMessagesBadge programId={toGlobalId('Program', program.id)} initial={unread} /> },
          { href: `${base}/imports`, label: 'Imports' },
          { href: `${base}/settings`, label: 'Settings' },
          ...(viewer.user.isNetworkReviewer ? [{ href: '/admin/network', label: 'Network review' }] : []),
        ]}
      >
        {children}
      </AppShell>
    </ApolloWrapper>
  );
}
