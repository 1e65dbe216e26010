'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { Select } from '@/components/ui/select';
import { CustomFieldInput, customFieldErrorPath } from '@/components/custom-field-input';
import { useFormMutation } from '@/components/use-form-mutation';
import type { PartnershipDetail } from './partner-detail';

const UpdatePartnershipMutation = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership {
        id
        partnerKey
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Values {
  partnerKey: string;
  programManagerId: string;
  groupId: string;
  fields: Record<string, string>;
}

/** A manager's edits: partner key, manager, group, custom fields. Name and email are the partner's own. */
export function EditPartnership({ partnership: p, onSaved }: { partnership: PartnershipDetail; onSaved: () => void }) {
  const defs = p.program.partnershipFields;
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    values: {
      partnerKey: p.partnerKey,
      programManagerId: p.programManager?.id ?? '',
      groupId: p.group.id,
      fields: Object.fromEntries(p.customFields.map((f) => [f.key, f.value ?? ''])),
    },
  });
  const [update] = useFormMutation(UpdatePartnershipMutation, (d) => d.updatePartnership, {
    setError,
    fields: ['partnerKey', 'programManagerId', 'groupId', ...defs.map((d) => `fields.${d.key}` as const)],
    fieldFor: customFieldErrorPath(defs, 'fields'),
  });
  const onSubmit = handleSubmit(async (v) => {
    setSaved(null);
    const payload = await update({
      input: {
        partnershipId: p.id,
        partnerKey: v.partnerKey.trim(),
        programManagerId: v.programManagerId || null,
        groupId: v.groupId,
        customFields: defs.map((d) => ({ key: d.key, value: v.fields[d.key] ?? '' })),
      },
    });
    if (payload) {
      setSaved(p.group.id !== v.groupId ? 'Saved. The partner now follows the new group’s emails, links and commission.' : 'Saved.');
      onSaved();
    }
  });
  const errors = formState.errors;
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">Partnership details</h2>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" aria-label="Partnership details">
        <Field
          label="Partner key"
          hint="Lowercase letters and digits. Links shared with the old key keep working."
          error={errors.partnerKey?.message}
          {...register('partnerKey')}
        />
        <Select label="Program manager" error={errors.programManagerId?.message} {...register('programManagerId')}>
          <option value="">Nobody</option>
          {p.program.managers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name ?? m.email}
            </option>
          ))}
        </Select>
        <Select label="Group" error={errors.groupId?.message} {...register('groupId')}>
          {p.program.groups.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </Select>
        {defs.map((d) => (
          <CustomFieldInput key={d.key} definition={d} control={control} error={errors.fields?.[d.key]?.message} {...register(`fields.${d.key}`)} />
        ))}
        {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
        {saved && <Notice>{saved}</Notice>}
        <Button type="submit" busy={formState.isSubmitting} className="w-full">
          Save details
        </Button>
      </form>
    </Card>
  );
}
