'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ApplicationDetailQuery, ApplicationStatus, ReapplyPolicy } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Badge, Card, EmptyState, Notice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { ACCESS_LEVEL_LABELS, formatDate, formatDateTime } from '@/components/format';
import { SOURCE_LABELS } from '../filters';
import { ApproveDialog, DeclineDialog } from '../decision-dialogs';
import { ReviewerAnswersForm } from './reviewer-answers-form';
import { MessageThread } from '@/components/messages/message-thread';
import { NetworkApprovedBadge } from '@/components/network-approved-badge';

const ApplicationDetailQueryDocument = graphql(`
  query ApplicationDetail($id: ID!, $slug: String!) {
    program(slug: $slug) {
      id
      declineReasons
    }
    application(id: $id) {
      id
      status
      source
      email
      applicantName
      companyName
      createdAt
      missingFields
      group {
        id
        name
      }
      partner {
        id
        name
        claimed
        networkApproved
      }
      members {
        id
        name
        email
        accessLevel
        status
        isPrimaryContact
      }
      answers {
        questionId
        label
        helpText
        type
        options
        visibility
        fieldKey
        value
        missing
        asked
      }
      decision {
        decidedBy {
          id
          name
          email
        }
        decidedAt
        reason
        note
        noteVisibleToApplicant
        reapplyPolicy
        reapplyAfter
      }
      partnership {
        id
        partnerKey
        status
      }
    }
  }
`);

type Application = NonNullable<ApplicationDetailQuery['application']>;

const STATUS_TONE = { PENDING: 'amber', APPROVED: 'green', DECLINED: 'red' } as const satisfies Record<ApplicationStatus, string>;
const STATUS_LABEL: Record<ApplicationStatus, string> = { PENDING: 'Pending', APPROVED: 'Approved', DECLINED: 'Declined' };

function reapplyText(policy: ReapplyPolicy | null | undefined, after: string | null | undefined): string {
  if (policy === 'NEVER') return 'Never';
  if (policy === 'AFTER_DAYS') return `From ${formatDate(after)}`;
  return 'At any time';
}

