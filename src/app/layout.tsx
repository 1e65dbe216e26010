import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Partnerly', template: '%s · Partnerly' },
  description: 'Run your partner program: add, invite, approve, move and remove partners.',
};

// Every page renders per request: its scripts carry that response's CSP nonce (src/proxy.ts).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
