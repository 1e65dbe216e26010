'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { MyNetworkQuery as MyNetworkData } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Badge, Card, EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { useFormMutation, useMutationOutcome } from '@/components/use-form-mutation';
import { formatDate } from '@/components/format';
import { COUNTRY_CHOICES, countryName } from '@/shapes/countries';
import { AUDIENCE_SIZES, NETWORK_CATEGORIES, PROMOTION_METHODS, networkProfileShape, type NetworkProfileValues } from '@/shapes/network';

const MyNetworkQuery = graphql(`
  query MyNetwork {
    myPartners {
      accessLevel
      partner {
        id
        name
      }
      networkStatus
      networkAppliedAt
      canManageNetwork
      networkProfile {
        ...NetworkProfileFields
      }
      lastNetworkDecision {
        ...NetworkDecisionFields
      }
    }
  }
`);

const UpdateNetworkProfileMutation = graphql(`
  mutation UpdateNetworkProfile($input: UpdateNetworkProfileInput!) {
    updateNetworkProfile(input: $input) {
      profile {
        companyName
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ApplyToNetworkMutation = graphql(`
  mutation ApplyToNetwork($input: ApplyToNetworkInput!) {
    applyToNetwork(input: $input) {
      networkStatus
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Entry = MyNetworkData['myPartners'][number];

const FIELDS = ['companyName', 'website', 'logoUrl', 'description', 'audienceSize', 'promotionMethods', 'countries', 'categories'] as const;

/** Why "Apply" is not offered right now, or null when it is. */
function applyBlocker(entry: Entry): string | null {
  if (!entry.canManageNetwork) return 'Only the Owner or an Admin of the partner can apply.';
  if (!entry.networkProfile) return 'Save your network profile first.';
  if (entry.networkStatus === 'PENDING') return 'Your application is waiting for a reviewer.';
  if (entry.networkStatus === 'APPROVED') return 'You are already in the network.';
  const decided = entry.lastNetworkDecision?.decidedAt;
  if (entry.networkStatus === 'DECLINED' && decided && new Date(entry.networkProfile.updatedAt) <= new Date(decided)) {
    return 'Edit your profile before applying again.';
  }
  return null;
}

function StatusPanel({ entry }: { entry: Entry }) {
  const decision = entry.lastNetworkDecision;
  switch (entry.networkStatus) {
    case 'NONE':
      return <p className="text-sm text-gray-600">Not in the network yet. Once reviewers approve your profile you can apply to listed programs from the marketplace in one step.</p>;
    case 'PENDING':
      return (
        <p className="text-sm text-gray-700" data-testid="network-status">
          <Badge tone="amber">Pending</Badge> {entry.networkAppliedAt ? `Applied ${formatDate(entry.networkAppliedAt)}; your` : 'Your'} application is waiting for a network reviewer.
        </p>
      );
    case 'APPROVED':
      return (
        <p className="text-sm text-gray-700" data-testid="network-status">
          <Badge tone="green">Network approved</Badge> {decision ? `since ${formatDate(decision.decidedAt)}. ` : ''}You can apply to listed programs from the{' '}
          <a className="text-brand-700 underline" href="/marketplace">
            marketplace
          </a>
          .
        </p>
      );
    case 'DECLINED':
      return (
        <div className="text-sm text-gray-700" data-testid="network-status">
          <p>
            <Badge tone="red">Declined</Badge> {decision ? `on ${formatDate(decision.decidedAt)}` : ''}
          </p>
          {decision?.reason && <p className="mt-2 whitespace-pre-wrap rounded-md bg-gray-50 p-3">Reason: {decision.reason}</p>}
          <p className="mt-2">You may edit the profile and apply again, or join a program directly through its join link.</p>
        </div>
      );
  }
}

function ProfileForm({ entry, onSaved }: { entry: Entry; onSaved: () => void }) {
  const profile = entry.networkProfile;
  const form = useForm({
    resolver: zodResolver(networkProfileShape),
    defaultValues: {
      companyName: profile?.companyName ?? entry.partner.name,
      website: profile?.website ?? '',
      logoUrl: profile?.logoUrl ?? null,
      description: profile?.description ?? '',
      audienceSize: profile?.audienceSize ?? ('' as never),
      promotionMethods: (profile?.promotionMethods ?? []) as NetworkProfileValues['promotionMethods'],
      countries: profile?.countries ?? [],
      categories: (profile?.categories ?? []) as NetworkProfileValues['categories'],
    },
  });
  const [save] = useFormMutation(UpdateNetworkProfileMutation, (d) => d.updateNetworkProfile, { setError: form.setError, fields: FIELDS });
  const [notice, setNotice] = useState<string | null>(null);
  const chosenCountries = useWatch({ control: form.control, name: 'countries' }) ?? [];
  const errors = form.formState.errors;
  const readOnly = !entry.canManageNetwork;
  return (
    <form
      noValidate
      aria-label={`Network profile of ${entry.partner.name}`}
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        setNotice(null);
        if (await save({ input: { partnerId: entry.partner.id, ...values, logoUrl: values.logoUrl ?? null } })) {
          setNotice(entry.networkStatus === 'PENDING' ? 'Profile saved. Your waiting application keeps the profile you submitted.' : 'Profile saved.');
          onSaved();
        }
      })}
    >
      <fieldset disabled={readOnly} className="space-y-4">
        <Field label="Company name" required error={errors.companyName?.message} {...form.register('companyName')} />
        <Field label="Website" required placeholder="https://" error={errors.website?.message} {...form.register('website')} />
        <Field label="Logo URL" placeholder="https://" error={errors.logoUrl?.message} {...form.register('logoUrl', { setValueAs: (v: string | null) => (v ? v : null) })} />
        <div>
          <label htmlFor="network-description" className="block text-sm font-medium text-gray-800">
            Description <span aria-hidden="true" className="text-red-600">*</span>
          </label>
          <textarea
            id="network-description"
            rows={4}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? 'network-description-error' : undefined}
            className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
            {...form.register('description')}
          />
          {errors.description && (
            <p id="network-description-error" className="mt-1 text-sm text-red-600">
              {errors.description.message}
            </p>
          )}
        </div>
        <Select label="Audience size" required error={errors.audienceSize?.message} {...form.register('audienceSize')}>
          <option value="">Choose…</option>
          {AUDIENCE_SIZES.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
        <CheckboxGroup legend="Promotion methods" error={errors.promotionMethods?.message}>
          {PROMOTION_METHODS.map((m) => (
            <label key={m.value} className="flex items-center gap-2 text-sm text-gray-800">
              <input type="checkbox" value={m.value} className="h-4 w-4 rounded border-gray-300" {...form.register('promotionMethods')} />
              {m.label}
            </label>
          ))}
        </CheckboxGroup>
        <Select
          label="Countries"
          hint="Where your audience is. Hold Ctrl (Cmd on a Mac) to choose several."
          multiple
          size={8}
          required
          error={errors.countries?.message}
          {...form.register('countries')}
        >
          {COUNTRY_CHOICES.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
        <p className="-mt-2 text-xs text-gray-600" data-testid="chosen-countries">
          {chosenCountries.length ? `Chosen: ${chosenCountries.map(countryName).join(', ')}` : 'No country chosen yet.'}
        </p>
        <CheckboxGroup legend="Categories (up to 3)" error={errors.categories?.message}>
          {NETWORK_CATEGORIES.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm text-gray-800">
              <input type="checkbox" value={c} className="h-4 w-4 rounded border-gray-300" {...form.register('categories')} />
              {c}
            </label>
          ))}
        </CheckboxGroup>
      </fieldset>
      {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
      {notice && <Notice>{notice}</Notice>}
      {readOnly ? (
        <p className="text-sm text-gray-600">Only the Owner or an Admin of {entry.partner.name} can edit the network profile.</p>
      ) : (
        <Button type="submit" busy={form.formState.isSubmitting}>
          Save profile
        </Button>
      )}
    </form>
  );
}

