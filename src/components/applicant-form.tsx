'use client';

import type { Control, FieldValues, Path } from 'react-hook-form';
import type { ApplicantQuestion } from '@/shapes/application-form';
import { renderFormDescription } from '@/shapes/form-description';
import { CustomFieldInput } from './custom-field-input';

/**
 * How an application form looks to the applicant: the join page uses it, and the form editor's
 * preview shows the very same thing.
 */

/** A form's description: Markdown rendered to HTML that can hold only paragraphs, emphasis, links and lists (see form-description.ts). */
export function FormDescription({ description, companyName }: { description: string | null | undefined; companyName: string }) {
  if (!description) return null;
  return (
    <div
      className="space-y-2 text-sm text-gray-700 [&_a]:font-medium [&_a]:text-brand-600 [&_a]:underline [&_ul]:list-disc [&_ul]:pl-5"
      data-testid="form-description"
      // Safe by construction: markdown-it with raw HTML off escapes everything but the allowed markup.
      dangerouslySetInnerHTML={{ __html: renderFormDescription(description, companyName) }}
    />
  );
}

/**
 * One question's input: the same CustomFieldInput the program's own forms use, so every type looks
 * and validates alike wherever it is asked.
 */
export function QuestionInput<T extends FieldValues>({ question: q, name, control, error }: { question: ApplicantQuestion; name: Path<T>; control: Control<T>; error?: string }) {
  return (
    <CustomFieldInput
      definition={{ id: q.id, key: q.id, label: q.label, helpText: q.helpText ?? null, type: q.type, options: q.options, required: q.required }}
      error={error}
      control={control}
      {...control.register(name)}
    />
  );
}
