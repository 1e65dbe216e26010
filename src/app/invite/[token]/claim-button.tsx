'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
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
  const [claim, { loading }] = useMutation(ClaimInviteMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <Button
        className="w-full"
        busy={loading}
        onClick={async () => {
          setError(null);
          const result = await claim({ variables: { input: { token } } }).catch((e: Error) => {
            setError(e.message);
            return null;
          });
          const payload = result?.data?.claimInvite;
          if (payload?.userErrors.length) setError(payload.userErrors.map((e) => e.message).join(' '));
          else if (payload) router.push(`/partner?joined=${encodeURIComponent(payload.partnerProgram?.programName ?? '')}`);
        }}
      >
        {label}
      </Button>
      {error && <ErrorNotice title="The invite could not be claimed.">{error}</ErrorNotice>}
    </div>
  );
}
