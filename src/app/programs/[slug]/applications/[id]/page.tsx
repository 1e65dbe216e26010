import type { Metadata } from 'next';
import { ApplicationDetail } from './application-detail';

export const metadata: Metadata = { title: 'Application' };

/** Ids are opaque base64 and may arrive escaped twice; one that does not decode is just an unknown id. */
function applicationIdFrom(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export default async function ApplicationPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  return <ApplicationDetail slug={slug} id={applicationIdFrom(id)} />;
}
