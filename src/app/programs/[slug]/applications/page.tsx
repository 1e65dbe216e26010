import type { Metadata } from 'next';
import { ApplicationsView } from './applications-view';

export const metadata: Metadata = { title: 'Applications' };

export default async function ApplicationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <ApplicationsView slug={slug} />;
}
