'use client';

import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { graphql } from '@/gql';
import type { GeneralSettingsProgramFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Card, ErrorNotice, Notice } from '@/components/ui/feedback';
import { useFormMutation } from '@/components/use-form-mutation';
import { exampleLandingUrl, programSettingsForm, type ProgramSettingsFormValues } from '@/shapes/programs';

export const GeneralSettingsProgram = graphql(`
  fragment GeneralSettingsProgram on Program {
    id
    slug
    name
    websiteUrl
    linkParameters
    inviteExpiryDays
    senderName
    declineReasons
    defaultGroup {
      id
      name
    }
  }
`);

const UpdateProgramSettingsMutation = graphql(`
  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {
    updateProgramSettings(input: $input) {
      program {
        ...GeneralSettingsProgram
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MAX_REASONS = 10;
const FIELDS = [
  'name',
  'websiteUrl',
  'linkParameters',
  'inviteExpiryDays',
  'senderName',
  'declineReasons',
  ...Array.from({ length: MAX_REASONS }, (_, i) => `declineReasons.${i}.value` as const),
] as const;

/** The API names a reason by its index; the form shows it in the row's `value` input. */
const fieldFor = (path: readonly string[]) => (path[0] === 'declineReasons' && path[1] !== undefined ? `declineReasons.${path[1]}.value` : path.join('.'));

function formValues(program: GeneralSettingsProgramFragment): ProgramSettingsFormValues {
  return {
    name: program.name,
    websiteUrl: program.websiteUrl,
    linkParameters: program.linkParameters,
    inviteExpiryDays: program.inviteExpiryDays,
    senderName: program.senderName ?? '',
    declineReasons: program.declineReasons.map((value) => ({ value })),
  };
}

/** Settings → General: the program's own details, with a live example of where partners' links land. */
export function GeneralSettings({ program }: { program: GeneralSettingsProgramFragment }) {
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, control, reset, formState } = useForm<ProgramSettingsFormValues>({
    resolver: zodResolver(programSettingsForm),
    defaultValues: formValues(program),
  });
  const reasons = useFieldArray({ control, name: 'declineReasons' });
  const [websiteUrl, linkParameters, name, senderName] = useWatch({ control, name: ['websiteUrl', 'linkParameters', 'name', 'senderName'] });
  const example = exampleLandingUrl(websiteUrl ?? '', linkParameters ?? '');
  const [update] = useFormMutation(UpdateProgramSettingsMutation, (d) => d.updateProgramSettings, { setError, fields: FIELDS, fieldFor });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    setSaved(false);
    const payload = await update({
      input: {
        programId: program.id,
        name: v.name,
        websiteUrl: v.websiteUrl,
        linkParameters: v.linkParameters,
        inviteExpiryDays: v.inviteExpiryDays,
        senderName: v.senderName,
        declineReasons: v.declineReasons.map((r) => r.value),
      },
    });
    if (payload?.program) {
      reset(formValues(payload.program));
      setSaved(true);
    }
  });

  const reasonsError = errors.declineReasons?.message ?? errors.declineReasons?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="General settings">
      <Card className="space-y-4 p-5">
        <h2 className="text-base font-semibold text-gray-900">Program</h2>
        <Field label="Name" required error={errors.name?.message} {...register('name')} />
        <p className="text-sm text-gray-600">
          Address: <code>/programs/{program.slug}</code> (the slug does not change). Default group: {program.defaultGroup.name}.
        </p>
        <Field label="Website" type="url" required placeholder="https://" hint="Where partners’ links go when their group has no destination of its own." error={errors.websiteUrl?.message} {...register('websiteUrl')} />
      </Card>

      <Card className="space-y-4 p-5">
        <h2 className="text-base font-semibold text-gray-900">Referral links</h2>
        <Field
          label="Link parameters"
          required
          spellCheck={false}
          hint={
            <>
              Added to every link’s destination: name=value pairs joined by &amp;. <code>{'{partner_key}'}</code> (at least once) becomes the partner’s key.
            </>
          }
          error={errors.linkParameters?.message}
          {...register('linkParameters')}
        />
        <div className="rounded-md bg-gray-50 p-3 text-sm" aria-live="polite">
          <p className="font-medium text-gray-800">Example: a partner with the key janedoe lands on</p>
          {example ? (
            <code className="mt-1 block break-all text-gray-700" data-testid="link-example">
              {example}
            </code>
          ) : (
            <p className="mt-1 text-gray-500">Enter a valid website and parameters to see the link.</p>
          )}
          <p className="mt-1 text-xs text-gray-500">Each visit also gets a ps_xid click id; links of groups with their own destination go there instead.</p>
        </div>
      </Card>

      <Card className="space-y-4 p-5">
        <h2 className="text-base font-semibold text-gray-900">Invites and emails</h2>
        <Field
          label="Invites expire after (days)"
          type="number"
          min={1}
          max={90}
          step={1}
          required
          hint="1 to 90. Invites sent from now on last this long; invites already sent keep their date."
          error={errors.inviteExpiryDays?.message}
          {...register('inviteExpiryDays', { valueAsNumber: true })}
        />
        <Field
          label="Sender name"
          placeholder={name || 'Program name'}
          maxLength={80}
          hint={`The From name of the program’s emails to partners: “${(senderName ?? '').trim() || name || 'the program name'}”. Empty: the program’s name.`}
          error={errors.senderName?.message}
          {...register('senderName')}
        />
      </Card>

      <Card className="space-y-3 p-5">
        <fieldset aria-describedby="decline-reasons-hint">
          <legend className="text-base font-semibold text-gray-900">Decline reasons</legend>
          <p id="decline-reasons-hint" className="mt-1 text-sm text-gray-600">
            The reasons managers pick from when declining an application, in this order (1 to 10, up to 200 characters each).
          </p>
          <ol className="mt-3 space-y-2">
            {reasons.fields.map((row, index) => (
              <li key={row.id} className="flex items-start gap-2">
                <Field label={`Reason ${index + 1}`} className="flex-1" maxLength={200} error={errors.declineReasons?.[index]?.value?.message} {...register(`declineReasons.${index}.value`)} />
                <div className="mt-6 flex gap-1">
                  <Button variant="ghost" aria-label={`Move reason ${index + 1} up`} disabled={index === 0} onClick={() => reasons.move(index, index - 1)}>
                    ↑
                  </Button>
                  <Button variant="ghost" aria-label={`Move reason ${index + 1} down`} disabled={index === reasons.fields.length - 1} onClick={() => reasons.move(index, index + 1)}>
                    ↓
                  </Button>
                  <Button variant="ghost" aria-label={`Remove reason ${index + 1}`} disabled={reasons.fields.length <= 1} onClick={() => reasons.remove(index)}>
                    Remove
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          {reasonsError && (
            <p className="mt-1 text-sm text-red-600" data-testid="field-error">
              {reasonsError}
            </p>
          )}
          <Button variant="secondary" className="mt-3" disabled={reasons.fields.length >= MAX_REASONS} onClick={() => reasons.append({ value: '' })}>
            Add a reason
          </Button>
        </fieldset>
      </Card>

      {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
      {saved && !formState.isDirty && <Notice>Saved. Links, invites and emails use the new settings from now on.</Notice>}
      <Button type="submit" busy={formState.isSubmitting}>
        Save settings
      </Button>
    </form>
  );
}
