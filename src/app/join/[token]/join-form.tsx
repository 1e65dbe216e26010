'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutationOutcome } from '@/components/use-form-mutation';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorNotice, Notice } from '@/components/ui/feedback';

const JoinProgramMutation = graphql(`
  mutation JoinProgram($input: JoinProgramInput!) {
    joinProgram(input: $input) {
      partnerProgram {
        partnershipId
        programName
      }
      applicationSubmitted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function JoinForm({ token, apply, newToPartnerly, email }: { token: string; apply: boolean; newToPartnerly: boolean; email: string }) {
  const router = useRouter();
  const [join, { loading }] = useMutationOutcome(JoinProgramMutation, (d) => d.joinProgram);
  const [companyName, setCompanyName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  if (applied) return <Notice>Your application was sent. You will get an email when the program decides.</Notice>;
  return (
    <form
      className="space-y-4"
      aria-label="Join the program"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const outcome = await join({ input: { token, companyName: companyName || null } });
        if (!outcome.ok) setError(outcome.message);
        else if (outcome.payload.applicationSubmitted) setApplied(true);
        else router.push(`/partner?joined=${encodeURIComponent(outcome.payload.partnerProgram?.programName ?? '')}`);
      }}
    >
      <p className="text-sm text-gray-600">
        Signed in as <strong>{email}</strong>.
      </p>
      {newToPartnerly && <Field label="Company name" hint="The organisation you represent; empty: your own name." value={companyName} onChange={(e) => setCompanyName(e.target.value)} />}
      {error && (
        <div data-testid="join-error">
          <ErrorNotice title={apply ? 'Your application was not sent.' : 'You could not join.'}>{error}</ErrorNotice>
        </div>
      )}
      <Button type="submit" busy={loading} className="w-full">
        {apply ? 'Send application' : 'Join the program'}
      </Button>
    </form>
  );
}
