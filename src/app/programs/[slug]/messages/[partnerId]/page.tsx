import type { Metadata } from 'next';
import { getPageProgram } from '@/server/programs/page-program';
import { toGlobalId } from '@/server/shared/ids';
import { ProgramThreadView } from './thread-view';

export const metadata: Metadata = { title: 'Conversation' };

/** Ids are opaque base64 and may arrive escaped; one that does not decode is just an unknown id. */
function idFrom(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export default async function ProgramThreadPage({ params }: { params: Promise<{ slug: string; partnerId: string }> }) {
  const { slug, partnerId } = await params;
  const program = await getPageProgram(slug);
  return <ProgramThreadView slug={program.slug} programId={toGlobalId('Program', program.id)} partnerId={idFrom(partnerId)} />;
}
