import type { FieldDefinition } from '../custom-fields/values';
import { customFieldTarget, IMPORT_FIELDS, type ImportField } from '../../shapes/import-mapping';

/** How the mapping step names each built-in target. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  email: 'Email',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  partnerKey: 'Partner key',
  group: 'Group (by name)',
  managerEmail: 'Program manager (by email)',
  accessLevel: 'Member access level',
  joinedAt: 'Joined date',
  externalId: 'External id (from the old system)',
  notes: 'Notes or tags',
};

/** Every field a column can feed: the built-in ones, then the program's active partnership custom fields. */
export function importTargets(partnershipFields: readonly FieldDefinition[]) {
  return [
    ...IMPORT_FIELDS.map((field) => ({ target: field as string, label: IMPORT_FIELD_LABELS[field], required: field === 'email' })),
    ...partnershipFields.map((f) => ({ target: customFieldTarget(f.key) as string, label: f.label, required: f.required })),
  ];
}
