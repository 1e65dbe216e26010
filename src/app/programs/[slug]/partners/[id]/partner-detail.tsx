'use client';

import { formatFieldValue } from '@/components/custom-field-input';
import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { PartnerDetailQuery } from '@/gql/graphql';
import { Badge, Card, ErrorNotice } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { Tabs } from '@/components/ui/tabs';
import { InvitedFlag, PartnershipStatusBadge } from '@/components/partnership-status';
import { formatDate } from '@/components/format';
import { MembersTab } from './members-tab';
import { InvitesTab } from './invites-tab';
import { ActivityTab } from './activity-tab';
import { EditPartnership } from './edit-partnership';
import { CopyButton } from '@/components/ui/copy-button';
import { MessageThread } from '@/components/messages/message-thread';
import { NetworkApprovedBadge } from '@/components/network-approved-badge';

export const PartnerDetailQueryDocument = graphql(`
  query PartnerDetail($id: ID!) {
    partnership(id: $id) {
      id
      status
      invited
      partnerKey
      source
      externalId
      notes
      createdAt
      approvedAt
      removedAt
      linksDeactivatedAt
      referralUrl
      clickCount
      keyAliases
      activity(first: 50) {
        action
        summary
        actor
        createdAt
      }
      partner {
        id
        name
        logoUrl
        claimed
        networkApproved
      }
      primaryContact {
        id
        name
        email
      }
      group {
        id
        name
      }
      programManager {
        id
        name
        email
      }
      program {
        id
        slug
        name
        ...ProgramAssignmentChoices
        partnershipFields: customFieldDefinitions(entity: PARTNERSHIP) {
          ...CustomFieldInputDefinition
        }
        customFieldDefinitions(entity: MEMBER) {
          ...CustomFieldInputDefinition
        }
      }
      customFields {
        key
        label
        type
        value
      }
      members {
        ...TeamMemberRow
      }
      invites {
        ...InviteRow
      }
    }
  }
`);

export type PartnershipDetail = NonNullable<PartnerDetailQuery['partnership']>;

const SOURCE = { DASHBOARD: 'Added by a manager', API: 'Added through the API', JOIN_LINK: 'Join link', MARKETPLACE: 'Marketplace', IMPORT: 'Imported' } as const;

function InvitedExplanation({ p }: { p: PartnershipDetail }) {
  if (!p.invited) return null;
  return (
    <p className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-700" data-testid="invited-explanation">
      {p.status === 'PENDING_CLAIM'
        ? `Invited: the flag stays until ${p.primaryContact?.email ?? 'the primary contact'} claims the account.`
        : `Invited: the flag stays until an Owner or Admin of ${p.partner.name} approves the partnership from their partner dashboard. Members you add get no emails until then.`}
    </p>
  );
}

export function PartnerDetail({ slug, id }: { slug: string; id: string }) {
  const { data, loading, error, refetch } = useQuery(PartnerDetailQueryDocument, { variables: { id } });
  return (
    <QueryState
      data={data?.partnership}
      loading={loading}
      error={error}
      errorTitle="This partner could not be loaded."
      onRetry={() => void refetch()}
      loadingLabel="Loading partner…"
      missing={<ErrorNotice title="Partner not found" />}
    >
      {(p) => <PartnershipPage slug={slug} p={p} onChanged={() => void refetch()} />}
    </QueryState>
  );
}

