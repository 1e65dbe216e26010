'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { ErrorNotice, Notice } from '@/components/ui/feedback';

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
  const [confirm, { loading }] = useMutation(ConfirmEmailChangeMutation);
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
          // A refused request (too many attempts) comes back as a GraphQL error saying why.
          let failure = 'Something went wrong. Try again.';
          const response = await confirm({ variables: { input: { token } } }).catch((error: unknown) => {
            if (CombinedGraphQLErrors.is(error)) failure = error.message;
            return null;
          });
          const payload = response?.data?.confirmEmailChange;
          if (!payload) setResult({ ok: false, text: failure });
          else if (payload.userErrors.length) setResult({ ok: false, text: payload.userErrors.map((e) => e.message).join(' ') });
          else setResult({ ok: true, text: `Your email is now ${payload.profile?.email}. Sign in with it from now on.` });
        }}
      >
        Confirm new email
      </Button>
      {result && !result.ok && <ErrorNotice title="Your email was not changed.">{result.text}</ErrorNotice>}
    </div>
  );
}
