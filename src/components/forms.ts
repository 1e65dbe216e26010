import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { emailShape } from '@/shapes/people';

/** The server's email shape, with a message that says which email is missing when the input is empty. */
export const requiredEmail = (missing: string) => z.string().trim().min(1, missing).pipe(emailShape);

export interface UserErrorLike {
  field: readonly string[];
  message: string;
}

/**
 * Puts a mutation's userErrors next to the inputs they name; errors for fields the form does not
 * show go to the form's root error. Returns whether there were any.
 */
export function applyUserErrors<T extends FieldValues>(errors: readonly UserErrorLike[], setError: UseFormSetError<T>, fields: readonly Path<T>[]): boolean {
  for (const error of errors) {
    const name = error.field.join('.') as Path<T>;
    if (fields.includes(name)) setError(name, { type: 'server', message: error.message }, { shouldFocus: true });
    else setError('root', { type: 'server', message: error.message });
  }
  return errors.length > 0;
}
