import type { UserError } from './errors';

/** Emails that appear twice among the main contact and the members, as userErrors. */
export function duplicateEmailErrors(emails: string[], path: (index: number) => string[]): UserError[] {
  const seen = new Set<string>();
  const errors: UserError[] = [];
  emails.forEach((email, index) => {
    if (seen.has(email)) errors.push({ field: path(index), message: `${email} is listed twice.`, code: 'INVALID' });
    seen.add(email);
  });
  return errors;
}