function CheckboxGroup({ legend, error, children }: { legend: string; error?: string; children: React.ReactNode }) {
  return (
    <fieldset aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-gray-800">
        {legend} <span aria-hidden="true" className="text-red-600">*</span>
      </legend>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">{children}</div>
      {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
    </fieldset>
  );
}

function PartnerNetwork({ entry, refetch }: { entry: Entry; refetch: () => void }) {
  const [apply, applying] = useMutationOutcome(ApplyToNetworkMutation, (d) => d.applyToNetwork);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const blocker = applyBlocker(entry);
  return (
    <Card className="p-5">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 className="text-base font-semibold text-gray-900">{entry.partner.name}</h2>
          <div className="mt-2">
            <StatusPanel entry={entry} />
          </div>
          {entry.networkProfile && (
            <p className="mt-1 text-xs text-gray-500">
              Profile last saved {formatDate(entry.networkProfile.updatedAt)} · {entry.networkProfile.countries.map(countryName).join(', ')}
            </p>
          )}
        </div>
        {entry.networkStatus !== 'APPROVED' && (
          <div className="shrink-0 text-right">
            <Button
              disabled={blocker !== null}
              busy={applying.loading}
              aria-describedby={blocker ? `apply-blocker-${entry.partner.id}` : undefined}
              onClick={async () => {
                const outcome = await apply({ input: { partnerId: entry.partner.id } });
                setMessage(outcome.ok ? { ok: true, text: 'Applied: a network reviewer will look at your profile.' } : { ok: false, text: outcome.message });
                refetch();
              }}
            >
              Apply to the network
            </Button>
            {blocker && (
              <p id={`apply-blocker-${entry.partner.id}`} className="mt-1 max-w-xs text-xs text-gray-500">
                {blocker}
              </p>
            )}
          </div>
        )}
      </div>
      {message && <div className="mt-3">{message.ok ? <Notice>{message.text}</Notice> : <ErrorNotice title="Not applied.">{message.text}</ErrorNotice>}</div>}
      <div className="mt-6 border-t border-gray-100 pt-4">
        <ProfileForm key={entry.networkProfile?.updatedAt ?? 'new'} entry={entry} onSaved={refetch} />
      </div>
    </Card>
  );
}

export function NetworkView() {
  const { data, loading, error, refetch } = useQuery(MyNetworkQuery);
  return (
    <QueryState
      data={data?.myPartners}
      loading={loading}
      error={error}
      errorTitle="Your network profile could not be loaded."
      onRetry={() => void refetch()}
      isEmpty={(mine) => mine.length === 0}
      empty={<EmptyState title="No partner yet">Your network profile belongs to a partner organisation; join one from a program&apos;s invite first.</EmptyState>}
    >
      {(mine) => (
        <>
          <PageHeader
            title="Network profile"
            description="What your partner tells the whole Partnerly network. Reviewers approve it once; then you apply to listed programs from the marketplace in one step."
          />
          <div className="space-y-6">
            {mine.map((entry) => (
              <PartnerNetwork key={entry.partner.id} entry={entry} refetch={() => void refetch()} />
            ))}
          </div>
        </>
      )}
    </QueryState>
  );
}
