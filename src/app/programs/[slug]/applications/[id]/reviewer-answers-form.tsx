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
  type: CustomFieldType;
  options: string[];
  value?: string | null;
}

type Values = z.infer<typeof reviewerAnswersFormShape>;

/** Reviewers' answers to the form's hidden questions: the applicant never sees these. */
export function ReviewerAnswersForm({ applicationId, questions }: { applicationId: string; questions: HiddenQuestion[] }) {
  const [saved, setSaved] = useState(false);
  const {
    register,
    control,
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
            definition={{ id: q.questionId, key: q.questionId, label: q.label, helpText: q.helpText ?? null, type: q.type, options: q.options, required: false }}
            control={control}
            error={errors.answers?.[i]?.value?.message}
            {...register(`answers.${i}.value`)}
          />
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
