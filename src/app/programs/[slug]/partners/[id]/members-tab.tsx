'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/gql';
import type { AccessLevel } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Badge, ErrorNotice, Notice } from '@/components/ui/feedback';
import { Select } from '@/components/ui/select';
import { CustomFieldInput, customFieldErrorPath, formatFieldValue } from '@/components/custom-field-input';
import { useFormMutation } from '@/components/use-form-mutation';
import { requiredEmail } from '@/components/forms';
import { ACCESS_LEVEL_HINTS, ACCESS_LEVEL_LABELS } from '@/components/format';
import { memberRoleLabel, newMemberShape } from '@/shapes/people';
import type { PartnershipDetail } from './partner-detail';

/** A row of the members list; the partnership page's query spreads it into `members`. */
export const TeamMemberRowFragment = graphql(`
  fragment TeamMemberRow on TeamMember {
    member {
      id
      name
      email
      accessLevel
      roleLabel
      status
      isPrimaryContact
    }
    customFields {
      key
      label
      type
      value
    }
  }
`);

const AddPartnerMembersMutation = graphql(`
  mutation AddPartnerMembers($input: AddPartnerMembersInput!) {
    addPartnerMembers(input: $input) {
      invites {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateTeamMemberMutation = graphql(`
  mutation UpdateTeamMember($input: UpdateTeamMemberInput!) {
    updateTeamMember(input: $input) {
      teamMember {
        ...TeamMemberRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MEMBER_STATUS = {
  INVITED: { label: 'Invited', tone: 'brand' },
  AWAITING_OWNER_APPROVAL: { label: 'Awaiting owner approval', tone: 'amber' },
  ACTIVE: { label: 'Active', tone: 'green' },
  REMOVED: { label: 'Removed', tone: 'gray' },
} as const;

type TeamMember = PartnershipDetail['members'][number];

const editMemberShape = z.object({ roleLabel: memberRoleLabel, fields: z.record(z.string(), z.string()) });

function EditMemberForm({ partnership, teamMember, onDone }: { partnership: PartnershipDetail; teamMember: TeamMember; onDone: (saved: boolean) => void }) {
  const defs = partnership.program.customFieldDefinitions;
  const initial = Object.fromEntries(teamMember.customFields.map((f) => [f.key, f.value ?? '']));
  const { register, handleSubmit, setError, control, formState } = useForm({
    resolver: zodResolver(editMemberShape),
    defaultValues: { roleLabel: teamMember.member.roleLabel ?? '', fields: initial },
  });
  const [update] = useFormMutation(UpdateTeamMemberMutation, (d) => d.updateTeamMember, {
    setError,
    fields: ['roleLabel', ...defs.map((d) => `fields.${d.key}` as const)],
    fieldFor: customFieldErrorPath(defs, 'fields'),
  });
  const onSubmit = handleSubmit(async (values) => {
    const payload = await update({
      input: {
        partnershipId: partnership.id,
        memberId: teamMember.member.id,
        roleLabel: values.roleLabel,
        customFields: defs.map((d) => ({ key: d.key, value: values.fields[d.key] ?? '' })),
      },
    });
    if (payload) onDone(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-md bg-gray-50 p-3 sm:grid-cols-2" aria-label={`Edit ${teamMember.member.name}`}>
      <Field label="Role" placeholder="Sales rep, integration specialist…" error={formState.errors.roleLabel?.message} {...register('roleLabel')} />
      {defs.map((d) => (
        <CustomFieldInput key={d.key} definition={d} control={control} error={formState.errors.fields?.[d.key]?.message} {...register(`fields.${d.key}`)} />
      ))}
      {formState.errors.root?.message && (
        <div className="sm:col-span-2">
          <ErrorNotice title="Not saved.">{formState.errors.root.message}</ErrorNotice>
        </div>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" busy={formState.isSubmitting}>
          Save
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

// The server's shape for a new member; an empty email gets a message that says what is missing.
const addMemberShape = newMemberShape.pick({ firstName: true, lastName: true, roleLabel: true }).extend({
  email: requiredEmail('Enter the member’s email.'),
  accessLevel: newMemberShape.shape.accessLevel.unwrap().unwrap(),
});

function AddMemberForm({ partnership, onAdded }: { partnership: PartnershipDetail; onAdded: (message: string) => void }) {
  const { register, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(addMemberShape),
    defaultValues: { email: '', firstName: '', lastName: '', accessLevel: 'MEMBER' as AccessLevel, roleLabel: '' },
  });
  const [add] = useFormMutation(AddPartnerMembersMutation, (d) => d.addPartnerMembers, {
    setError,
    fields: ['email', 'firstName', 'lastName', 'accessLevel', 'roleLabel'],
    // One member is added at a time: ["members", "0", "email"] is this form's "email".
    fieldFor: (path) => (path[0] === 'members' ? path.slice(2) : path).join('.'),
  });
  const claimed = partnership.partner.claimed;
  const onSubmit = handleSubmit(async (values) => {
    const payload = await add({
      input: {
        partnershipId: partnership.id,
        members: [
          {
            email: values.email,
            firstName: values.firstName,
            lastName: values.lastName,
            accessLevel: claimed ? null : values.accessLevel,
            roleLabel: values.roleLabel || null,
          },
        ],
      },
    });
    if (!payload) return;
    reset();
    onAdded(
      payload.invites[0]?.status === 'AWAITING_OWNER_APPROVAL'
        ? `${values.email} was added. The partner team owner must approve the addition before the invite is sent.`
        : `${values.email} was added. Their invite is sent once the partnership is claimed or approved.`,
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-3 border-t border-gray-100 pt-4" aria-label="Add a member">
      <h3 className="text-sm font-semibold text-gray-900">Add a member</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Email" type="email" required error={formState.errors.email?.message} {...register('email')} />
        <Field label="Role" placeholder="Sales rep, affiliate…" error={formState.errors.roleLabel?.message} {...register('roleLabel')} />
        <Field label="First name" error={formState.errors.firstName?.message} {...register('firstName')} />
        <Field label="Last name" error={formState.errors.lastName?.message} {...register('lastName')} />
        {!claimed && (
          <Select label="Access level" hint={ACCESS_LEVEL_HINTS.MEMBER} error={formState.errors.accessLevel?.message} {...register('accessLevel')}>
            {(Object.keys(ACCESS_LEVEL_LABELS) as AccessLevel[]).map((level) => (
              <option key={level} value={level}>
                {ACCESS_LEVEL_LABELS[level]} — {ACCESS_LEVEL_HINTS[level]}
              </option>
            ))}
          </Select>
        )}
      </div>
      <p className="text-xs text-gray-500">
        {claimed
          ? 'This partner already has an account: the team owner approves each addition before the invite is sent, and sets access levels.'
          : 'This partner is new: invites go out once the primary contact claims the account.'}
      </p>
      {formState.errors.root?.message && <ErrorNotice title="The member was not added.">{formState.errors.root.message}</ErrorNotice>}
      <Button type="submit" busy={formState.isSubmitting}>
        Add member
      </Button>
    </form>
  );
}

export function MembersTab({ partnership, onChanged }: { partnership: PartnershipDetail; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div>
      {notice && (
        <div className="mb-3">
          <Notice>{notice}</Notice>
        </div>
      )}
      <ul className="divide-y divide-gray-100" data-testid="members-list">
        {partnership.members.map((tm) => (
          <li key={tm.member.id} className="py-3" data-testid="member-row">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-medium text-gray-900">
                  {tm.member.name}
                  {tm.member.isPrimaryContact && <span className="ml-2 text-xs font-normal text-gray-500">primary contact</span>}
                </p>
                <p className="text-sm text-gray-600">{tm.member.email}</p>
                <div className="mt-1 flex flex-wrap gap-2 text-xs">
                  <Badge>{ACCESS_LEVEL_LABELS[tm.member.accessLevel]}</Badge>
                  <Badge tone={MEMBER_STATUS[tm.member.status].tone}>{MEMBER_STATUS[tm.member.status].label}</Badge>
                  {tm.member.roleLabel && <Badge tone="brand">{tm.member.roleLabel}</Badge>}
                  {tm.customFields
                    .filter((f) => f.value)
                    .map((f) => (
                      <span key={f.key} className="text-gray-600">
                        {f.label}: {formatFieldValue(f.type, f.value)}
                      </span>
                    ))}
                </div>
              </div>
              {editing !== tm.member.id && (
                <Button variant="ghost" onClick={() => setEditing(tm.member.id)} aria-label={`Edit ${tm.member.name}`}>
                  Edit
                </Button>
              )}
            </div>
            {editing === tm.member.id && (
              <div className="mt-3">
                <EditMemberForm
                  partnership={partnership}
                  teamMember={tm}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) {
                      setNotice(`${tm.member.name} was updated.`);
                      onChanged();
                    }
                  }}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <AddMemberForm
        partnership={partnership}
        onAdded={(message) => {
          setNotice(message);
          onChanged();
        }}
      />
    </div>
  );
}
