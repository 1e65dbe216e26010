'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { ErrorNotice } from '@/components/ui/feedback';

const ClaimInviteMutation = graphql(`
  mutation ClaimInvite($input: ClaimInviteInput!) {
    claimInvite(input: $input) {
      partnerProgram {
        partnershipId
        programName
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function ClaimButton({ token, label }: { token: string; label: string }) {
  const router = useRouter();
  const [claim, { loading }] = useMutationOutcome(ClaimInviteMutation, (d) => d.claimInvite);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <Button
        className="w-full"
        busy={loading}
        onClick={async () => {
          setError(null);
          const outcome = await claim({ input: { token } });
          if (!outcome.ok) setError(outcome.message);
          else router.push(`/partner?joined=${encodeURIComponent(outcome.payload.partnerProgram?.programName ?? '')}`);
        }}
      >
        {label}
      </Button>
      {error && <ErrorNotice title="The invite could not be claimed.">{error}</ErrorNotice>}
    </div>
  );
}
