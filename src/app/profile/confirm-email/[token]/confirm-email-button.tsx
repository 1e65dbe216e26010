'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { ErrorNotice, Notice } from '@/components/ui/feedback';
import { useMutationOutcome } from '@/components/use-form-mutation';

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      profile {
        email
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function ConfirmEmailButton({ token }: { token: string }) {
  const [confirm, { loading }] = useMutationOutcome(ConfirmEmailChangeMutation, (d) => d.confirmEmailChange);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <Notice>{result.text}</Notice>
        <Link href="/" className="font-semibold text-brand-600 hover:underline">
          Go to Partnerly
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <Button
        className="w-full"
        busy={loading}
        onClick={async () => {
          const outcome = await confirm({ input: { token } });
          if (outcome.ok) setResult({ ok: true, text: `Your email is now ${outcome.payload.profile?.email}. Sign in with it from now on.` });
          // A refused request (too many attempts) comes back as a GraphQL error saying why; other failures say nothing useful.
          else if (outcome.userErrors.length > 0 || CombinedGraphQLErrors.is(outcome.error)) setResult({ ok: false, text: outcome.message });
          else setResult({ ok: false, text: 'Something went wrong. Try again.' });
        }}
      >
        Confirm new email
      </Button>
      {result && !result.ok && <ErrorNotice title="Your email was not changed.">{result.text}</ErrorNotice>}
    </div>
  );
}
