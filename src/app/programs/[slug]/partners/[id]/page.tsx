import type { Metadata } from 'next';
import { PartnerDetail } from './partner-detail';
import { idFromParam } from '@/components/route-params';

export const metadata: Metadata = { title: 'Partner' };

export default async function PartnerPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return <PartnerDetail slug={slug} id={idFromParam(id)} />;
}
