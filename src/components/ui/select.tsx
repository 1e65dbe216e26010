import { forwardRef, useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: ReactNode;
  error?: string;
}

/**
 * A labelled native select with its hint and inline error.
 *
 * Native on purpose, not Radix Select: the browser's select already is an accessible combobox
 * (keyboard, typeahead, screen readers, the phone's own picker), and react-hook-form's `register`
 * binds to it directly. Radix Select would need a Controller in every form, and it server-renders
 * style attributes (its value span and hidden form select), which the production
 * Content-Security-Policy (style-src without 'unsafe-inline') refuses.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ label, hint, error, id, children, className = '', ...props }, ref) {
  const generated = useId();
  const selectId = id ?? generated;
  const describedBy = [hint && !error ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="block text-sm font-medium text-gray-800">
        {label}
        {props.required && <span aria-hidden="true" className="text-red-600"> *</span>}
      </label>
      <select
        ref={ref}
        id={selectId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-md border-0 bg-white px-3 py-2 text-sm shadow-sm ring-1 ring-inset focus:ring-2 focus:ring-inset ${
          error ? 'ring-red-500 focus:ring-red-600' : 'ring-gray-300 focus:ring-brand-600'
        }`}
        {...props}
      >
        {children}
      </select>
      {hint && !error && (
        <p id={`${selectId}-hint`} className="mt-1 text-xs text-gray-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${selectId}-error`} className="mt-1 text-sm text-red-600" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
});
