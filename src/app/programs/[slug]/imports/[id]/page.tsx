import type { Metadata } from 'next';
import { idFromParam } from '@/components/route-params';
import { ImportDetail } from './import-detail';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return <ImportDetail slug={slug} id={idFromParam(id)} />;
}
