import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getPageViewer } from '@/server/auth/page-viewer';
import PartnerLayout from '../partner/layout';

export const dynamic = 'force-dynamic';

/** The marketplace is part of the partner area: the same shell and navigation, and back here after signing in. */
export default async function MarketplaceLayout({ children }: { children: ReactNode }) {
  const viewer = await getPageViewer();
  if (viewer.kind !== 'user') redirect(`/signin?callbackUrl=${encodeURIComponent('/marketplace')}`);
  return <PartnerLayout>{children}</PartnerLayout>;
}
