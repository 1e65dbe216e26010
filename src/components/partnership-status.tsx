import { Badge } from './ui/feedback';

const LABELS = {
  PENDING_CLAIM: { label: 'Awaiting claim', tone: 'amber' },
  PENDING_APPROVAL: { label: 'Awaiting approval', tone: 'amber' },
  ACTIVE: { label: 'Active', tone: 'green' },
  DECLINED: { label: 'Declined', tone: 'red' },
  REMOVED: { label: 'Removed', tone: 'gray' },
} as const;

export type PartnershipStatusValue = keyof typeof LABELS;

export function PartnershipStatusBadge({ status }: { status: PartnershipStatusValue }) {
  const { label, tone } = LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** The article's "invited" flag, shown next to the partner's name. */
export function InvitedFlag() {
  return (
    <span data-testid="invited-flag">
      <Badge tone="brand">invited</Badge>
    </span>
  );
}
