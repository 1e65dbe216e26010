/**
 * The whole Partnerly domain (DESIGN.md glossary). The database enforces what it can:
 * foreign keys, enums, checks, and the partial unique indexes that keep "one live
 * partnership per partner and program" and "one partner key per program" true under races.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

import { DEFAULT_DECLINE_REASONS, type ApplicationQuestion } from '../../shapes/application-form';

// Millisecond precision: a JS Date round-trips exactly, so keyset cursors built from it are exact.
const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const createdAt = () => tz('created_at').notNull().defaultNow();
const id = () => uuid('id').primaryKey().defaultRandom();
/** pg gives a Buffer, PGlite a Uint8Array: callers treat both as bytes. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------
export const accessLevel = pgEnum('access_level', ['OWNER', 'ADMIN', 'FINANCE', 'MEMBER']);
export const memberStatus = pgEnum('member_status', ['INVITED', 'AWAITING_OWNER_APPROVAL', 'ACTIVE', 'REMOVED']);
export const networkStatus = pgEnum('network_status', ['NONE', 'PENDING', 'APPROVED', 'DECLINED']);
export const networkApplicationStatus = pgEnum('network_application_status', ['PENDING', 'APPROVED', 'DECLINED']);
/** A network profile's audience, in bands (people reached per month across the partner's channels). */
export const audienceSize = pgEnum('audience_size', ['UNDER_1K', 'FROM_1K_TO_10K', 'FROM_10K_TO_100K', 'FROM_100K_TO_1M', 'OVER_1M']);
/**
 * PENDING_CLAIM: a partner new to the network, until its primary contact claims the account.
 * PENDING_APPROVAL: an existing partner, until an Owner or Admin approves the partnership.
 * Both show the "invited" flag.
 */
export const partnershipStatus = pgEnum('partnership_status', [
  'PENDING_CLAIM',
  'PENDING_APPROVAL',
  'ACTIVE',
  'DECLINED',
  'REMOVED',
]);
export const partnershipSource = pgEnum('partnership_source', ['DASHBOARD', 'API', 'JOIN_LINK', 'MARKETPLACE', 'IMPORT']);
export const inviteKind = pgEnum('invite_kind', ['PARTNER_CLAIM', 'TEAM_JOIN']);
/** NOT_SENT: made by a quiet import; no link exists until a manager sends it (a resend). */
export const inviteStatus = pgEnum('invite_status', ['AWAITING_OWNER_APPROVAL', 'HELD', 'SENT', 'CLAIMED', 'REVOKED', 'DECLINED', 'NOT_SENT']);
export const customFieldEntity = pgEnum('custom_field_entity', ['PARTNERSHIP', 'MEMBER']);
/** SELECT is a single choice, MULTI_SELECT several; BOOLEAN is yes/no; COUNTRY holds an ISO 3166-1 alpha-2 code, REGION free text within a country. */
export const customFieldType = pgEnum('custom_field_type', [
  'TEXT',
  'NUMBER',
  'SELECT',
  'BOOLEAN',
  'DATE',
  'LONG_TEXT',
  'URL',
  'CURRENCY',
  'MULTI_SELECT',
  'COUNTRY',
  'REGION',
]);
export const applicationSource = pgEnum('application_source', ['JOIN_LINK', 'MARKETPLACE']);
export const applicationStatus = pgEnum('application_status', ['PENDING', 'APPROVED', 'DECLINED']);
/** When a declined applicant may apply again. */
export const reapplyPolicy = pgEnum('reapply_policy', ['ANYTIME', 'AFTER_DAYS', 'NEVER']);
export const messageSide = pgEnum('message_side', ['PROGRAM', 'PARTNER']);
/**
 * DRAFT: uploaded, its mapping and options being set; QUEUED: started, waiting for a worker;
 * RUNNING: a worker holds its lease; then COMPLETED, CANCELLED (by a manager) or FAILED (the file
 * broke part-way; what was imported before stays, the report says where).
 */
export const importStatus = pgEnum('import_status', ['DRAFT', 'QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED']);
export const importDuplicateMode = pgEnum('import_duplicate_mode', ['SKIP', 'UPDATE']);
export const importDateOrder = pgEnum('import_date_order', ['MDY', 'DMY']);
export const emailStatus = pgEnum('email_status', ['PENDING', 'SENDING', 'SENT', 'FAILED']);

