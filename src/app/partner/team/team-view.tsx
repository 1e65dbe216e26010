'use client';

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Badge, Card, EmptyState, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { useMutationOutcome, type MutationOutcome } from '@/components/use-form-mutation';
import { ACCESS_LEVEL_HINTS, ACCESS_LEVEL_LABELS } from '@/components/format';
import { MyPartnersQuery } from '@/components/my-partners';

const ApproveAdditionMutation = graphql(`
  mutation ApproveMemberAddition($input: InviteIdInput!) {
    approveMemberAddition(input: $input) {
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

const DeclineAdditionMutation = graphql(`
  mutation DeclineMemberAddition($input: InviteIdInput!) {
    declineMemberAddition(input: $input) {
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

const STATUS = { INVITED: 'Invited', AWAITING_OWNER_APPROVAL: 'Awaiting your approval', ACTIVE: 'Active', REMOVED: 'Removed' } as const;

export function TeamView() {
  const { data, loading, error, refetch } = useQuery(MyPartnersQuery);
  const [approve, { loading: approving }] = useMutationOutcome(ApproveAdditionMutation, (d) => d.approveMemberAddition);
  const [decline, { loading: declining }] = useMutationOutcome(DeclineAdditionMutation, (d) => d.declineMemberAddition);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const decided = (outcome: MutationOutcome<{ invite?: { status: string } | null }>, email: string, approved: boolean) => {
    if (!outcome.ok) setMessage({ ok: false, text: outcome.message });
    else if (!approved) setMessage({ ok: true, text: `You declined ${email}.` });
    else if (outcome.payload.invite?.status === 'SENT') setMessage({ ok: true, text: `You approved ${email}; their invite is on its way.` });
    else setMessage({ ok: true, text: `You approved ${email}; their invite is sent once you approve the partnership.` });
    void refetch();
  };

  return (
    <>
      <PageHeader title="Team" description="The people who represent your organisation, and the additions programs asked for." />
      {message && <div className="mb-4">{message.ok ? <Notice>{message.text}</Notice> : <ErrorNotice title="That did not work.">{message.text}</ErrorNotice>}</div>}
      <QueryState
        data={data?.myPartners}
        loading={loading}
        error={error}
        errorTitle="Your team could not be loaded."
        onRetry={() => void refetch()}
        isEmpty={(mine) => mine.length === 0}
        empty={<EmptyState title="You are not part of a partner yet" />}
      >
        {(mine) => (
          <div className="space-y-6">
            {mine.map((p) => (
              <Card key={p.partner.id} className="p-5">
                <h2 className="text-base font-semibold text-gray-900">{p.partner.name}</h2>
                {p.pendingAdditions.length > 0 && (
                  <div className="mt-4 rounded-md bg-amber-50 p-4 ring-1 ring-amber-200">
                    <h3 className="text-sm font-semibold text-amber-900">Additions waiting for your approval</h3>
                    <p className="text-xs text-amber-800">Their invites are sent only once you approve.</p>
                    <ul className="mt-2 divide-y divide-amber-100" data-testid="pending-additions">
                      {p.pendingAdditions.map((a) => (
                        <li key={a.invite.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                          <span>
                            <strong>{a.invite.member.name}</strong> ({a.invite.email}), asked by {a.invitedByName ?? a.programName} for {a.programName}
                          </span>
                          <span className="flex gap-2">
                            <Button
                              variant="secondary"
                              busy={declining}
                              onClick={async () => decided(await decline({ input: { inviteId: a.invite.id } }), a.invite.email, false)}
                            >
                              Decline
                            </Button>
                            <Button
                              busy={approving}
                              onClick={async () => decided(await approve({ input: { inviteId: a.invite.id } }), a.invite.email, true)}
                            >
                              Approve
                            </Button>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                <ul className="mt-4 divide-y divide-gray-100">
                  {p.team.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="team-member">
                      <span>
                        <span className="font-medium">{m.name}</span> <span className="text-gray-500">{m.email}</span>
                        {m.roleLabel && <span className="ml-2 text-gray-500">· {m.roleLabel}</span>}
                      </span>
                      <span className="flex gap-2">
                        <span title={ACCESS_LEVEL_HINTS[m.accessLevel]}>
                          <Badge>{ACCESS_LEVEL_LABELS[m.accessLevel]}</Badge>
                        </span>
                        <Badge tone={m.status === 'ACTIVE' ? 'green' : 'amber'}>{STATUS[m.status]}</Badge>
                      </span>
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
