'use client';

import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { graphql } from '@/gql';
import type { CustomFieldEntity, CustomFieldSettingsRowFragment } from '@/gql/graphql';
import { Button } from '@/components/ui/button';
import { Checkbox, Field } from '@/components/ui/field';
import { ErrorNotice } from '@/components/ui/feedback';
import { Modal } from '@/components/ui/modal';
import { Select } from '@/components/ui/select';
import { useFormMutation } from '@/components/use-form-mutation';
import { CUSTOM_FIELD_TYPE_LABELS, CUSTOM_FIELD_TYPES, customFieldForm, isChoiceType, MAX_OPTIONS, type CustomFieldFormValues } from '@/shapes/custom-fields';

const CreateCustomFieldMutation = graphql(`
  mutation CreateCustomField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      customField {
        ...CustomFieldSettingsRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateCustomFieldMutation = graphql(`
  mutation UpdateCustomField($input: UpdateCustomFieldInput!) {
    updateCustomField(input: $input) {
      customField {
        ...CustomFieldSettingsRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FIELDS = ['key', 'label', 'helpText', 'type', 'options', 'required', ...Array.from({ length: MAX_OPTIONS }, (_, i) => `options.${i}.value` as const)] as const;

/** The API names an option by its index; the dialog shows it in the row's `value` input. */
const fieldFor = (path: readonly string[]) => (path[0] === 'options' && path[1] !== undefined ? `options.${path[1]}.value` : path.join('.'));

export const ENTITY_LABELS: Record<CustomFieldEntity, { one: string; title: string }> = {
  PARTNERSHIP: { one: 'partnership', title: 'Partnership fields' },
  MEMBER: { one: 'member', title: 'Member fields' },
};

/**
 * Create or edit one field. The key is chosen once (imports, the API and filters in shared links
 * use it); a type or options change that stored values would not fit comes back as an error on
 * that input, with how many partnerships or members hold such values.
 */
export function CustomFieldDialog({
  programId,
  entity,
  field,
  onClose,
  onSaved,
}: {
  programId: string;
  entity: CustomFieldEntity;
  /** Null: a new field. */
  field: CustomFieldSettingsRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { register, handleSubmit, setError, control, formState } = useForm<CustomFieldFormValues>({
    resolver: zodResolver(customFieldForm),
    defaultValues: {
      key: field?.key ?? '',
      label: field?.label ?? '',
      helpText: field?.helpText ?? '',
      type: field?.type ?? 'TEXT',
      options: (field?.options ?? []).map((value) => ({ value })),
      required: field?.required ?? false,
    },
  });
  const options = useFieldArray({ control, name: 'options' });
  const type = useWatch({ control, name: 'type' });
  const choice = isChoiceType(type);
  const target = { setError, fields: FIELDS, fieldFor };
  const [create] = useFormMutation(CreateCustomFieldMutation, (d) => d.createCustomField, target);
  const [update] = useFormMutation(UpdateCustomFieldMutation, (d) => d.updateCustomField, target);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    const common = { label: v.label, helpText: v.helpText, type: v.type, options: choice ? v.options.map((o) => o.value) : [], required: v.required };
    const payload = field ? await update({ input: { customFieldId: field.id, ...common } }) : await create({ input: { programId, entity, key: v.key, ...common } });
    if (payload?.customField) onSaved();
  });

  const optionsError = errors.options?.message ?? errors.options?.root?.message;
  return (
    <Modal
      open
      title={field ? `Edit ${field.label}` : `New ${ENTITY_LABELS[entity].one} field`}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="custom-field-form" busy={formState.isSubmitting}>
            {field ? 'Save field' : 'Create field'}
          </Button>
        </>
      }
    >
      <form id="custom-field-form" onSubmit={onSubmit} noValidate className="space-y-4">
        <Field label="Label" required maxLength={80} error={errors.label?.message} {...register('label')} />
        {field ? (
          <p className="text-sm text-gray-700">
            Key: <code>{field.key}</code> <span className="text-xs text-gray-500">(cannot be changed: the API, imports and the export use it)</span>
          </p>
        ) : (
          <Field
            label="Key"
            required
            spellCheck={false}
            autoComplete="off"
            hint="Lowercase letters, digits and underscores, e.g. partner_tier. It cannot be changed later."
            error={errors.key?.message}
            {...register('key')}
          />
        )}
        <Field label="Help text" maxLength={300} hint="Shown under the field’s input." error={errors.helpText?.message} {...register('helpText')} />
        <Select label="Type" required error={errors.type?.message} {...register('type')}>
          {CUSTOM_FIELD_TYPES.map((t) => (
            <option key={t} value={t}>
              {CUSTOM_FIELD_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
        {choice && (
          <fieldset aria-describedby="custom-field-options-hint">
            <legend className="text-sm font-medium text-gray-800">
              Options <span aria-hidden="true" className="text-red-600">*</span>
            </legend>
            <p id="custom-field-options-hint" className="text-xs text-gray-500">
              In the order people see them. An option that stored values use cannot be removed.
            </p>
            <ol className="mt-2 space-y-2">
              {options.fields.map((row, index) => (
                <li key={row.id} className="flex items-start gap-1">
                  <Field label={`Option ${index + 1}`} className="flex-1" maxLength={100} error={errors.options?.[index]?.value?.message} {...register(`options.${index}.value`)} />
                  <div className="mt-6 flex">
                    <Button variant="ghost" aria-label={`Move option ${index + 1} up`} disabled={index === 0} onClick={() => options.move(index, index - 1)}>
                      ↑
                    </Button>
                    <Button variant="ghost" aria-label={`Move option ${index + 1} down`} disabled={index === options.fields.length - 1} onClick={() => options.move(index, index + 1)}>
                      ↓
                    </Button>
                    <Button variant="ghost" aria-label={`Remove option ${index + 1}`} onClick={() => options.remove(index)}>
                      ✕
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
            {optionsError && (
              <p className="mt-1 text-sm text-red-600" data-testid="field-error">
                {optionsError}
              </p>
            )}
            <Button variant="secondary" className="mt-2" disabled={options.fields.length >= MAX_OPTIONS} onClick={() => options.append({ value: '' })}>
              Add an option
            </Button>
          </fieldset>
        )}
        {!choice && field && isChoiceType(field.type) && <p className="text-sm text-amber-700">Saving drops this field’s options; stored choices stay as text.</p>}
        <Checkbox label="Required" hint="Managers must fill it in when adding or editing; values already stored are not checked." {...register('required')} />
        {errors.root?.message && <ErrorNotice title="Not saved.">{errors.root.message}</ErrorNotice>}
      </form>
    </Modal>
  );
}
