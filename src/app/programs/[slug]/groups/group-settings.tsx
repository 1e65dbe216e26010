'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { ErrorNotice } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { applyUserErrors } from '@/components/forms';

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      group {
        id
        name
      }
      userErrors {
        field
        message
        code
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
        field
        message
        code
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
        field
        message
        code
      }
    }
  }
`);

export interface GroupForSettings {
  id: string;
  name: string;
  isDefault: boolean;
  destinationUrl?: string | null;
  commissionRate: number;
  applicationFormEnabled: boolean;
  welcomeEmailSubject?: string | null;
  welcomeEmailBody?: string | null;
  partnershipCount: number;
}

interface Values {
  name: string;
  destinationUrl: string;
  commissionRate: string;
  applicationFormEnabled: boolean;
  welcomeEmailSubject: string;
  welcomeEmailBody: string;
}

export function GroupSettings({ group, onDone }: { group: GroupForSettings; onDone: (message: string | null) => void }) {
  const [update] = useMutation(UpdateGroupMutation);
  const [regenerate, { loading: regenerating }] = useMutation(RegenerateJoinLinkMutation);
  const [remove, { loading: deleting }] = useMutation(DeleteGroupMutation);
  const [confirm, setConfirm] = useState<'regenerate' | 'delete' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: {
      name: group.name,
      destinationUrl: group.destinationUrl ?? '',
      commissionRate: String(group.commissionRate),
      applicationFormEnabled: group.applicationFormEnabled,
      welcomeEmailSubject: group.welcomeEmailSubject ?? '',
      welcomeEmailBody: group.welcomeEmailBody ?? '',
    },
  });
  const onSubmit = handleSubmit(async (v) => {
    const rate = Number(v.commissionRate);
    if (v.commissionRate.trim() === '' || Number.isNaN(rate)) return setError('commissionRate', { message: 'Enter a percentage from 0 to 100.' });
    const result = await update({
      variables: {
        input: {
          groupId: group.id,
          name: v.name,
          destinationUrl: v.destinationUrl,
          commissionRate: rate,
          applicationFormEnabled: v.applicationFormEnabled,
          welcomeEmailSubject: v.welcomeEmailSubject,
          welcomeEmailBody: v.welcomeEmailBody,
        },
      },
    }).catch((e: Error) => {
      setError('root', { message: e.message });
      return null;
    });
    const payload = result?.data?.updateGroup;
    if (!payload) return;
    if (applyUserErrors(payload.userErrors, setError, ['name', 'destinationUrl', 'commissionRate', 'welcomeEmailSubject', 'welcomeEmailBody'])) return;
    onDone(`Group “${payload.group?.name}” saved. Its partners follow the new settings from now on.`);
  });
  const run = async (action: () => Promise<{ userErrors: { message: string }[] } | undefined | null>, message: string) => {
    setConfirm(null);
    setActionError(null);
    const result = await action().catch((e: Error) => ({ userErrors: [{ message: e.message }] }));
    if (result?.userErrors.length) setActionError(result.userErrors.map((e) => e.message).join(' '));
    else onDone(message);
  };
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Settings of ${group.name}`} className="grid gap-3 bg-gray-50 p-4 sm:grid-cols-2">
      <Field label="Name" required error={errors.name?.message} {...register('name')} />
      <Field label="Destination URL" placeholder="Empty: program website" error={errors.destinationUrl?.message} {...register('destinationUrl')} />
      <Field label="Commission rate (%)" inputMode="decimal" error={errors.commissionRate?.message} {...register('commissionRate')} />
      <div className="flex items-end pb-2">
        <Checkbox label="Application form" {...register('applicationFormEnabled')} />
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
        <Button variant="ghost" busy={regenerating} onClick={() => setConfirm('regenerate')}>
          New join link
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
          run(async () => (await regenerate({ variables: { input: { groupId: group.id } } })).data?.regenerateGroupJoinLink, `“${group.name}” has a new join link. The old one no longer works.`)
        }
      >
        The current join link stops working at once, wherever it was shared.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete “${group.name}”?`}
        confirmLabel="Delete group"
        onCancel={() => setConfirm(null)}
        onConfirm={() => run(async () => (await remove({ variables: { input: { groupId: group.id } } })).data?.deleteGroup, `Group “${group.name}” was deleted.`)}
      >
        Its join link stops working. This cannot be undone.
      </ConfirmDialog>
    </form>
  );
}