function PartnershipPage({ slug, p, onChanged }: { slug: string; p: PartnershipDetail; onChanged: () => void }) {
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/programs/${slug}/partners`} className="font-semibold text-brand-600 hover:underline">
          ← All Partners
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-start gap-4">
        {p.partner.logoUrl ? (
          // Logos are partner-supplied URLs on other hosts; next/image would need each host allowed.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={p.partner.logoUrl} alt="" className="h-14 w-14 rounded-lg object-contain ring-1 ring-gray-200" />
        ) : (
          <div aria-hidden="true" className="flex h-14 w-14 items-center justify-center rounded-lg bg-brand-50 text-xl font-bold text-brand-700">
            {p.partner.name.slice(0, 1).toUpperCase()}
          </div>
        )}
        <div className="min-w-0 flex-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold tracking-tight text-gray-900" data-testid="partner-name">
            {p.partner.name}
            {p.invited && <InvitedFlag />}
          </h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-600">
            <PartnershipStatusBadge status={p.status} />
            {p.partner.networkApproved && <NetworkApprovedBadge />}
            <span data-testid="partnership-source">{SOURCE[p.source]}</span>
            <span>· added {formatDate(p.createdAt)}</span>
          </div>
        </div>
      </div>
      <InvitedExplanation p={p} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card className="p-5">
          <Tabs
            tabs={[
              { id: 'members', label: `Members (${p.members.length})`, content: <MembersTab partnership={p} onChanged={onChanged} /> },
              { id: 'invites', label: `Invites (${p.invites.length})`, content: <InvitesTab partnership={p} onChanged={onChanged} /> },
              { id: 'activity', label: 'Activity', content: <ActivityTab partnership={p} /> },
              { id: 'messages', label: 'Messages', content: <MessageThread programId={p.program.id} partnerId={p.partner.id} /> },
            ]}
          />
        </Card>
        <div className="space-y-6">
          <Card className="p-5">
            <h2 className="text-sm font-semibold text-gray-900">Partnership</h2>
            <dl className="mt-3 space-y-2 text-sm">
              <div>
                <dt className="text-gray-500">Primary contact</dt>
                <dd>{p.primaryContact ? `${p.primaryContact.name} · ${p.primaryContact.email}` : '—'}</dd>
              </div>
              <div>
                <dt className="text-gray-500">Account</dt>
                <dd>{p.partner.claimed ? <Badge tone="green">Claimed</Badge> : <Badge tone="amber">Not claimed yet</Badge>}</dd>
              </div>
              {p.externalId && (
                <div>
                  <dt className="text-gray-500">ID in the previous service</dt>
                  <dd className="break-all" data-testid="partnership-external-id">
                    {p.externalId}
                  </dd>
                </div>
              )}
              {p.notes && (
                <div>
                  <dt className="text-gray-500">Notes</dt>
                  <dd className="whitespace-pre-line break-words" data-testid="partnership-notes">
                    {p.notes}
                  </dd>
                </div>
              )}
            </dl>
          </Card>
          <Card className="p-5">
            <h2 className="text-sm font-semibold text-gray-900">Referral link</h2>
            {p.removedAt && p.linksDeactivatedAt ? (
              <p className="mt-2 text-sm text-gray-600">Deactivated when the partner was removed: it answers 404.</p>
            ) : (
              <div className="mt-2 space-y-1 text-sm">
                <CopyButton value={p.referralUrl} label="Copy referral link" />
                {p.removedAt && <p className="text-xs text-gray-500">Still redirects, but records nothing for the partner.</p>}
              </div>
            )}
            <p className="mt-2 text-sm">
              <span className="font-semibold tabular-nums" data-testid="click-count">
                {p.clickCount.toLocaleString('en-GB')}
              </span>{' '}
              click{p.clickCount === 1 ? '' : 's'}
            </p>
            {p.keyAliases.length > 0 && <p className="mt-1 text-xs text-gray-500">Earlier keys still redirect here: {p.keyAliases.join(', ')}</p>}
          </Card>
          {!p.removedAt && <EditPartnership partnership={p} onSaved={onChanged} />}
          <Card className="p-5">
            <h2 className="text-sm font-semibold text-gray-900">Custom fields</h2>
            {p.customFields.length === 0 ? (
              <p className="mt-2 text-sm text-gray-500">This program tracks no custom fields.</p>
            ) : (
              <dl className="mt-3 space-y-2 text-sm" data-testid="custom-fields">
                {p.customFields.map((f) => (
                  <div key={f.key}>
                    <dt className="text-gray-500">{f.label}</dt>
                    <dd className="whitespace-pre-line break-words">{formatFieldValue(f.type, f.value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>
          <p className="text-xs text-gray-500">Only the partner can change their name and email.</p>
        </div>
      </div>
    </>
  );
}
