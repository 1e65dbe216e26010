'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { AccessLevel, AddPartnerFormQuery } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { Card, ErrorNotice, PageHeader } from '@/components/ui/feedback';
import { QueryState } from '@/components/ui/query-state';
import { Select } from '@/components/ui/select';
import { CustomFieldInput, customFieldErrorPath } from '@/components/custom-field-input';
import { showOnForm, useMutationOutcome } from '@/components/use-form-mutation';
import { requiredEmail } from '@/components/forms';
import { ACCESS_LEVEL_HINTS, ACCESS_LEVEL_LABELS } from '@/components/format';
import { newMemberShape, personName } from '@/shapes/people';
import { httpUrl } from '@/shapes/groups';
import { inviteContentShape } from '@/shapes/invites';
import { OrganisationChoiceDialog, type Candidate } from './organisation-choice-dialog';

const AddPartnerFormQueryDocument = graphql(`
  query AddPartnerForm($slug: String!) {
    viewer {
      user {
        id
      }
    }
    program(slug: $slug) {
      id
      name
      ...ProgramAssignmentChoices
      customFieldDefinitions(entity: PARTNERSHIP) {
        ...CustomFieldInputDefinition
      }
    }
  }
`);

const InviteTemplateQuery = graphql(`
  query InviteTemplate($programId: ID!) {
    inviteTemplate(programId: $programId) {
      subject
      body
      saved
    }
  }
`);

const PreviewInviteQuery = graphql(`
  query PreviewInvite($programId: ID!, $subject: String!, $body: String!, $firstName: String, $companyName: String) {
    previewInvite(programId: $programId, subject: $subject, body: $body, firstName: $firstName, companyName: $companyName) {
      subject
      html
    }
  }
`);

const PartnerCandidatesQuery = graphql(`
  query PartnerCandidates($programId: ID!, $email: String!) {
    partnerCandidates(programId: $programId, email: $email) {
      ...PartnerCandidateChoice
    }
  }
`);

