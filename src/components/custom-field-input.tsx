import { forwardRef, useId, useRef, useState, type ChangeEventHandler, type FocusEventHandler, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useController, type Control } from 'react-hook-form';
import { graphql } from '@/gql';
import type { CustomFieldInputDefinitionFragment } from '@/gql/graphql';
import { COUNTRY_CHOICES, countryName } from '@/shapes/countries';
import { Field } from './ui/field';
import { Select } from './ui/select';

/** What a custom-field input needs to know about its definition; spread it into the query that lists the definitions. */
export const CustomFieldInputDefinition = graphql(`
  fragment CustomFieldInputDefinition on CustomFieldDefinition {
    id
    key
    label
    helpText
    type
    options
    required
  }
`);

type Control_ = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface CustomFieldInputProps {
  definition: CustomFieldInputDefinitionFragment;
  error?: string;
  /** react-hook-form's register(...) result: the value is always text, as the API takes it. */
  name: string;
  onChange: ChangeEventHandler<Control_>;
  onBlur: FocusEventHandler<Control_>;
  disabled?: boolean;
  /**
   * The form's `control`: multiple-choice fields need it so their checkboxes follow the form's
   * value (after a reset too). Without it they start from the registered default value.
   */
  control?: unknown;
}

/**
 * The one input for a program's custom field, by its type, with the field's help text under it.
 * Every value travels as text, as the API takes it: "true"/"false" for yes/no, YYYY-MM-DD for
 * dates, an ISO code for countries, and a JSON list (`["A","B"]`) for multiple choice.
 */
