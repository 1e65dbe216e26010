'use client';

import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { graphql } from '@/gql';
import { applyUserErrors, type UserErrorLike } from './forms';

/** Every mutation payload asks for its userErrors with this selection. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);

interface Payload {
  userErrors: readonly UserErrorLike[];
}

/**
 * What a mutation came to: its payload, or one message a person can read (userErrors joined, or
 * the failure) with the payload that carried the userErrors, if any.
 */
export type MutationOutcome<P> =
  | { ok: true; payload: P }
  | { ok: false; message: string; userErrors: readonly UserErrorLike[]; payload: P | null; /** What was thrown, when the request itself failed. */ error?: unknown };

type Mutate<TData, TVariables> = (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;

/**
 * Runs a mutation and reads its payload with `pick`. Network and GraphQL errors become a failed
 * outcome like userErrors do, so callers handle one shape.
 */
export function useMutationOutcome<TData, TVariables extends Record<string, unknown>, P extends Payload>(
  document: TypedDocumentNode<TData, TVariables>,
  pick: (data: TData) => P | null | undefined,
) {
  const [mutateRaw, state] = useMutation(document);
  // Apollo types `mutate` by whether the variables are optional; every caller here passes them.
  const mutate = mutateRaw as unknown as Mutate<TData, TVariables>;
  const run = useCallback(
    async (variables: TVariables): Promise<MutationOutcome<P>> => {
      try {
        const { data } = await mutate({ variables });
        const payload = data ? pick(data) : null;
        if (!payload) return { ok: false, message: 'No answer came back. Try again.', userErrors: [], payload: null };
        if (payload.userErrors.length > 0) return { ok: false, message: payload.userErrors.map((e) => e.message).join(' '), userErrors: payload.userErrors, payload };
        return { ok: true, payload };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error), userErrors: [], payload: null, error };
      }
    },
    // `pick` is a selector written inline by callers; the document decides what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mutate],
  );
  return [run, state] as const;
}

export interface FormTarget<T extends FieldValues> {
  setError: UseFormSetError<T>;
  /** The inputs the form shows; userErrors for other fields go to the form's root error. */
  fields: readonly Path<T>[];
  /** Maps a userError's path in the input to the form field that shows it, when they differ. */
  fieldFor?: (path: readonly string[]) => string;
}

/**
 * "Run a mutation, put its userErrors on the form's fields, show the rest": resolves to the
 * payload when the mutation succeeded, otherwise to null with the errors already on the form.
 */
export function useFormMutation<TData, TVariables extends Record<string, unknown>, P extends Payload, T extends FieldValues>(
  document: TypedDocumentNode<TData, TVariables>,
  pick: (data: TData) => P | null | undefined,
  target: FormTarget<T>,
) {
  const [run, state] = useMutationOutcome(document, pick);
  const submit = useCallback(
    async (variables: TVariables): Promise<P | null> => {
      const outcome = await run(variables);
      if (outcome.ok) return outcome.payload;
      showOnForm(outcome, target);
      return null;
    },
    [run, target],
  );
  return [submit, state] as const;
}

/** Puts a failed outcome on the form: userErrors next to their fields, anything else as the root error. */
export function showOnForm<T extends FieldValues>(outcome: { message: string; userErrors: readonly UserErrorLike[] }, { setError, fields, fieldFor }: FormTarget<T>): void {
  if (outcome.userErrors.length === 0) setError('root', { type: 'server', message: outcome.message });
  else applyUserErrors(fieldFor ? outcome.userErrors.map((e) => ({ ...e, field: fieldFor(e.field).split('.') })) : outcome.userErrors, setError, fields);
}
