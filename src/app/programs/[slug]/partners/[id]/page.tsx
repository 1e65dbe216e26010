import type { Metadata } from 'next';
import { PartnerDetail } from './partner-detail';

export const metadata: Metadata = { title: 'Partner' };

/** Ids are opaque base64 and may arrive escaped twice; one that does not decode is just an unknown id. */
function partnershipIdFrom(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export default async function PartnerPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return <PartnerDetail slug={slug} id={partnershipIdFrom(id)} />;
}
