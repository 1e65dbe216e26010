'use client';

import { useId } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { ApplicantQuestion } from '@/shapes/application-form';
import { parseChoices } from '@/shapes/field-values';
import { COUNTRY_CHOICES } from '@/shapes/countries';
import { renderFormDescription } from '@/shapes/form-description';
import { Field } from './ui/field';
import { Select } from './ui/select';

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

const TEXT_INPUT: Partial<Record<ApplicantQuestion['type'], { type: string; inputMode?: 'decimal'; placeholder?: string }>> = {
  NUMBER: { type: 'text', inputMode: 'decimal' },
  CURRENCY: { type: 'text', inputMode: 'decimal', placeholder: 'e.g. 1250.50' },
  URL: { type: 'url', placeholder: 'https://' },
  DATE: { type: 'date' },
};

/**
 * One question's input, by its type. The value is always text, as the API takes it: "true"/"false"
 * for yes/no, YYYY-MM-DD for dates, an ISO code for countries, a JSON list for multiple choice.
 */
export function QuestionInput<T extends FieldValues>({ question: q, name, control, error }: { question: ApplicantQuestion; name: Path<T>; control: Control<T>; error?: string }) {
  const id = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => {
        const value = typeof field.value === 'string' ? field.value : '';
        const common = { label: q.label, required: q.required, error, hint: q.helpText ?? undefined, name: field.name, onBlur: field.onBlur };
        if (q.type === 'BOOLEAN' || q.type === 'SELECT' || q.type === 'COUNTRY') {
          return (
            <Select {...common} ref={field.ref} value={value} onChange={(e) => field.onChange(e.target.value)}>
              <option value="">—</option>
              {q.type === 'BOOLEAN' && (
                <>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </>
              )}
              {q.type === 'SELECT' && q.options.map((o) => <option key={o}>{o}</option>)}
              {q.type === 'COUNTRY' &&
                COUNTRY_CHOICES.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </Select>
          );
        }
        if (q.type === 'MULTI_SELECT') {
          const chosen = parseChoices(value) ?? [];
          const toggle = (option: string, on: boolean) => field.onChange(JSON.stringify(on ? [...chosen, option] : chosen.filter((c) => c !== option)));
          return (
            <fieldset aria-describedby={error ? `${id}-error` : q.helpText ? `${id}-hint` : undefined} aria-invalid={error ? true : undefined}>
              <legend className="text-sm font-medium text-gray-800">
                {q.label}
                {q.required && <span aria-hidden="true" className="text-red-600"> *</span>}
              </legend>
              <div className="mt-1 space-y-1">
                {q.options.map((option, i) => (
                  <label key={option} className="flex items-center gap-2 text-sm text-gray-700">
                    <input
                      type="checkbox"
                      ref={i === 0 ? field.ref : undefined}
                      className="h-4 w-4 rounded border-gray-300 text-brand-600 focus:ring-brand-600"
                      checked={chosen.includes(option)}
                      onChange={(e) => toggle(option, e.target.checked)}
                      onBlur={field.onBlur}
                    />
                    {option}
                  </label>
                ))}
              </div>
              {q.helpText && !error && (
                <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
                  {q.helpText}
                </p>
              )}
              {error && (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
                  {error}
                </p>
              )}
            </fieldset>
          );
        }
        if (q.type === 'LONG_TEXT') {
          return (
            <div>
              <label htmlFor={id} className="block text-sm font-medium text-gray-800">
                {q.label}
                {q.required && <span aria-hidden="true" className="text-red-600"> *</span>}
              </label>
              <textarea
                id={id}
                rows={4}
                ref={field.ref}
                name={field.name}
                value={value}
                onChange={(e) => field.onChange(e.target.value)}
                onBlur={field.onBlur}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : q.helpText ? `${id}-hint` : undefined}
                className={`mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset ${error ? 'ring-red-500' : 'ring-gray-300 focus:ring-brand-600'}`}
              />
              {q.helpText && !error && (
                <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
                  {q.helpText}
                </p>
              )}
              {error && (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        }
        return <Field {...common} {...TEXT_INPUT[q.type]} ref={field.ref} value={value} onChange={(e) => field.onChange(e.target.value)} />;
      }}
    />
  );
}
