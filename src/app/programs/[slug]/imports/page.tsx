import type { Metadata } from 'next';
import { importMaxBytes } from '@/server/imports/read-csv';
import { ImportsView } from './imports-view';

export const metadata: Metadata = { title: 'Imports' };

export default async function ImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <ImportsView slug={slug} maxBytes={importMaxBytes()} />;
}
