import type { Metadata } from 'next';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { listApplications } from '@/server/applications/list-applications';

export const metadata: Metadata = { title: 'Applications' };

const STATUS_TONE = { PENDING: 'amber', APPROVED: 'green', DECLINED: 'red' } as const;
const SOURCE = { JOIN_LINK: 'Join link', MARKETPLACE: 'Marketplace' } as const;

export default async function ApplicationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const rows = await listApplications(await getDb(), await getPageViewer(), slug);
  return (
    <>
      <PageHeader
        title="Applications"
        description="Partners who applied through a group join link or the marketplace. Marketplace applications from verified network profiles can lack required form fields: those are listed so you can ask for them or decline."
      />
      {rows.length === 0 ? (
        <EmptyState title="No applications yet">
          Share a group&apos;s join link (Groups → Copy) with the application form switched on, and applications arrive here.
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <thead className="bg-gray-50 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
              <tr>
                <th scope="col" className="px-4 py-3">Applicant</th>
                <th scope="col" className="px-4 py-3">Group</th>
                <th scope="col" className="px-4 py-3">Source</th>
                <th scope="col" className="px-4 py-3">Missing fields</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">Received</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {rows.map((a) => (
                <tr key={a.id}>
                  <td className="px-4 py-3 font-medium">{a.email}</td>
                  <td className="px-4 py-3">{a.groupName}</td>
                  <td className="px-4 py-3">{SOURCE[a.source]}</td>
                  <td className="px-4 py-3">{a.missingFields.length ? a.missingFields.join(', ') : '—'}</td>
                  <td className="px-4 py-3">
                    <Badge tone={STATUS_TONE[a.status]}>{a.status.toLowerCase()}</Badge>
                  </td>
                  <td className="px-4 py-3 text-gray-600">{a.createdAt.toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
