import { z } from 'zod';

/**
 * Input shapes shared by the server's use cases and the pages' forms. This module imports no server
 * code, so a client component can validate with exactly the rules the server applies.
 */
export const emailShape = z.string().trim().toLowerCase().max(254, 'Use at most 254 characters.').pipe(z.email('Enter a valid email address.'));
export const personName = z.string().trim().max(80, 'Use at most 80 characters.');
export const fieldInputs = z.array(z.object({ key: z.string(), value: z.string().nullish() })).max(100).nullish();
export const memberRoleLabel = z.string().trim().max(80, 'Use at most 80 characters.');
export const accessLevelShape = z.enum(['OWNER', 'ADMIN', 'FINANCE', 'MEMBER']);

export const newMemberShape = z.object({
  email: emailShape,
  firstName: personName.nullish(),
  lastName: personName.nullish(),
  accessLevel: accessLevelShape.nullish(),
  roleLabel: memberRoleLabel.nullish(),
  customFields: fieldInputs,
});
export type NewMember = z.infer<typeof newMemberShape>;

/** A person's own name on their profile: the first name is required, unlike a name a manager types in. */
export const profileNameShape = z.object({
  firstName: z.string().trim().min(1, 'Enter your first name.').max(80, 'Use at most 80 characters.'),
  lastName: personName,
});
