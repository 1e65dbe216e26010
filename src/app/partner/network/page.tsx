import type { Metadata } from 'next';
import { NetworkView } from './network-view';

export const metadata: Metadata = { title: 'Network profile' };

export default function NetworkPage() {
  return <NetworkView />;
}
