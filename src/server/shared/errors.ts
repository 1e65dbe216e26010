import type { ZodError } from 'zod';

/** Errors the caller cannot fix by changing input: mapped to GraphQL `extensions.code`. */
export type AccessErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export class AccessError extends Error {
  constructor(
    readonly code: AccessErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}

/** The HTTP status of each access error: one table for the GraphQL API and the plain HTTP routes. */
export const ACCESS_ERROR_HTTP_STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as const satisfies Record<AccessErrorCode, number>;

export function httpStatusOf(error: AccessError): number {
  return ACCESS_ERROR_HTTP_STATUS[error.code];
}

export const notFound = (what: string) => new AccessError('NOT_FOUND', `${what} not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new AccessError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in or send an API key to do this.') =>
  new AccessError('UNAUTHENTICATED', message);

export type UserErrorCode = 'INVALID' | 'REQUIRED' | 'TAKEN' | 'TOO_LONG' | 'OUT_OF_RANGE' | 'CONFLICT' | 'NOT_ALLOWED';

/** A problem with the input that the caller can fix; returned in a payload's `userErrors`. */
export interface UserError {
  /** Path of the offending field inside the mutation's `input`. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** Thrown by a use case to abort its transaction and answer with userErrors; nothing is written. */
export class InvalidInputError extends Error {
  constructor(
    readonly userErrors: UserError[],
    /** Further payload fields that help the caller fix the input (e.g. the choices to pick from). */
    readonly payload: Record<string, unknown> = {},
  ) {
    super(userErrors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}

export const invalid = (field: string, message: string, code: UserErrorCode = 'INVALID') =>
  new InvalidInputError([{ field: field.split('.'), message, code }]);

export function userErrorsFromZod(error: ZodError): UserError[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String);
    let code: UserErrorCode = 'INVALID';
    if (issue.code === 'too_big') code = issue.origin === 'string' ? 'TOO_LONG' : 'OUT_OF_RANGE';
    else if (issue.code === 'too_small') code = issue.origin === 'string' && issue.minimum === 1 ? 'REQUIRED' : 'OUT_OF_RANGE';
    else if (issue.code === 'invalid_type' && issue.input === undefined) code = 'REQUIRED';
    return { field: field.length ? field : ['input'], message: issue.message, code };
  });
}

/** Parses `input` with a zod schema, or throws InvalidInputError naming each bad field. */
export function parseInput<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(userErrorsFromZod(result.error));
  return result.data;
}

function postgresError(error: unknown): { code?: string; constraint?: string; message?: string } {
  // drizzle wraps the driver's error in `cause`.
  return ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint?: string; message?: string };
}

/** Postgres unique_violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = postgresError(error);
  if (pg?.code !== '23505') return false;
  return !constraint || pg.constraint === constraint || Boolean(pg.message?.includes(constraint));
}

/** Postgres foreign_key_violation: a row something else still refers to. */
export function isForeignKeyViolation(error: unknown): boolean {
  return postgresError(error)?.code === '23503';
}
