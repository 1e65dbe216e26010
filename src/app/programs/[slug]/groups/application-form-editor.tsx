'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { useQuery } from '@apollo/client/react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '@/gql';
import type { ApplicationFormEditorFieldsFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Badge, Card, ErrorNotice, Notice, PageHeader } from '@/components/ui/feedback';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryState } from '@/components/ui/query-state';
import { FormDescription, QuestionInput } from '@/components/applicant-form';
import { useFormMutation, useMutationOutcome } from '@/components/use-form-mutation';
import {
  MAX_QUESTIONS,
  QUESTION_TYPES,
  SAMPLE_COMPANY_NAME,
  applicantQuestions,
  applicationQuestionInput,
  formDescription,
  formTitle,
  isChoiceType,
  questionHelpText,
  type QuestionType,
  type QuestionVisibility,
} from '@/shapes/application-form';

export const ApplicationFormEditorFields = graphql(`
  fragment ApplicationFormEditorFields on ApplicationForm {
    enabled
    title
    description
    questions {
      id
      fieldKey
      label
      helpText
      type
      options
      visibility
      fieldArchived
    }
    fieldChoices {
      key
      label
      helpText
      type
      options
    }
  }
`);

const ApplicationFormQuery = graphql(`
  query GroupApplicationForm($groupId: ID!) {
    applicationForm(groupId: $groupId) {
      group {
        id
        name
      }
      ...ApplicationFormEditorFields
    }
  }
`);