// ---------------------------------------------------------------------------------------------
// People and sign-in (Auth.js tables keep the property names its adapter expects)
// ---------------------------------------------------------------------------------------------
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: tz('email_verified'),
    image: text('image'),
    isNetworkReviewer: boolean('is_network_reviewer').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    expires: tz('expires').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: tz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ---------------------------------------------------------------------------------------------
// Programs and their managers
// ---------------------------------------------------------------------------------------------
export const programs = pgTable(
  'programs',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    websiteUrl: text('website_url').notNull(),
    /** Query string appended to every referral redirect; `{partner_key}` is expanded. */
    linkParameters: text('link_parameters').notNull().default('ps_partner_key={partner_key}'),
    inviteExpiryDays: integer('invite_expiry_days').notNull().default(14),
    listedInMarketplace: boolean('listed_in_marketplace').notNull().default(false),
    /** What /marketplace shows of a listed program; marketplace applicants go to marketplaceGroupId (null: the default group). */
    marketplaceDescription: text('marketplace_description'),
    marketplaceCategory: text('marketplace_category'),
    marketplaceLogoUrl: text('marketplace_logo_url'),
    marketplaceGroupId: uuid('marketplace_group_id').references((): AnyPgColumn => groups.id, { onDelete: 'set null' }),
    /** When the program was last listed: the marketplace's "newest" order. */
    listedAt: tz('listed_at'),
    /** The "from" name of the program's emails; null means the program's name. */
    senderName: text('sender_name'),
    /** The reasons a manager picks from when declining an application, in order. */
    declineReasons: jsonb('decline_reasons').$type<string[]>().notNull().default(DEFAULT_DECLINE_REASONS),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('programs_slug_key').on(t.slug),
    index('programs_listed_idx').on(t.listedAt, t.id).where(sql`${t.listedInMarketplace}`),
    check('programs_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('programs_invite_expiry_days_range', sql`${t.inviteExpiryDays} between 1 and 90`),
  ],
);

export const programManagers = pgTable(
  'program_managers',
  {
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.userId] }), index('program_managers_user_idx').on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------
export const groups = pgTable(
  'groups',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    /** Public, shareable join link token; regenerating it retires the old link. */
    joinToken: text('join_token').notNull(),
    applicationFormEnabled: boolean('application_form_enabled').notNull().default(false),
    /** Shown above the form; the description may use {company_name} and limited formatting. */
    applicationFormTitle: text('application_form_title'),
    applicationFormDescription: text('application_form_description'),
    /** The form's questions in order (see src/shapes/application-form.ts). */
    applicationQuestions: jsonb('application_questions').$type<ApplicationQuestion[]>().notNull().default([]),
    /** Optional destination for this group's default links; else the program's website. */
    destinationUrl: text('destination_url'),
    /** Commission rate in percent of revenue, e.g. 20.00. */
    commissionRate: numeric('commission_rate', { precision: 5, scale: 2 }).notNull().default('0'),
    welcomeEmailSubject: text('welcome_email_subject'),
    welcomeEmailBody: text('welcome_email_body'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('groups_join_token_key').on(t.joinToken),
    uniqueIndex('groups_program_name_key').on(t.programId, sql`lower(${t.name})`),
    uniqueIndex('groups_one_default_per_program').on(t.programId).where(sql`${t.isDefault}`),
    index('groups_program_created_idx').on(t.programId, t.createdAt, t.id),
    check('groups_commission_rate_range', sql`${t.commissionRate} >= 0 and ${t.commissionRate} <= 100`),
  ],
);

