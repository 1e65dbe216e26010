'use client';

import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm, useWatch, type FieldErrors, type Path, type Resolver } from 'react-hook-form';
import { graphql } from '@/gql';
import { useFormMutation } from '@/components/use-form-mutation';
import { FormDescription, QuestionInput } from '@/components/applicant-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { ErrorNotice, Notice } from '@/components/ui/feedback';
import type { ApplicantQuestion } from '@/shapes/application-form';
import { parseAnswers } from '@/shapes/application-answers';

const JoinProgramMutation = graphql(`
  mutation JoinProgram($input: JoinProgramInput!) {
    joinProgram(input: $input) {
      partnerProgram {
        partnershipId
        programName
      }
      applicationSubmitted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface JoinPartnerOption {
  partnerId: string;
  name: string;
  accessLevel: string;
  canApply: boolean;
  unavailableReason: string | null;
}

export interface JoinFormProps {
  token: string;
  email: string;
  /** The questions to answer; null when the group has no application form (joining is at once). */
  form: { title: string | null; description: string | null; questions: ApplicantQuestion[] } | null;
  partnerChoices: JoinPartnerOption[];
}

/** The "a new partner of my own" choice of the partner select. */
const NEW_PARTNER = '';

interface Values {
  partner: string;
  companyName: string;
  answers: Record<string, string>;
}

const levelName = (level: string) => level[0] + level.slice(1).toLowerCase();

/**
 * The join form: which partner applies (one the person is Owner or Admin of, or a new one they
 * name), and the form's questions. Answers are checked with the module the server runs again
 * (src/shapes/application-answers.ts); the server's userErrors land on the same inputs.
 */
export function JoinForm({ token, email, form, partnerChoices }: JoinFormProps) {
  const router = useRouter();
  const [applied, setApplied] = useState(false);
  const eligible = partnerChoices.filter((c) => c.canApply && !c.unavailableReason);
  const blocked = partnerChoices.filter((c) => !c.canApply || c.unavailableReason);
  const questions = useMemo(() => form?.questions ?? [], [form]);

  const resolver = useMemo<Resolver<Values>>(
    () => async (values) => {
      const errors: Record<string, unknown> = {};
      const company = values.companyName.trim();
      if (values.partner === NEW_PARTNER && !company) errors.companyName = { type: 'required', message: 'Enter the name of the company you represent.' };
      else if (company.length > 120) errors.companyName = { type: 'maxLength', message: 'Use at most 120 characters.' };
      const answers: Record<string, { type: string; message: string }> = {};
      for (const e of parseAnswers(questions, Object.entries(values.answers ?? {}).map(([questionId, value]) => ({ questionId, value }))).errors) {
        answers[e.field[1]] = { type: e.code, message: e.message };
      }
      if (Object.keys(answers).length > 0) errors.answers = answers;
      return Object.keys(errors).length > 0 ? { values: {}, errors: errors as FieldErrors<Values> } : { values, errors: {} };
    },
    [questions],
  );
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    resolver,
    defaultValues: { partner: eligible[0]?.partnerId ?? NEW_PARTNER, companyName: '', answers: Object.fromEntries(questions.map((q) => [q.id, ''])) },
  });
  const fields = useMemo(() => ['companyName', 'partner', ...questions.map((q) => `answers.${q.id}`)] as Path<Values>[], [questions]);
  const [join] = useFormMutation(JoinProgramMutation, (d) => d.joinProgram, {
    setError,
    fields,
    fieldFor: (path) => (path[0] === 'partnerId' ? 'partner' : path.join('.')),
  });
  const partner = useWatch({ control, name: 'partner' });
  const companyName = useWatch({ control, name: 'companyName' });
  const applicantCompany = partner === NEW_PARTNER ? companyName.trim() || 'your company' : (eligible.find((c) => c.partnerId === partner)?.name ?? 'your company');

  if (applied) return <Notice>Your application was sent. You will get an email when the program decides.</Notice>;

  const onSubmit = handleSubmit(async (v) => {
    const payload = await join({
      input: {
        token,
        partnerId: v.partner === NEW_PARTNER ? null : v.partner,
        companyName: v.partner === NEW_PARTNER ? v.companyName.trim() : null,
        answers: form ? questions.map((q) => ({ questionId: q.id, value: v.answers[q.id] ?? '' })) : null,
      },
    });
    if (!payload) return;
    if (payload.applicationSubmitted) setApplied(true);
    else router.push(`/partner?joined=${encodeURIComponent(payload.partnerProgram?.programName ?? '')}`);
  });
  const errors = formState.errors;

  return (
    <form className="space-y-4" aria-label={form ? 'Apply to the program' : 'Join the program'} noValidate onSubmit={onSubmit}>
      <p className="text-sm text-gray-600">
        Signed in as <strong>{email}</strong>.
      </p>
      {partnerChoices.length > 0 && (
        <Select label={form ? 'Who applies' : 'Who joins'} error={errors.partner?.message} {...register('partner')}>
          {eligible.map((c) => (
            <option key={c.partnerId} value={c.partnerId}>
              {c.name} ({levelName(c.accessLevel)})
            </option>
          ))}
          <option value={NEW_PARTNER}>A new partner of my own</option>
        </Select>
      )}
      {blocked.length > 0 && (
        <ul className="space-y-1 text-xs text-gray-600" data-testid="join-blocked-partners">
          {blocked.map((c) => (
            <li key={c.partnerId}>
              <strong>{c.name}</strong>:{' '}
              {c.canApply ? c.unavailableReason : `as a ${levelName(c.accessLevel)} member you cannot apply for it; only its Owners and Admins can. You can apply for a new partner of your own.`}
            </li>
          ))}
        </ul>
      )}
      {partner === NEW_PARTNER && (
        <Field label="Company name" required hint="The organisation you represent. You become the Owner of its partner account." error={errors.companyName?.message} {...register('companyName')} />
      )}
      {form && (
        <div className="space-y-4 border-t border-gray-200 pt-4">
          {form.title && <h2 className="text-base font-semibold text-gray-900">{form.title}</h2>}
          <FormDescription description={form.description} companyName={applicantCompany} />
          {questions.map((q) => (
            <QuestionInput key={q.id} question={q} name={`answers.${q.id}` as Path<Values>} control={control} error={errors.answers?.[q.id]?.message} />
          ))}
        </div>
      )}
      {errors.root?.message && (
        <div data-testid="join-error">
          <ErrorNotice title={form ? 'Your application was not sent.' : 'You could not join.'}>{errors.root.message}</ErrorNotice>
        </div>
      )}
      <Button type="submit" busy={formState.isSubmitting} className="w-full">
        {form ? 'Send application' : 'Join the program'}
      </Button>
    </form>
  );
}
