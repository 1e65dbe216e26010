'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/gql';
import type { GroupSettingsFieldsFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ErrorNotice, Notice } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CopyButton } from '@/components/ui/copy-button';
import { useFormMutation, useMutationOutcome, type MutationOutcome } from '@/components/use-form-mutation';
import { commissionRate, groupName, httpUrl, welcomeEmailBody, welcomeEmailSubject } from '@/shapes/groups';

/** What the settings form shows and edits; the groups page's query spreads it into each group. */
export const GroupSettingsFields = graphql(`
  fragment GroupSettingsFields on Group {
    id
    name
    isDefault
    joinUrl
    destinationUrl
    commissionRate
    applicationFormEnabled
    partnershipCount
    welcomeEmailSubject
    welcomeEmailBody
  }
`);

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      group {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RegenerateJoinLinkMutation = graphql(`
  mutation RegenerateGroupJoinLink($input: GroupIdInput!) {
    regenerateGroupJoinLink(input: $input) {
      group {
        id
        joinUrl
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeleteGroupMutation = graphql(`
  mutation DeleteGroup($input: GroupIdInput!) {
    deleteGroup(input: $input) {
      group {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// The server's shapes over the form's text inputs: an empty destination means the program website.
const settingsShape = z.object({
  name: groupName,
  destinationUrl: z.string().trim().pipe(z.union([z.literal(''), httpUrl])),
  commissionRate: z.string().trim().min(1, 'Enter a percentage from 0 to 100.').transform(Number).pipe(commissionRate),
  welcomeEmailSubject,
  welcomeEmailBody,
});

export function GroupSettings({ slug, group, onDone }: { slug: string; group: GroupSettingsFieldsFragment; onDone: (message: string | null) => void }) {
  const [regenerate, { loading: regenerating }] = useMutationOutcome(RegenerateJoinLinkMutation, (d) => d.regenerateGroupJoinLink);
  const [remove, { loading: deleting }] = useMutationOutcome(DeleteGroupMutation, (d) => d.deleteGroup);
  const [confirm, setConfirm] = useState<'regenerate' | 'delete' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(settingsShape),
    defaultValues: {
      name: group.name,
      destinationUrl: group.destinationUrl ?? '',
      commissionRate: String(group.commissionRate),
      welcomeEmailSubject: group.welcomeEmailSubject ?? '',
      welcomeEmailBody: group.welcomeEmailBody ?? '',
    },
  });
  const [update] = useFormMutation(UpdateGroupMutation, (d) => d.updateGroup, {
    setError,
    fields: ['name', 'destinationUrl', 'commissionRate', 'welcomeEmailSubject', 'welcomeEmailBody'],
  });
  const onSubmit = handleSubmit(async (v) => {
    const payload = await update({ input: { groupId: group.id, ...v } });
    if (payload) onDone(`Group “${payload.group?.name}” saved. Its partners follow the new settings from now on.`);
  });
  const act = async (action: () => Promise<MutationOutcome<unknown>>, done: () => void) => {
    setConfirm(null);
    setActionError(null);
    setLinkNotice(null);
    const outcome = await action();
    if (outcome.ok) done();
    else setActionError(outcome.message);
  };
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Settings of ${group.name}`} className="grid gap-3 bg-gray-50 p-4 sm:grid-cols-2">
      <div className="sm:col-span-2" data-testid="group-join-link">
        <p className="text-sm font-medium text-gray-800">Join link</p>
        <p className="text-xs text-gray-500">Share it on your website or in emails: partners who open it join this group.</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <CopyButton value={group.joinUrl} label={`Copy join link of ${group.name}`} full />
          <Button variant="ghost" busy={regenerating} onClick={() => setConfirm('regenerate')}>
            New join link
          </Button>
        </div>
        {linkNotice && (
          <div className="mt-2">
            <Notice>{linkNotice}</Notice>
          </div>
        )}
      </div>
      <Field label="Name" required error={errors.name?.message} {...register('name')} />
      <Field label="Destination URL" placeholder="Empty: program website" error={errors.destinationUrl?.message} {...register('destinationUrl')} />
      <Field label="Commission rate (%)" inputMode="decimal" error={errors.commissionRate?.message} {...register('commissionRate')} />
      {/* The form is switched on and edited in one place, its editor, so two saves never disagree. */}
      <div className="flex flex-col justify-end pb-2 text-sm" data-testid="group-application-form">
        <span className="font-medium text-gray-800">Application form: {group.applicationFormEnabled ? 'on' : 'off'}</span>
        <Link href={`/programs/${slug}/groups/${group.id}/application-form`} className="font-semibold text-brand-600 hover:underline">
          Edit application form<span className="sr-only"> of {group.name}</span>
        </Link>
      </div>
      <Field label="Welcome email subject" className="sm:col-span-2" hint="Sent to partners who join or are moved into this group." error={errors.welcomeEmailSubject?.message} {...register('welcomeEmailSubject')} />
      <div className="sm:col-span-2">
        <label htmlFor={`welcome-${group.id}`} className="block text-sm font-medium text-gray-800">
          Welcome email message
        </label>
        <textarea
          id={`welcome-${group.id}`}
          rows={4}
          className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
          {...register('welcomeEmailBody')}
        />
        {errors.welcomeEmailBody?.message && <p className="mt-1 text-sm text-red-600">{errors.welcomeEmailBody.message}</p>}
      </div>
      {(errors.root?.message || actionError) && (
        <div className="sm:col-span-2">
          <ErrorNotice title="That did not work.">{errors.root?.message ?? actionError}</ErrorNotice>
        </div>
      )}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" busy={formState.isSubmitting}>
          Save group
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
        {!group.isDefault && (
          <Button variant="ghost" busy={deleting} onClick={() => setConfirm('delete')} disabled={group.partnershipCount > 0} title={group.partnershipCount > 0 ? 'Move its partners to another group first' : undefined}>
            Delete group
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirm === 'regenerate'}
        title="Make a new join link?"
        confirmLabel="Make new link"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          // Settings stay open: the manager copies the new link from here (the cache updates joinUrl).
          act(
            () => regenerate({ input: { groupId: group.id } }),
            () => setLinkNotice(`“${group.name}” has a new join link. The old one no longer works.`),
          )
        }
      >
        The current join link stops working at once, wherever it was shared.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete “${group.name}”?`}
        confirmLabel="Delete group"
        onCancel={() => setConfirm(null)}
        onConfirm={() => act(() => remove({ input: { groupId: group.id } }), () => onDone(`Group “${group.name}” was deleted.`))}
      >
        Its join link stops working. This cannot be undone.
      </ConfirmDialog>
    </form>
  );
}
