import type { Metadata } from 'next';
import { ApplicationDetail } from './application-detail';
import { idFromParam } from '@/components/route-params';

export const metadata: Metadata = { title: 'Application' };

export default async function ApplicationPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return <ApplicationDetail slug={slug} id={idFromParam(id)} />;
}
