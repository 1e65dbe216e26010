import type { Metadata } from 'next';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { PartnershipStatusBadge } from '@/components/partnership-status';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/client';
import { listMyPartnerships } from '@/server/partners/list-my-partnerships';

export const metadata: Metadata = { title: 'Partner dashboard' };

const ACCESS = { OWNER: 'Owner', ADMIN: 'Admin', FINANCE: 'Finance', MEMBER: 'Member' } as const;

export default async function PartnerDashboard() {
  const mine = await listMyPartnerships(await getDb(), await getPageViewer());
  return (
    <>
      <PageHeader title="Your programs" description="The partner programs your organisations belong to." />
      {mine.length === 0 ? (
        <EmptyState title="You are not part of a partner yet">When a program invites you, claim the invite from the email and your programs show up here.</EmptyState>
      ) : (
        <div className="space-y-6">
          {mine.map((partner) => (
            <Card key={partner.partnerId} className="p-5">
              <div className="flex items-center justify-between">
                <h2 className="text-base font-semibold text-gray-900">{partner.partnerName}</h2>
                <Badge>Your access: {ACCESS[partner.accessLevel]}</Badge>
              </div>
              {partner.programs.length === 0 ? (
                <p className="mt-3 text-sm text-gray-500">Not in any program yet.</p>
              ) : (
                <ul className="mt-3 divide-y divide-gray-100" data-testid="partner-programs">
                  {partner.programs.map((p) => (
                    <li key={p.partnershipId} className="flex items-center justify-between py-2 text-sm">
                      <span>
                        <span className="font-medium">{p.programName}</span> <span className="text-gray-500">· {p.groupName}</span>
                      </span>
                      <PartnershipStatusBadge status={p.status} />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
