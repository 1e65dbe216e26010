import type { Metadata } from 'next';
import { getPageProgram } from '@/server/programs/page-program';
import { toGlobalId } from '@/server/shared/ids';
import { ProgramThreadsView } from './threads-view';

export const metadata: Metadata = { title: 'Messages' };

export default async function ProgramMessagesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // The layout already authorised the program for this request; this reuses that lookup.
  const program = await getPageProgram(slug);
  return <ProgramThreadsView slug={program.slug} programId={toGlobalId('Program', program.id)} />;
}
