import Link from 'next/link';
import type { ReactNode } from 'react';

export function MailboxShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
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