/** An answer as a person reads it: yes/no for booleans, choices listed, text as given. */
function answerText(type: string, value: string): string {
  if (type === 'BOOLEAN') return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value;
  if (type === 'MULTI_SELECT') {
    try {
      const list: unknown = JSON.parse(value);
      if (Array.isArray(list)) return list.join(', ');
    } catch {
      // Shown as stored.
    }
  }
  return value;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-gray-600">{label}</dt>
      <dd className="mt-1 text-sm text-gray-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

function Answers({ application }: { application: Application }) {
  const shown = application.answers.filter((a) => a.visibility !== 'HIDDEN');
  if (shown.length === 0) return <p className="text-sm text-gray-500">The group&apos;s form asked no questions.</p>;
  return (
    <dl className="divide-y divide-gray-100" data-testid="answers">
      {shown.map((a) => (
        <Row key={a.questionId} label={a.label}>
          <div className="flex flex-wrap items-center gap-2">
            {a.value ? <span className="whitespace-pre-wrap break-words">{answerText(a.type, a.value)}</span> : <span className="text-gray-400">No answer</span>}
            {a.missing && <Badge tone="amber">Missing</Badge>}
          </div>
          {!a.asked && <p className="mt-1 text-xs text-gray-500">Added to the form after they applied.</p>}
        </Row>
      ))}
    </dl>
  );
}

export function ApplicationDetail({ slug, id }: { slug: string; id: string }) {
  const { data, loading, error, refetch } = useQuery(ApplicationDetailQueryDocument, { variables: { id, slug }, notifyOnNetworkStatusChange: true });
  const [dialog, setDialog] = useState<'approve' | 'decline' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    void refetch();
  };
  return (
    <QueryState
      data={data?.application && data.program ? { application: data.application, program: data.program } : null}
      loading={loading}
      error={error}
      errorTitle="The application could not be loaded."
      onRetry={() => void refetch()}
      loadingLabel="Loading the application…"
      missing={<EmptyState title="Application not found">It may belong to another program.</EmptyState>}
    >
      {({ application: a, program }) => {
        const hidden = a.answers.filter((q) => q.visibility === 'HIDDEN');
        const name = a.applicantName || a.email;
        return (
          <>
            <p className="mb-2 text-sm">
              <Link href={`/programs/${slug}/applications${a.status === 'PENDING' ? '' : `?status=${a.status}`}`} className="text-brand-700 hover:underline">
                ← Applications
              </Link>
            </p>
            <PageHeader
              title={name}
              description={
                <>
                  {a.companyName ? `${a.companyName} · ` : ''}
                  {a.email}
                  {a.partner?.networkApproved && (
                    <span className="ml-2">
                      <NetworkApprovedBadge />
                    </span>
                  )}
                </>
              }
              actions={
                a.status === 'PENDING' ? (
                  <>
                    <Button onClick={() => setDialog('approve')}>Approve</Button>
                    <Button variant="secondary" onClick={() => setDialog('decline')}>
                      Decline
                    </Button>
                  </>
                ) : undefined
              }
            />
            {notice && (
              <div className="mb-4">
                <Notice>{notice}</Notice>
              </div>
            )}
            <div className="grid gap-6 lg:grid-cols-3">
              <div className="space-y-6 lg:col-span-2">
                <Card className="p-5">
                  <h2 className="text-base font-semibold text-gray-900">Answers</h2>
                  {a.source === 'MARKETPLACE' && (
                    <p className="mt-1 text-sm text-gray-600" data-testid="marketplace-source">
                      A network-approved partner applied from the marketplace with its network profile: the answers its profile gives are filled in,
                      and a required question it does not answer is marked Missing.
                    </p>
                  )}
                  {a.missingFields.length > 0 && (
                    <p className="mt-1 text-sm text-amber-800" data-testid="missing-summary">
                      Missing: {a.missingFields.join(', ')}. Ask the applicant for it, or decline and ask them to fill out the full application form when reapplying.
                    </p>
                  )}
                  <div className="mt-3">
                    <Answers application={a} />
                  </div>
                </Card>
                {hidden.length > 0 && (
                  <Card className="p-5">
                    <h2 className="text-base font-semibold text-gray-900">Hidden questions</h2>
                    <p className="mb-4 mt-1 text-sm text-gray-600">Only your program&apos;s reviewers see and answer these; the applicant never does.</p>
                    {/* Keyed by the questions only: a save updates the values in the cache, and remounting then would drop the "saved" notice. */}
                    <ReviewerAnswersForm key={hidden.map((q) => q.questionId).join('|')} applicationId={a.id} questions={hidden} />
                  </Card>
                )}
                {a.partner && (
                  <Card className="p-5">
                    <h2 id="messages-heading" className="text-base font-semibold text-gray-900">
                      Messages with {a.partner.name}
                    </h2>
                    <p className="mb-4 mt-1 text-sm text-gray-600">Ask for what is missing before you decide; the partner&apos;s Owners and Admins are emailed and reply from their area.</p>
                    <MessageThread programId={program.id} partnerId={a.partner.id} applicationId={a.id} />
                  </Card>
                )}
              </div>
              <div className="space-y-6">
                <Card className="p-5">
                  <h2 className="text-base font-semibold text-gray-900">Application</h2>
                  <dl className="mt-2 divide-y divide-gray-100">
                    <Row label="Status">
                      <Badge tone={STATUS_TONE[a.status]}>{STATUS_LABEL[a.status]}</Badge>
                    </Row>
                    <Row label="Group">{a.group.name}</Row>
                    <Row label="Source">{a.source === 'MARKETPLACE' ? 'Marketplace (network profile)' : SOURCE_LABELS[a.source]}</Row>
                    <Row label="Applied">{formatDateTime(a.createdAt)}</Row>
                    {a.decision && (
                      <>
                        <Row label={a.status === 'APPROVED' ? 'Approved' : 'Declined'}>
                          {formatDateTime(a.decision.decidedAt)}
                          {a.decision.decidedBy && <span className="block text-xs text-gray-500">by {a.decision.decidedBy.name ?? a.decision.decidedBy.email}</span>}
                        </Row>
                        {a.status === 'DECLINED' && (
                          <>
                            <Row label="Reason">{a.decision.reason ?? '—'}</Row>
                            {a.decision.note && (
                              <Row label="Note">
                                <span className="whitespace-pre-wrap">{a.decision.note}</span>
                                <span className="block text-xs text-gray-500">{a.decision.noteVisibleToApplicant ? 'Shown to the applicant' : 'Not shown to the applicant'}</span>
                              </Row>
                            )}
                            <Row label="May reapply">{reapplyText(a.decision.reapplyPolicy, a.decision.reapplyAfter)}</Row>
                          </>
                        )}
                      </>
                    )}
                    {a.partnership && (
                      <Row label="Partnership">
                        <Link href={`/programs/${slug}/partners/${encodeURIComponent(a.partnership.id)}`} className="text-brand-700 hover:underline">
                          {a.partnership.partnerKey}
                        </Link>
                      </Row>
                    )}
                  </dl>
                </Card>
                <Card className="p-5">
                  <h2 className="text-base font-semibold text-gray-900">{a.partner?.name ?? 'Partner'}</h2>
                  <p className="mt-1 text-sm text-gray-600">The partner organisation that applied, and its people.</p>
                  {a.members.length === 0 ? (
                    <p className="mt-3 text-sm text-gray-500">No members.</p>
                  ) : (
                    <ul className="mt-3 divide-y divide-gray-100" data-testid="members">
                      {a.members.map((m) => (
                        <li key={m.id} className="py-2 text-sm">
                          <span className="font-medium text-gray-900">{m.name}</span>
                          {m.isPrimaryContact && <span className="ml-2 text-xs text-gray-500">primary contact</span>}
                          <span className="block text-xs text-gray-500">
                            {m.email} · {ACCESS_LEVEL_LABELS[m.accessLevel]}
                            {m.status !== 'ACTIVE' ? ` · ${m.status.toLowerCase().replace(/_/g, ' ')}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </Card>
              </div>
            </div>
            <ApproveDialog open={dialog === 'approve'} programId={program.id} target={{ ids: [a.id] }} count={1} onClose={() => setDialog(null)} onDone={done} />
            <DeclineDialog open={dialog === 'decline'} programId={program.id} target={{ ids: [a.id] }} count={1} reasons={program.declineReasons} onClose={() => setDialog(null)} onDone={done} />
          </>
        );
      }}
    </QueryState>
  );
}
