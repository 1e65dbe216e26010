'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Badge, Card, EmptyState, ErrorNotice, Notice } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { formatDate } from '@/components/format';
import { useFormMutation, useMutationOutcome } from '@/components/use-form-mutation';

/** One row of the keys table; the revoke answer carries it too, so the row updates in place. */
export const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
  }
`);

const ApiKeysQuery = graphql(`
  query ProgramApiKeys($programId: ID!) {
    apiKeys(programId: $programId) {
      ...ApiKeyRow
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
        name
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        ...ApiKeyRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name that says what the key is for.').max(80, 'Use at most 80 characters.'),
  expiresInDays: z.string().trim().refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 3650), 'Enter a number of days from 1 to 3650, or leave it empty.'),
});
type Values = z.infer<typeof schema>;

export function ApiKeys({ programId }: { programId: string }) {
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, { variables: { programId } });
  const [revokeApiKey, { loading: revoking }] = useMutationOutcome(RevokeApiKeyMutation, (d) => d.revokeApiKey);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<{ id: string; name: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', expiresInDays: '' } });

  const [createApiKey] = useFormMutation(CreateApiKeyMutation, (d) => d.createApiKey, { setError, fields: ['name', 'expiresInDays'] });

  const onSubmit = handleSubmit(async (values) => {
    const payload = await createApiKey({ input: { programId, name: values.name, expiresInDays: values.expiresInDays ? Number(values.expiresInDays) : null } });
    if (!payload) return;
    if (payload.secret && payload.apiKey) {
      setSecret({ name: payload.apiKey.name, value: payload.secret });
      reset();
      void refetch();
    }
  });

  return (
    <Card className="p-5">
      <h2 className="text-base font-semibold text-gray-900">API keys</h2>
      <p className="mt-1 text-sm text-gray-600">
        Integrations call the GraphQL API at <code>/api/graphql</code> with <code>Authorization: Bearer &lt;key&gt;</code>. A key
        works for this program only.
      </p>

      {secret && (
        <div className="mt-4 space-y-2" data-testid="new-api-key">
          <Notice tone="warning">
            Copy the key “{secret.name}” now: it is not stored and will not be shown again.
          </Notice>
          <CopyButton value={secret.value} label="Copy API key" full />
        </div>
      )}

      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start" aria-label="New API key">
        <Field label="Key name" placeholder="CRM sync" error={errors.name?.message} {...register('name')} />
        <Field label="Expires after (days)" inputMode="numeric" placeholder="Never" error={errors.expiresInDays?.message} {...register('expiresInDays')} />
        <Button type="submit" busy={isSubmitting} className="sm:mt-6">
          Create key
        </Button>
      </form>
      {errors.root?.message && (
        <div className="mt-3">
          <ErrorNotice title="The key was not created.">{errors.root.message}</ErrorNotice>
        </div>
      )}

      <div className="mt-6">
        {revokeError && (
          <div className="mb-3">
            <ErrorNotice title="The key was not revoked.">{revokeError}</ErrorNotice>
          </div>
        )}
        <QueryState
          data={data?.apiKeys}
          loading={loading}
          error={error}
          errorTitle="API keys could not be loaded."
          onRetry={() => void refetch()}
          loadingLabel="Loading keys…"
          isEmpty={(keys) => keys.length === 0}
          empty={<EmptyState title="No API keys yet">Create one for each integration, so you can revoke them one by one.</EmptyState>}
        >
          {(keys) => (
            <div className="overflow-x-auto">
              <table className="min-w-full divide-y divide-gray-200 text-sm">
                <thead className="text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
                  <tr>
                    <th scope="col" className="py-2 pr-4">Name</th>
                    <th scope="col" className="py-2 pr-4">Key</th>
                    <th scope="col" className="py-2 pr-4">Created</th>
                    <th scope="col" className="py-2 pr-4">Last used</th>
                    <th scope="col" className="py-2 pr-4">Expires</th>
                    <th scope="col" className="py-2 pr-4">Status</th>
                    <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {keys.map((key) => (
                    <tr key={key.id} data-testid="api-key-row">
                      <td className="py-2 pr-4 font-medium">{key.name}</td>
                      <td className="py-2 pr-4"><code className="text-xs">{key.prefix}…</code></td>
                      <td className="py-2 pr-4">{formatDate(key.createdAt)}</td>
                      <td className="py-2 pr-4">{formatDate(key.lastUsedAt)}</td>
                      <td className="py-2 pr-4">{key.expiresAt ? formatDate(key.expiresAt) : 'Never'}</td>
                      <td className="py-2 pr-4">
                        {key.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">{key.revokedAt ? 'Revoked' : 'Expired'}</Badge>}
                      </td>
                      <td className="py-2 text-right">
                        {key.active && (
                          <Button variant="ghost" onClick={() => setToRevoke({ id: key.id, name: key.name })} aria-label={`Revoke ${key.name}`}>
                            Revoke
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </div>

      <ConfirmDialog
        open={toRevoke !== null}
        title={`Revoke “${toRevoke?.name}”?`}
        confirmLabel="Revoke key"
        busy={revoking}
        onCancel={() => setToRevoke(null)}
        onConfirm={async () => {
          if (!toRevoke) return;
          const outcome = await revokeApiKey({ input: { id: toRevoke.id } });
          setRevokeError(outcome.ok ? null : outcome.message);
          setToRevoke(null);
          void refetch();
        }}
      >
        Integrations using this key stop working at once. This cannot be undone.
      </ConfirmDialog>
    </Card>
  );
}
