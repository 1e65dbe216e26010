import { z } from 'zod';

/**
 * Which column of an imported CSV feeds which field of a partnership. Pure (no server imports):
 * the importer's mapping step in the browser detects and checks a mapping with the same rules
 * the server applies before it validates rows.
 */

export const IMPORT_FIELDS = [
  'email',
  'firstName',
  'lastName',
  'company',
  'partnerKey',
  'group',
  'managerEmail',
  'accessLevel',
  'joinedAt',
  'externalId',
  'notes',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];
export const CUSTOM_FIELD_TARGET_PREFIX = 'customField:';
export type CustomFieldTarget = `${typeof CUSTOM_FIELD_TARGET_PREFIX}${string}`;
/** A built-in field, or a partnership custom field of the program by its key. */
export type ImportTarget = ImportField | CustomFieldTarget;

/** Column index (0-based, as in the header row) → its target, or null for a column left out. */
export type ImportMapping = Record<number, ImportTarget | null>;

export interface ImportCustomField {
  key: string;
  label: string;
}

export const customFieldTarget = (key: string): CustomFieldTarget => `${CUSTOM_FIELD_TARGET_PREFIX}${key}`;

export function customFieldKeyOf(target: ImportTarget): string | null {
  return target.startsWith(CUSTOM_FIELD_TARGET_PREFIX) ? target.slice(CUSTOM_FIELD_TARGET_PREFIX.length) : null;
}

export function isImportTarget(value: unknown): value is ImportTarget {
  if (typeof value !== 'string') return false;
  if ((IMPORT_FIELDS as readonly string[]).includes(value)) return true;
  return value.startsWith(CUSTOM_FIELD_TARGET_PREFIX) && value.length > CUSTOM_FIELD_TARGET_PREFIX.length;
}

/** How headers compare: case, spaces, underscores, hyphens, dots and a byte-order mark do not count. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/**
 * The spellings other services' partner exports use, as normalised headers. Sources:
 * PartnerStack's CSV export (Partner_first, Partner_email, partner_key, Partner_group,
 * Partner_joined_date) and API names (first_name, group_key, manager_email, joined_at);
 * Rewardful (first_name, email, token = the affiliate's link token; paypal_email is a payout
 * address, never the partner's email); FirstPromoter (Email, First Name, Ref ID / default_ref_id,
 * Campaign, cust_id, note, created_at); Tolt (Partner ID, Referral Code, Program); Tapfiliate
 * (Affiliate ID, Firstname, Lastname, Custom ID, Referral code, Program); impact.com (Email
 * Address, Company Name, Referral Code, Affiliate ID, Custom Id, Payout Group Name).
 * An old system's own id (Affiliate ID, Custom ID, cust_id…) is the external id; its referral
 * code or token is the partner key, so links the partners already shared keep working.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  email: ['email', 'emailaddress', 'partneremail', 'affiliateemail', 'promoteremail', 'contactemail', 'emailid', 'mail'],
  firstName: ['firstname', 'partnerfirst', 'partnerfirstname', 'first', 'givenname', 'affiliatefirstname', 'promoterfirstname', 'contactfirstname', 'forename'],
  lastName: ['lastname', 'partnerlast', 'partnerlastname', 'last', 'surname', 'familyname', 'affiliatelastname', 'promoterlastname', 'contactlastname'],
  company: ['company', 'companyname', 'partnercompany', 'partnercompanyname', 'organization', 'organisation', 'organizationname', 'business', 'businessname', 'accountname'],
  partnerKey: ['partnerkey', 'key', 'token', 'referralcode', 'refcode', 'refid', 'referralid', 'defaultrefid', 'referraltoken', 'referralkey', 'affiliatecode', 'affiliatekey', 'trackingcode', 'slug'],
  group: ['group', 'groupname', 'groupkey', 'partnergroup', 'partnergroupname', 'affiliategroup', 'promotergroup', 'campaign', 'campaignname', 'payoutgroupname', 'payoutgroup', 'program', 'programname', 'commissiongroup'],
  managerEmail: ['manageremail', 'manager', 'partnermanager', 'partnermanageremail', 'programmanager', 'programmanageremail', 'accountmanager', 'accountmanageremail'],
  // Not "role": in exports that is a job title (a member's role label), not an access level.
  accessLevel: ['accesslevel', 'access', 'memberaccesslevel', 'permission', 'permissions', 'teamrole'],
  joinedAt: ['joinedat', 'joined', 'joineddate', 'joindate', 'datejoined', 'partnerjoineddate', 'partnerjoinedat', 'createdat', 'created', 'createddate', 'datecreated', 'signupdate', 'signedupat', 'dateadded', 'registrationdate', 'approvedat'],
  externalId: ['externalid', 'id', 'partnerid', 'affiliateid', 'promoterid', 'customid', 'custid', 'customerid', 'mediapartnerid', 'legacyid'],
  notes: ['notes', 'note', 'partnernotes', 'tags', 'tag', 'comments', 'comment', 'description'],
};

/** Every spelling each field recognises, plainest first (README lists them; a test keeps it true). */
export const HEADER_SPELLINGS: Readonly<Record<ImportField, readonly string[]>> = SYNONYMS;

