import type { Metadata } from 'next';
import { AddPartnerForm } from './add-partner-form';

export const metadata: Metadata = { title: 'Add a new partner' };

export default async function AddPartnerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <AddPartnerForm slug={slug} />;
}
