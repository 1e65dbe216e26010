import type { Metadata } from 'next';
import { PartnerThreadsView } from './threads-view';

export const metadata: Metadata = { title: 'Messages' };

export default function PartnerMessagesPage() {
  return <PartnerThreadsView />;
}