const BUILT_IN = new Map<string, ImportField>(Object.entries(SYNONYMS).flatMap(([field, spellings]) => spellings.map((s) => [s, field as ImportField] as const)));

/** The target a header names on its own, and how strongly: a program's custom field first, then a synonym by its place in the list. */
function targetOf(header: string, customFields: readonly ImportCustomField[]): { target: ImportTarget; rank: number } | null {
  const normal = normaliseHeader(header);
  if (normal === '') return null;
  // A custom field named exactly like the header wins over a loose synonym: the program defined it.
  const custom = customFields.find((f) => normaliseHeader(f.key) === normal || normaliseHeader(f.label) === normal);
  if (custom) return { target: customFieldTarget(custom.key), rank: -1 };
  const field = BUILT_IN.get(normal);
  return field ? { target: field, rank: SYNONYMS[field].indexOf(normal) } : null;
}

/**
 * A first mapping from the header row. Each target takes the column that names it most plainly
 * (Tolt's "group" over its "program"), the first such column on a tie; the other columns naming
 * it, and columns no spelling matches, are left unmapped (null) and listed in `unmapped` in
 * column order.
 */
export function detectMapping(headers: readonly string[], customFields: readonly ImportCustomField[]): { mapping: ImportMapping; unmapped: number[] } {
  const named = headers.map((header) => targetOf(header, customFields));
  const best = new Map<ImportTarget, number>();
  named.forEach((found, index) => {
    if (!found) return;
    const current = best.get(found.target);
    if (current === undefined || found.rank < named[current]!.rank) best.set(found.target, index);
  });
  const mapping: ImportMapping = {};
  const unmapped: number[] = [];
  headers.forEach((_, index) => {
    const found = named[index];
    if (found && best.get(found.target) === index) mapping[index] = found.target;
    else {
      mapping[index] = null;
      unmapped.push(index);
    }
  });
  return { mapping, unmapped };
}

const targetShape = z.custom<ImportTarget>(isImportTarget, { message: 'Choose a field to import this column into, or ignore it.' });

/**
 * The mapping as a manager edited it: keys are column indexes (JSON turns them into strings),
 * values a target or null. Email is mapped exactly once, every target at most once, custom
 * fields are the program's (active, partnership) fields, and with `columnCount` every index is
 * a column of the file.
 */
export function mappingShape(options: { customFieldKeys: readonly string[]; columnCount?: number }) {
  const known = new Set(options.customFieldKeys);
  return z.record(z.string().regex(/^\d+$/, 'A column is named by its index.'), targetShape.nullable()).superRefine((mapping, ctx) => {
    const columnsOf = new Map<ImportTarget, string[]>();
    for (const [column, target] of Object.entries(mapping)) {
      if (options.columnCount !== undefined && Number(column) >= options.columnCount) {
        ctx.addIssue({ code: 'custom', path: [column], message: `The file has no column ${Number(column) + 1}.` });
      }
      if (target == null) continue;
      const key = customFieldKeyOf(target);
      if (key !== null && !known.has(key)) ctx.addIssue({ code: 'custom', path: [column], message: `"${key}" is not a custom field of this program.` });
      columnsOf.set(target, [...(columnsOf.get(target) ?? []), column]);
    }
    for (const [target, columns] of columnsOf) {
      for (const column of columns.slice(1)) {
        ctx.addIssue({ code: 'custom', path: [column], message: `Another column is already imported as ${target}; import each field from one column.` });
      }
    }
    if (!columnsOf.has('email')) ctx.addIssue({ code: 'custom', path: [], message: 'Choose the column that holds the partners’ email addresses.' });
  });
}

/** The column each target reads from, for a checked mapping. */
export function columnsByTarget(mapping: ImportMapping): Map<ImportTarget, number> {
  const columns = new Map<ImportTarget, number>();
  for (const [column, target] of Object.entries(mapping)) if (target != null && !columns.has(target)) columns.set(target, Number(column));
  return columns;
}
