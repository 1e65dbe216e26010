'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { graphql } from '@/gql';
import type { CustomFieldType } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { ErrorNotice, Notice } from '@/components/ui/feedback';
import { CustomFieldInput } from '@/components/custom-field-input';
import { useFormMutation } from '@/components/use-form-mutation';
import { reviewerAnswersFormShape } from '@/shapes/applications';

const UpdateReviewerAnswersMutation = graphql(`
  mutation UpdateApplicationReviewerAnswers($input: UpdateApplicationReviewerAnswersInput!) {
    updateApplicationReviewerAnswers(input: $input) {
      application {
        id
        answers {
          questionId
          value
          missing
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface HiddenQuestion {
  questionId: string;
  label: string;
  helpText?: string | null;
  type: string;
  options: string[];
  value?: string | null;
}

type Values = z.infer<typeof reviewerAnswersFormShape>;

/** The types CustomFieldInput renders specially; the others (long text, URL, country…) are a text box, checked by the server. */
const INPUT_TYPES: readonly string[] = ['TEXT', 'NUMBER', 'SELECT', 'BOOLEAN', 'DATE'];

/** Reviewers' answers to the form's hidden questions: the applicant never sees these. */
export function ReviewerAnswersForm({ applicationId, questions }: { applicationId: string; questions: HiddenQuestion[] }) {
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<Values>({ resolver: zodResolver(reviewerAnswersFormShape), defaultValues: { answers: questions.map((q) => ({ value: q.value ?? '' })) } });
  const [update] = useFormMutation(UpdateReviewerAnswersMutation, (d) => d.updateApplicationReviewerAnswers, {
    setError,
    fields: questions.map((_, i) => `answers.${i}.value` as const),
    // A question id that is not hidden any more is the form's problem, shown above the button.
    fieldFor: (path) => (path[0] === 'answers' && path[2] === 'value' ? path.join('.') : 'root'),
  });
  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    const payload = await update({ input: { applicationId, answers: questions.map((q, i) => ({ questionId: q.questionId, value: values.answers[i]?.value || null })) } });
    if (!payload) return;
    reset(values);
    setSaved(true);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reviewer answers">
      {questions.map((q, i) => (
        <div key={q.questionId}>
          <CustomFieldInput
            definition={{ id: q.questionId, key: q.questionId, label: q.label, type: (INPUT_TYPES.includes(q.type) ? q.type : 'TEXT') as CustomFieldType, options: q.options, required: false }}
            error={errors.answers?.[i]?.value?.message}
            {...register(`answers.${i}.value`)}
          />
          {q.helpText && <p className="mt-1 text-xs text-gray-500">{q.helpText}</p>}
          {q.type === 'MULTI_SELECT' && <p className="mt-1 text-xs text-gray-500">Give the choices as a list, e.g. [&quot;{q.options[0] ?? 'A'}&quot;].</p>}
        </div>
      ))}
      {errors.root?.message && <ErrorNotice title="The answers were not saved.">{errors.root.message}</ErrorNotice>}
      {saved && !isDirty && <Notice>Reviewer answers saved.</Notice>}
      <Button type="submit" variant="secondary" busy={isSubmitting}>
        Save reviewer answers
      </Button>
    </form>
  );
}
