import type { Metadata } from 'next';
import { ReviewView } from './review-view';

export const metadata: Metadata = { title: 'Network review' };

export default function NetworkReviewPage() {
  return <ReviewView />;
}
