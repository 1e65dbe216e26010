import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MailboxShell } from '@/components/mailbox-shell';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/feedback';
import { getDb } from '@/server/db/bootstrap';
import { devMailboxEnabled } from '@/server/email/mode';
import { listMailbox } from '@/server/email/mailbox';

export const metadata: Metadata = { title: 'Development mailbox' };
export const dynamic = 'force-dynamic';

const STATUS_TONE = { PENDING: 'amber', SENDING: 'amber', SENT: 'green', FAILED: 'red' } as const;

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const messages = await listMailbox(await getDb(), to?.trim() || undefined);
  return (
    <MailboxShell>
      <PageHeader
        title="Mailbox"
        description="Email delivery is not configured (no RESEND_API_KEY), so every email the app sends waits here. Set the key to deliver for real; this page then switches off."
      />
      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">
          Recipient
        </label>
        <input
          id="to"
          name="to"
          defaultValue={to}
          placeholder="Filter by recipient email"
          className="w-72 rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
        />
        <button type="submit" className="rounded-md bg-white px-3 py-2 text-sm font-semibold ring-1 ring-inset ring-gray-300 hover:bg-gray-50">
          Filter
        </button>
      </form>
      {messages.length === 0 ? (
        <EmptyState title={to ? `No email to ${to}` : 'No email yet'}>Emails appear here as soon as the app sends them.</EmptyState>
      ) : (
        <Card className="overflow-hidden">
          <ul className="divide-y divide-gray-100" data-testid="mailbox-list">
            {messages.map((m) => (
              <li key={m.id}>
                <Link href={`/dev/mailbox/${m.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-gray-50" data-testid="mailbox-item">
                  <span className="w-56 shrink-0 truncate text-sm text-gray-600">{m.toAddress}</span>
                  <span className="min-w-0 flex-1 truncate text-sm font-medium text-gray-900">{m.subject}</span>
                  <Badge tone={STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
                  <time className="w-40 shrink-0 text-right text-xs text-gray-500" dateTime={m.createdAt.toISOString()}>
                    {m.createdAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </MailboxShell>
  );
}
