import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/app-shell';
import { ApolloWrapper } from '@/components/apollo-provider';
import { getPageViewer } from '@/server/auth/page-viewer';
import { getDb } from '@/server/db/bootstrap';
import { requireManagedProgramBySlug } from '@/server/programs/access';
import { AccessError } from '@/server/shared/errors';

export const dynamic = 'force-dynamic';

export default async function ProgramManagerLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect(`/signin?callbackUrl=${encodeURIComponent(`/programs/${slug}/partners`)}`);
  const program = await requireManagedProgramBySlug(await getDb(), viewer, slug).catch((error: unknown) => {
    if (error instanceof AccessError) notFound();
    throw error;
  });
  const base = `/programs/${program.slug}`;
  return (
    <AppShell
      area="Program"
      title={program.name}
      userEmail={viewer.user.email}
      nav={[
        { href: `${base}/partners`, label: 'Partners' },
        { href: `${base}/groups`, label: 'Groups' },
        { href: `${base}/applications`, label: 'Applications' },
        { href: `${base}/imports`, label: 'Imports' },
        { href: `${base}/settings`, label: 'Settings' },
      ]}
    >
      <ApolloWrapper>{children}</ApolloWrapper>
    </AppShell>
  );
}
