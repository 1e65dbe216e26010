import Link from 'next/link';
import type { ReactNode } from 'react';
import { emailMode } from '@/server/email/mode';

export function MailboxShell({ children }: { children: ReactNode }) {
  const mode = emailMode();
  const optedIn = mode.kind === 'mailbox' && mode.optedIn;
  return (
    <div className="min-h-screen">
      {optedIn && (
        <div role="alert" data-testid="mailbox-production-banner" className="bg-red-700 px-6 py-3 text-center text-sm font-semibold text-white">
          This is a production server with the development mailbox switched on (DEV_MAILBOX=on): anyone who can open this page can read
          every email, sign-in links included, and sign in as anyone. Set RESEND_API_KEY and remove DEV_MAILBOX to deliver email for real.
        </div>
      )}
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <Link href="/dev/mailbox" className="text-lg font-bold text-brand-600">
            Partnerly <span className="font-medium text-gray-500">development mailbox</span>
          </Link>
          <Link href="/" className="text-sm font-semibold text-gray-600 hover:text-gray-900">
            Back to the app
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-8">{children}</main>
    </div>
  );
}
