'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { Select } from '@/components/ui/select';
import type { PartnershipDetail } from './partner-detail';

const UpdatePartnershipMutation = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      partnership {
        id
        partnerKey
      }
      userErrors {
        field
        message
        code
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
  const [update] = useMutation(UpdatePartnershipMutation);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    values: {
      partnerKey: p.partnerKey,
      programManagerId: p.programManager?.id ?? '',
      groupId: p.group.id,
      fields: Object.fromEntries(p.customFields.map((f) => [f.key, f.value ?? ''])),
    },
  });
  const onSubmit = handleSubmit(async (v) => {
    setSaved(null);
    const result = await update({
      variables: {
        input: {
          partnershipId: p.id,
          partnerKey: v.partnerKey.trim(),
          programManagerId: v.programManagerId || null,
          groupId: v.groupId,
          customFields: defs.map((d) => ({ key: d.key, value: v.fields[d.key] ?? '' })),
        },
      },
    }).catch((e: Error) => {
      setError('root', { message: e.message });
      return null;
    });
    const payload = result?.data?.updatePartnership;
    if (!payload) return;
    for (const e of payload.userErrors) {
      const [first, index] = e.field;
      if (first === 'partnerKey' || first === 'programManagerId' || first === 'groupId') setError(first, { message: e.message });
      else if (first === 'customFields' && index !== undefined && defs[Number(index)]) setError(`fields.${defs[Number(index)].key}`, { message: e.message });
      else setError('root', { message: e.message });
    }
    if (payload.userErrors.length === 0) {
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
        {defs.map((d) =>
          d.type === 'SELECT' ? (
            <Select key={d.key} label={d.label} error={errors.fields?.[d.key]?.message} {...register(`fields.${d.key}`)}>
              <option value="">—</option>
              {d.options.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </Select>
          ) : (
            <Field key={d.key} label={d.label} error={errors.fields?.[d.key]?.message} {...register(`fields.${d.key}`)} />
          ),
        )}
        {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
        {saved && <Notice>{saved}</Notice>}
        <Button type="submit" busy={formState.isSubmitting} className="w-full">
          Save details
        </Button>
      </form>
    </Card>
  );
}