export const CustomFieldInput = forwardRef<Control_, CustomFieldInputProps>(function CustomFieldInput({ definition: d, error, control, ...registration }, ref) {
  const hint = d.helpText || undefined;
  switch (d.type) {
    case 'SELECT':
    case 'BOOLEAN':
    case 'COUNTRY':
      return (
        <Select label={d.label} hint={hint} required={d.required} error={error} ref={ref as Ref<HTMLSelectElement>} {...registration}>
          <option value="">{d.type === 'COUNTRY' ? 'Choose a country' : '—'}</option>
          {d.type === 'SELECT' && d.options.map((o) => <option key={o}>{o}</option>)}
          {d.type === 'BOOLEAN' && (
            <>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </>
          )}
          {d.type === 'COUNTRY' &&
            COUNTRY_CHOICES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
        </Select>
      );
    case 'MULTI_SELECT':
      return control ? (
        <ControlledChoices definition={d} hint={hint} error={error} name={registration.name} control={control as Control} disabled={registration.disabled} />
      ) : (
        <RegisteredChoices definition={d} hint={hint} error={error} registration={registration} registerRef={ref as Ref<HTMLInputElement>} />
      );
    case 'LONG_TEXT':
      return <TextArea label={d.label} hint={hint} required={d.required} error={error} rows={4} ref={ref as Ref<HTMLTextAreaElement>} {...registration} />;
    default: {
      const input = INPUT_BY_TYPE[d.type] ?? INPUT_BY_TYPE.TEXT!;
      return <Field label={d.label} hint={hint} required={d.required} error={error} {...input} ref={ref as Ref<HTMLInputElement>} {...registration} />;
    }
  }
});

const INPUT_BY_TYPE: Partial<Record<CustomFieldInputDefinitionFragment['type'], Partial<React.InputHTMLAttributes<HTMLInputElement>>>> = {
  TEXT: { type: 'text', maxLength: 500 },
  REGION: { type: 'text', maxLength: 500, autoComplete: 'address-level1' },
  NUMBER: { type: 'number', step: 'any' },
  // Two decimals, as the server takes them.
  CURRENCY: { type: 'number', step: '0.01', inputMode: 'decimal' },
  URL: { type: 'url', placeholder: 'https://', inputMode: 'url' },
  DATE: { type: 'date' },
};

/** A multiple-choice value as the list it holds (the API's JSON list text). */
export function parseChoiceList(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The chosen options in the field's order, as the API's text; none chosen clears the value. */
function choiceListText(options: readonly string[], chosen: ReadonlySet<string>): string {
  const list = options.filter((o) => chosen.has(o));
  return list.length ? JSON.stringify(list) : '';
}

function ChoiceBoxes({
  definition: d,
  hint,
  error,
  chosen,
  onToggle,
  firstRef,
  disabled,
  children,
}: {
  definition: CustomFieldInputDefinitionFragment;
  hint?: string;
  error?: string;
  chosen: ReadonlySet<string>;
  onToggle: (option: string, checked: boolean) => void;
  firstRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && !error ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-gray-800">
        {d.label}
        {d.required && <span aria-hidden="true" className="text-red-600"> *</span>}
        {d.required && <span className="sr-only"> (required)</span>}
      </legend>
      {children}
      <div className="mt-1 space-y-1">
        {d.options.map((option, index) => (
          <label key={option} className="flex items-center gap-2 text-sm text-gray-800">
            <input
              type="checkbox"
              ref={index === 0 ? firstRef : undefined}
              className="h-4 w-4 rounded border-gray-300 text-brand-600 focus:ring-brand-600"
              checked={chosen.has(option)}
              disabled={disabled}
              onChange={(e) => onToggle(option, e.target.checked)}
            />
            {option}
          </label>
        ))}
      </div>
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
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

function ControlledChoices({ definition, hint, error, name, control, disabled }: { definition: CustomFieldInputDefinitionFragment; hint?: string; error?: string; name: string; control: Control; disabled?: boolean }) {
  const { field } = useController({ name, control });
  const chosen = new Set(parseChoiceList(field.value));
  return (
    <ChoiceBoxes
      definition={definition}
      hint={hint}
      error={error}
      chosen={chosen}
      disabled={disabled}
      firstRef={field.ref}
      onToggle={(option, checked) => {
        const next = new Set(chosen);
        if (checked) next.add(option);
        else next.delete(option);
        field.onChange(choiceListText(definition.options, next));
        field.onBlur();
      }}
    />
  );
}

/** Without the form's control: a registered hidden input carries the text, read once when react-hook-form fills it. */
function RegisteredChoices({
  definition,
  hint,
  error,
  registration,
  registerRef,
}: {
  definition: CustomFieldInputDefinitionFragment;
  hint?: string;
  error?: string;
  registration: Pick<CustomFieldInputProps, 'name' | 'onChange' | 'onBlur' | 'disabled'>;
  registerRef: Ref<HTMLInputElement>;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const hidden = useRef<HTMLInputElement | null>(null);
  const attach = (el: HTMLInputElement | null) => {
    if (typeof registerRef === 'function') registerRef(el);
    if (el && el !== hidden.current) {
      hidden.current = el;
      setChosen(new Set(parseChoiceList(el.value)));
    }
  };
  return (
    <ChoiceBoxes
      definition={definition}
      hint={hint}
      error={error}
      chosen={chosen}
      disabled={registration.disabled}
      onToggle={(option, checked) => {
        const next = new Set(chosen);
        if (checked) next.add(option);
        else next.delete(option);
        setChosen(next);
        const input = hidden.current;
        if (input) {
          input.value = choiceListText(definition.options, next);
          registration.onChange({ target: input, type: 'change' } as unknown as React.ChangeEvent<HTMLInputElement>);
        }
      }}
    >
      <input type="hidden" name={registration.name} ref={attach} onBlur={registration.onBlur} />
    </ChoiceBoxes>
  );
}

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: ReactNode;
  error?: string;
}

const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ label, hint, error, id, ...props }, ref) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [hint && !error ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-gray-800">
        {label}
        {props.required && <span aria-hidden="true" className="text-red-600"> *</span>}
      </label>
      <textarea
        ref={ref}
        id={inputId}
        maxLength={5000}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset ${
          error ? 'ring-red-500 focus:ring-red-600' : 'ring-gray-300 focus:ring-brand-600'
        }`}
        {...props}
      />
      {hint && !error && (
        <p id={`${inputId}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
});

/** A stored value as a person reads it: Yes/No, a country's name, a list joined with commas, an amount with two decimals. */
export function formatFieldValue(type: CustomFieldInputDefinitionFragment['type'], value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  switch (type) {
    case 'BOOLEAN':
      return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value;
    case 'COUNTRY':
      return countryName(value);
    case 'MULTI_SELECT': {
      const list = parseChoiceList(value);
      return list.length ? list.join(', ') : value;
    }
    case 'CURRENCY': {
      const n = Number(value);
      return Number.isFinite(n) ? n.toFixed(2) : value;
    }
    default:
      return value;
  }
}

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