const AddPartnerMutation = graphql(`
  mutation AddPartner($input: AddPartnerInput!) {
    addPartner(input: $input) {
      partnership {
        id
      }
      partnerCandidates {
        ...PartnerCandidateChoice
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Program = NonNullable<AddPartnerFormQuery['program']>;

// The server's shapes for the contact, the members and the invite content, over the form's inputs.
const memberShape = newMemberShape.pick({ firstName: true, lastName: true, roleLabel: true }).extend({
  email: requiredEmail('Enter the member’s email.'),
  accessLevel: newMemberShape.shape.accessLevel.unwrap().unwrap(),
});
const formShape = z.object({
  email: requiredEmail('Enter the main contact’s email.'),
  firstName: personName,
  lastName: personName,
  companyName: z.string(),
  logoUrl: z.string().trim().pipe(z.union([z.literal(''), httpUrl])),
  programManagerId: z.string(),
  groupId: z.string(),
  customFields: z.record(z.string(), z.string()),
  members: z.array(memberShape),
  inviteSubject: inviteContentShape.shape.subject,
  inviteBody: inviteContentShape.shape.body,
  saveForFuture: z.boolean(),
});
type FormValues = z.infer<typeof formShape>;
const MEMBER_FIELDS = ['email', 'firstName', 'lastName', 'accessLevel', 'roleLabel'] as const;

/** Maps a userError path from the API to the form field that shows it. */
function formFieldFor(path: readonly string[], program: Program): string {
  if (path[0] === 'invite') return path[1] === 'subject' ? 'inviteSubject' : 'inviteBody';
  return customFieldErrorPath(program.customFieldDefinitions, 'customFields')(path);
}

function AddPartnerFields({ slug, program, viewerId }: { slug: string; program: Program; viewerId: string | null }) {
  const router = useRouter();
  const groups = program.groups.edges.map((e) => e.node);
  const defaultGroup = groups.find((g) => g.isDefault) ?? groups[0];
  const form = useForm({
    resolver: zodResolver(formShape),
    defaultValues: {
      email: '',
      firstName: '',
      lastName: '',
      companyName: '',
      logoUrl: '',
      programManagerId: program.managers.some((m) => m.id === viewerId) ? (viewerId ?? '') : '',
      groupId: defaultGroup?.id ?? '',
      customFields: Object.fromEntries(program.customFieldDefinitions.map((d) => [d.key, ''])),
      members: [] as z.input<typeof memberShape>[],
      inviteSubject: '',
      inviteBody: '',
      saveForFuture: false,
    },
  });
  const { register, handleSubmit, setError, control, formState, getValues, setValue } = form;
  const { errors } = formState;
  const members = useFieldArray({ control, name: 'members' });
  const memberValues = useWatch({ control, name: 'members' });

  const { data: templateData } = useQuery(InviteTemplateQuery, { variables: { programId: program.id } });
  const prefilled = useRef(false);
  useEffect(() => {
    const template = templateData?.inviteTemplate;
    if (!template || prefilled.current) return;
    prefilled.current = true;
    setValue('inviteSubject', template.subject);
    setValue('inviteBody', template.body);
  }, [templateData, setValue]);

  const [loadPreview, preview] = useLazyQuery(PreviewInviteQuery, { fetchPolicy: 'network-only' });
  const [findCandidates] = useLazyQuery(PartnerCandidatesQuery, { fetchPolicy: 'network-only' });
  const [addPartner] = useMutationOutcome(AddPartnerMutation, (d) => d.addPartner);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);

  const submit = async (values: FormValues, existingPartnerId: string | null) => {
    const outcome = await addPartner({
      input: {
        programId: program.id,
        email: values.email,
        firstName: values.firstName || null,
        lastName: values.lastName || null,
        companyName: values.companyName || null,
        logoUrl: values.logoUrl || null,
        programManagerId: values.programManagerId || null,
        groupId: values.groupId || null,
        customFields: program.customFieldDefinitions.map((d) => ({ key: d.key, value: values.customFields[d.key] ?? '' })),
        members: values.members.map((m) => ({
          email: m.email,
          firstName: m.firstName || null,
          lastName: m.lastName || null,
          accessLevel: m.accessLevel,
          roleLabel: m.roleLabel || null,
        })),
        existingPartnerId,
        invite: existingPartnerId ? null : { subject: values.inviteSubject, body: values.inviteBody, saveForFuture: values.saveForFuture },
      },
    });
    if (outcome.ok && outcome.payload.partnership) {
      router.push(`/programs/${slug}/partners/${encodeURIComponent(outcome.payload.partnership.id)}`);
      return;
    }
    // The email belongs to an existing account: the manager chooses which organisation to connect.
    if (!outcome.ok && outcome.payload && outcome.payload.partnerCandidates.length > 0 && !existingPartnerId) {
      setCandidates(outcome.payload.partnerCandidates);
      return;
    }
    if (!outcome.ok) {
      showOnForm(outcome, {
        setError,
        fields: [
          'email',
          'firstName',
          'lastName',
          'companyName',
          'logoUrl',
          'programManagerId',
          'groupId',
          'inviteSubject',
          'inviteBody',
          ...program.customFieldDefinitions.map((d) => `customFields.${d.key}` as const),
          ...values.members.flatMap((_, i) => MEMBER_FIELDS.map((f) => `members.${i}.${f}` as const)),
        ],
        fieldFor: (path) => formFieldFor(path, program),
      });
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    const { data } = await findCandidates({ variables: { programId: program.id, email: values.email.trim() } });
    const found = data?.partnerCandidates ?? [];
    if (found.length > 0) setCandidates(found);
    else await submit(values, null);
  });

  const connecting = candidates !== null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a new partner" className="space-y-6">
      <Card className="p-5">
        <h2 className="text-base font-semibold text-gray-900">Main contact</h2>
        <p className="mt-1 text-sm text-gray-600">
          The main contact becomes the partner&apos;s Owner. If they already have a Partnerly account, you will choose which of their partner organisations to connect.
        </p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field
            label="Email"
            type="email"
            required
            autoComplete="off"
            error={errors.email?.message}
            {...register('email')}
          />
          <div />
          <Field label="First name" error={errors.firstName?.message} {...register('firstName')} />
          <Field label="Last name" error={errors.lastName?.message} {...register('lastName')} />
        </div>
      </Card>

      <Card className="p-5">
        <h2 className="text-base font-semibold text-gray-900">Company</h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field label="Company name" hint="Empty: the contact’s name." error={errors.companyName?.message} {...register('companyName')} />
          <Field label="Logo URL" type="url" placeholder="https://" error={errors.logoUrl?.message} {...register('logoUrl')} />
          <Select label="Program manager" error={errors.programManagerId?.message} {...register('programManagerId')}>
            <option value="">Nobody</option>
            {program.managers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name ?? m.email}
              </option>
            ))}
          </Select>
          <Select label="Group" error={errors.groupId?.message} {...register('groupId')}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
                {g.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </Select>
          {program.customFieldDefinitions.map((d) => (
            <CustomFieldInput key={d.key} definition={d} control={control} error={errors.customFields?.[d.key]?.message} {...register(`customFields.${d.key}`)} />
          ))}
        </div>
      </Card>

      <Card className="p-5">
        <div className="flex items-center justify-between">
          <div>
            <h2 className="text-base font-semibold text-gray-900">Other members</h2>
            <p className="mt-1 text-sm text-gray-600">
              People who represent the partner: sales reps, integration specialists, partner managers. For partners new to Partnerly you set each one’s access level; an existing partner’s owner approves additions first.
            </p>
          </div>
        </div>
        <div className="mt-4 space-y-4">
          {members.fields.map((field, index) => {
            const e = errors.members?.[index];
            return (
              <fieldset key={field.id} className="grid gap-3 rounded-md border border-gray-200 p-3 sm:grid-cols-2" data-testid="member-fields">
                <legend className="px-1 text-sm font-medium text-gray-700">Member {index + 1}</legend>
                <Field
                  label="Email"
                  type="email"
                  required
                  error={e?.email?.message}
                  {...register(`members.${index}.email`)}
                />
                <Select label="Access level" hint={ACCESS_LEVEL_HINTS[memberValues?.[index]?.accessLevel ?? 'MEMBER']} error={e?.accessLevel?.message} {...register(`members.${index}.accessLevel`)}>
                  {(Object.keys(ACCESS_LEVEL_LABELS) as AccessLevel[]).map((level) => (
                    <option key={level} value={level}>
                      {ACCESS_LEVEL_LABELS[level]}
                    </option>
                  ))}
                </Select>
                <Field label="First name" error={e?.firstName?.message} {...register(`members.${index}.firstName`)} />
                <Field label="Last name" error={e?.lastName?.message} {...register(`members.${index}.lastName`)} />
                <Field label="Role" placeholder="Sales rep, affiliate…" error={e?.roleLabel?.message} {...register(`members.${index}.roleLabel`)} />
                <div className="flex items-end justify-end">
                  <Button variant="ghost" onClick={() => members.remove(index)} aria-label={`Remove member ${index + 1}`}>
                    Remove
                  </Button>
                </div>
              </fieldset>
            );
          })}
          <Button variant="secondary" onClick={() => members.append({ email: '', firstName: '', lastName: '', accessLevel: 'MEMBER', roleLabel: '' })}>
            Add a member
          </Button>
        </div>
      </Card>

      <Card className="p-5">
        <h2 className="text-base font-semibold text-gray-900">Invite email</h2>
        <p className="mt-1 text-sm text-gray-600">
          What the main contact receives. Placeholders: {'{first_name}'}, {'{company_name}'}, {'{program_name}'}, {'{manager_name}'}. The claim button is added below your message.
          {templateData?.inviteTemplate.saved && ' Prefilled with your saved content.'}
        </p>
        <div className="mt-4 space-y-4">
          <Field label="Subject" required error={errors.inviteSubject?.message} {...register('inviteSubject')} />
          <div>
            <label htmlFor="invite-body" className="block text-sm font-medium text-gray-800">
              Message <span aria-hidden="true" className="text-red-600">*</span>
            </label>
            <textarea
              id="invite-body"
              rows={7}
              aria-invalid={errors.inviteBody ? true : undefined}
              aria-describedby={errors.inviteBody ? 'invite-body-error' : undefined}
              className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
              {...register('inviteBody')}
            />
            {errors.inviteBody?.message && (
              <p id="invite-body-error" className="mt-1 text-sm text-red-600" data-testid="field-error">
                {errors.inviteBody.message}
              </p>
            )}
          </div>
          <Checkbox label="Save content for future partner invitations" hint="Saved content is unique to you, in this program." {...register('saveForFuture')} />
          <div className="flex items-center gap-3">
            <Button
              variant="secondary"
              busy={preview.loading}
              onClick={() => {
                const v = getValues();
                void loadPreview({
                  variables: { programId: program.id, subject: v.inviteSubject, body: v.inviteBody, firstName: v.firstName || null, companyName: v.companyName || null },
                });
              }}
            >
              Preview email
            </Button>
            {preview.error && <span className="text-sm text-red-600">{preview.error.message}</span>}
          </div>
          {preview.data?.previewInvite && (
            <div className="overflow-hidden rounded-md ring-1 ring-gray-200" data-testid="invite-preview">
              <p className="border-b border-gray-200 bg-gray-50 px-3 py-2 text-sm">
                <span className="text-gray-500">Subject:</span> {preview.data.previewInvite.subject}
              </p>
              <iframe title="Invite email preview" srcDoc={preview.data.previewInvite.html} sandbox="" className="h-96 w-full bg-white" />
            </div>
          )}
        </div>
      </Card>

      {errors.root?.message && <ErrorNotice title="The partner was not added.">{errors.root.message}</ErrorNotice>}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => router.push(`/programs/${slug}/partners`)}>
          Cancel
        </Button>
        <Button type="submit" busy={formState.isSubmitting}>
          Add partner
        </Button>
      </div>

      <OrganisationChoiceDialog
        open={connecting}
        email={getValues('email')}
        candidates={candidates ?? []}
        onCancel={() => setCandidates(null)}
        onConfirm={async (partnerId) => {
          setCandidates(null);
          await submit(getValues(), partnerId);
        }}
      />
    </form>
  );
}

export function AddPartnerForm({ slug }: { slug: string }) {
  const { data, loading, error, refetch } = useQuery(AddPartnerFormQueryDocument, { variables: { slug } });
  return (
    <>
      <PageHeader title="Add a new partner" description="Add a partner you already know. They get an email to claim their account; until then they show the invited flag." />
      <QueryState data={data?.program} loading={loading} error={error} errorTitle="The form could not be loaded." onRetry={() => void refetch()}>
        {(program) => <AddPartnerFields slug={slug} program={program} viewerId={data?.viewer?.user?.id ?? null} />}
      </QueryState>
    </>
  );
}
