import type { Metadata } from 'next';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { ProgressBar } from '@/components/ui/progress';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { listImports } from '@/server/imports/list-imports';

export const metadata: Metadata = { title: 'Imports' };

const STATUS_TONE = { DRAFT: 'gray', QUEUED: 'gray', RUNNING: 'brand', COMPLETED: 'green', CANCELLED: 'gray', FAILED: 'red' } as const;

export default async function ImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const rows = await listImports(await getDb(), await getPageViewer(), slug);
  return (
    <>
      <PageHeader title="Imports" description="Partners brought in from a CSV file, with the progress and the rows that could not be imported." />
      {rows.length === 0 ? (
        <EmptyState title="No imports yet">Imports you run appear here with their progress and any rows that need fixing.</EmptyState>
      ) : (
        <Card className="divide-y divide-gray-100">
          {rows.map((i) => (
            <div key={i.id} className="grid gap-4 p-4 sm:grid-cols-[1fr_14rem]">
              <div>
                <p className="font-medium text-gray-900">{i.filename}</p>
                <p className="text-xs text-gray-500">
                  {i.createdAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC · {i.createdRows} created ·{' '}
                  {i.failedRows} failed
                </p>
              </div>
              <div className="space-y-1">
                <Badge tone={STATUS_TONE[i.status]}>{i.status.toLowerCase()}</Badge>
                <ProgressBar value={i.processedRows} max={i.totalRows} label={`Progress of ${i.filename}`} />
              </div>
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