// The groups a form can be copied from (a separate, shallow query: the form itself is deep enough).
const CopySourcesQuery = graphql(`
  query ApplicationFormCopySources($slug: String!) {
    program(slug: $slug) {
      id
      groups(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

const UpdateApplicationFormMutation = graphql(`
  mutation UpdateApplicationForm($input: UpdateApplicationFormInput!) {
    updateApplicationForm(input: $input) {
      group {
        id
        applicationFormEnabled
        applicationForm {
          ...ApplicationFormEditorFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CopyApplicationFormMutation = graphql(`
  mutation CopyApplicationForm($input: CopyApplicationFormInput!) {
    copyApplicationForm(input: $input) {
      group {
        id
        applicationForm {
          ...ApplicationFormEditorFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const TYPE_LABELS: Record<QuestionType, string> = {
  TEXT: 'Short text',
  LONG_TEXT: 'Long text',
  NUMBER: 'Number',
  URL: 'Web address',
  CURRENCY: 'Amount',
  DATE: 'Date',
  BOOLEAN: 'Yes / no',
  SELECT: 'Single choice',
  MULTI_SELECT: 'Multiple choice',
  COUNTRY: 'Country',
  REGION: 'Region',
};

const VISIBILITY_LABELS: Record<QuestionVisibility, string> = {
  REQUIRED: 'Required',
  OPTIONAL: 'Optional',
  HIDDEN: 'Hidden (reviewers only)',
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

// The server's question shape over the editor's inputs (choices typed one per line).
const editorQuestion = z
  .object({
    id: z.string().nullable(),
    fieldKey: z.string().nullable(),
    label: z.string(),
    helpText: questionHelpText,
    type: z.enum(QUESTION_TYPES),
    optionsText: z.string(),
    visibility: z.enum(['REQUIRED', 'OPTIONAL', 'HIDDEN']),
    fieldArchived: z.boolean(),
  })
  .superRefine((q, ctx) => {
    if (q.fieldArchived) ctx.addIssue({ code: 'custom', path: ['fieldKey'], message: 'This custom field was archived: remove the question.' });
    const parsed = applicationQuestionInput.safeParse({ ...q, options: q.fieldKey ? [] : lines(q.optionsText) });
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      ctx.addIssue({ code: 'custom', path: [head === 'options' ? 'optionsText' : head, ...rest], message: issue.message });
    }
  });

const editorShape = z.object({
  enabled: z.boolean(),
  title: formTitle,
  description: formDescription,
  questions: z.array(editorQuestion).max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`),
});
type EditorValues = z.input<typeof editorShape>;
type EditorQuestion = EditorValues['questions'][number];

function toValues(form: ApplicationFormEditorFieldsFragment): EditorValues {
  return {
    enabled: form.enabled,
    title: form.title ?? '',
    description: form.description ?? '',
    questions: form.questions.map((q) => ({
      id: q.id,
      fieldKey: q.fieldKey ?? null,
      label: q.label,
      helpText: q.helpText ?? '',
      type: q.type,
      optionsText: q.options.join('\n'),
      visibility: q.visibility,
      fieldArchived: q.fieldArchived,
    })),
  };
}

const questionLabel = (q: Pick<EditorQuestion, 'label'>, i: number) => q.label.trim() || `Question ${i + 1}`;

export function ApplicationFormEditor({ slug, groupId }: { slug: string; groupId: string }) {
  const { data, loading, error, refetch } = useQuery(ApplicationFormQuery, { variables: { groupId } });
  const sources = useQuery(CopySourcesQuery, { variables: { slug } });
  const form = data?.applicationForm;
  const otherGroups = (sources.data?.program?.groups.edges ?? []).map((e) => e.node).filter((g) => g.id !== groupId);
  return (
    <>
      <PageHeader
        title={form ? `Application form of ${form.group.name}` : 'Application form'}
        description="When the form is on, people who follow the group's join link answer it and a program manager approves or declines their application. Hidden questions are for reviewers only: applicants never see them."
        actions={
          <Link href={`/programs/${slug}/groups`} className="text-sm font-semibold text-brand-600 hover:underline">
            Back to groups
          </Link>
        }
      />
      <QueryState
        data={form}
        loading={loading}
        error={error}
        errorTitle="The form could not be loaded."
        onRetry={() => void refetch()}
        loadingLabel="Loading the form…"
      >
        {(loaded) => <EditorForm groupId={groupId} form={loaded} otherGroups={otherGroups} />}
      </QueryState>
    </>
  );
}

function EditorForm({ groupId, form, otherGroups }: { groupId: string; form: ApplicationFormEditorFieldsFragment; otherGroups: { id: string; name: string }[] }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [showPreview, setShowPreview] = useState(false);
  const [chosenCopy, setCopyFrom] = useState('');
  // The groups load on their own; until one is chosen, the first is.
  const copyFrom = chosenCopy || otherGroups[0]?.id || '';
  const [confirmCopy, setConfirmCopy] = useState(false);
  const [copyError, setCopyError] = useState<string | null>(null);
  const [fieldToAdd, setFieldToAdd] = useState('');
  const { control, register, handleSubmit, setError, reset, formState } = useForm<EditorValues>({ resolver: zodResolver(editorShape), defaultValues: toValues(form) });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions', keyName: 'key' });
  const values = useWatch({ control });
  const fieldPaths = useMemo(
    () => ['title', 'description', ...fields.flatMap((_, i) => ['label', 'helpText', 'type', 'optionsText', 'fieldKey', 'visibility'].map((f) => `questions.${i}.${f}`))] as never[],
    [fields],
  );
  const [save] = useFormMutation(UpdateApplicationFormMutation, (d) => d.updateApplicationForm, {
    setError,
    fields: fieldPaths,
    fieldFor: (path) => (path[0] === 'questions' && path[2] === 'options' ? `questions.${path[1]}.optionsText` : path.join('.')),
  });
  const [copy, { loading: copying }] = useMutationOutcome(CopyApplicationFormMutation, (d) => d.copyApplicationForm);

  const usedKeys = new Set((values.questions ?? []).map((q) => q?.fieldKey).filter(Boolean));
  const addableFields = form.fieldChoices.filter((f) => !usedKeys.has(f.key));

  const onSubmit = handleSubmit(async (v) => {
    setNotice(null);
    const payload = await save({
      input: {
        groupId,
        enabled: v.enabled,
        title: v.title,
        description: v.description,
        questions: v.questions.map((q) =>
          q.fieldKey
            ? { id: q.id, fieldKey: q.fieldKey, visibility: q.visibility }
            : { id: q.id, label: q.label, helpText: q.helpText, type: q.type, options: isChoiceType(q.type) ? lines(q.optionsText) : [], visibility: q.visibility },
        ),
      },
    });
    if (!payload?.group) return;
    // New questions got their ids: the next save must send them.
    reset(toValues(payload.group.applicationForm));
    setNotice(v.enabled ? 'Form saved. People who follow the join link now answer it; pending applications keep the answers they gave.' : 'Form saved. It is off: people who follow the join link join at once.');
  });

  const previewQuestions = applicantQuestions(
    (values.questions ?? [])
      .filter((q): q is EditorQuestion => Boolean(q) && !q?.fieldArchived)
      .map((q, i) => ({
        id: q.id ?? `new-${i}`,
        fieldKey: q.fieldKey,
        label: questionLabel(q, i),
        helpText: q.helpText || null,
        type: q.type,
        options: lines(q.optionsText ?? ''),
        visibility: q.visibility,
      })),
  );

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <form onSubmit={onSubmit} noValidate aria-label="Application form" className="space-y-4">
        {notice && <Notice>{notice}</Notice>}
        <Card className="space-y-4 p-5">
          <Checkbox label="Application form on" hint="Off: people who follow the join link join the group at once and get its welcome email." {...register('enabled')} />
          <Field label="Title" placeholder="e.g. Apply to our partner program" error={formState.errors.title?.message} {...register('title')} />
          <div>
            <label htmlFor="form-description" className="block text-sm font-medium text-gray-800">
              Description
            </label>
            <textarea
              id="form-description"
              rows={5}
              aria-describedby="form-description-hint"
              aria-invalid={formState.errors.description ? true : undefined}
              className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
              {...register('description')}
            />
            <p id="form-description-hint" className="mt-1 text-xs text-gray-500">
              Blank lines make paragraphs; **bold**, *italic*, [a link](https://example.com) and lines starting with “- ” for a bullet list. {'{company_name}'} is replaced by the applicant’s company.
            </p>
            {formState.errors.description?.message && <p className="mt-1 text-sm text-red-600">{formState.errors.description.message}</p>}
          </div>
        </Card>

        <Card className="p-5">
          <h2 className="text-base font-semibold text-gray-900">Questions</h2>
          {fields.length === 0 && <p className="mt-2 text-sm text-gray-600">No questions yet: applicants give only their company name.</p>}
          <ol className="mt-3 space-y-3" data-testid="form-questions">
            {fields.map((item, i) => (
              <QuestionEditor
                key={item.key}
                index={i}
                count={fields.length}
                control={control}
                register={register}
                errors={formState.errors}
                onMove={(to) => move(i, to)}
                onRemove={() => remove(i)}
              />
            ))}
          </ol>
          {formState.errors.questions?.message && <p className="mt-2 text-sm text-red-600">{formState.errors.questions.message}</p>}
          <div className="mt-4 flex flex-wrap items-end gap-3 border-t border-gray-100 pt-4">
            <Button
              variant="secondary"
              onClick={() => append({ id: null, fieldKey: null, label: '', helpText: '', type: 'TEXT', optionsText: '', visibility: 'OPTIONAL', fieldArchived: false })}
            >
              Add a question of your own
            </Button>
            {addableFields.length > 0 && (
              <>
                <Select label="Custom field (its answer becomes the partnership's value on approval)" value={fieldToAdd} onChange={(e) => setFieldToAdd(e.target.value)}>
                  <option value="">Choose a field…</option>
                  {addableFields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label} ({TYPE_LABELS[f.type]})
                    </option>
                  ))}
                </Select>
                <Button
                  variant="secondary"
                  disabled={!fieldToAdd}
                  onClick={() => {
                    const f = form.fieldChoices.find((c) => c.key === fieldToAdd);
                    if (!f) return;
                    append({ id: null, fieldKey: f.key, label: f.label, helpText: f.helpText ?? '', type: f.type, optionsText: f.options.join('\n'), visibility: 'OPTIONAL', fieldArchived: false });
                    setFieldToAdd('');
                  }}
                >
                  Add field
                </Button>
              </>
            )}
          </div>
        </Card>

        {formState.errors.root?.message && <ErrorNotice title="The form was not saved.">{formState.errors.root.message}</ErrorNotice>}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" busy={formState.isSubmitting}>
            Save form
          </Button>
          <Button variant="secondary" aria-expanded={showPreview} aria-controls="form-preview" onClick={() => setShowPreview(!showPreview)}>
            {showPreview ? 'Hide preview' : 'Preview'}
          </Button>
        </div>
      </form>

      <div className="space-y-4">
        {otherGroups.length > 0 && (
          <Card className="space-y-3 p-5">
            <h2 className="text-base font-semibold text-gray-900">Start from another group’s form</h2>
            <Select label="Group" value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
              {otherGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </Select>
            {copyError && <ErrorNotice title="The form was not copied.">{copyError}</ErrorNotice>}
            <Button variant="secondary" busy={copying} disabled={!copyFrom} onClick={() => setConfirmCopy(true)}>
              Copy its form
            </Button>
          </Card>
        )}
        {showPreview && (
          <Card className="p-5">
            <section id="form-preview" aria-label="Preview of the form" data-testid="form-preview" className="space-y-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-gray-500">Preview: what applicants see</p>
              {values.title && <h2 className="text-base font-semibold text-gray-900">{values.title}</h2>}
              <FormDescription description={values.description} companyName={SAMPLE_COMPANY_NAME} />
              <PreviewQuestions questions={previewQuestions} />
            </section>
          </Card>
        )}
      </div>

      <ConfirmDialog
        open={confirmCopy}
        title="Replace this form with a copy?"
        confirmLabel="Copy form"
        busy={copying}
        onCancel={() => setConfirmCopy(false)}
        onConfirm={async () => {
          setConfirmCopy(false);
          setCopyError(null);
          const outcome = await copy({ input: { groupId, fromGroupId: copyFrom } });
          if (!outcome.ok) setCopyError(outcome.message);
          else if (outcome.payload.group) {
            reset(toValues(outcome.payload.group.applicationForm));
            setNotice(`Copied the form of ${otherGroups.find((g) => g.id === copyFrom)?.name}. Review it and save; whether the form is on did not change.`);
          }
        }}
      >
        The title, description and questions of {otherGroups.find((g) => g.id === copyFrom)?.name ?? 'that group'} replace this form’s, and unsaved changes here are lost. Pending applications keep their answers.
      </ConfirmDialog>
    </div>
  );
}

/** The applicant's inputs, live: a manager can try them (nothing is sent). */
function PreviewQuestions({ questions }: { questions: ReturnType<typeof applicantQuestions> }) {
  const { control } = useForm<{ answers: Record<string, string> }>({ defaultValues: { answers: {} } });
  if (questions.length === 0) return <p className="text-sm text-gray-600">Applicants give their company name and send.</p>;
  return (
    <div className="space-y-4">
      {questions.map((q) => (
        <QuestionInput key={q.id} question={q} name={`answers.${q.id}`} control={control} />
      ))}
    </div>
  );
}

function QuestionEditor({
  index: i,
  count,
  control,
  register,
  errors,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  control: Control<EditorValues>;
  register: UseFormRegister<EditorValues>;
  errors: FieldErrors<EditorValues>;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const q = useWatch({ control, name: `questions.${i}` });
  const e = errors.questions?.[i];
  const name = questionLabel(q, i);
  return (
    <li className="rounded-md border border-gray-200 p-4" data-testid="form-question">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-gray-900">
          {i + 1}. {name}
        </span>
        {q.fieldKey ? <Badge tone="brand">Custom field: {q.fieldKey}</Badge> : <Badge>Own question</Badge>}
        {q.visibility === 'HIDDEN' && <Badge tone="amber">Reviewers only</Badge>}
        <div className="ml-auto flex gap-1">
          <Button variant="ghost" disabled={i === 0} aria-label={`Move “${name}” up`} onClick={() => onMove(i - 1)}>
            ↑
          </Button>
          <Button variant="ghost" disabled={i === count - 1} aria-label={`Move “${name}” down`} onClick={() => onMove(i + 1)}>
            ↓
          </Button>
          <Button variant="ghost" aria-label={`Remove “${name}”`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {e?.fieldKey?.message && <p className="mt-1 text-sm text-red-600">{e.fieldKey.message}</p>}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {q.fieldKey ? (
          <p className="text-sm text-gray-600 sm:col-span-2">
            {TYPE_LABELS[q.type]}
            {q.optionsText && `: ${lines(q.optionsText).join(', ')}`}. Its label, help text and choices follow the custom field.
          </p>
        ) : (
          <>
            <Field label="Question" required className="sm:col-span-2" error={e?.label?.message} {...register(`questions.${i}.label`)} />
            <Field label="Help text" className="sm:col-span-2" error={e?.helpText?.message} {...register(`questions.${i}.helpText`)} />
            <Select label="Kind of answer" error={e?.type?.message} {...register(`questions.${i}.type`)}>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
          </>
        )}
        <Select label="Visibility" error={e?.visibility?.message} {...register(`questions.${i}.visibility`)}>
          {(Object.keys(VISIBILITY_LABELS) as QuestionVisibility[]).map((v) => (
            <option key={v} value={v}>
              {VISIBILITY_LABELS[v]}
            </option>
          ))}
        </Select>
        {!q.fieldKey && isChoiceType(q.type) && (
          <div className="sm:col-span-2">
            <label htmlFor={`options-${i}`} className="block text-sm font-medium text-gray-800">
              Choices <span className="font-normal text-gray-500">(one per line)</span>
            </label>
            <textarea
              id={`options-${i}`}
              rows={3}
              aria-invalid={e?.optionsText ? true : undefined}
              className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-brand-600"
              {...register(`questions.${i}.optionsText`)}
            />
            {e?.optionsText?.message && <p className="mt-1 text-sm text-red-600">{e.optionsText.message}</p>}
          </div>
        )}
      </div>
    </li>
  );
}
