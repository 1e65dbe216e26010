import type { Metadata } from 'next';
import { PartnersView } from './partners-view';

export const metadata: Metadata = { title: 'All Partners' };

export default async function PartnersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <PartnersView slug={slug} />;
}
