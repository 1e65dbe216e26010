import { EmptyState } from '@/components/ui/feedback';
import { formatDateTime } from '@/components/format';
import type { PartnershipDetail } from './partner-detail';

export function ActivityTab({ partnership }: { partnership: PartnershipDetail }) {
  if (partnership.activity.length === 0) return <EmptyState title="No activity yet" />;
  return (
    <ol className="relative space-y-4 border-l border-gray-200 pl-5" data-testid="activity">
      {partnership.activity.map((event, i) => (
        <li key={`${event.createdAt}-${i}`} className="text-sm">
          <span aria-hidden="true" className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
          <p className="font-medium text-gray-900">{event.summary}</p>
          <p className="text-xs text-gray-500">
            {formatDateTime(event.createdAt)}
            {event.actor ? ` · ${event.actor}` : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}