export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    entity: customFieldEntity('entity').notNull(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    helpText: text('help_text'),
    type: customFieldType('type').notNull(),
    /** Allowed values for SELECT and MULTI_SELECT fields. */
    options: jsonb('options').$type<string[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    position: integer('position').notNull().default(0),
    /** Archived fields are hidden from forms, filters and exports; their stored values stay. */
    archivedAt: tz('archived_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('custom_field_definitions_key').on(t.programId, t.entity, t.key),
    check('custom_field_definitions_key_format', sql`${t.key} ~ '^[a-z][a-z0-9_]*$'`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Partners (network-wide organisations) and their members
// ---------------------------------------------------------------------------------------------
export const partners = pgTable(
  'partners',
  {
    id: id(),
    name: text('name').notNull(),
    logoUrl: text('logo_url'),
    networkStatus: networkStatus('network_status').notNull().default('NONE'),
    /** Set when the primary contact claims the account; null while the partner is invited. */
    claimedAt: tz('claimed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('partners_name_idx').on(t.name)],
);

/** What a partner tells the whole network about itself; network reviewers approve it. */
export const networkProfiles = pgTable('network_profiles', {
  partnerId: uuid('partner_id')
    .primaryKey()
    .references(() => partners.id, { onDelete: 'cascade' }),
  companyName: text('company_name').notNull(),
  website: text('website').notNull(),
  logoUrl: text('logo_url'),
  description: text('description').notNull(),
  audienceSize: audienceSize('audience_size').notNull(),
  /** Values of PROMOTION_METHODS (src/shapes/network.ts). */
  promotionMethods: jsonb('promotion_methods').$type<string[]>().notNull().default([]),
  /** ISO 3166-1 alpha-2 codes. */
  countries: jsonb('countries').$type<string[]>().notNull().default([]),
  /** Values of NETWORK_CATEGORIES (src/shapes/network.ts). */
  categories: jsonb('categories').$type<string[]>().notNull().default([]),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/** A partner's request to join the network, with the profile as submitted, and the reviewer's decision. */
export const networkApplications = pgTable(
  'network_applications',
  {
    id: id(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    status: networkApplicationStatus('status').notNull().default('PENDING'),
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull(),
    submittedById: text('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    declineReason: text('decline_reason'),
  },
  (t) => [
    // One application under review per partner: a second "apply" while one waits is refused.
    uniqueIndex('network_applications_one_pending').on(t.partnerId).where(sql`${t.status} = 'PENDING'`),
    index('network_applications_queue_idx').on(t.status, t.createdAt, t.id),
    index('network_applications_partner_idx').on(t.partnerId, t.createdAt),
    index('network_applications_decided_idx').on(t.decidedAt).where(sql`${t.decidedAt} is not null`),
    check('network_applications_decided_consistent', sql`(${t.status} = 'PENDING') = (${t.decidedAt} is null)`),
  ],
);

export const partnerMembers = pgTable(
  'partner_members',
  {
    id: id(),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
    /** Null until the person claims their invite. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    accessLevel: accessLevel('access_level').notNull().default('MEMBER'),
    /** Free label: sales rep, integration specialist, partner manager, affiliate… */
    roleLabel: text('role_label'),
    isPrimaryContact: boolean('is_primary_contact').notNull().default(false),
    status: memberStatus('status').notNull().default('INVITED'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('partner_members_partner_email_key').on(t.partnerId, sql`lower(${t.email})`),
    uniqueIndex('partner_members_partner_user_key').on(t.partnerId, t.userId),
    uniqueIndex('partner_members_one_primary_contact').on(t.partnerId).where(sql`${t.isPrimaryContact}`),
    index('partner_members_email_idx').on(sql`lower(${t.email})`),
    index('partner_members_user_idx').on(t.userId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Partnerships (partner x program)
// ---------------------------------------------------------------------------------------------
export const partnerships = pgTable(
  'partnerships',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'restrict' }),
    partnerKey: text('partner_key').notNull(),
    programManagerId: text('program_manager_id').references(() => users.id, { onDelete: 'set null' }),
    status: partnershipStatus('status').notNull(),
    source: partnershipSource('source').notNull(),
    customFieldValues: jsonb('custom_field_values').$type<Record<string, unknown>>().notNull().default({}),
    /** The partner's id in the service it was imported from, when an import gave one. */
    externalId: text('external_id'),
    /** Free text a manager keeps about the partnership (an import's notes or tags column). */
    notes: text('notes'),
    /** The partner's name, copied here by triggers so All Partners can sort by it with an index. */
    partnerName: text('partner_name').notNull().default(''),
    /** Lowercased partner name, key, and members' names and emails, kept by triggers, for search. */
    searchText: text('search_text').notNull().default(''),
    approvedAt: tz('approved_at'),
    removedAt: tz('removed_at'),
    linksDeactivatedAt: tz('links_deactivated_at'),
    createdAt: createdAt(),
  },
  (t) => [
    // One live partnership per partner and program; removed or declined ones are history.
    uniqueIndex('partnerships_one_live_per_partner')
      .on(t.programId, t.partnerId)
      .where(sql`${t.status} in ('PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE')`),
    uniqueIndex('partnerships_program_key').on(t.programId, t.partnerKey),
    index('partnerships_program_created_idx').on(t.programId, t.createdAt, t.id),
    index('partnerships_program_name_idx').on(t.programId, t.partnerName, t.id),
    index('partnerships_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('partnerships_custom_fields_idx').using('gin', sql`${t.customFieldValues} jsonb_path_ops`),
    index('partnerships_program_manager_idx').on(t.programId, t.programManagerId),
    index('partnerships_partner_idx').on(t.partnerId),
    index('partnerships_group_idx').on(t.groupId),
    index('partnerships_program_external_id_idx').on(t.programId, t.externalId).where(sql`${t.externalId} is not null`),
    check('partnerships_partner_key_format', sql`${t.partnerKey} ~ '^[a-z0-9]+$'`),
    check('partnerships_removed_consistent', sql`(${t.status} = 'REMOVED') = (${t.removedAt} is not null)`),
  ],
);

/** Every key a partnership has had: old keys stay aliases so shared links keep working. */
export const partnerKeys = pgTable(
  'partner_keys',
  {
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.key] }),
    index('partner_keys_partnership_idx').on(t.partnershipId),
    // A key without its trailing digits: finds "janedoe", "janedoe2"… at once when making keys in bulk.
    index('partner_keys_program_stem_idx').on(t.programId, sql`rtrim(${t.key}, '0123456789')`),
  ],
);

/** When a partnership joined and left each group, so commissions follow the group of the day. */
export const partnershipGroupHistory = pgTable(
  'partnership_group_history',
  {
    id: id(),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'restrict' }),
    joinedAt: tz('joined_at').notNull().defaultNow(),
    leftAt: tz('left_at'),
  },
  (t) => [index('partnership_group_history_partnership_idx').on(t.partnershipId, t.joinedAt)],
);

/** Per-program facts about a member: values of the program's member custom fields. */
export const partnershipMembers = pgTable(
  'partnership_members',
  {
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => partnerMembers.id, { onDelete: 'cascade' }),
    customFieldValues: jsonb('custom_field_values').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.memberId] }), index('partnership_members_member_idx').on(t.memberId)],
);

// ---------------------------------------------------------------------------------------------
// Invites and invite templates
// ---------------------------------------------------------------------------------------------
export const invites = pgTable(
  'invites',
  {
    id: id(),
    kind: inviteKind('kind').notNull(),
    status: inviteStatus('status').notNull(),
    /** sha256 of the emailed token; the token itself is never stored. Null while no link exists. */
    tokenHash: text('token_hash'),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => partnerMembers.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    invitedById: text('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
    customSubject: text('custom_subject'),
    customBody: text('custom_body'),
    expiresAt: tz('expires_at'),
    sentCount: integer('sent_count').notNull().default(0),
    lastSentAt: tz('last_sent_at'),
    claimedAt: tz('claimed_at'),
    claimedById: text('claimed_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invites_token_hash_key').on(t.tokenHash),
    index('invites_partnership_idx').on(t.partnershipId, t.createdAt),
    index('invites_member_idx').on(t.memberId),
  ],
);

/** "Save content for future partner invitations": unique to a manager within a program. */
export const inviteTemplates = pgTable(
  'invite_templates',
  {
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    managerId: text('manager_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.managerId] })],
);

// ---------------------------------------------------------------------------------------------
// Applications and messages
// ---------------------------------------------------------------------------------------------
export const applications = pgTable(
  'applications',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'restrict' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    /** The applicant's name and company as given, for the review list and its search. */
    applicantName: text('applicant_name').notNull().default(''),
    companyName: text('company_name').notNull().default(''),
    source: applicationSource('source').notNull(),
    status: applicationStatus('status').notNull().default('PENDING'),
    /** The applicant's answers by question id. */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /** Reviewers' answers to hidden questions: never returned to the applicant. */
    reviewerAnswers: jsonb('reviewer_answers').$type<Record<string, unknown>>().notNull().default({}),
    /** The questions as the applicant saw them, so later form edits keep what they answered. */
    formSnapshot: jsonb('form_snapshot').$type<ApplicationQuestion[]>().notNull().default([]),
    /** Required form fields a network-profile application arrived without. */
    missingFields: jsonb('missing_fields').$type<string[]>().notNull().default([]),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    declineReason: text('decline_reason'),
    declineNote: text('decline_note'),
    /** Whether the applicant sees the decline note in their email. */
    declineNoteVisible: boolean('decline_note_visible').notNull().default(false),
    reapplyPolicy: reapplyPolicy('reapply_policy'),
    /** With AFTER_DAYS: the first moment a new application is accepted. */
    reapplyAfter: tz('reapply_after'),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('applications_program_status_idx').on(t.programId, t.status, t.createdAt, t.id),
    index('applications_program_email_idx').on(t.programId, sql`lower(${t.email})`, t.createdAt),
    index('applications_partner_idx').on(t.partnerId),
    uniqueIndex('applications_one_pending_per_email')
      .on(t.programId, sql`lower(${t.email})`)
      .where(sql`${t.status} = 'PENDING'`),
    uniqueIndex('applications_one_pending_per_partner')
      .on(t.programId, t.partnerId)
      .where(sql`${t.status} = 'PENDING' and ${t.partnerId} is not null`),
    check('applications_decided_consistent', sql`(${t.status} = 'PENDING') = (${t.decidedAt} is null)`),
  ],
);

/** A thread is one program and one partner; each message is written by one side. */
export const messages = pgTable(
  'messages',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'cascade' }),
    senderId: text('sender_id').references(() => users.id, { onDelete: 'set null' }),
    senderSide: messageSide('sender_side').notNull().default('PROGRAM'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('messages_program_partner_idx').on(t.programId, t.partnerId, t.createdAt),
    index('messages_partner_idx').on(t.partnerId, t.createdAt),
    check('messages_body_length', sql`char_length(${t.body}) between 1 and 5000`),
  ],
);

/** How far each person has read each thread; unread counts are the other side's messages after it. */
export const messageReads = pgTable(
  'message_reads',
  {
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
    lastReadAt: tz('last_read_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.programId, t.partnerId] })],
);

// ---------------------------------------------------------------------------------------------
// Referral links and clicks
// ---------------------------------------------------------------------------------------------
export const links = pgTable(
  'links',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    isDefault: boolean('is_default').notNull().default(true),
    /** Null: the partnership's group destination, else the program's website. */
    destinationUrl: text('destination_url'),
    deactivatedAt: tz('deactivated_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('links_one_default_per_partnership').on(t.partnershipId).where(sql`${t.isDefault}`),
  ],
);

export const clicks = pgTable(
  'clicks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The ps_xid appended to the redirect. */
    clickId: text('click_id').notNull(),
    linkId: uuid('link_id').notNull().references(() => links.id, { onDelete: 'cascade' }),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    referrer: text('referrer'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('clicks_click_id_key').on(t.clickId), index('clicks_partnership_idx').on(t.partnershipId)],
);

// ---------------------------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------------------------
export const imports = pgTable(
  'imports',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdByApiKeyId: uuid('created_by_api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** Hex SHA-256 of the file's bytes: the Imports page says when a file was imported before. */
    contentSha256: text('content_sha256').notNull(),
    status: importStatus('status').notNull().default('DRAFT'),
    /** As detected at upload, or as the manager chose. */
    encoding: text('encoding').notNull(),
    delimiter: text('delimiter').notNull(),
    headerLine: integer('header_line').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    /** What the upload's pass found that stops no row (duplicate headers, formulas…), read without re-reading the file. */
    warnings: jsonb('warnings').$type<{ line: number; code: string; message: string }[]>().notNull().default([]),
    /** Per column, its first few non-empty cells, for the mapping step. */
    samples: jsonb('samples').$type<string[][]>().notNull().default([]),
    /** Column index (as text) → target (see shapes/import-mapping), null for an ignored column. */
    mapping: jsonb('mapping').$type<Record<string, string | null>>().notNull(),
    /** Rows without a group cell go here; null: the program's default group. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
    duplicateMode: importDuplicateMode('duplicate_mode').notNull().default('SKIP'),
    /** False: a quiet import; no invite or approval request is emailed (a resend sends it later). */
    notify: boolean('notify').notNull().default(true),
    dateOrder: importDateOrder('date_order').notNull().default('MDY'),
    /** Records in the file (known from the upload's pass). */
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createdRows: integer('created_rows').notNull().default(0),
    updatedRows: integer('updated_rows').notNull().default(0),
    skippedRows: integer('skipped_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    /** The last file line whose batch committed: a resumed run starts after it. */
    resumeAfterLine: integer('resume_after_line').notNull().default(0),
    /** The worker holding the run, and until when; an expired lease may be taken over. */
    /** Takeovers of an expired lease since the last committed batch: a run that keeps dying
     * at the same batch (not a file error) ends FAILED instead of retrying forever. */
    stalledClaims: integer('stalled_claims').notNull().default(0),
    workerId: text('worker_id'),
    leaseExpiresAt: tz('lease_expires_at'),
    /** Why a FAILED import stopped (the file's problem, in the manager's words). */
    errorMessage: text('error_message'),
    createdAt: createdAt(),
    startedAt: tz('started_at'),
    /** When the current run began (the first start, or a worker's resume) and processedRows then: rows per second count from there. */
    runStartedAt: tz('run_started_at'),
    runStartRows: integer('run_start_rows').notNull().default(0),
    finishedAt: tz('finished_at'),
  },
  (t) => [
    index('imports_program_created_idx').on(t.programId, t.createdAt),
    index('imports_runnable_idx').on(t.createdAt).where(sql`${t.status} in ('QUEUED', 'RUNNING')`),
  ],
);

/** An uploaded file's bytes, in order: stored so a run survives a restart and any instance can run it. */
export const importFileChunks = pgTable(
  'import_file_chunks',
  {
    importId: uuid('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** Rows an import could not bring in, with the cells as read, for the failed-rows download. */
export const importFailures = pgTable(
  'import_failures',
  {
    importId: uuid('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    cells: jsonb('cells').$type<string[]>().notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.line] })],
);

// ---------------------------------------------------------------------------------------------
// API keys
// ---------------------------------------------------------------------------------------------
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    programId: uuid('program_id').notNull().references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** First characters of the key, shown in lists so people can tell keys apart. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: tz('expires_at'),
    lastUsedAt: tz('last_used_at'),
    revokedAt: tz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash), index('api_keys_program_idx').on(t.programId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Email outbox
// ---------------------------------------------------------------------------------------------
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: id(),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
    template: text('template').notNull(),
    toAddress: text('to_address').notNull(),
    fromAddress: text('from_address').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: emailStatus('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    sentAt: tz('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    index('email_outbox_to_idx').on(sql`lower(${t.toAddress})`, t.createdAt),
    index('email_outbox_created_idx').on(t.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Audit events: the partner timeline and webhooks read from these
// ---------------------------------------------------------------------------------------------
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'cascade' }),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorApiKeyId: uuid('actor_api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_program_idx').on(t.programId, t.createdAt),
    index('audit_events_partnership_idx').on(t.partnershipId, t.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// Email changes: a person's new address takes effect only once confirmed from that address
// ---------------------------------------------------------------------------------------------
export const emailChangeRequests = pgTable(
  'email_change_requests',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    newEmail: text('new_email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: tz('expires_at').notNull(),
    confirmedAt: tz('confirmed_at'),
    /** Set when a newer request replaces this one. */
    supersededAt: tz('superseded_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('email_change_requests_token_key').on(t.tokenHash), index('email_change_requests_user_idx').on(t.userId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Rate limits: one fixed-window counter per limit and subject, shared by every app instance
// ---------------------------------------------------------------------------------------------
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** The limit's name and a hash of its subject (an address, an IP, an API key id). */
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    /** When the window ends; the next hit after it starts a new window. */
    expiresAt: tz('expires_at').notNull(),
  },
  (t) => [index('rate_limits_expires_idx').on(t.expiresAt)],
);
