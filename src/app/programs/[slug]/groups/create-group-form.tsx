'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { ErrorNotice } from '@/components/ui/feedback';
import { useFormMutation } from '@/components/use-form-mutation';
import { commissionRate, groupName, httpUrl } from '@/shapes/groups';

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

// The server's shapes over the form's text inputs: empty destination and rate mean "not set".
const schema = z.object({
  name: groupName,
  destinationUrl: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(httpUrl.nullable()),
  commissionRate: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(commissionRate.nullable()),
  applicationFormEnabled: z.boolean(),
});

export function CreateGroupForm({ programId, onCreated }: { programId: string; onCreated: (name: string) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '', destinationUrl: '', commissionRate: '', applicationFormEnabled: false },
  });
  const [createGroup] = useFormMutation(CreateGroupMutation, (d) => d.createGroup, {
    setError,
    fields: ['name', 'destinationUrl', 'commissionRate', 'applicationFormEnabled'],
  });

  const onSubmit = handleSubmit(async (values) => {
    const payload = await createGroup({ input: { programId, ...values } });
    if (payload?.group) {
      reset();
      onCreated(payload.group.name);
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
      <Button type="submit" busy={isSubmitting} className="w-full">
        Create group
      </Button>
    </form>
  );
}
