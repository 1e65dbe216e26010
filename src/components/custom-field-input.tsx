import { forwardRef, type ChangeEventHandler, type FocusEventHandler, type Ref } from 'react';
import { graphql } from '@/gql';
import type { CustomFieldInputDefinitionFragment } from '@/gql/graphql';
import { Field } from './ui/field';
import { Select } from './ui/select';

/** What a custom-field input needs to know about its definition; spread it into the query that lists the definitions. */
export const CustomFieldInputDefinition = graphql(`
  fragment CustomFieldInputDefinition on CustomFieldDefinition {
    id
    key
    label
    type
    options
    required
  }
`);

export interface CustomFieldInputProps {
  definition: CustomFieldInputDefinitionFragment;
  error?: string;
  /** react-hook-form's register(...) result: the value is always text, as the API takes it. */
  name: string;
  onChange: ChangeEventHandler<HTMLInputElement | HTMLSelectElement>;
  onBlur: FocusEventHandler<HTMLInputElement | HTMLSelectElement>;
  disabled?: boolean;
}

/**
 * The one input for a program's custom field, by its type: a list for SELECT and BOOLEAN (the API
 * takes "true"/"false"), a date picker for DATE (YYYY-MM-DD), a number for NUMBER, text otherwise.
 */
export const CustomFieldInput = forwardRef<HTMLInputElement | HTMLSelectElement, CustomFieldInputProps>(function CustomFieldInput({ definition: d, error, ...registration }, ref) {
  if (d.type === 'SELECT' || d.type === 'BOOLEAN') {
    return (
      <Select label={d.label} required={d.required} error={error} ref={ref as Ref<HTMLSelectElement>} {...registration}>
        <option value="">—</option>
        {d.type === 'SELECT' ? (
          d.options.map((o) => <option key={o}>{o}</option>)
        ) : (
          <>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </>
        )}
      </Select>
    );
  }
  return (
    <Field
      label={d.label}
      required={d.required}
      type={d.type === 'DATE' ? 'date' : d.type === 'NUMBER' ? 'number' : 'text'}
      step={d.type === 'NUMBER' ? 'any' : undefined}
      error={error}
      ref={ref as Ref<HTMLInputElement>}
      {...registration}
    />
  );
});

/**
 * Maps a userError path from the API (["customFields", "2"]: the third value sent, in definition
 * order) to the form field `${prefix}.${key}` that shows that field's input.
 */
export function customFieldErrorPath(definitions: readonly { key: string }[], prefix: string) {
  return (path: readonly string[]): string => {
    const def = path[0] === 'customFields' && path[1] !== undefined ? definitions[Number(path[1])] : undefined;
    return def ? `${prefix}.${def.key}` : path.join('.');
  };
}
