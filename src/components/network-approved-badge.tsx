import { Badge } from './ui/feedback';

const EXPLANATION = "vetted by Partnerly's network team";

/** Shown wherever managers see a partner that Partnerly's network team has vetted. */
export function NetworkApprovedBadge() {
  return (
    <Badge tone="green" title={`Network approved: ${EXPLANATION}`} description={EXPLANATION} testId="network-approved">
      Network approved
    </Badge>
  );
}
