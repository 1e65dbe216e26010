'use client';

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Badge, Card, EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { useMutationOutcome, type MutationOutcome } from '@/components/use-form-mutation';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PartnershipStatusBadge } from '@/components/partnership-status';
import { ACCESS_LEVEL_LABELS } from '@/components/format';
import { MyPartnersQuery } from '@/components/my-partners';
import { RecentThreads } from '@/components/messages/recent-threads';
import { partnerThreadHref } from './messages/thread-href';

const ApprovePartnershipMutation = graphql(`
  mutation ApprovePartnership($input: PartnershipIdInput!) {
    approvePartnership(input: $input) {
      partnerProgram {
        partnershipId
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeclinePartnershipMutation = graphql(`
  mutation DeclinePartnership($input: PartnershipIdInput!) {
    declinePartnership(input: $input) {
      partnerProgram {
        partnershipId
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function PartnerDashboard({ joined }: { joined: string | null }) {
  const { data, loading, error, refetch } = useQuery(MyPartnersQuery);
  const [approve, { loading: approving }] = useMutationOutcome(ApprovePartnershipMutation, (d) => d.approvePartnership);
  const [decline, { loading: declining }] = useMutationOutcome(DeclinePartnershipMutation, (d) => d.declinePartnership);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(joined ? { ok: true, text: `Welcome to ${joined}!` } : null);
  const [toDecline, setToDecline] = useState<{ id: string; programName: string } | null>(null);
  const pending = (data?.myPartners ?? []).flatMap((p) => p.programs.filter((pr) => pr.canApprove).map((pr) => ({ ...pr, partnerName: p.partner.name })));

  const decided = (outcome: MutationOutcome<unknown>, text: string) => {
    setMessage(outcome.ok ? { ok: true, text } : { ok: false, text: outcome.message });
    void refetch();
  };

  return (
    <>
      <PageHeader title="Your programs" description="The partner programs your organisations belong to." />
      {message && <div className="mb-4">{message.ok ? <Notice>{message.text}</Notice> : <ErrorNotice title="That did not work.">{message.text}</ErrorNotice>}</div>}
      {/* Threads are for the people who speak for a partner; others have none to list. */}
      {data?.myPartners.some((p) => p.accessLevel === 'OWNER' || p.accessLevel === 'ADMIN') && <RecentThreads hrefFor={partnerThreadHref} />}
      <QueryState
        data={data?.myPartners}
        loading={loading}
        error={error}
        errorTitle="Your programs could not be loaded."
        onRetry={() => void refetch()}
        isEmpty={(mine) => mine.length === 0}
        empty={<EmptyState title="You are not part of a partner yet">When a program invites you, claim the invite from the email and your programs show up here.</EmptyState>}
      >
        {(mine) => (
          <div className="space-y-6">
            {pending.length > 0 && (
              <Card className="p-5 ring-amber-200">
                <h2 className="text-base font-semibold text-gray-900">Partnerships waiting for your approval</h2>
                <ul className="mt-3 divide-y divide-gray-100" data-testid="pending-approvals">
                  {pending.map((p) => (
                    <li key={p.partnershipId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                      <p className="text-sm">
                        <strong>{p.programName}</strong> wants to partner with {p.partnerName} ({p.groupName}).
                      </p>
                      <div className="flex gap-2">
                        <Button variant="secondary" onClick={() => setToDecline({ id: p.partnershipId, programName: p.programName })}>
                          Decline
                        </Button>
                        <Button
                          busy={approving}
                          onClick={async () =>
                            decided(await approve({ input: { partnershipId: p.partnershipId } }), `You joined ${p.programName}. Your team now gets its emails and links.`)
                          }
                        >
                          Approve
                        </Button>
                      </div>
                    </li>
                  ))}
                </ul>
              </Card>
            )}
            {mine.map((p) => (
              <Card key={p.partner.id} className="p-5">
                <div className="flex items-center justify-between">
                  <h2 className="text-base font-semibold text-gray-900">{p.partner.name}</h2>
                  <Badge>Your access: {ACCESS_LEVEL_LABELS[p.accessLevel]}</Badge>
                </div>
                {p.programs.length === 0 ? (
                  <p className="mt-3 text-sm text-gray-500">Not in any program yet.</p>
                ) : (
                  <ul className="mt-3 divide-y divide-gray-100" data-testid="partner-programs">
                    {p.programs.map((pr) => (
                      <li key={pr.partnershipId} className="flex items-center justify-between py-2 text-sm" data-testid="partner-program">
                        <span>
                          <span className="font-medium">{pr.programName}</span> <span className="text-gray-500">· {pr.groupName}</span>
                        </span>
                        <PartnershipStatusBadge status={pr.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            ))}
          </div>
        )}
      </QueryState>
      <ConfirmDialog
        open={toDecline !== null}
        title={`Decline ${toDecline?.programName}?`}
        confirmLabel="Decline partnership"
        busy={declining}
        onCancel={() => setToDecline(null)}
        onConfirm={async () => {
          if (!toDecline) return;
          const target = toDecline;
          setToDecline(null);
          decided(await decline({ input: { partnershipId: target.id } }), `You declined ${target.programName}.`);
        }}
      >
        The program is told, and your team gets no emails from it.
      </ConfirmDialog>
    </>
  );
}
