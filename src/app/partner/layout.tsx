import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { unreadMessages } from '@/server/messages/unread-messages';
import { UnreadMessagesBadge } from '@/components/messages/unread-badge';

export const dynamic = 'force-dynamic';

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect(`/signin?callbackUrl=${encodeURIComponent('/partner')}`);
  const unread = (await unreadMessages(await getDb(), viewer)).asPartner;
  return (
    <ApolloWrapper>
      <AppShell
        area="Partner"
        title={viewer.user.name ?? viewer.user.email}
        userEmail={viewer.user.email}
        nav={[
          { href: '/partner', label: 'Dashboard' },
          ...(viewer.partnerIds.length > 0 ? [{ href: '/partner/messages', label: 'Messages', badge: <UnreadMessagesBadge initial={unread} /> }] : []),
          { href: '/marketplace', label: 'Marketplace' },
          { href: '/partner/team', label: 'Team' },
          { href: '/partner/profile', label: 'Profile' },
        ]}
      >
        {children}
      </AppShell>
    </ApolloWrapper>
  );
}
