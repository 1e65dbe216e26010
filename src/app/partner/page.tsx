import type { Metadata } from 'next';
import { PartnerDashboard } from './dashboard';

export const metadata: Metadata = { title: 'Partner dashboard' };

export default async function PartnerDashboardPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const { joined } = await searchParams;
  return <PartnerDashboard joined={joined ?? null} />;
}
