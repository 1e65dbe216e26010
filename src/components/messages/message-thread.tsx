'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/gql';
import type { MessageSide, MessageThreadViewQuery as MessageThreadViewData } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { ErrorNotice } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { formatDateTime } from '@/components/format';
import { LoadMore } from '@/components/ui/load-more';
import { useMorePages } from '@/components/use-more-pages';
import { useFormMutation } from '@/components/use-form-mutation';
import { MESSAGE_MAX_LENGTH, messageBodyShape, messageLength } from '@/shapes/messages';
import { MessageBody } from './message-body';
import { NAV_UNREAD_QUERY_NAME } from './unread-badge';

export const MessageThreadViewDocument = graphql(`
  query MessageThreadView($programId: ID!, $partnerId: ID!, $as: MessageSide, $first: Int, $after: String) {
    messageThread(programId: $programId, partnerId: $partnerId, as: $as, first: $first, after: $after) {
      partnershipId
      canWrite
      thread {
        programId
        partnerId
        programName
        partnerName
        viewerSide
        unreadCount
      }
      messages {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ThreadMessage
          }
        }
      }
    }
  }
  fragment ThreadMessage on Message {
    id
    side
    senderName
    body
    applicationId
    createdAt
  }
`);

const SendMessageMutation = graphql(`
  mutation SendThreadMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToThread($input: ReplyToMessageThreadInput!) {
    replyToMessageThread(input: $input) {
      message {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkThreadRead($input: MarkMessageThreadReadInput!) {
    markMessageThreadRead(input: $input) {
      thread {
        unreadCount
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type ThreadMessage = MessageThreadViewData['messageThread']['messages']['edges'][number]['node'];

export const THREAD_PAGE_SIZE = 30;
const PAGE = THREAD_PAGE_SIZE;
const messageKey = (m: ThreadMessage) => m.id;
/** A thread open on screen shows the other side's answer within half a minute. */
const POLL_MS = 30_000;

const composerShape = z.object({ body: messageBodyShape });
type ComposerValues = z.input<typeof composerShape>;
const COMPOSER_FIELDS = ['body'] as const;

export interface MessageThreadProps {
  programId: string;
  partnerId: string;
  /** Records the messages written here as sent from this application (program side only). */
  applicationId?: string;
  /** The side the person writes from; the program's unless this is the partner's area. */
  as?: MessageSide;
}

/**
 * A thread between one program and one partner: the messages oldest to newest with earlier ones
 * on demand, and a composer. Self-contained: it reads, marks read (so the navigation's count
 * drops) and writes through the API, for the side given.
 */
export function MessageThread({ programId, partnerId, applicationId, as = 'PROGRAM' }: MessageThreadProps) {
  const client = useApolloClient();
  const variables = { programId, partnerId, as, first: PAGE };
  const { data, loading, error, refetch } = useQuery(MessageThreadViewDocument, { variables, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkReadMutation);
  const page = data?.messageThread;
  const older = useMorePages(
    page?.messages,
    async (after) => (await client.query({ query: MessageThreadViewDocument, variables: { ...variables, after }, fetchPolicy: 'network-only' })).data?.messageThread.messages,
    messageKey,
  );

  // Oldest first on screen; the API pages newest first.
  const shown = useMemo(() => [...(older.items ?? [])].reverse(), [older.items]);
  const newestId = shown.at(-1)?.id;

  // Showing the thread is reading it: mark it read once per newest message, then refresh the nav count.
  const markedUpTo = useRef<string | null>(null);
  useEffect(() => {
    if (!page || !newestId || page.thread.unreadCount === 0 || markedUpTo.current === newestId) return;
    markedUpTo.current = newestId;
    void markRead({ variables: { input: { programId, partnerId, as } } })
      .then(() => client.refetchQueries({ include: [NAV_UNREAD_QUERY_NAME] }))
      .catch(() => {
        // A failed marker only leaves the count up; the next poll tries again.
        markedUpTo.current = null;
      });
  }, [page, newestId, programId, partnerId, as, markRead, client]);

  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [newestId]);

  return (
    <QueryState
      data={page}
      loading={loading}
      error={error}
      errorTitle="The messages could not be loaded."
      onRetry={() => void refetch()}
      loadingLabel="Loading messages…"
    >
      {(p) => (
        <section aria-label={`Messages between ${p.thread.programName} and ${p.thread.partnerName}`} className="space-y-4">
          {older.hasMore && (
            <LoadMore
              variant="ghost"
              className="text-center"
              busy={older.loading}
              onLoad={() => void older.loadMore()}
              error={{ title: 'Earlier messages could not be loaded.', message: older.error }}
            >
              Show earlier messages
            </LoadMore>
          )}
          {shown.length === 0 ? (
            <p className="rounded-lg border-2 border-dashed border-gray-200 px-6 py-8 text-center text-sm text-gray-500" data-testid="thread-empty">
              No messages yet.{' '}
              {!p.canWrite
                ? ''
                : p.thread.viewerSide === 'PROGRAM'
                ? `Write to ${p.thread.partnerName} below: their Owners and Admins get it by email.`
                : `Write to ${p.thread.programName} below: its managers get it by email.`}
            </p>
          ) : (
            <ol ref={list} role="log" aria-label="Messages" className="max-h-[32rem] space-y-3 overflow-y-auto pr-1" data-testid="thread-messages">
              {shown.map((m) => {
                const mine = m.side === p.thread.viewerSide;
                return (
                  <li key={m.id} className={`flex ${mine ? 'justify-end' : 'justify-start'}`} data-testid="thread-message">
                    <div className={`max-w-[85%] rounded-lg px-4 py-3 ${mine ? 'bg-brand-50 text-gray-900 ring-1 ring-brand-100' : 'bg-gray-100 text-gray-900'}`}>
                      <p className="mb-1 text-xs text-gray-500">
                        <span className="font-semibold text-gray-700">{m.senderName}</span> · <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                      </p>
                      <MessageBody text={m.body} />
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {!p.canWrite ? (
            <p className="rounded-lg bg-gray-50 px-4 py-3 text-sm text-gray-600" data-testid="thread-closed">
              {p.thread.partnerName} was removed from the program: the messages stay here, but you can write to them again only once they are added back or apply again.
            </p>
          ) : (
            <Composer
              key={`${programId}/${partnerId}`}
              side={p.thread.viewerSide}
              recipient={p.thread.viewerSide === 'PROGRAM' ? p.thread.partnerName : p.thread.programName}
              onSend={async (body, target) => {
                const sent =
                  p.thread.viewerSide === 'PROGRAM'
                    ? await target.send({ input: { programId, partnerId, applicationId: applicationId ?? null, body } })
                    : await target.reply({ input: { programId, partnerId, body } });
                if (!sent) return false;
                await refetch();
                void client.refetchQueries({ include: [NAV_UNREAD_QUERY_NAME] });
                return true;
              }}
            />
          )}
        </section>
      )}
    </QueryState>
  );
}

interface SendTargets {
  send: (variables: { input: { programId: string; partnerId: string; applicationId: string | null; body: string } }) => Promise<unknown>;
  reply: (variables: { input: { programId: string; partnerId: string; body: string } }) => Promise<unknown>;
}

function Composer({ side, recipient, onSend }: { side: MessageSide; recipient: string; onSend: (body: string, targets: SendTargets) => Promise<boolean> }) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ComposerValues>({ resolver: zodResolver(composerShape), defaultValues: { body: '' } });
  const target = useMemo(() => ({ setError, fields: COMPOSER_FIELDS }), [setError]);
  const [send] = useFormMutation(SendMessageMutation, (d) => d.sendMessage, target);
  const [reply] = useFormMutation(ReplyMutation, (d) => d.replyToMessageThread, target);
  const length = messageLength((useWatch({ control, name: 'body' }) ?? '').trim());
  const id = `message-body-${side.toLowerCase()}`;

  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={handleSubmit(async ({ body }) => {
        if (await onSend(body, { send, reply })) reset({ body: '' });
      })}
    >
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        Message to {recipient}
      </label>
      <textarea
        id={id}
        rows={4}
        // The browser counts UTF-16 units: twice the limit lets 5000 emoji in and still stops a runaway paste.
        maxLength={MESSAGE_MAX_LENGTH * 2}
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={`${id}-hint${errors.body ? ` ${id}-error` : ''}`}
        className={`block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset ${
          errors.body ? 'ring-red-500 focus:ring-red-600' : 'ring-gray-300 focus:ring-brand-600'
        }`}
        {...register('body')}
      />
      <p id={`${id}-hint`} className={`text-xs ${length > MESSAGE_MAX_LENGTH ? 'text-red-600' : 'text-gray-500'}`}>
        Plain text; links become clickable. {length} / {MESSAGE_MAX_LENGTH} characters.
      </p>
      {errors.body?.message && (
        <p id={`${id}-error`} className="text-sm text-red-600" data-testid="field-error">
          {errors.body.message}
        </p>
      )}
      {errors.root?.message && <ErrorNotice title="The message was not sent.">{errors.root.message}</ErrorNotice>}
      <div className="flex justify-end">
        <Button type="submit" busy={isSubmitting}>
          Send
        </Button>
      </div>
    </form>
  );
}
