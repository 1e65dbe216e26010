import type { Metadata } from 'next';
import { PartnerThreadView } from './thread-view';
import { idFromParam } from '@/components/route-params';

export const metadata: Metadata = { title: 'Conversation' };

/**
 * One program's thread with one of your partners: `?partner=` says which (a person can be Owner or
 * Admin of several partners in the same program); without it, the page lets them choose.
 */
export default async function PartnerThreadPage({ params, searchParams }: { params: Promise<{ programId: string }>; searchParams: Promise<{ partner?: string | string[] }> }) {
  const { programId } = await params;
  const { partner } = await searchParams;
  return <PartnerThreadView programId={idFromParam(programId)} partnerId={typeof partner === 'string' ? partner : null} />;
}
