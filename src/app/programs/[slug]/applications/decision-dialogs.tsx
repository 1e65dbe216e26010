'use client';

import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/gql';
import type { ApplicationFilter } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { ErrorNotice } from '@/components/ui/feedback';
import { Checkbox, Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { Working } from '@/components/ui/progress';
import { Select } from '@/components/ui/select';
import { useFormMutation, useMutationOutcome } from '@/components/use-form-mutation';
import { declineDecisionShape, REAPPLY_DAYS_MAX, REAPPLY_POLICY, type DeclineDecision } from '@/shapes/applications';

const ApproveApplicationsMutation = graphql(`
  mutation ApproveApplications($input: ApproveApplicationsInput!) {
    approveApplications(input: $input) {
      approvedCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DeclineApplicationsMutation = graphql(`
  mutation DeclineApplications($input: DeclineApplicationsInput!) {
    declineApplications(input: $input) {
      declinedCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The applications a decision is about: chosen ones, or every pending one matching the page's filter. */
export type DecisionTarget = { ids: string[] } | { filter: ApplicationFilter; allMatching: true };

interface DialogProps {
  open: boolean;
  programId: string;
  target: DecisionTarget;
  /** How many applications the target holds, for the wording. */
  count: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

const applicationsNoun = (n: number) => `${n.toLocaleString('en-GB')} application${n === 1 ? '' : 's'}`;

/** Approve: each application opens an active partnership in its group and the applicant is emailed. */
export function ApproveDialog({ open, programId, target, count, onClose, onDone }: DialogProps) {
  const [approve, { loading }] = useMutationOutcome(ApproveApplicationsMutation, (d) => d.approveApplications);
  const [error, setError] = useState<string | null>(null);
  const noun = applicationsNoun(count);
  return (
    <Modal
      open={open}
      title={`Approve ${noun}?`}
      onClose={() => {
        if (loading) return;
        setError(null);
        onClose();
      }}
      footer={
        <>
          <Button variant="secondary" disabled={loading} onClick={onClose}>
            Cancel
          </Button>
          <Button
            busy={loading}
            onClick={async () => {
              setError(null);
              const outcome = await approve({ input: { programId, ...target } });
              if (!outcome.ok) return setError(outcome.message);
              const n = outcome.payload.approvedCount;
              onDone(`${applicationsNoun(n)} approved: ${n === 1 ? 'the partner is' : 'the partners are'} now active in the program.`);
            }}
          >
            Approve
          </Button>
        </>
      }
    >
      <p>
        Each approved applicant becomes an active partner in the group they applied to, with a referral link. They get the group&apos;s welcome email, or an email saying
        they are in the program, and so do their team&apos;s owners and admins.
      </p>
      {loading && <Working label={`Approving ${noun}…`} />}
      {error && <ErrorNotice title="Nothing was approved.">{error}</ErrorNotice>}
    </Modal>
  );
}


const FIELDS = ['reason', 'note', 'noteVisibleToApplicant', 'reapplyPolicy', 'reapplyAfterDays'] as const;

/** Decline: a reason from the program's list, a note (shown to the applicant or not), and when they may reapply. */
export function DeclineDialog({ open, programId, target, count, onClose, onDone, reasons }: DialogProps & { reasons: readonly string[] }) {
  const formId = useId();
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof declineDecisionShape>, unknown, DeclineDecision>({
    // The server's shape: the same limits and messages inline as in userErrors.
    resolver: zodResolver(declineDecisionShape),
    defaultValues: { reason: '', note: '', noteVisibleToApplicant: false, reapplyPolicy: REAPPLY_POLICY.ANYTIME, reapplyAfterDays: null },
  });
  const [decline] = useFormMutation(DeclineApplicationsMutation, (d) => d.declineApplications, { setError, fields: FIELDS });
  const policy = useWatch({ control, name: 'reapplyPolicy' });
  const note = useWatch({ control, name: 'note' });
  const noun = applicationsNoun(count);
  const close = () => {
    if (isSubmitting) return;
    reset();
    onClose();
  };
  const onSubmit = handleSubmit(async (values) => {
    const payload = await decline({
      input: {
        programId,
        ...target,
        reason: values.reason || null,
        note: values.note || null,
        noteVisibleToApplicant: Boolean(values.note && values.noteVisibleToApplicant),
        reapplyPolicy: values.reapplyPolicy,
        reapplyAfterDays: values.reapplyPolicy === REAPPLY_POLICY.AFTER_DAYS ? (values.reapplyAfterDays ?? null) : null,
      },
    });
    if (!payload) return;
    reset();
    onDone(`${applicationsNoun(payload.declinedCount)} declined; ${payload.declinedCount === 1 ? 'the applicant was' : 'the applicants were'} emailed.`);
  });
  const policyError = errors.reapplyPolicy?.message;
  return (
    <Modal
      open={open}
      title={`Decline ${noun}?`}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" disabled={isSubmitting} onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="danger" busy={isSubmitting}>
            Decline
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Decline applications">
        <Select label="Reason" hint="The applicant sees it in their email." error={errors.reason?.message} {...register('reason')}>
          <option value="">No reason given</option>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
        <div>
          <label htmlFor={`${formId}-note`} className="block text-sm font-medium text-gray-800">
            Note
          </label>
          <textarea
            id={`${formId}-note`}
            rows={3}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${formId}-note-error` : undefined}
            className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-inset focus:ring-brand-600"
            {...register('note')}
          />
          {errors.note && (
            <p id={`${formId}-note-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
              {errors.note.message}
            </p>
          )}
        </div>
        <Checkbox label="Show the note to the applicant" hint="Otherwise only your program's managers see it." disabled={!note?.trim()} {...register('noteVisibleToApplicant')} />
        <fieldset aria-describedby={policyError ? `${formId}-policy-error` : undefined}>
          <legend className="text-sm font-medium text-gray-800">They may apply again</legend>
          <div className="mt-2 space-y-2">
            {(
              [
                [REAPPLY_POLICY.ANYTIME, 'At any time'],
                [REAPPLY_POLICY.AFTER_DAYS, 'After a number of days'],
                [REAPPLY_POLICY.NEVER, 'Never'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm text-gray-800">
                <input type="radio" value={value} className="h-4 w-4 border-gray-300 text-brand-600" {...register('reapplyPolicy')} />
                {label}
              </label>
            ))}
          </div>
          {policyError && (
            <p id={`${formId}-policy-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
              {policyError}
            </p>
          )}
        </fieldset>
        {policy === REAPPLY_POLICY.AFTER_DAYS && (
          <Field
            label="Days until they may apply again"
            type="number"
            inputMode="numeric"
            min={1}
            max={REAPPLY_DAYS_MAX}
            required
            hint={`1 to ${REAPPLY_DAYS_MAX} days from today.`}
            error={errors.reapplyAfterDays?.message}
            {...register('reapplyAfterDays', { shouldUnregister: true, setValueAs: (v: unknown) => (v === '' || v == null ? null : Number(v)) })}
          />
        )}
        {isSubmitting && <Working label={`Declining ${noun}…`} />}
        {errors.root?.message && <ErrorNotice title="Nothing was declined.">{errors.root.message}</ErrorNotice>}
      </form>
    </Modal>
  );
}
