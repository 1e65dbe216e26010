import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MailboxShell } from '@/components/mailbox-shell';
import { Card } from '@/components/ui/feedback';
import { getDb } from '@/server/db/bootstrap';
import { devMailboxEnabled } from '@/server/email/mode';
import { getMailboxMessage, linksIn } from '@/server/email/mailbox';

export const metadata: Metadata = { title: 'Email' };
export const dynamic = 'force-dynamic';

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const message = await getMailboxMessage(await getDb(), id);
  if (!message) notFound();
  const links = linksIn(message.text);
  return (
    <MailboxShell>
      <p className="mb-4 text-sm">
        <Link href="/dev/mailbox" className="font-semibold text-brand-600 hover:underline">
          ← All email
        </Link>
      </p>
      <Card className="p-5">
        <h1 className="text-xl font-bold text-gray-900" data-testid="email-subject">
          {message.subject}
        </h1>
        <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
          <dt className="text-gray-500">To</dt>
          <dd data-testid="email-to">{message.toAddress}</dd>
          <dt className="text-gray-500">From</dt>
          <dd>{message.fromAddress}</dd>
          <dt className="text-gray-500">Status</dt>
          <dd>
            {message.status.toLowerCase()}
            {message.lastError ? ` (${message.lastError})` : ''}
          </dd>
        </dl>
        {links.length > 0 && (
          <div className="mt-4">
            <h2 className="text-sm font-semibold text-gray-900">Links in this email</h2>
            <ul className="mt-1 space-y-1 text-sm">
              {links.map((href) => (
                <li key={href}>
                  <a href={href} className="break-all text-brand-600 hover:underline" data-testid="email-link">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      <Card className="mt-6 overflow-hidden">
        <iframe
          title="Rendered email"
          src={`/dev/mailbox/${message.id}/html`}
          sandbox="allow-popups allow-top-navigation-by-user-activation"
          className="h-[32rem] w-full bg-white"
        />
      </Card>
      <details className="mt-6">
        <summary className="cursor-pointer text-sm font-semibold text-gray-700">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-md bg-white p-4 text-sm ring-1 ring-gray-200">{message.text}</pre>
      </details>
    </MailboxShell>
  );
}
