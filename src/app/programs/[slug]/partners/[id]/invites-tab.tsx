'use client';

import { useState } from 'react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Badge, EmptyState, ErrorNotice, Notice } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatDate, formatTime } from '@/components/format';
import { useMutationOutcome, type MutationOutcome } from '@/components/use-form-mutation';
import type { PartnershipDetail } from './partner-detail';

/** A row of the invites table; the partnership page's query spreads it into `invites`. */
export const InviteRowFragment = graphql(`
  fragment InviteRow on Invite {
    id
    kind
    status
    email
    sentCount
    lastSentAt
    expiresAt
    claimedAt
    createdAt
    member {
      id
      name
    }
  }
`);

const ResendInviteMutation = graphql(`
  mutation ResendInvite($input: InviteIdInput!) {
    resendInvite(input: $input) {
      invite {
        ...InviteRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeleteInviteMutation = graphql(`
  mutation DeleteInvite($input: InviteIdInput!) {
    deleteInvite(input: $input) {
      invite {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const STATUS = {
  AWAITING_OWNER_APPROVAL: { label: 'Awaiting owner approval', tone: 'amber' },
  HELD: { label: 'Sent once live', tone: 'gray' },
  SENT: { label: 'Sent', tone: 'brand' },
  CLAIMED: { label: 'Claimed', tone: 'green' },
  EXPIRED: { label: 'Expired', tone: 'red' },
  REVOKED: { label: 'Deleted', tone: 'gray' },
  DECLINED: { label: 'Declined by owner', tone: 'red' },
  NOT_SENT: { label: 'Not sent (quiet import)', tone: 'gray' },
} as const;

/**
 * A held invite waits for the partnership to go live, and what it waits for depends on the
 * partnership: a new partner's primary contact claiming the account, or an existing partner approving.
 */
function heldLabel(partnershipStatus: PartnershipDetail['status']): string {
  return partnershipStatus === 'PENDING_CLAIM' ? 'Sent once claimed' : 'Sent once approved';
}

/** Date over time: the table keeps every column, Expires included, inside the partner page's main column. */
function StackedDateTime({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <>—</>;
  return (
    <time dateTime={iso} className="block whitespace-nowrap">
      {formatDate(iso)}
      <span className="block text-xs text-gray-500">{formatTime(iso)}</span>
    </time>
  );
}

const OPEN = new Set(['AWAITING_OWNER_APPROVAL', 'HELD', 'SENT', 'EXPIRED', 'NOT_SENT']);
const RESENDABLE = new Set(['SENT', 'EXPIRED', 'NOT_SENT']);

export function InvitesTab({ partnership, onChanged }: { partnership: PartnershipDetail; onChanged: () => void }) {
  const [resend, { loading: resending }] = useMutationOutcome(ResendInviteMutation, (d) => d.resendInvite);
  const [remove, { loading: deleting }] = useMutationOutcome(DeleteInviteMutation, (d) => d.deleteInvite);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [toDelete, setToDelete] = useState<{ id: string; email: string } | null>(null);

  const show = (outcome: MutationOutcome<unknown>, success: string) => {
    setMessage(outcome.ok ? { tone: 'success', text: success } : { tone: 'error', text: outcome.message });
    onChanged();
  };

  if (partnership.invites.length === 0) {
    return <EmptyState title="No invites">Invites appear here when you add this partner or members to its team.</EmptyState>;
  }
  return (
    <div className="space-y-3">
      {message &&
        (message.tone === 'success' ? <Notice>{message.text}</Notice> : <ErrorNotice title="That did not work.">{message.text}</ErrorNotice>)}
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-gray-200 text-sm" data-testid="invites-table">
          <thead className="text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
            <tr>
              <th scope="col" className="py-2 pr-4">Invitee</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4 text-right">Sent</th>
              <th scope="col" className="py-2 pr-4">Last sent</th>
              <th scope="col" className="py-2 pr-4">Expires</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {partnership.invites.map((invite) => {
              const status = invite.status === 'HELD' ? { ...STATUS.HELD, label: heldLabel(partnership.status) } : STATUS[invite.status];
              return (
                <tr key={invite.id} data-testid="invite-row">
                  <td className="py-2 pr-4">
                    <div className="font-medium">{invite.member.name}</div>
                    <div className="text-xs text-gray-500 [overflow-wrap:anywhere]">
                      {invite.email} · {invite.kind === 'PARTNER_CLAIM' ? 'claim account' : 'join team'}
                    </div>
                  </td>
                  <td className="py-2 pr-4">
                    <Badge tone={status.tone}>{status.label}</Badge>
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{invite.sentCount}</td>
                  <td className="py-2 pr-4">
                    <StackedDateTime iso={invite.lastSentAt} />
                  </td>
                  <td className="py-2 pr-4">{invite.status === 'CLAIMED' ? '—' : <StackedDateTime iso={invite.expiresAt} />}</td>
                  <td className="py-2 text-right">
                    {RESENDABLE.has(invite.status) && (
                      <Button
                        variant="ghost"
                        busy={resending}
                        aria-label={`Resend invite to ${invite.email}`}
                        onClick={async () =>
                          show(await resend({ input: { inviteId: invite.id } }), `A new invite link was sent to ${invite.email}. The previous link no longer works.`)
                        }
                      >
                        Resend
                      </Button>
                    )}
                    {OPEN.has(invite.status) && (
                      <Button variant="ghost" aria-label={`Delete invite to ${invite.email}`} onClick={() => setToDelete({ id: invite.id, email: invite.email })}>
                        Delete
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this invite?"
        confirmLabel="Delete invite"
        busy={deleting}
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          if (!toDelete) return;
          const target = toDelete;
          setToDelete(null);
          show(await remove({ input: { inviteId: target.id } }), `The invite to ${target.email} was deleted; its link now says it is no longer valid.`);
        }}
      >
        The link sent to {toDelete?.email} will say it is no longer valid.
      </ConfirmDialog>
    </div>
  );
}
