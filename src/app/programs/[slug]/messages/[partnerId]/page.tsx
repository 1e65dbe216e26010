import type { Metadata } from 'next';
import { getPageProgram } from '@/server/programs/page-program';
import { toGlobalId } from '@/server/shared/ids';
import { ProgramThreadView } from './thread-view';
import { idFromParam } from '@/components/route-params';

export const metadata: Metadata = { title: 'Conversation' };

export default async function ProgramThreadPage({ params }: { params: Promise<{ slug: string; partnerId: string }> }) {
  const { slug, partnerId } = await params;
  const program = await getPageProgram(slug);
  return <ProgramThreadView slug={program.slug} programId={toGlobalId('Program', program.id)} partnerId={idFromParam(partnerId)} />;
}
