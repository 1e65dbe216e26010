'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { ErrorNotice } from '@/components/ui/feedback';
import { applyUserErrors } from '@/components/forms';

const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
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

// The server validates too; this only saves a round trip for the obvious mistakes.
const schema = z.object({
  name: z.string().trim().min(1, 'Enter a group name.').max(80, 'Use at most 80 characters.'),
  destinationUrl: z.string().trim(),
  commissionRate: z.string().trim().refine((v) => v === '' || (!Number.isNaN(Number(v)) && Number(v) >= 0 && Number(v) <= 100), 'Enter a percentage from 0 to 100.'),
  applicationFormEnabled: z.boolean(),
});
type Values = z.infer<typeof schema>;

export function CreateGroupForm({ programId, onCreated }: { programId: string; onCreated: (name: string) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', destinationUrl: '', commissionRate: '', applicationFormEnabled: false },
  });
  const [createGroup, { error }] = useMutation(CreateGroupMutation);

  const onSubmit = handleSubmit(async (values) => {
    const { data } = await createGroup({
      variables: {
        input: {
          programId,
          name: values.name,
          destinationUrl: values.destinationUrl || null,
          commissionRate: values.commissionRate === '' ? null : Number(values.commissionRate),
          applicationFormEnabled: values.applicationFormEnabled,
        },
      },
    }).catch(() => ({ data: undefined }));
    const result = data?.createGroup;
    if (!result) return;
    if (applyUserErrors(result.userErrors, setError, ['name', 'destinationUrl', 'commissionRate', 'applicationFormEnabled'])) return;
    if (result.group) {
      reset();
      onCreated(result.group.name);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label="New group">
      <Field label="Name" required error={errors.name?.message} {...register('name')} />
      <Field
        label="Destination URL"
        type="url"
        placeholder="https://"
        hint="Where this group's links send visitors. Empty: your program website."
        error={errors.destinationUrl?.message}
        {...register('destinationUrl')}
      />
      <Field label="Commission rate (%)" inputMode="decimal" placeholder="20" error={errors.commissionRate?.message} {...register('commissionRate')} />
      <Checkbox label="Application form" hint="Partners joining by link fill in your application form." {...register('applicationFormEnabled')} />
      {errors.root?.message && <ErrorNotice title="The group was not created.">{errors.root.message}</ErrorNotice>}
      {error && <ErrorNotice title="The group was not created.">{error.message}</ErrorNotice>}
      <Button type="submit" busy={isSubmitting} className="w-full">
        Create group
      </Button>
    </form>
  );
}
