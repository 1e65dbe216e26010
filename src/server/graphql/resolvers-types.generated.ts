import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgramRow as ProgramRowModel } from '../programs/access';
import type { GroupRow as GroupRowModel } from '../groups/create-group';
import type { ApiKeyRow as ApiKeyRowModel } from '../api-keys/create-api-key';
import type { ViewerModel as ViewerModelModel, SignedInUser as SignedInUserModel } from '../auth/viewer';
import type { PartnershipRow as PartnershipRowModel } from '../partnerships/rules';
import type { PartnerRow as PartnerRowModel, MemberRow as MemberRowModel } from '../partners/rules';
import type { InviteRow as InviteRowModel } from '../invites/rules';
import type { InviteLanding as InviteLandingModel } from '../invites/invite-landing';
import type { FieldDefinition as FieldDefinitionModel, PresentedField as PresentedFieldModel } from '../custom-fields/values';
import type { TeamMemberModel as TeamMemberModelModel, Profile as ProfileModel } from '../members/rules';
import type { PartnerCandidate as PartnerCandidateModel } from '../partners/partner-candidates';
import type { MyPartner as MyPartnerModel, PartnerProgram as PartnerProgramModel, PendingAddition as PendingAdditionModel } from '../partners/my-partners';
import type { ActivityEventModel as ActivityEventModelModel } from '../audit/activity';
import type { JoinLanding as JoinLandingModel, JoinPartnerChoice as JoinPartnerChoiceModel } from '../applications/join-landing';
import type { ApplicationRow as ApplicationRowModel } from '../applications/get-application';
import type { PresentedAnswer as PresentedAnswerModel } from '../applications/missing-answers';
import type { ApplicationConnection as ApplicationConnectionModel } from '../applications/list-applications';
import type { MessageModel as MessageModelModel, MessageThreadModel as MessageThreadModelModel, MessageThreadPageModel as MessageThreadPageModelModel, UnreadMessagesModel as UnreadMessagesModelModel } from '../messages/rules';
import type { ApplicationFormModel as ApplicationFormModelModel, PresentedQuestion as PresentedQuestionModel, ApplicantForm as ApplicantFormModel, FieldDefinitionRow as FieldDefinitionRowModel } from '../applications/application-form';
import type { ImportRow as ImportRowModel } from '../imports/rules';
import type { ImportPreviewModel as ImportPreviewModelModel } from '../imports/preview-import';
import type { MarketplaceProgramModel as MarketplaceProgramModelModel } from '../marketplace/list-marketplace';
import type { Context } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with time zone. */
  DateTime: { input: Date; output: Date; }
};

export type AccessLevel =
  /** Manages team settings and user permissions; cannot withdraw commissions. */
  | 'ADMIN'
  /** Exclusively manages and withdraws commissions. */
  | 'FINANCE'
  /** Basic access to promote. */
  | 'MEMBER'
  /** Full access to all elements of the partner account. */
  | 'OWNER';

/** Something that happened to a partnership, newest first on the partner page. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  action: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** A sentence a person can read. */
  summary: Scalars['String']['output'];
};

export type AddPartnerInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  /** The main contact's email. */
  email: Scalars['String']['input'];
  /** When the email already belongs to partner organisations: which one to connect (see partnerCandidates). */
  existingPartnerId?: InputMaybe<Scalars['ID']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Default: the program's default group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Custom invite email; default: the caller's saved content, else the standard invite. */
  invite?: InputMaybe<InviteContentInput>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Further members, with access levels for partners new to the network. */
  members?: InputMaybe<Array<NewMemberInput>>;
  /** Lowercase letters and digits. Default: made from the first and last name. */
  partnerKey?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
  /** A manager of this program who owns the relationship. Default: the caller, when a manager. */
  programManagerId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddPartnerMembersInput = {
  members: Array<NewMemberInput>;
  partnershipId: Scalars['ID']['input'];
};

export type AddPartnerMembersPayload = {
  __typename?: 'AddPartnerMembersPayload';
  invites: Array<Invite>;
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

export type AddPartnerPayload = {
  __typename?: 'AddPartnerPayload';
  /** Filled when the email already has an account and no existingPartnerId was given. */
  partnerCandidates: Array<PartnerCandidate>;
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** A key an integration uses to call the API for one program. The secret is shown once, at creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key, to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A form as the applicant sees it. */
export type ApplicantForm = {
  __typename?: 'ApplicantForm';
  /** Markdown (paragraphs, bold, italic, links, bullet lists); {company_name} stands for the applicant's company. */
  description?: Maybe<Scalars['String']['output']>;
  /** The description as safe HTML, with {company_name} shown as a sample (for previews). */
  descriptionPreviewHtml?: Maybe<Scalars['String']['output']>;
  questions: Array<ApplicantQuestion>;
  title?: Maybe<Scalars['String']['output']>;
};

/** A question as the applicant gets it. Hidden questions are never among them. */
export type ApplicantQuestion = {
  __typename?: 'ApplicantQuestion';
  helpText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  type: QuestionType;
};

/** An inbound request to join the program, reviewed by its managers. */
export type Application = {
  __typename?: 'Application';
  /** Every question: as asked, then the current form's others (hidden ones included). */
  answers: Array<ApplicationAnswer>;
  applicantName: Scalars['String']['output'];
  companyName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decision?: Maybe<ApplicationDecision>;
  email: Scalars['String']['output'];
  group: Group;
  id: Scalars['ID']['output'];
  /** The partner's people (not removed). */
  members: Array<Member>;
  /** Labels of required questions without an answer, and keys the application arrived without. */
  missingFields: Array<Scalars['String']['output']>;
  /** The partner organisation that applied. */
  partner?: Maybe<Partner>;
  /** The partnership approval opened. */
  partnership?: Maybe<Partnership>;
  source: ApplicationSource;
  status: ApplicationStatus;
};

/** One question of an application with its answer. */
export type ApplicationAnswer = {
  __typename?: 'ApplicationAnswer';
  /** Whether the applicant was asked it; false for questions added to the form since, and for hidden ones. */
  asked: Scalars['Boolean']['output'];
  /** Set when the answer becomes this partnership custom field on approval. */
  fieldKey?: Maybe<Scalars['String']['output']>;
  helpText?: Maybe<Scalars['String']['output']>;
  /** The label as the applicant was asked it, else as on the group's current form. */
  label: Scalars['String']['output'];
  /** Required on the group's current form, or listed as missing, and without an answer. */
  missing: Scalars['Boolean']['output'];
  options: Array<Scalars['String']['output']>;
  questionId: Scalars['String']['output'];
  /** The question's field type (the same types as custom fields). */
  type: CustomFieldType;
  /** The answer as text (MULTI_SELECT as a JSON list); for HIDDEN questions the reviewers' answer; null when unanswered. */
  value?: Maybe<Scalars['String']['output']>;
  visibility: QuestionVisibility;
};

export type ApplicationAnswerInput = {
  questionId: Scalars['ID']['input'];
  /** Text as the question's type takes it (MULTI_SELECT: a JSON list of strings). Empty: no answer. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  statusCounts: ApplicationStatusCounts;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationDecision = {
  __typename?: 'ApplicationDecision';
  decidedAt: Scalars['DateTime']['output'];
  /** Null when an API key decided, or the person's account is gone. */
  decidedBy?: Maybe<User>;
  note?: Maybe<Scalars['String']['output']>;
  noteVisibleToApplicant: Scalars['Boolean']['output'];
  /** With AFTER_DAYS: from when a new application is accepted. */
  reapplyAfter?: Maybe<Scalars['DateTime']['output']>;
  reapplyPolicy?: Maybe<ReapplyPolicy>;
  /** Declines: the reason picked from the program's list. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

/** A program custom field of partnerships that a question can ask for. */
export type ApplicationFieldChoice = {
  __typename?: 'ApplicationFieldChoice';
  helpText?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  type: QuestionType;
};

export type ApplicationFilter = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the applicant's name, company or email (at least 3 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<ApplicationSource>;
  status?: InputMaybe<ApplicationStatus>;
};

/** A group's application form: when it is on, people who follow the join link apply and a manager decides. */
export type ApplicationForm = {
  __typename?: 'ApplicationForm';
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** The program's active custom fields of partnerships, for new questions. */
  fieldChoices: Array<ApplicationFieldChoice>;
  group: Group;
  /** The form as the applicant sees it. */
  preview: ApplicantForm;
  questions: Array<ApplicationQuestion>;
  title?: Maybe<Scalars['String']['output']>;
};

export type ApplicationFormPayload = {
  __typename?: 'ApplicationFormPayload';
  group?: Maybe<Group>;
  userErrors: Array<UserError>;
};

/** A question of a group's application form, as its program's managers see it. */
export type ApplicationQuestion = {
  __typename?: 'ApplicationQuestion';
  /** The custom field was archived since the form was saved: applicants are not asked it; remove it before saving. */
  fieldArchived: Scalars['Boolean']['output'];
  /** Set when the question asks for a program custom field of partnerships (its answer becomes the new partnership's value). */
  fieldKey?: Maybe<Scalars['String']['output']>;
  helpText?: Maybe<Scalars['String']['output']>;
  /** Stable across edits: the applications' answers are stored by it. */
  id: Scalars['ID']['output'];
  /** For a custom-field question: the field's, as it is now. */
  label: Scalars['String']['output'];
  /** The choices of SELECT and MULTI_SELECT questions. */
  options: Array<Scalars['String']['output']>;
  type: QuestionType;
  visibility: QuestionVisibility;
};

export type ApplicationQuestionInput = {
  /** Ask for this program custom field of partnerships; label, help text, type and options then come from the field. */
  fieldKey?: InputMaybe<Scalars['String']['input']>;
  helpText?: InputMaybe<Scalars['String']['input']>;
  /** An existing question's id, to keep it (and the answers stored by it). Empty for a new question. */
  id?: InputMaybe<Scalars['ID']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<QuestionType>;
  visibility: QuestionVisibility;
};

export type ApplicationSort =
  | 'NEWEST'
  | 'OLDEST';

export type ApplicationSource =
  /** Through a group's join link. */
  | 'JOIN_LINK'
  /** From the marketplace, with a network profile (can lack required answers). */
  | 'MARKETPLACE';

export type ApplicationStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

/** How many applications each tab holds, with the search, group and source filters applied. */
export type ApplicationStatusCounts = {
  __typename?: 'ApplicationStatusCounts';
  approved: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

export type ApplyFromMarketplaceInput = {
  /** One of your partner organisations (you are its Owner or Admin). */
  partnerId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
};

export type ApplyFromMarketplacePayload = {
  __typename?: 'ApplyFromMarketplacePayload';
  /** The standing after applying (APPLIED). */
  standing?: Maybe<MarketplaceStanding>;
  userErrors: Array<UserError>;
};

export type ApplyToNetworkInput = {
  partnerId: Scalars['ID']['input'];
};

export type ApplyToNetworkPayload = {
  __typename?: 'ApplyToNetworkPayload';
  networkStatus?: Maybe<NetworkStatus>;
  userErrors: Array<UserError>;
};

export type ApproveApplicationsInput = {
  /** Every pending application matching the filter. */
  allMatching?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  /** The selected applications; or allMatching with a filter. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  programId: Scalars['ID']['input'];
};

export type ApproveApplicationsPayload = {
  __typename?: 'ApproveApplicationsPayload';
  approvedCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** People reached per month across the partner's channels. */
export type AudienceSize =
  | 'FROM_1K_TO_10K'
  | 'FROM_10K_TO_100K'
  | 'FROM_100K_TO_1M'
  | 'OVER_1M'
  | 'UNDER_1K';

export type Caller =
  /** A request with a valid API key (Authorization: Bearer <key>). */
  | 'API_KEY'
  /** Platform staff who review partners into the network. */
  | 'NETWORK_REVIEWER'
  /** A signed-in member of a partner. */
  | 'PARTNER_MEMBER'
  /** A signed-in manager of at least one program. */
  | 'PROGRAM_MANAGER'
  /** Anyone, signed in or not. */
  | 'PUBLIC'
  /** Any signed-in person. */
  | 'SIGNED_IN';

export type ClaimInviteInput = {
  token: Scalars['String']['input'];
};

export type ClaimInvitePayload = {
  __typename?: 'ClaimInvitePayload';
  /** The program the claim gave access to. */
  partnerProgram?: Maybe<PartnerProgram>;
  userErrors: Array<UserError>;
};

export type ConfirmEmailChangeInput = {
  token: Scalars['String']['input'];
};

export type CopyApplicationFormInput = {
  /** Another group of the same program. */
  fromGroupId: Scalars['ID']['input'];
  /** The group whose form is replaced. */
  groupId: Scalars['ID']['input'];
};

export type CreateApiKeyInput = {
  /** Leave empty for a key that does not expire. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The key itself. It is not stored and cannot be shown again. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateCustomFieldInput = {
  entity: CustomFieldEntity;
  helpText?: InputMaybe<Scalars['String']['input']>;
  /** Lowercase letters, digits and underscores, starting with a letter; unique per program and entity; cannot be changed later. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  /** Required (at least one, each once) for SELECT and MULTI_SELECT; refused for other types. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  programId: Scalars['ID']['input'];
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CustomFieldType;
};

export type CreateGroupInput = {
  applicationFormEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  commissionRate?: InputMaybe<Scalars['Float']['input']>;
  destinationUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};

export type CreateGroupPayload = {
  __typename?: 'CreateGroupPayload';
  group?: Maybe<Group>;
  userErrors: Array<UserError>;
};

export type CreateImportInput = {
  /** The file's content, up to 1 MB; larger files go to the upload route. */
  csv: Scalars['String']['input'];
  filename: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};

/** A property the program tracks for each partnership (tier, geography, industry…) or member. */
export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  /** Set when archived: the field is hidden from forms, filters, the export and partner pages; stored values are kept. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  entity: CustomFieldEntity;
  /** Shown under the field's input. */
  helpText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Allowed values of a SELECT or MULTI_SELECT field, in order. */
  options: Array<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  type: CustomFieldType;
};

export type CustomFieldEntity =
  | 'MEMBER'
  | 'PARTNERSHIP';

export type CustomFieldFilter = {
  key: Scalars['String']['input'];
  /** Matches any of these values. */
  values: Array<Scalars['String']['input']>;
};

export type CustomFieldIdInput = {
  customFieldId: Scalars['ID']['input'];
};

export type CustomFieldPayload = {
  __typename?: 'CustomFieldPayload';
  customField?: Maybe<CustomFieldDefinition>;
  userErrors: Array<UserError>;
};

export type CustomFieldType =
  /** Yes/no: the value is true or false. */
  | 'BOOLEAN'
  /** An ISO 3166-1 alpha-2 country code, e.g. DE. */
  | 'COUNTRY'
  /** An amount with at most two decimals. */
  | 'CURRENCY'
  /** YYYY-MM-DD */
  | 'DATE'
  /** Several lines of text (at most 5000 characters). */
  | 'LONG_TEXT'
  /** Multiple choice: a JSON list of options, e.g. ["A","B"]. */
  | 'MULTI_SELECT'
  | 'NUMBER'
  /** A region within a country, as text. */
  | 'REGION'
  /** Single choice: one of the options. */
  | 'SELECT'
  /** One line of text (at most 500 characters). */
  | 'TEXT'
  /** A web address starting with http:// or https://. */
  | 'URL';

export type CustomFieldValue = {
  __typename?: 'CustomFieldValue';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  type: CustomFieldType;
  /** The value as text (numbers as digits, booleans as true/false, dates as YYYY-MM-DD); null when unset. */
  value?: Maybe<Scalars['String']['output']>;
};

export type CustomFieldValueInput = {
  key: Scalars['String']['input'];
  /** Text, a number, an amount, a URL, true/false, YYYY-MM-DD, one of a SELECT field's options, a JSON list of MULTI_SELECT options, or a country code. Null or empty clears it. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type DecideNetworkApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** Required when declining: shown to the partner. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DeclineApplicationsInput = {
  allMatching?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the note is in the applicant's email. */
  noteVisibleToApplicant?: InputMaybe<Scalars['Boolean']['input']>;
  programId: Scalars['ID']['input'];
  /** With AFTER_DAYS: 1 to 365. */
  reapplyAfterDays?: InputMaybe<Scalars['Int']['input']>;
  reapplyPolicy: ReapplyPolicy;
  /** One of the program's declineReasons, or null. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DeclineApplicationsPayload = {
  __typename?: 'DeclineApplicationsPayload';
  declinedCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

/** A set of partnerships in one program, with the join link and settings its partners get. */
export type Group = {
  __typename?: 'Group';
  applicationForm: ApplicationForm;
  applicationFormEnabled: Scalars['Boolean']['output'];
  /** Commission rate in percent. */
  commissionRate: Scalars['Float']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Where this group's default links send visitors; null means the program's website. */
  destinationUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  /** Share this link to let partners join the group. */
  joinUrl: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Partnerships in the group that are pending or active. */
  partnershipCount: Scalars['Int']['output'];
  welcomeEmailBody?: Maybe<Scalars['String']['output']>;
  /** Sent to partners who join or are moved into the group; null when there is none. */
  welcomeEmailSubject?: Maybe<Scalars['String']['output']>;
};

export type GroupConnection = {
  __typename?: 'GroupConnection';
  edges: Array<GroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GroupEdge = {
  __typename?: 'GroupEdge';
  cursor: Scalars['String']['output'];
  node: Group;
};

export type GroupIdInput = {
  groupId: Scalars['ID']['input'];
};

export type GroupPayload = {
  __typename?: 'GroupPayload';
  group?: Maybe<Group>;
  userErrors: Array<UserError>;
};

/** A partner import from a CSV file. */
export type Import = {
  __typename?: 'Import';
  byteSize: Scalars['Int']['output'];
  columns: Array<ImportColumn>;
  createdAt: Scalars['DateTime']['output'];
  /** Null when an API key started it, or the person's account is gone. */
  createdBy?: Maybe<User>;
  createdRows: Scalars['Int']['output'];
  dateOrder: ImportDateOrder;
  /** The delimiter: one of , ; tab (\t) |. */
  delimiter: Scalars['String']['output'];
  duplicateMode: ImportDuplicateMode;
  encoding: ImportEncoding;
  /** Why a FAILED import stopped. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  failedRows: Scalars['Int']['output'];
  /** GET: the rows the run could not import, as CSV with a reason column; fix them and import the file again. */
  failedRowsUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null: the program's default group (rows with a group cell go to that group). */
  group?: Maybe<Group>;
  /** The line of the header row (1 = the first line). */
  headerLine: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Whether an earlier import of this program had a file with the same bytes. */
  importedBefore: Scalars['Boolean']['output'];
  /** False for a quiet import: nobody is emailed; partners claim later from a resend. */
  notify: Scalars['Boolean']['output'];
  /** Only for a DRAFT import: the full check with its current mapping and options. */
  preview?: Maybe<ImportPreview>;
  /** GET: the rows the preview finds problems in, as CSV with a reason column (same auth as the upload). */
  problemRowsUrl: Scalars['String']['output'];
  processedRows: Scalars['Int']['output'];
  program: Program;
  /** While running: rows per second since it started or resumed. */
  rowsPerSecond?: Maybe<Scalars['Float']['output']>;
  /** While running: an estimate of the seconds left. */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  skippedRows: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ImportStatus;
  /** Every field a column can feed, the program's custom fields included. */
  targets: Array<ImportTargetOption>;
  totalRows: Scalars['Int']['output'];
  /** Indexes of columns not mapped to any field. */
  unmappedColumns: Array<Scalars['Int']['output']>;
  updatedRows: Scalars['Int']['output'];
  warnings: Array<ImportWarning>;
};

/** One column of the file and the field it feeds. */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  header: Scalars['String']['output'];
  /** 0-based position in the header row. */
  index: Scalars['Int']['output'];
  /** The first non-empty cells of the column, as read. */
  samples: Array<Scalars['String']['output']>;
  /**
   * The field this column feeds, or null when it is ignored: one of email, firstName, lastName,
   * company, partnerKey, group, managerEmail, accessLevel, joinedAt, externalId, notes, or
   * customField:<key> for a partnership custom field of the program.
   */
  target?: Maybe<Scalars['String']['output']>;
};

export type ImportColumnInput = {
  index: Scalars['Int']['input'];
  /** A target of Import.targets, or null to ignore the column. */
  target?: InputMaybe<Scalars['String']['input']>;
};

export type ImportConnection = {
  __typename?: 'ImportConnection';
  edges: Array<ImportEdge>;
  pageInfo: PageInfo;
};

/** How a slashed date such as 01/02/2024 reads. */
export type ImportDateOrder =
  /** Day first: 1 February is 01/02/2024. */
  | 'DMY'
  /** Month first: 1 February is 02/01/2024. */
  | 'MDY';

/** What a row whose email already has a live partnership in this program does. */
export type ImportDuplicateMode =
  /** Leave the partnership as it is. */
  | 'SKIP'
  /** Set its group, partner key, program manager and custom fields from the row (empty cells change nothing). */
  | 'UPDATE';

export type ImportEdge = {
  __typename?: 'ImportEdge';
  cursor: Scalars['String']['output'];
  node: Import;
};

export type ImportEncoding =
  | 'UTF_8'
  | 'UTF_16BE'
  | 'UTF_16LE'
  /** Windows-1252, a superset of Latin-1 (ISO 8859-1). */
  | 'WINDOWS_1252';

export type ImportIdInput = {
  importId: Scalars['ID']['input'];
};

export type ImportPayload = {
  __typename?: 'ImportPayload';
  import?: Maybe<Import>;
  userErrors: Array<UserError>;
};

/** A full check of the file with the current mapping and options, before anything is written. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  createCount: Scalars['Int']['output'];
  failCount: Scalars['Int']['output'];
  problemCount: Scalars['Int']['output'];
  /** The first problems, in line order (problemCount counts them all); download problemRowsUrl for every row. */
  problems: Array<ImportProblem>;
  /** The first rows as they will be imported. */
  rows: Array<ImportPreviewRow>;
  skipCount: Scalars['Int']['output'];
  totalRows: Scalars['Int']['output'];
  updateCount: Scalars['Int']['output'];
};

export type ImportPreviewField = {
  __typename?: 'ImportPreviewField';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** One row as it will be imported, after mapping. */
export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  action: ImportRowAction;
  company?: Maybe<Scalars['String']['output']>;
  /** Custom fields the row sets, as label: value. */
  customFields: Array<ImportPreviewField>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  /** The group's name. */
  group?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  managerEmail?: Maybe<Scalars['String']['output']>;
  /** The key given, or null when one will be made from the name (or kept, on an update). */
  partnerKey?: Maybe<Scalars['String']['output']>;
  /** For FAIL, why. */
  problems: Array<ImportProblem>;
};

/** Why one line of the file cannot be imported. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The header of the column at fault, when one column is. */
  column?: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** What will happen to a row the preview shows. */
export type ImportRowAction =
  | 'CREATE'
  | 'FAIL'
  | 'SKIP'
  | 'UPDATE';

/** Settings of an import; a field left out keeps its current value (or the default). */
export type ImportSettingsInput = {
  dateOrder?: InputMaybe<ImportDateOrder>;
  duplicateMode?: InputMaybe<ImportDuplicateMode>;
  /** Read the file in this encoding rather than the detected one. */
  encoding?: InputMaybe<ImportEncoding>;
  /** Null: the program's default group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Every column's target; columns left out are ignored. */
  mapping?: InputMaybe<Array<ImportColumnInput>>;
  notify?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ImportStatus =
  /** Stopped by a manager; rows imported before stay. */
  | 'CANCELLED'
  | 'COMPLETED'
  /** Uploaded; its mapping and options can be changed, and its preview read. */
  | 'DRAFT'
  /** The file broke part-way (see errorMessage); rows imported before stay. */
  | 'FAILED'
  /** Started, waiting for a worker. */
  | 'QUEUED'
  | 'RUNNING';

/** A field a column can feed (for mapping pickers). */
export type ImportTargetOption = {
  __typename?: 'ImportTargetOption';
  label: Scalars['String']['output'];
  /** Whether a row without it cannot be imported. */
  required: Scalars['Boolean']['output'];
  /** The value for ImportColumnInput.target. */
  target: Scalars['String']['output'];
};

/** Something about the file the manager should know that stops no row (a duplicate header, formulas kept as text…). */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type Invite = {
  __typename?: 'Invite';
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: InviteKind;
  lastSentAt?: Maybe<Scalars['DateTime']['output']>;
  member: Member;
  sentCount: Scalars['Int']['output'];
  status: InviteStatus;
};

export type InviteContentInput = {
  body: Scalars['String']['input'];
  /** Save content for future partner invitations (unique to you, in this program). */
  saveForFuture?: InputMaybe<Scalars['Boolean']['input']>;
  subject: Scalars['String']['input'];
};

export type InviteIdInput = {
  inviteId: Scalars['ID']['input'];
};

export type InviteKind =
  /** Claims a new partner account (the primary contact). */
  | 'PARTNER_CLAIM'
  /** Joins an existing partner's team. */
  | 'TEAM_JOIN';

/** What the emailed link shows before anyone signs in: enough to recognise the invite, nothing more. */
export type InviteLanding = {
  __typename?: 'InviteLanding';
  /** The invited address, so the page can say which account to sign in with. */
  email?: Maybe<Scalars['String']['output']>;
  invitedByName?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<InviteKind>;
  partnerName?: Maybe<Scalars['String']['output']>;
  programName?: Maybe<Scalars['String']['output']>;
  status: InviteLandingStatus;
};

export type InviteLandingStatus =
  | 'CLAIMED'
  | 'EXPIRED'
  /** Not approved yet by the team owner. */
  | 'NOT_READY'
  /** Deleted by a manager, or replaced by a newer link. */
  | 'NO_LONGER_VALID'
  | 'VALID';

export type InvitePayload = {
  __typename?: 'InvitePayload';
  invite?: Maybe<Invite>;
  userErrors: Array<UserError>;
};

export type InvitePreview = {
  __typename?: 'InvitePreview';
  html: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type InviteStatus =
  /** Waits for the partner team owner to approve the addition; no email yet. */
  | 'AWAITING_OWNER_APPROVAL'
  | 'CLAIMED'
  /** The team owner declined the addition. */
  | 'DECLINED'
  /** The link expired before it was claimed; resend it for a fresh one. */
  | 'EXPIRED'
  /** Approved, but the partnership is not yet approved or claimed: no email until it is. */
  | 'HELD'
  /** Made by a quiet import: nothing was emailed; resend it to send the link. */
  | 'NOT_SENT'
  /** Deleted by a manager: the link says it is no longer valid. */
  | 'REVOKED'
  | 'SENT';

/** The invite email a manager edits when adding a partner. Placeholders: {partner_name}, {first_name}, {company_name}, {program_name}, {manager_name}, {claim_link}. */
export type InviteTemplate = {
  __typename?: 'InviteTemplate';
  body: Scalars['String']['output'];
  /** Whether this is the manager's saved content rather than the default. */
  saved: Scalars['Boolean']['output'];
  subject: Scalars['String']['output'];
};

/** What a group's join link shows. Hidden questions of the form are never part of it. */
export type JoinLanding = {
  __typename?: 'JoinLanding';
  /** Joining sends an application for a manager to review. */
  applicationFormEnabled: Scalars['Boolean']['output'];
  /** The questions to answer when the form is on; null otherwise. */
  form?: Maybe<ApplicantForm>;
  groupName?: Maybe<Scalars['String']['output']>;
  /** For a signed-in visitor: the partners they belong to. */
  partnerChoices: Array<JoinPartnerChoice>;
  programName?: Maybe<Scalars['String']['output']>;
  /** For a signed-in visitor who cannot join or apply at all (removed, declined, already applied): why. */
  refusal?: Maybe<Scalars['String']['output']>;
  status: JoinLandingStatus;
};

export type JoinLandingStatus =
  /** The link was regenerated or never existed. */
  | 'INVALID'
  | 'OPEN';

/** A partner the signed-in visitor belongs to, and whether they may apply (or join) for it. */
export type JoinPartnerChoice = {
  __typename?: 'JoinPartnerChoice';
  accessLevel: AccessLevel;
  /** Owners and Admins may; Finance and Member people may not (they can apply for a new partner of their own). */
  canApply: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  partnerId: Scalars['ID']['output'];
  /** Why this partner cannot apply or join now (already in the program, an application pending), if so. */
  unavailableReason?: Maybe<Scalars['String']['output']>;
};

export type JoinProgramInput = {
  /** Answers to the application form's questions, by question id. */
  answers?: InputMaybe<Array<ApplicationAnswerInput>>;
  /** For a new partner: the company you represent. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /**
   * The partner that applies or joins: one you are an Owner or Admin of. Empty with a companyName: a
   * new partner of your own, named by it. Empty without one: the one partner you are Owner or Admin of
   * (with several, choose).
   */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  token: Scalars['String']['input'];
};

export type JoinProgramPayload = {
  __typename?: 'JoinProgramPayload';
  /** True when the group reviews applications: a manager decides. */
  applicationSubmitted: Scalars['Boolean']['output'];
  /** Set when the partner joined at once. */
  partnerProgram?: Maybe<PartnerProgram>;
  userErrors: Array<UserError>;
};

export type MarkMessageThreadReadInput = {
  /** Which side you read as; by default the program's side when you manage it. */
  as?: InputMaybe<MessageSide>;
  partnerId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
};

export type MarkMessageThreadReadPayload = {
  __typename?: 'MarkMessageThreadReadPayload';
  thread?: Maybe<MessageThread>;
  userErrors: Array<UserError>;
};

/** How a program appears in the marketplace (Settings → Marketplace). */
export type MarketplaceListing = {
  __typename?: 'MarketplaceListing';
  /** One of NetworkProfileOptions.categories. */
  category?: Maybe<Scalars['String']['output']>;
  /** Up to 300 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** Where marketplace applicants go; null: the default group. */
  group?: Maybe<Group>;
  listed: Scalars['Boolean']['output'];
  listedAt?: Maybe<Scalars['DateTime']['output']>;
  logoUrl?: Maybe<Scalars['String']['output']>;
};

export type MarketplaceListingPayload = {
  __typename?: 'MarketplaceListingPayload';
  program?: Maybe<Program>;
  userErrors: Array<UserError>;
};

/** A listed program as partners see it. */
export type MarketplaceProgram = {
  __typename?: 'MarketplaceProgram';
  category: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The group the program's marketplace applicants join (the listing's, else the default group). */
  groupName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  listedAt: Scalars['DateTime']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Where the given partner (one of yours) stands. */
  standing: MarketplaceStanding;
  websiteUrl: Scalars['String']['output'];
};


/** A listed program as partners see it. */
export type MarketplaceProgramStandingArgs = {
  partnerId: Scalars['ID']['input'];
};

export type MarketplaceProgramConnection = {
  __typename?: 'MarketplaceProgramConnection';
  edges: Array<MarketplaceProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MarketplaceProgramEdge = {
  __typename?: 'MarketplaceProgramEdge';
  cursor: Scalars['String']['output'];
  node: MarketplaceProgram;
};

export type MarketplaceSort =
  | 'NAME'
  | 'NEWEST';

/** Where the chosen partner stands with a listed program. */
export type MarketplaceStanding =
  /** An application to this program waits for its managers. */
  | 'APPLIED'
  /** Network approved and free to apply. */
  | 'CAN_APPLY'
  /** Already pending or live in the program. */
  | 'IN_PROGRAM'
  /** Declined from the network: use the program's join link. */
  | 'NETWORK_DECLINED'
  /** The network application waits for review: use the program's join link meanwhile. */
  | 'NETWORK_PENDING'
  /** Only an Owner or Admin of the partner can apply. */
  | 'NOT_ALLOWED'
  /** Apply to the network first. */
  | 'NOT_NETWORK_APPROVED'
  /** Removed from this program: only its managers can add the partner again. */
  | 'REMOVED';

/** A person inside a partner. */
export type Member = {
  __typename?: 'Member';
  accessLevel: AccessLevel;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPrimaryContact: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Their own label: sales rep, integration specialist, partner manager, affiliate… */
  roleLabel?: Maybe<Scalars['String']['output']>;
  status: MemberStatus;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'AWAITING_OWNER_APPROVAL'
  | 'INVITED'
  | 'REMOVED';

/**
 * One message of a thread. The body is plain text exactly as written (trimmed): clients show it as
 * text and may make its links clickable; it is never HTML.
 */
export type Message = {
  __typename?: 'Message';
  /** The application the message was sent from, if any. */
  applicationId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The person who wrote it; the program's or partner's name when no name is known (API keys send as the program). */
  senderName: Scalars['String']['output'];
  side: MessageSide;
};

/** Messages newest first: `after` an endCursor pages back to older messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** Which side of a thread wrote a message. */
export type MessageSide =
  /** The partner: its Owners and Admins (an applicant is the Owner of their new partner). */
  | 'PARTNER'
  /** The program: its managers, or an API key of it. */
  | 'PROGRAM';

/**
 * A conversation between one program and one partner. Only the program's managers (and its API
 * keys) and the partner's Owners and Admins can read or write it.
 */
export type MessageThread = {
  __typename?: 'MessageThread';
  /** Null while nobody has written yet. */
  lastMessage?: Maybe<Message>;
  partnerId: Scalars['ID']['output'];
  partnerName: Scalars['String']['output'];
  programId: Scalars['ID']['output'];
  programName: Scalars['String']['output'];
  /**
   * The other side's messages after the reader last read the thread. An API key has no read
   * marker: for it, the partner's messages since the program last wrote.
   */
  unreadCount: Scalars['Int']['output'];
  /** The side the reader is on: messages of the other side count as unread. */
  viewerSide: MessageSide;
};

/** Threads, the most recently active first. */
export type MessageThreadConnection = {
  __typename?: 'MessageThreadConnection';
  edges: Array<MessageThreadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageThreadEdge = {
  __typename?: 'MessageThreadEdge';
  cursor: Scalars['String']['output'];
  node: MessageThread;
};

export type MessageThreadPage = {
  __typename?: 'MessageThreadPage';
  /**
   * Whether you can write here. False on the program's side when the program removed the partner
   * (their latest partnership is removed and they have not applied since): the history stays
   * readable, but sendMessage refuses to write to them until they are added again or apply again.
   */
  canWrite: Scalars['Boolean']['output'];
  messages: MessageConnection;
  /** The partnership of this partner in the program, if any (manager side only). */
  partnershipId?: Maybe<Scalars['ID']['output']>;
  thread: MessageThread;
};

export type MovePartnerGroupInput = {
  groupId: Scalars['ID']['input'];
  selection: PartnershipSelection;
};

export type MovePartnerGroupPayload = {
  __typename?: 'MovePartnerGroupPayload';
  group?: Maybe<Group>;
  movedCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a partner to the program and emails the invites. */
  addPartner: AddPartnerPayload;
  /** Adds members to a partnership's team; each waits for the team owner's approval before its invite is sent. */
  addPartnerMembers: AddPartnerMembersPayload;
  /** A network-approved partner applies to a listed program in one step, with its network profile. */
  applyFromMarketplace: ApplyFromMarketplacePayload;
  /** An Owner or Admin submits the profile to the network's reviewers (again, after a decline). */
  applyToNetwork: ApplyToNetworkPayload;
  /** Approves applications, all or none: each opens an active partnership in its group and emails the applicant and the partner's owners and admins. */
  approveApplications: ApproveApplicationsPayload;
  /** The partner team owner approves a member addition; the invite is sent (or held until the partnership is approved). */
  approveMemberAddition: InvitePayload;
  /** A reviewer approves a pending application; the partner is emailed. */
  approveNetworkApplication: NetworkApplicationPayload;
  /** An Owner or Admin of the partner approves a pending partnership. */
  approvePartnership: PartnerProgramPayload;
  /** Hides the field everywhere; its stored values stay and come back with restoreCustomField. */
  archiveCustomField: CustomFieldPayload;
  /** Stops a queued or running import after its current batch; a DRAFT one is discarded. */
  cancelImport: ImportPayload;
  /** Claims an invite for the signed-in person, whose email must be the invited one. Single use. */
  claimInvite: ClaimInvitePayload;
  /** Applies an email change from its emailed link. */
  confirmEmailChange: ProfilePayload;
  /** Replaces a group's form (title, description, questions) with a copy of another group's. */
  copyApplicationForm: ApplicationFormPayload;
  createApiKey: CreateApiKeyPayload;
  createCustomField: CustomFieldPayload;
  createGroup: CreateGroupPayload;
  /** Makes a DRAFT import from CSV text (the API's upload; the page uses the upload route). */
  createImport: ImportPayload;
  /** Declines applications, all or none, with a reason, a note and when the applicant may reapply; emails each applicant. */
  declineApplications: DeclineApplicationsPayload;
  declineMemberAddition: InvitePayload;
  /** A reviewer declines a pending application with a reason; the partner is emailed. */
  declineNetworkApplication: NetworkApplicationPayload;
  declinePartnership: PartnerProgramPayload;
  /** Deletes a group without partnerships. Move its partners to another group first. */
  deleteGroup: GroupPayload;
  /** Deletes an invite that has not been claimed; its link then says it is no longer valid. */
  deleteInvite: InvitePayload;
  /** Joins (or applies to) a program through a group's join link. A removed partner cannot rejoin with the same email. */
  joinProgram: JoinProgramPayload;
  /** Marks the thread read up to its newest message, for you. */
  markMessageThreadRead: MarkMessageThreadReadPayload;
  /**
   * Moves partnerships to another group (all or none); they get its emails, links and commission from now on.
   * A selected id that is not a partnership of this program (unknown, or another program's), or one that was removed, is a
   * userError at `selection.partnershipIds.<index>` naming it, and nothing moves. Partnerships already in the group are skipped: a repeat,
   * or the same move sent twice at once, counts 0, sends no welcome email and records nothing.
   */
  movePartnerGroup: MovePartnerGroupPayload;
  /** A new join link; the old one stops working. */
  regenerateGroupJoinLink: GroupPayload;
  /**
   * Removes partnerships from the program (all or none). They leave All Partners and the partner's view; history stays in the export.
   * A selected id that is not a partnership of this program (unknown, or another program's) is a userError at
   * `selection.partnershipIds.<index>` naming it, and nothing is removed. Partnerships already removed are skipped: a repeat,
   * or the same removal sent twice at once, counts 0, records nothing and keeps the first removal's link deactivation.
   */
  removePartners: RemovePartnersPayload;
  reorderCustomFields: ReorderCustomFieldsPayload;
  /**
   * A partner's Owner or Admin writes to a program the partner has a thread, partnership or application with; its managers are emailed.
   * After the program removed the partner the thread is NOT_FOUND for them, as for markMessageThreadRead.
   */
  replyToMessageThread: SendMessagePayload;
  /** Sends a confirmation link (valid 3 hours) to the new address and tells the old one. */
  requestEmailChange: ProfilePayload;
  /** Sends a fresh link; the previous link stops working. */
  resendInvite: InvitePayload;
  restoreCustomField: CustomFieldPayload;
  revokeApiKey: RevokeApiKeyPayload;
  /**
   * A program writes to a partner that has a partnership (any status) or an application in it; the partner's Owners and Admins are emailed.
   * A partner the program removed (latest partnership removed, no pending application since) is a NOT_ALLOWED userError at the
   * field that named it (partnerId, partnershipId or applicationId) and nothing is written or emailed.
   */
  sendMessage: SendMessagePayload;
  /** Starts an import: a DRAFT one, or one made from csv at once. It runs in the background; poll import(id). */
  startImport: ImportPayload;
  /** Saves a group's application form. Pending applications keep the questions they were asked. */
  updateApplicationForm: ApplicationFormPayload;
  /** Reviewers' answers to the hidden questions of an application. */
  updateApplicationReviewerAnswers: UpdateApplicationReviewerAnswersPayload;
  updateCustomField: CustomFieldPayload;
  updateGroup: GroupPayload;
  /** Changes a DRAFT import's mapping and options. */
  updateImport: ImportPayload;
  /** Lists or unlists the program in the marketplace. */
  updateMarketplaceListing: MarketplaceListingPayload;
  /** Changes your own name; only you can. */
  updateMyProfile: ProfilePayload;
  /** An Owner or Admin saves the partner's network profile. */
  updateNetworkProfile: NetworkProfilePayload;
  /** Changes a partnership's partner key, program manager, custom fields or group. Name and email belong to the partner. */
  updatePartnership: UpdatePartnershipPayload;
  updateProgramSettings: UpdateProgramSettingsPayload;
  /** A manager sets a member's role label and member custom fields. */
  updateTeamMember: UpdateTeamMemberPayload;
};


export type MutationAddPartnerArgs = {
  input: AddPartnerInput;
};


export type MutationAddPartnerMembersArgs = {
  input: AddPartnerMembersInput;
};


export type MutationApplyFromMarketplaceArgs = {
  input: ApplyFromMarketplaceInput;
};


export type MutationApplyToNetworkArgs = {
  input: ApplyToNetworkInput;
};


export type MutationApproveApplicationsArgs = {
  input: ApproveApplicationsInput;
};


export type MutationApproveMemberAdditionArgs = {
  input: InviteIdInput;
};


export type MutationApproveNetworkApplicationArgs = {
  input: DecideNetworkApplicationInput;
};


export type MutationApprovePartnershipArgs = {
  input: PartnershipIdInput;
};


export type MutationArchiveCustomFieldArgs = {
  input: CustomFieldIdInput;
};


export type MutationCancelImportArgs = {
  input: ImportIdInput;
};


export type MutationClaimInviteArgs = {
  input: ClaimInviteInput;
};


export type MutationConfirmEmailChangeArgs = {
  input: ConfirmEmailChangeInput;
};


export type MutationCopyApplicationFormArgs = {
  input: CopyApplicationFormInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCustomFieldArgs = {
  input: CreateCustomFieldInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateImportArgs = {
  input: CreateImportInput;
};


export type MutationDeclineApplicationsArgs = {
  input: DeclineApplicationsInput;
};


export type MutationDeclineMemberAdditionArgs = {
  input: InviteIdInput;
};


export type MutationDeclineNetworkApplicationArgs = {
  input: DecideNetworkApplicationInput;
};


export type MutationDeclinePartnershipArgs = {
  input: PartnershipIdInput;
};


export type MutationDeleteGroupArgs = {
  input: GroupIdInput;
};


export type MutationDeleteInviteArgs = {
  input: InviteIdInput;
};


export type MutationJoinProgramArgs = {
  input: JoinProgramInput;
};


export type MutationMarkMessageThreadReadArgs = {
  input: MarkMessageThreadReadInput;
};


export type MutationMovePartnerGroupArgs = {
  input: MovePartnerGroupInput;
};


export type MutationRegenerateGroupJoinLinkArgs = {
  input: GroupIdInput;
};


export type MutationRemovePartnersArgs = {
  input: RemovePartnersInput;
};


export type MutationReorderCustomFieldsArgs = {
  input: ReorderCustomFieldsInput;
};


export type MutationReplyToMessageThreadArgs = {
  input: ReplyToMessageThreadInput;
};


export type MutationRequestEmailChangeArgs = {
  input: RequestEmailChangeInput;
};


export type MutationResendInviteArgs = {
  input: InviteIdInput;
};


export type MutationRestoreCustomFieldArgs = {
  input: CustomFieldIdInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationStartImportArgs = {
  input: StartImportInput;
};


export type MutationUpdateApplicationFormArgs = {
  input: UpdateApplicationFormInput;
};


export type MutationUpdateApplicationReviewerAnswersArgs = {
  input: UpdateApplicationReviewerAnswersInput;
};


export type MutationUpdateCustomFieldArgs = {
  input: UpdateCustomFieldInput;
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};


export type MutationUpdateImportArgs = {
  input: UpdateImportInput;
};


export type MutationUpdateMarketplaceListingArgs = {
  input: UpdateMarketplaceListingInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


export type MutationUpdateNetworkProfileArgs = {
  input: UpdateNetworkProfileInput;
};


export type MutationUpdatePartnershipArgs = {
  input: UpdatePartnershipInput;
};


export type MutationUpdateProgramSettingsArgs = {
  input: UpdateProgramSettingsInput;
};


export type MutationUpdateTeamMemberArgs = {
  input: UpdateTeamMemberInput;
};

/** A partner organisation the signed-in person is a member of. */
export type MyPartner = {
  __typename?: 'MyPartner';
  accessLevel: AccessLevel;
  /** Whether you may edit the profile and apply (Owner or Admin). */
  canManageNetwork: Scalars['Boolean']['output'];
  /** The latest decision, if any (a declined partner sees the reason). */
  lastNetworkDecision?: Maybe<NetworkDecision>;
  networkProfile?: Maybe<NetworkProfile>;
  networkStatus: NetworkStatus;
  partner: Partner;
  /** Member additions waiting for the team owner's approval (only listed for Owners). */
  pendingAdditions: Array<PendingAddition>;
  programs: Array<PartnerProgram>;
  team: Array<Member>;
};

/** The partner as reviewers see it: its name and logo, nothing of any program. */
export type NetworkApplicant = {
  __typename?: 'NetworkApplicant';
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  networkStatus: NetworkStatus;
};

/** A member of the applying partner's team, as reviewers see it. */
export type NetworkApplicantMember = {
  __typename?: 'NetworkApplicantMember';
  accessLevel: AccessLevel;
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type NetworkApplication = {
  __typename?: 'NetworkApplication';
  applicant: NetworkApplicant;
  decision?: Maybe<NetworkDecision>;
  /** The partner's earlier decided network applications, newest first. */
  earlierDecisions: Array<NetworkDecision>;
  id: Scalars['ID']['output'];
  /** The partner's people (not removed). */
  members: Array<NetworkApplicantMember>;
  /** The profile as submitted. */
  profile: NetworkProfile;
  status: NetworkApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Seconds from submission to the decision, or to now while pending. */
  waitingSeconds: Scalars['Int']['output'];
};

export type NetworkApplicationEdge = {
  __typename?: 'NetworkApplicationEdge';
  cursor: Scalars['String']['output'];
  node: NetworkApplication;
};

export type NetworkApplicationPayload = {
  __typename?: 'NetworkApplicationPayload';
  application?: Maybe<NetworkApplication>;
  userErrors: Array<UserError>;
};

export type NetworkApplicationStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

/** A reviewer's decision on a network application. */
export type NetworkDecision = {
  __typename?: 'NetworkDecision';
  decidedAt: Scalars['DateTime']['output'];
  /** For DECLINED: why (shown to the partner). */
  reason?: Maybe<Scalars['String']['output']>;
  status: NetworkApplicationStatus;
};

/** A value and its label (for pickers). */
export type NetworkOption = {
  __typename?: 'NetworkOption';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** What a partner tells the whole network about itself. */
export type NetworkProfile = {
  __typename?: 'NetworkProfile';
  audienceSize: AudienceSize;
  categories: Array<Scalars['String']['output']>;
  companyName: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 codes. */
  countries: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Values of NetworkProfileOptions.promotionMethods. */
  promotionMethods: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  website: Scalars['String']['output'];
};

/** The choices of a network profile form. */
export type NetworkProfileOptions = {
  __typename?: 'NetworkProfileOptions';
  audienceSizes: Array<NetworkOption>;
  /** Also the marketplace's program categories. */
  categories: Array<Scalars['String']['output']>;
  promotionMethods: Array<NetworkOption>;
};

export type NetworkProfilePayload = {
  __typename?: 'NetworkProfilePayload';
  profile?: Maybe<NetworkProfile>;
  userErrors: Array<UserError>;
};

export type NetworkReviewQueue = {
  __typename?: 'NetworkReviewQueue';
  decidedLast30Days: Scalars['Int']['output'];
  /** PENDING: oldest first; decided ones: newest decision first. */
  edges: Array<NetworkApplicationEdge>;
  /** Median seconds from submission to decision over the decisions of the last 30 days; null without any. */
  medianDecisionSeconds30d?: Maybe<Scalars['Int']['output']>;
  /** How long the oldest pending application has waited; null when none waits. */
  oldestWaitingSeconds?: Maybe<Scalars['Int']['output']>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkStatus =
  /** Network approved: can apply to listed programs from the marketplace in one step. */
  | 'APPROVED'
  /** Declined; may apply again after editing the profile. */
  | 'DECLINED'
  /** Never applied. */
  | 'NONE'
  /** Applied; waiting for a network reviewer. */
  | 'PENDING';

export type NewMemberInput = {
  /** Only for partners new to the network; an existing partner's team sets its own levels (MEMBER is used). */
  accessLevel?: InputMaybe<AccessLevel>;
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  roleLabel?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner organisation (company). One partner can be in many programs. */
export type Partner = {
  __typename?: 'Partner';
  /** Whether the primary contact has claimed the account. */
  claimed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Approved into the network by its reviewers (the badge managers see). */
  networkApproved: Scalars['Boolean']['output'];
};

/** A partner organisation the email's owner belongs to, which a new partnership could connect to. */
export type PartnerCandidate = {
  __typename?: 'PartnerCandidate';
  /** Whether that partner already has a pending or active partnership in this program. */
  alreadyInProgram: Scalars['Boolean']['output'];
  partner: Partner;
};

/** A program one of your partner organisations belongs to. */
export type PartnerProgram = {
  __typename?: 'PartnerProgram';
  /** Whether you may approve or decline it (Owner or Admin, and it awaits approval). */
  canApprove: Scalars['Boolean']['output'];
  groupName: Scalars['String']['output'];
  partnerKey: Scalars['String']['output'];
  partnershipId: Scalars['ID']['output'];
  programName: Scalars['String']['output'];
  status: PartnershipStatus;
};

export type PartnerProgramPayload = {
  __typename?: 'PartnerProgramPayload';
  partnerProgram?: Maybe<PartnerProgram>;
  userErrors: Array<UserError>;
};

/** A partner in a program. */
export type Partnership = {
  __typename?: 'Partnership';
  activity: Array<ActivityEvent>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  clickCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  customFields: Array<CustomFieldValue>;
  /** The partner's id in the service it was imported from. */
  externalId?: Maybe<Scalars['String']['output']>;
  group: Group;
  id: Scalars['ID']['output'];
  /** Shown until a new partner claims its account, or an existing one approves the partnership. */
  invited: Scalars['Boolean']['output'];
  /** Invites sent to this partnership's members, newest first. */
  invites: Array<Invite>;
  /** Earlier partner keys that still resolve to this partnership. */
  keyAliases: Array<Scalars['String']['output']>;
  linksDeactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  members: Array<TeamMember>;
  /** Notes a manager keeps (an import's notes or tags column). */
  notes?: Maybe<Scalars['String']['output']>;
  partner: Partner;
  /** Identifies the partnership in links: lowercase letters and digits. */
  partnerKey: Scalars['String']['output'];
  primaryContact?: Maybe<Member>;
  program: Program;
  /** The program manager who owns the relationship. */
  programManager?: Maybe<User>;
  /** The partner's default referral link. */
  referralUrl: Scalars['String']['output'];
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  source: PartnershipSource;
  status: PartnershipStatus;
};


/** A partner in a program. */
export type PartnershipActivityArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  edges: Array<PartnershipEdge>;
  pageInfo: PageInfo;
  /** Exact up to 10,000 matches; above that the database's estimate (see totalCountIsEstimate). */
  totalCount: Scalars['Int']['output'];
  totalCountIsEstimate: Scalars['Boolean']['output'];
};

export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

/** Narrows All Partners. Every part is optional; parts combine with AND. */
export type PartnershipFilter = {
  /** Created at or after. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  groupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only partnerships showing the invited flag; false: only those without it. */
  invited?: InputMaybe<Scalars['Boolean']['input']>;
  programManagerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Partner or company name, member name or email, partner key: case-insensitive substring, at least 3 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Removed partnerships are never listed. */
  statuses?: InputMaybe<Array<PartnershipStatus>>;
};

export type PartnershipIdInput = {
  partnershipId: Scalars['ID']['input'];
};

/** What a bulk action applies to: the selected partnerships, or all matching a filter. */
export type PartnershipSelection = {
  /** Apply to every partnership matching `filter` (select all N matching). */
  allMatching?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  partnershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programId: Scalars['ID']['input'];
};

export type PartnershipSort = {
  direction: SortDirection;
  field: PartnershipSortField;
};

export type PartnershipSortField =
  | 'CREATED_AT'
  | 'NAME';

export type PartnershipSource =
  | 'API'
  | 'DASHBOARD'
  | 'IMPORT'
  | 'JOIN_LINK'
  | 'MARKETPLACE';

export type PartnershipStatus =
  | 'ACTIVE'
  | 'DECLINED'
  /** An existing partner: waits for an Owner or Admin to approve the partnership. */
  | 'PENDING_APPROVAL'
  /** A partner new to the network: waits for its primary contact to claim the account. */
  | 'PENDING_CLAIM'
  | 'REMOVED';

export type PendingAddition = {
  __typename?: 'PendingAddition';
  invite: Invite;
  invitedByName?: Maybe<Scalars['String']['output']>;
  programName: Scalars['String']['output'];
};

export type Profile = {
  __typename?: 'Profile';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  /** An email change waiting for confirmation from the new address. */
  pendingEmail?: Maybe<Scalars['String']['output']>;
};

export type ProfilePayload = {
  __typename?: 'ProfilePayload';
  profile?: Maybe<Profile>;
  userErrors: Array<UserError>;
};

export type Program = {
  __typename?: 'Program';
  /** The program's applications (the Applications page), newest first unless sorted. */
  applications: ApplicationConnection;
  createdAt: Scalars['DateTime']['output'];
  /** The program's custom fields in order; archived ones only with includeArchived. */
  customFieldDefinitions: Array<CustomFieldDefinition>;
  /** The reasons a manager picks from when declining an application, in order. */
  declineReasons: Array<Scalars['String']['output']>;
  defaultGroup: Group;
  /** The all-partner export (CSV, removed partnerships included): GET it with the session or an API key. */
  exportUrl: Scalars['String']['output'];
  groups: GroupConnection;
  id: Scalars['ID']['output'];
  /** The program's imports, newest first. */
  imports: ImportConnection;
  inviteExpiryDays: Scalars['Int']['output'];
  /** Query string appended to referral redirects; {partner_key} is replaced. */
  linkParameters: Scalars['String']['output'];
  /** People who manage the program: the choices for a partnership's program manager. */
  managers: Array<User>;
  marketplaceListing: MarketplaceListing;
  name: Scalars['String']['output'];
  /** All Partners: partnerships not removed; newest first unless sorted. */
  partnerships: PartnershipConnection;
  /** The From name of the program's emails; null means the program's name. */
  senderName?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  websiteUrl: Scalars['String']['output'];
};


export type ProgramApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ApplicationSort>;
};


export type ProgramCustomFieldDefinitionsArgs = {
  entity?: InputMaybe<CustomFieldEntity>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


export type ProgramGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgramImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProgramPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PartnershipSort>;
};

export type ProgramUnreadMessages = {
  __typename?: 'ProgramUnreadMessages';
  count: Scalars['Int']['output'];
  programId: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiKeys: Array<ApiKey>;
  application: Application;
  /** A group's application form, for its program's managers (and API keys). */
  applicationForm: ApplicationForm;
  /** The program's applications, newest first unless sorted; keyset pagination. */
  applications: ApplicationConnection;
  /** A program's custom fields in order (partnership and member fields, or one entity's); archived ones only with includeArchived. */
  customFields: Array<CustomFieldDefinition>;
  /** The program's groups, oldest first. */
  groups: GroupConnection;
  /** One import, for its progress and report. */
  import: Import;
  /** The program's imports, newest first. */
  imports: ImportConnection;
  /** Shown on /invite/<token>; anyone holding the link may see it. */
  inviteLanding: InviteLanding;
  /** The invite content to prefill: the caller's saved content for the program, else the default. */
  inviteTemplate: InviteTemplate;
  joinLanding: JoinLanding;
  /** Listed programs, for partner members; search (name or description, 2+ characters), a category, keyset pages. */
  marketplace: MarketplaceProgramConnection;
  /**
   * One thread, its messages newest first. Reading does not mark it read: call
   * markMessageThreadRead. `as` picks your side when you both manage the program and are an Owner
   * or Admin of the partner; by default the program's side. On the partner's side, a thread with a
   * program that removed the partner is NOT_FOUND; the program's side still reads it.
   */
  messageThread: MessageThreadPage;
  /** The program's threads, the most recently active first, with unread counts for the caller. */
  messageThreads: MessageThreadConnection;
  /**
   * Threads of the partners you are Owner or Admin of, across programs. A program that removed the
   * partner is left out (and counts no unread messages) until it adds them again or they apply again.
   */
  myMessageThreads: MessageThreadConnection;
  /** Your partner organisations, their programs and teams. */
  myPartners: Array<MyPartner>;
  myProfile: Profile;
  networkApplication: NetworkApplication;
  /** The network profile form's choices. */
  networkProfileOptions: NetworkProfileOptions;
  /** The reviewers' queue. */
  networkReviewQueue: NetworkReviewQueue;
  /** Partner organisations the person with this email belongs to (asked before addPartner). */
  partnerCandidates: Array<PartnerCandidate>;
  partnership?: Maybe<Partnership>;
  /** The program's partners (All Partners): every partnership not removed; newest first unless sorted. */
  partnerships: PartnershipConnection;
  /** Renders invite content as the partner would receive it. */
  previewInvite: InvitePreview;
  /** A program the caller manages, by its slug. API keys may omit the slug to get their own program. */
  program?: Maybe<Program>;
  /** Null when signed out. */
  viewer?: Maybe<Viewer>;
};


export type QueryApiKeysArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationFormArgs = {
  groupId: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
  sort?: InputMaybe<ApplicationSort>;
};


export type QueryCustomFieldsArgs = {
  entity?: InputMaybe<CustomFieldEntity>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryInviteLandingArgs = {
  token: Scalars['String']['input'];
};


export type QueryInviteTemplateArgs = {
  programId: Scalars['ID']['input'];
};


export type QueryJoinLandingArgs = {
  token: Scalars['String']['input'];
};


export type QueryMarketplaceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<MarketplaceSort>;
};


export type QueryMessageThreadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  as?: InputMaybe<MessageSide>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
};


export type QueryMessageThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryMyMessageThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<NetworkApplicationStatus>;
};


export type QueryPartnerCandidatesArgs = {
  email: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
  sort?: InputMaybe<PartnershipSort>;
};


export type QueryPreviewInviteArgs = {
  body: Scalars['String']['input'];
  companyName?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
};


export type QueryProgramArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of answer a question takes: the same list as program custom fields. */
export type QuestionType =
  /** Yes or no (true/false). */
  | 'BOOLEAN'
  /** An ISO 3166-1 alpha-2 code. */
  | 'COUNTRY'
  | 'CURRENCY'
  /** YYYY-MM-DD */
  | 'DATE'
  | 'LONG_TEXT'
  /** Several of the options, sent as a JSON list of strings. */
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'REGION'
  /** One of the options. */
  | 'SELECT'
  | 'TEXT'
  | 'URL';

/** REQUIRED and OPTIONAL questions are asked of the applicant; HIDDEN ones only reviewers see and fill in. */
export type QuestionVisibility =
  /** Only reviewers see and fill in the question; the applicant never gets it. */
  | 'HIDDEN'
  | 'OPTIONAL'
  | 'REQUIRED';

/** When a declined applicant may apply again. */
export type ReapplyPolicy =
  /** After reapplyAfterDays days (see ApplicationDecision.reapplyAfter). */
  | 'AFTER_DAYS'
  | 'ANYTIME'
  | 'NEVER';

export type RemovePartnersInput = {
  /** Deactivated links answer 404; otherwise they still redirect but attribute nothing. */
  deactivateLinks: Scalars['Boolean']['input'];
  selection: PartnershipSelection;
};

export type RemovePartnersPayload = {
  __typename?: 'RemovePartnersPayload';
  removedCount: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type ReorderCustomFieldsInput = {
  /** Every active (not archived) field of the entity, once each, in the new order. Archived fields follow them. */
  customFieldIds: Array<Scalars['ID']['input']>;
  entity: CustomFieldEntity;
  programId: Scalars['ID']['input'];
};

export type ReorderCustomFieldsPayload = {
  __typename?: 'ReorderCustomFieldsPayload';
  /** The entity's fields in their new order, archived ones last. */
  customFields?: Maybe<Array<CustomFieldDefinition>>;
  userErrors: Array<UserError>;
};

export type ReplyToMessageThreadInput = {
  body: Scalars['String']['input'];
  /** Your partner that writes (you must be its Owner or Admin). */
  partnerId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
};

export type RequestEmailChangeInput = {
  newEmail: Scalars['String']['input'];
};

export type ReviewerAnswerInput = {
  /** A HIDDEN question of the group's current form. */
  questionId: Scalars['String']['input'];
  /** As text (MULTI_SELECT as a JSON list); null or empty clears it. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

export type SendMessageInput = {
  /** Also records the message as sent from this application. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Plain text, 1 to 5000 characters after trimming. */
  body: Scalars['String']['input'];
  /** The partner to write to; or name it through one of its partnerships or applications in the program. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  programId: Scalars['ID']['input'];
};

export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  message?: Maybe<Message>;
  thread?: Maybe<MessageThread>;
  userErrors: Array<UserError>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartImportInput = {
  csv?: InputMaybe<Scalars['String']['input']>;
  filename?: InputMaybe<Scalars['String']['input']>;
  /** An uploaded (DRAFT) import; or programId with csv and filename. */
  importId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Applied before starting; mapping defaults to the detected one. */
  settings?: InputMaybe<ImportSettingsInput>;
};

/** A member of the partner, as this program sees them. */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** Values of the program's member custom fields. */
  customFields: Array<CustomFieldValue>;
  member: Member;
};

/** Unread messages for the navigation. */
export type UnreadMessages = {
  __typename?: 'UnreadMessages';
  /** Across the partners the person is Owner or Admin of. */
  asPartner: Scalars['Int']['output'];
  /** Per program the caller manages (an API key: its program); programs without unread messages are left out. */
  programs: Array<ProgramUnreadMessages>;
};

/** The whole form at once. */
export type UpdateApplicationFormInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled: Scalars['Boolean']['input'];
  groupId: Scalars['ID']['input'];
  questions: Array<ApplicationQuestionInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateApplicationReviewerAnswersInput = {
  answers: Array<ReviewerAnswerInput>;
  applicationId: Scalars['ID']['input'];
};

export type UpdateApplicationReviewerAnswersPayload = {
  __typename?: 'UpdateApplicationReviewerAnswersPayload';
  application?: Maybe<Application>;
  userErrors: Array<UserError>;
};

/** Only the fields given change. A type or options change that would leave stored values not fitting is refused. */
export type UpdateCustomFieldInput = {
  customFieldId: Scalars['ID']['input'];
  /** Empty clears it. */
  helpText?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<CustomFieldType>;
};

export type UpdateGroupInput = {
  applicationFormEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  commissionRate?: InputMaybe<Scalars['Float']['input']>;
  /** Empty string: links go to the program website. */
  destinationUrl?: InputMaybe<Scalars['String']['input']>;
  groupId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  welcomeEmailBody?: InputMaybe<Scalars['String']['input']>;
  /** Empty strings remove the welcome email. */
  welcomeEmailSubject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateImportInput = {
  importId: Scalars['ID']['input'];
  settings: ImportSettingsInput;
};

export type UpdateMarketplaceListingInput = {
  /** Required to list. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Required to list: up to 300 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A group of this program; null: the default group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  listed: Scalars['Boolean']['input'];
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
};

export type UpdateMyProfileInput = {
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
};

export type UpdateNetworkProfileInput = {
  audienceSize: AudienceSize;
  /** 1 to 3 values of NetworkProfileOptions.categories. */
  categories: Array<Scalars['String']['input']>;
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 codes, 1 or more. */
  countries: Array<Scalars['String']['input']>;
  /** 20 to 2,000 characters. */
  description: Scalars['String']['input'];
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** 1 or more values of NetworkProfileOptions.promotionMethods. */
  promotionMethods: Array<Scalars['String']['input']>;
  /** http(s) URL. */
  website: Scalars['String']['input'];
};

export type UpdatePartnershipInput = {
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Lowercase letters and digits. The old key keeps working as an alias in shared links. */
  partnerKey?: InputMaybe<Scalars['String']['input']>;
  partnershipId: Scalars['ID']['input'];
  /** Null clears it. */
  programManagerId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePartnershipPayload = {
  __typename?: 'UpdatePartnershipPayload';
  partnership?: Maybe<Partnership>;
  userErrors: Array<UserError>;
};

/** Only the fields given change. */
export type UpdateProgramSettingsInput = {
  /** 1 to 10 reasons of 1 to 200 characters, each once. */
  declineReasons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 90; invites sent from now on last this long. */
  inviteExpiryDays?: InputMaybe<Scalars['Int']['input']>;
  /** name=value pairs joined by &, with {partner_key} at least once (the one shortcode), e.g. ps_partner_key={partner_key}. */
  linkParameters?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  programId: Scalars['ID']['input'];
  /** The From name of the program's emails; empty means the program's name. No quotes, angle brackets or line breaks. */
  senderName?: InputMaybe<Scalars['String']['input']>;
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramSettingsPayload = {
  __typename?: 'UpdateProgramSettingsPayload';
  program?: Maybe<Program>;
  userErrors: Array<UserError>;
};

export type UpdateTeamMemberInput = {
  customFields?: InputMaybe<Array<CustomFieldValueInput>>;
  memberId: Scalars['ID']['input'];
  partnershipId: Scalars['ID']['input'];
  roleLabel?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTeamMemberPayload = {
  __typename?: 'UpdateTeamMemberPayload';
  teamMember?: Maybe<TeamMember>;
  userErrors: Array<UserError>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** A problem with a mutation's input that the caller can fix. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path of the field inside `input`, e.g. ["name"]. */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'CONFLICT'
  | 'INVALID'
  /** A rule of the program forbids it (e.g. a removed partner rejoining by join link). */
  | 'NOT_ALLOWED'
  | 'OUT_OF_RANGE'
  | 'REQUIRED'
  | 'TAKEN'
  | 'TOO_LONG';

/** The caller: a signed-in person or an API key. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Set when the caller authenticated with an API key. */
  apiKey?: Maybe<ApiKey>;
  isNetworkReviewer: Scalars['Boolean']['output'];
  /** Whether the person is a member of at least one partner. */
  isPartnerMember: Scalars['Boolean']['output'];
  /** Programs the caller manages; for an API key, its one program. */
  programs: Array<Program>;
  unreadMessages: UnreadMessages;
  /** Null for API keys. */
  user?: Maybe<User>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLevel: AccessLevel;
  ActivityEvent: ResolverTypeWrapper<ActivityEventModelModel>;
  AddPartnerInput: AddPartnerInput;
  AddPartnerMembersInput: AddPartnerMembersInput;
  AddPartnerMembersPayload: ResolverTypeWrapper<Omit<AddPartnerMembersPayload, 'invites' | 'partnership'> & { invites: Array<ResolversTypes['Invite']>, partnership?: Maybe<ResolversTypes['Partnership']> }>;
  AddPartnerPayload: ResolverTypeWrapper<Omit<AddPartnerPayload, 'partnerCandidates' | 'partnership'> & { partnerCandidates: Array<ResolversTypes['PartnerCandidate']>, partnership?: Maybe<ResolversTypes['Partnership']> }>;
  ApiKey: ResolverTypeWrapper<ApiKeyRowModel>;
  ApplicantForm: ResolverTypeWrapper<ApplicantFormModel>;
  ApplicantQuestion: ResolverTypeWrapper<ApplicantQuestion>;
  Application: ResolverTypeWrapper<ApplicationRowModel>;
  ApplicationAnswer: ResolverTypeWrapper<PresentedAnswerModel>;
  ApplicationAnswerInput: ApplicationAnswerInput;
  ApplicationConnection: ResolverTypeWrapper<ApplicationConnectionModel>;
  ApplicationDecision: ResolverTypeWrapper<ApplicationRowModel>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationFieldChoice: ResolverTypeWrapper<FieldDefinitionRowModel>;
  ApplicationFilter: ApplicationFilter;
  ApplicationForm: ResolverTypeWrapper<ApplicationFormModelModel>;
  ApplicationFormPayload: ResolverTypeWrapper<Omit<ApplicationFormPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  ApplicationQuestion: ResolverTypeWrapper<PresentedQuestionModel>;
  ApplicationQuestionInput: ApplicationQuestionInput;
  ApplicationSort: ApplicationSort;
  ApplicationSource: ApplicationSource;
  ApplicationStatus: ApplicationStatus;
  ApplicationStatusCounts: ResolverTypeWrapper<ApplicationStatusCounts>;
  ApplyFromMarketplaceInput: ApplyFromMarketplaceInput;
  ApplyFromMarketplacePayload: ResolverTypeWrapper<ApplyFromMarketplacePayload>;
  ApplyToNetworkInput: ApplyToNetworkInput;
  ApplyToNetworkPayload: ResolverTypeWrapper<ApplyToNetworkPayload>;
  ApproveApplicationsInput: ApproveApplicationsInput;
  ApproveApplicationsPayload: ResolverTypeWrapper<ApproveApplicationsPayload>;
  AudienceSize: AudienceSize;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Caller: Caller;
  ClaimInviteInput: ClaimInviteInput;
  ClaimInvitePayload: ResolverTypeWrapper<Omit<ClaimInvitePayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversTypes['PartnerProgram']> }>;
  ConfirmEmailChangeInput: ConfirmEmailChangeInput;
  CopyApplicationFormInput: CopyApplicationFormInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateCustomFieldInput: CreateCustomFieldInput;
  CreateGroupInput: CreateGroupInput;
  CreateGroupPayload: ResolverTypeWrapper<Omit<CreateGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  CreateImportInput: CreateImportInput;
  CustomFieldDefinition: ResolverTypeWrapper<FieldDefinitionModel>;
  CustomFieldEntity: CustomFieldEntity;
  CustomFieldFilter: CustomFieldFilter;
  CustomFieldIdInput: CustomFieldIdInput;
  CustomFieldPayload: ResolverTypeWrapper<Omit<CustomFieldPayload, 'customField'> & { customField?: Maybe<ResolversTypes['CustomFieldDefinition']> }>;
  CustomFieldType: CustomFieldType;
  CustomFieldValue: ResolverTypeWrapper<PresentedFieldModel>;
  CustomFieldValueInput: CustomFieldValueInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideNetworkApplicationInput: DecideNetworkApplicationInput;
  DeclineApplicationsInput: DeclineApplicationsInput;
  DeclineApplicationsPayload: ResolverTypeWrapper<DeclineApplicationsPayload>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Group: ResolverTypeWrapper<GroupRowModel>;
  GroupConnection: ResolverTypeWrapper<Omit<GroupConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEdge']> }>;
  GroupEdge: ResolverTypeWrapper<Omit<GroupEdge, 'node'> & { node: ResolversTypes['Group'] }>;
  GroupIdInput: GroupIdInput;
  GroupPayload: ResolverTypeWrapper<Omit<GroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Import: ResolverTypeWrapper<ImportRowModel>;
  ImportColumn: ResolverTypeWrapper<ImportColumn>;
  ImportColumnInput: ImportColumnInput;
  ImportConnection: ResolverTypeWrapper<Omit<ImportConnection, 'edges'> & { edges: Array<ResolversTypes['ImportEdge']> }>;
  ImportDateOrder: ImportDateOrder;
  ImportDuplicateMode: ImportDuplicateMode;
  ImportEdge: ResolverTypeWrapper<Omit<ImportEdge, 'node'> & { node: ResolversTypes['Import'] }>;
  ImportEncoding: ImportEncoding;
  ImportIdInput: ImportIdInput;
  ImportPayload: ResolverTypeWrapper<Omit<ImportPayload, 'import'> & { import?: Maybe<ResolversTypes['Import']> }>;
  ImportPreview: ResolverTypeWrapper<ImportPreviewModelModel>;
  ImportPreviewField: ResolverTypeWrapper<ImportPreviewField>;
  ImportPreviewRow: ResolverTypeWrapper<ImportPreviewRow>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportRowAction: ImportRowAction;
  ImportSettingsInput: ImportSettingsInput;
  ImportStatus: ImportStatus;
  ImportTargetOption: ResolverTypeWrapper<ImportTargetOption>;
  ImportWarning: ResolverTypeWrapper<ImportWarning>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invite: ResolverTypeWrapper<InviteRowModel>;
  InviteContentInput: InviteContentInput;
  InviteIdInput: InviteIdInput;
  InviteKind: InviteKind;
  InviteLanding: ResolverTypeWrapper<InviteLandingModel>;
  InviteLandingStatus: InviteLandingStatus;
  InvitePayload: ResolverTypeWrapper<Omit<InvitePayload, 'invite'> & { invite?: Maybe<ResolversTypes['Invite']> }>;
  InvitePreview: ResolverTypeWrapper<InvitePreview>;
  InviteStatus: InviteStatus;
  InviteTemplate: ResolverTypeWrapper<InviteTemplate>;
  JoinLanding: ResolverTypeWrapper<JoinLandingModel>;
  JoinLandingStatus: JoinLandingStatus;
  JoinPartnerChoice: ResolverTypeWrapper<JoinPartnerChoiceModel>;
  JoinProgramInput: JoinProgramInput;
  JoinProgramPayload: ResolverTypeWrapper<Omit<JoinProgramPayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversTypes['PartnerProgram']> }>;
  MarkMessageThreadReadInput: MarkMessageThreadReadInput;
  MarkMessageThreadReadPayload: ResolverTypeWrapper<Omit<MarkMessageThreadReadPayload, 'thread'> & { thread?: Maybe<ResolversTypes['MessageThread']> }>;
  MarketplaceListing: ResolverTypeWrapper<ProgramRowModel>;
  MarketplaceListingPayload: ResolverTypeWrapper<Omit<MarketplaceListingPayload, 'program'> & { program?: Maybe<ResolversTypes['Program']> }>;
  MarketplaceProgram: ResolverTypeWrapper<MarketplaceProgramModelModel>;
  MarketplaceProgramConnection: ResolverTypeWrapper<Omit<MarketplaceProgramConnection, 'edges'> & { edges: Array<ResolversTypes['MarketplaceProgramEdge']> }>;
  MarketplaceProgramEdge: ResolverTypeWrapper<Omit<MarketplaceProgramEdge, 'node'> & { node: ResolversTypes['MarketplaceProgram'] }>;
  MarketplaceSort: MarketplaceSort;
  MarketplaceStanding: MarketplaceStanding;
  Member: ResolverTypeWrapper<MemberRowModel>;
  MemberStatus: MemberStatus;
  Message: ResolverTypeWrapper<MessageModelModel>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessageSide: MessageSide;
  MessageThread: ResolverTypeWrapper<MessageThreadModelModel>;
  MessageThreadConnection: ResolverTypeWrapper<Omit<MessageThreadConnection, 'edges'> & { edges: Array<ResolversTypes['MessageThreadEdge']> }>;
  MessageThreadEdge: ResolverTypeWrapper<Omit<MessageThreadEdge, 'node'> & { node: ResolversTypes['MessageThread'] }>;
  MessageThreadPage: ResolverTypeWrapper<MessageThreadPageModelModel>;
  MovePartnerGroupInput: MovePartnerGroupInput;
  MovePartnerGroupPayload: ResolverTypeWrapper<Omit<MovePartnerGroupPayload, 'group'> & { group?: Maybe<ResolversTypes['Group']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyPartner: ResolverTypeWrapper<MyPartnerModel>;
  NetworkApplicant: ResolverTypeWrapper<NetworkApplicant>;
  NetworkApplicantMember: ResolverTypeWrapper<NetworkApplicantMember>;
  NetworkApplication: ResolverTypeWrapper<NetworkApplication>;
  NetworkApplicationEdge: ResolverTypeWrapper<NetworkApplicationEdge>;
  NetworkApplicationPayload: ResolverTypeWrapper<NetworkApplicationPayload>;
  NetworkApplicationStatus: NetworkApplicationStatus;
  NetworkDecision: ResolverTypeWrapper<NetworkDecision>;
  NetworkOption: ResolverTypeWrapper<NetworkOption>;
  NetworkProfile: ResolverTypeWrapper<NetworkProfile>;
  NetworkProfileOptions: ResolverTypeWrapper<NetworkProfileOptions>;
  NetworkProfilePayload: ResolverTypeWrapper<NetworkProfilePayload>;
  NetworkReviewQueue: ResolverTypeWrapper<NetworkReviewQueue>;
  NetworkStatus: NetworkStatus;
  NewMemberInput: NewMemberInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRowModel>;
  PartnerCandidate: ResolverTypeWrapper<PartnerCandidateModel>;
  PartnerProgram: ResolverTypeWrapper<PartnerProgramModel>;
  PartnerProgramPayload: ResolverTypeWrapper<Omit<PartnerProgramPayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversTypes['PartnerProgram']> }>;
  Partnership: ResolverTypeWrapper<PartnershipRowModel>;
  PartnershipConnection: ResolverTypeWrapper<Omit<PartnershipConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipEdge']> }>;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipFilter: PartnershipFilter;
  PartnershipIdInput: PartnershipIdInput;
  PartnershipSelection: PartnershipSelection;
  PartnershipSort: PartnershipSort;
  PartnershipSortField: PartnershipSortField;
  PartnershipSource: PartnershipSource;
  PartnershipStatus: PartnershipStatus;
  PendingAddition: ResolverTypeWrapper<PendingAdditionModel>;
  Profile: ResolverTypeWrapper<ProfileModel>;
  ProfilePayload: ResolverTypeWrapper<Omit<ProfilePayload, 'profile'> & { profile?: Maybe<ResolversTypes['Profile']> }>;
  Program: ResolverTypeWrapper<ProgramRowModel>;
  ProgramUnreadMessages: ResolverTypeWrapper<ProgramUnreadMessages>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionType: QuestionType;
  QuestionVisibility: QuestionVisibility;
  ReapplyPolicy: ReapplyPolicy;
  RemovePartnersInput: RemovePartnersInput;
  RemovePartnersPayload: ResolverTypeWrapper<RemovePartnersPayload>;
  ReorderCustomFieldsInput: ReorderCustomFieldsInput;
  ReorderCustomFieldsPayload: ResolverTypeWrapper<Omit<ReorderCustomFieldsPayload, 'customFields'> & { customFields?: Maybe<Array<ResolversTypes['CustomFieldDefinition']>> }>;
  ReplyToMessageThreadInput: ReplyToMessageThreadInput;
  RequestEmailChangeInput: RequestEmailChangeInput;
  ReviewerAnswerInput: ReviewerAnswerInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  SendMessageInput: SendMessageInput;
  SendMessagePayload: ResolverTypeWrapper<Omit<SendMessagePayload, 'message' | 'thread'> & { message?: Maybe<ResolversTypes['Message']>, thread?: Maybe<ResolversTypes['MessageThread']> }>;
  SortDirection: SortDirection;
  StartImportInput: StartImportInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TeamMember: ResolverTypeWrapper<TeamMemberModelModel>;
  UnreadMessages: ResolverTypeWrapper<UnreadMessagesModelModel>;
  UpdateApplicationFormInput: UpdateApplicationFormInput;
  UpdateApplicationReviewerAnswersInput: UpdateApplicationReviewerAnswersInput;
  UpdateApplicationReviewerAnswersPayload: ResolverTypeWrapper<Omit<UpdateApplicationReviewerAnswersPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateImportInput: UpdateImportInput;
  UpdateMarketplaceListingInput: UpdateMarketplaceListingInput;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateNetworkProfileInput: UpdateNetworkProfileInput;
  UpdatePartnershipInput: UpdatePartnershipInput;
  UpdatePartnershipPayload: ResolverTypeWrapper<Omit<UpdatePartnershipPayload, 'partnership'> & { partnership?: Maybe<ResolversTypes['Partnership']> }>;
  UpdateProgramSettingsInput: UpdateProgramSettingsInput;
  UpdateProgramSettingsPayload: ResolverTypeWrapper<Omit<UpdateProgramSettingsPayload, 'program'> & { program?: Maybe<ResolversTypes['Program']> }>;
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateTeamMemberPayload: ResolverTypeWrapper<Omit<UpdateTeamMemberPayload, 'teamMember'> & { teamMember?: Maybe<ResolversTypes['TeamMember']> }>;
  User: ResolverTypeWrapper<SignedInUserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerModelModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityEvent: ActivityEventModelModel;
  AddPartnerInput: AddPartnerInput;
  AddPartnerMembersInput: AddPartnerMembersInput;
  AddPartnerMembersPayload: Omit<AddPartnerMembersPayload, 'invites' | 'partnership'> & { invites: Array<ResolversParentTypes['Invite']>, partnership?: Maybe<ResolversParentTypes['Partnership']> };
  AddPartnerPayload: Omit<AddPartnerPayload, 'partnerCandidates' | 'partnership'> & { partnerCandidates: Array<ResolversParentTypes['PartnerCandidate']>, partnership?: Maybe<ResolversParentTypes['Partnership']> };
  ApiKey: ApiKeyRowModel;
  ApplicantForm: ApplicantFormModel;
  ApplicantQuestion: ApplicantQuestion;
  Application: ApplicationRowModel;
  ApplicationAnswer: PresentedAnswerModel;
  ApplicationAnswerInput: ApplicationAnswerInput;
  ApplicationConnection: ApplicationConnectionModel;
  ApplicationDecision: ApplicationRowModel;
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFieldChoice: FieldDefinitionRowModel;
  ApplicationFilter: ApplicationFilter;
  ApplicationForm: ApplicationFormModelModel;
  ApplicationFormPayload: Omit<ApplicationFormPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  ApplicationQuestion: PresentedQuestionModel;
  ApplicationQuestionInput: ApplicationQuestionInput;
  ApplicationStatusCounts: ApplicationStatusCounts;
  ApplyFromMarketplaceInput: ApplyFromMarketplaceInput;
  ApplyFromMarketplacePayload: ApplyFromMarketplacePayload;
  ApplyToNetworkInput: ApplyToNetworkInput;
  ApplyToNetworkPayload: ApplyToNetworkPayload;
  ApproveApplicationsInput: ApproveApplicationsInput;
  ApproveApplicationsPayload: ApproveApplicationsPayload;
  Boolean: Scalars['Boolean']['output'];
  ClaimInviteInput: ClaimInviteInput;
  ClaimInvitePayload: Omit<ClaimInvitePayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversParentTypes['PartnerProgram']> };
  ConfirmEmailChangeInput: ConfirmEmailChangeInput;
  CopyApplicationFormInput: CopyApplicationFormInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateCustomFieldInput: CreateCustomFieldInput;
  CreateGroupInput: CreateGroupInput;
  CreateGroupPayload: Omit<CreateGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  CreateImportInput: CreateImportInput;
  CustomFieldDefinition: FieldDefinitionModel;
  CustomFieldFilter: CustomFieldFilter;
  CustomFieldIdInput: CustomFieldIdInput;
  CustomFieldPayload: Omit<CustomFieldPayload, 'customField'> & { customField?: Maybe<ResolversParentTypes['CustomFieldDefinition']> };
  CustomFieldValue: PresentedFieldModel;
  CustomFieldValueInput: CustomFieldValueInput;
  DateTime: Scalars['DateTime']['output'];
  DecideNetworkApplicationInput: DecideNetworkApplicationInput;
  DeclineApplicationsInput: DeclineApplicationsInput;
  DeclineApplicationsPayload: DeclineApplicationsPayload;
  Float: Scalars['Float']['output'];
  Group: GroupRowModel;
  GroupConnection: Omit<GroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEdge']> };
  GroupEdge: Omit<GroupEdge, 'node'> & { node: ResolversParentTypes['Group'] };
  GroupIdInput: GroupIdInput;
  GroupPayload: Omit<GroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  ID: Scalars['ID']['output'];
  Import: ImportRowModel;
  ImportColumn: ImportColumn;
  ImportColumnInput: ImportColumnInput;
  ImportConnection: Omit<ImportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImportEdge']> };
  ImportEdge: Omit<ImportEdge, 'node'> & { node: ResolversParentTypes['Import'] };
  ImportIdInput: ImportIdInput;
  ImportPayload: Omit<ImportPayload, 'import'> & { import?: Maybe<ResolversParentTypes['Import']> };
  ImportPreview: ImportPreviewModelModel;
  ImportPreviewField: ImportPreviewField;
  ImportPreviewRow: ImportPreviewRow;
  ImportProblem: ImportProblem;
  ImportSettingsInput: ImportSettingsInput;
  ImportTargetOption: ImportTargetOption;
  ImportWarning: ImportWarning;
  Int: Scalars['Int']['output'];
  Invite: InviteRowModel;
  InviteContentInput: InviteContentInput;
  InviteIdInput: InviteIdInput;
  InviteLanding: InviteLandingModel;
  InvitePayload: Omit<InvitePayload, 'invite'> & { invite?: Maybe<ResolversParentTypes['Invite']> };
  InvitePreview: InvitePreview;
  InviteTemplate: InviteTemplate;
  JoinLanding: JoinLandingModel;
  JoinPartnerChoice: JoinPartnerChoiceModel;
  JoinProgramInput: JoinProgramInput;
  JoinProgramPayload: Omit<JoinProgramPayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversParentTypes['PartnerProgram']> };
  MarkMessageThreadReadInput: MarkMessageThreadReadInput;
  MarkMessageThreadReadPayload: Omit<MarkMessageThreadReadPayload, 'thread'> & { thread?: Maybe<ResolversParentTypes['MessageThread']> };
  MarketplaceListing: ProgramRowModel;
  MarketplaceListingPayload: Omit<MarketplaceListingPayload, 'program'> & { program?: Maybe<ResolversParentTypes['Program']> };
  MarketplaceProgram: MarketplaceProgramModelModel;
  MarketplaceProgramConnection: Omit<MarketplaceProgramConnection, 'edges'> & { edges: Array<ResolversParentTypes['MarketplaceProgramEdge']> };
  MarketplaceProgramEdge: Omit<MarketplaceProgramEdge, 'node'> & { node: ResolversParentTypes['MarketplaceProgram'] };
  Member: MemberRowModel;
  Message: MessageModelModel;
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessageThread: MessageThreadModelModel;
  MessageThreadConnection: Omit<MessageThreadConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageThreadEdge']> };
  MessageThreadEdge: Omit<MessageThreadEdge, 'node'> & { node: ResolversParentTypes['MessageThread'] };
  MessageThreadPage: MessageThreadPageModelModel;
  MovePartnerGroupInput: MovePartnerGroupInput;
  MovePartnerGroupPayload: Omit<MovePartnerGroupPayload, 'group'> & { group?: Maybe<ResolversParentTypes['Group']> };
  Mutation: Record<PropertyKey, never>;
  MyPartner: MyPartnerModel;
  NetworkApplicant: NetworkApplicant;
  NetworkApplicantMember: NetworkApplicantMember;
  NetworkApplication: NetworkApplication;
  NetworkApplicationEdge: NetworkApplicationEdge;
  NetworkApplicationPayload: NetworkApplicationPayload;
  NetworkDecision: NetworkDecision;
  NetworkOption: NetworkOption;
  NetworkProfile: NetworkProfile;
  NetworkProfileOptions: NetworkProfileOptions;
  NetworkProfilePayload: NetworkProfilePayload;
  NetworkReviewQueue: NetworkReviewQueue;
  NewMemberInput: NewMemberInput;
  PageInfo: PageInfo;
  Partner: PartnerRowModel;
  PartnerCandidate: PartnerCandidateModel;
  PartnerProgram: PartnerProgramModel;
  PartnerProgramPayload: Omit<PartnerProgramPayload, 'partnerProgram'> & { partnerProgram?: Maybe<ResolversParentTypes['PartnerProgram']> };
  Partnership: PartnershipRowModel;
  PartnershipConnection: Omit<PartnershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipEdge']> };
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipFilter: PartnershipFilter;
  PartnershipIdInput: PartnershipIdInput;
  PartnershipSelection: PartnershipSelection;
  PartnershipSort: PartnershipSort;
  PendingAddition: PendingAdditionModel;
  Profile: ProfileModel;
  ProfilePayload: Omit<ProfilePayload, 'profile'> & { profile?: Maybe<ResolversParentTypes['Profile']> };
  Program: ProgramRowModel;
  ProgramUnreadMessages: ProgramUnreadMessages;
  Query: Record<PropertyKey, never>;
  RemovePartnersInput: RemovePartnersInput;
  RemovePartnersPayload: RemovePartnersPayload;
  ReorderCustomFieldsInput: ReorderCustomFieldsInput;
  ReorderCustomFieldsPayload: Omit<ReorderCustomFieldsPayload, 'customFields'> & { customFields?: Maybe<Array<ResolversParentTypes['CustomFieldDefinition']>> };
  ReplyToMessageThreadInput: ReplyToMessageThreadInput;
  RequestEmailChangeInput: RequestEmailChangeInput;
  ReviewerAnswerInput: ReviewerAnswerInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  SendMessageInput: SendMessageInput;
  SendMessagePayload: Omit<SendMessagePayload, 'message' | 'thread'> & { message?: Maybe<ResolversParentTypes['Message']>, thread?: Maybe<ResolversParentTypes['MessageThread']> };
  StartImportInput: StartImportInput;
  String: Scalars['String']['output'];
  TeamMember: TeamMemberModelModel;
  UnreadMessages: UnreadMessagesModelModel;
  UpdateApplicationFormInput: UpdateApplicationFormInput;
  UpdateApplicationReviewerAnswersInput: UpdateApplicationReviewerAnswersInput;
  UpdateApplicationReviewerAnswersPayload: Omit<UpdateApplicationReviewerAnswersPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateGroupInput: UpdateGroupInput;
  UpdateImportInput: UpdateImportInput;
  UpdateMarketplaceListingInput: UpdateMarketplaceListingInput;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateNetworkProfileInput: UpdateNetworkProfileInput;
  UpdatePartnershipInput: UpdatePartnershipInput;
  UpdatePartnershipPayload: Omit<UpdatePartnershipPayload, 'partnership'> & { partnership?: Maybe<ResolversParentTypes['Partnership']> };
  UpdateProgramSettingsInput: UpdateProgramSettingsInput;
  UpdateProgramSettingsPayload: Omit<UpdateProgramSettingsPayload, 'program'> & { program?: Maybe<ResolversParentTypes['Program']> };
  UpdateTeamMemberInput: UpdateTeamMemberInput;
  UpdateTeamMemberPayload: Omit<UpdateTeamMemberPayload, 'teamMember'> & { teamMember?: Maybe<ResolversParentTypes['TeamMember']> };
  User: SignedInUserModel;
  UserError: UserError;
  Viewer: ViewerModelModel;
};

export type AccessDirectiveArgs = {
  allow: Array<Caller>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = Context, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddPartnerMembersPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddPartnerMembersPayload'] = ResolversParentTypes['AddPartnerMembersPayload']> = {
  invites?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AddPartnerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddPartnerPayload'] = ResolversParentTypes['AddPartnerPayload']> = {
  partnerCandidates?: Resolver<Array<ResolversTypes['PartnerCandidate']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ApplicantFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicantForm'] = ResolversParentTypes['ApplicantForm']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptionPreviewHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['ApplicantQuestion']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicantQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicantQuestion'] = ResolversParentTypes['ApplicantQuestion']> = {
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionType'], ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  answers?: Resolver<Array<ResolversTypes['ApplicationAnswer']>, ParentType, ContextType>;
  applicantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ApplicationDecision']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  missingFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ApplicationSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
};

export type ApplicationAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationAnswer'] = ResolversParentTypes['ApplicationAnswer']> = {
  asked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fieldKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['QuestionVisibility'], ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  statusCounts?: Resolver<ResolversTypes['ApplicationStatusCounts'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationDecision'] = ResolversParentTypes['ApplicationDecision']> = {
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noteVisibleToApplicant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reapplyAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reapplyPolicy?: Resolver<Maybe<ResolversTypes['ReapplyPolicy']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
};

export type ApplicationFieldChoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationFieldChoice'] = ResolversParentTypes['ApplicationFieldChoice']> = {
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionType'], ParentType, ContextType>;
};

export type ApplicationFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationForm'] = ResolversParentTypes['ApplicationForm']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fieldChoices?: Resolver<Array<ResolversTypes['ApplicationFieldChoice']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  preview?: Resolver<ResolversTypes['ApplicantForm'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['ApplicationQuestion']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationFormPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationFormPayload'] = ResolversParentTypes['ApplicationFormPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApplicationQuestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationQuestion'] = ResolversParentTypes['ApplicationQuestion']> = {
  fieldArchived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fieldKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['QuestionType'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['QuestionVisibility'], ParentType, ContextType>;
};

export type ApplicationStatusCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationStatusCounts'] = ResolversParentTypes['ApplicationStatusCounts']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplyFromMarketplacePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplyFromMarketplacePayload'] = ResolversParentTypes['ApplyFromMarketplacePayload']> = {
  standing?: Resolver<Maybe<ResolversTypes['MarketplaceStanding']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApplyToNetworkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplyToNetworkPayload'] = ResolversParentTypes['ApplyToNetworkPayload']> = {
  networkStatus?: Resolver<Maybe<ResolversTypes['NetworkStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApproveApplicationsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveApplicationsPayload'] = ResolversParentTypes['ApproveApplicationsPayload']> = {
  approvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimInvitePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimInvitePayload'] = ResolversParentTypes['ClaimInvitePayload']> = {
  partnerProgram?: Resolver<Maybe<ResolversTypes['PartnerProgram']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateGroupPayload'] = ResolversParentTypes['CreateGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CustomFieldDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomFieldDefinition'] = ResolversParentTypes['CustomFieldDefinition']> = {
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['CustomFieldEntity'], ParentType, ContextType>;
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
};

export type CustomFieldPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomFieldPayload'] = ResolversParentTypes['CustomFieldPayload']> = {
  customField?: Resolver<Maybe<ResolversTypes['CustomFieldDefinition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CustomFieldValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomFieldValue'] = ResolversParentTypes['CustomFieldValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclineApplicationsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclineApplicationsPayload'] = ResolversParentTypes['DeclineApplicationsPayload']> = {
  declinedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  applicationForm?: Resolver<ResolversTypes['ApplicationForm'], ParentType, ContextType>;
  applicationFormEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destinationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joinUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnershipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  welcomeEmailBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  welcomeEmailSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupConnection'] = ResolversParentTypes['GroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupEdge'] = ResolversParentTypes['GroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
};

export type GroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupPayload'] = ResolversParentTypes['GroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Import'] = ResolversParentTypes['Import']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['ImportColumn']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dateOrder?: Resolver<ResolversTypes['ImportDateOrder'], ParentType, ContextType>;
  delimiter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicateMode?: Resolver<ResolversTypes['ImportDuplicateMode'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['ImportEncoding'], ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedRowsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  headerLine?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notify?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['ImportPreview']>, ParentType, ContextType>;
  problemRowsUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  rowsPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secondsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  skippedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ImportTargetOption']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmappedColumns?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ImportWarning']>, ParentType, ContextType>;
};

export type ImportColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportColumn'] = ResolversParentTypes['ImportColumn']> = {
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportConnection'] = ResolversParentTypes['ImportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ImportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportEdge'] = ResolversParentTypes['ImportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Import'], ParentType, ContextType>;
};

export type ImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPayload'] = ResolversParentTypes['ImportPayload']> = {
  import?: Resolver<Maybe<ResolversTypes['Import']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  createCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportPreviewRow']>, ParentType, ContextType>;
  skipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportPreviewFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreviewField'] = ResolversParentTypes['ImportPreviewField']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPreviewRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreviewRow'] = ResolversParentTypes['ImportPreviewRow']> = {
  action?: Resolver<ResolversTypes['ImportRowAction'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['ImportPreviewField']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  managerEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportTargetOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportTargetOption'] = ResolversParentTypes['ImportTargetOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportWarning'] = ResolversParentTypes['ImportWarning']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InviteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invite'] = ResolversParentTypes['Invite']> = {
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InviteKind'], ParentType, ContextType>;
  lastSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  sentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InviteStatus'], ParentType, ContextType>;
};

export type InviteLandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteLanding'] = ResolversParentTypes['InviteLanding']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invitedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['InviteKind']>, ParentType, ContextType>;
  partnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InviteLandingStatus'], ParentType, ContextType>;
};

export type InvitePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitePayload'] = ResolversParentTypes['InvitePayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InvitePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvitePreview'] = ResolversParentTypes['InvitePreview']> = {
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InviteTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteTemplate'] = ResolversParentTypes['InviteTemplate']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  saved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JoinLandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JoinLanding'] = ResolversParentTypes['JoinLanding']> = {
  applicationFormEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['ApplicantForm']>, ParentType, ContextType>;
  groupName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerChoices?: Resolver<Array<ResolversTypes['JoinPartnerChoice']>, ParentType, ContextType>;
  programName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JoinLandingStatus'], ParentType, ContextType>;
};

export type JoinPartnerChoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JoinPartnerChoice'] = ResolversParentTypes['JoinPartnerChoice']> = {
  accessLevel?: Resolver<ResolversTypes['AccessLevel'], ParentType, ContextType>;
  canApply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JoinProgramPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JoinProgramPayload'] = ResolversParentTypes['JoinProgramPayload']> = {
  applicationSubmitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partnerProgram?: Resolver<Maybe<ResolversTypes['PartnerProgram']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkMessageThreadReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkMessageThreadReadPayload'] = ResolversParentTypes['MarkMessageThreadReadPayload']> = {
  thread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarketplaceListingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketplaceListing'] = ResolversParentTypes['MarketplaceListing']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  listedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MarketplaceListingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketplaceListingPayload'] = ResolversParentTypes['MarketplaceListingPayload']> = {
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarketplaceProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketplaceProgram'] = ResolversParentTypes['MarketplaceProgram']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['MarketplaceStanding'], ParentType, ContextType, RequireFields<MarketplaceProgramStandingArgs, 'partnerId'>>;
  websiteUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MarketplaceProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketplaceProgramConnection'] = ResolversParentTypes['MarketplaceProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MarketplaceProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MarketplaceProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarketplaceProgramEdge'] = ResolversParentTypes['MarketplaceProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MarketplaceProgram'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  accessLevel?: Resolver<ResolversTypes['AccessLevel'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimaryContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roleLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  applicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  senderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  side?: Resolver<ResolversTypes['MessageSide'], ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessageThreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThread'] = ResolversParentTypes['MessageThread']> = {
  lastMessage?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerSide?: Resolver<ResolversTypes['MessageSide'], ParentType, ContextType>;
};

export type MessageThreadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadConnection'] = ResolversParentTypes['MessageThreadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageThreadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageThreadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadEdge'] = ResolversParentTypes['MessageThreadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType>;
};

export type MessageThreadPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageThreadPage'] = ResolversParentTypes['MessageThreadPage']> = {
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType>;
  partnershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  thread?: Resolver<ResolversTypes['MessageThread'], ParentType, ContextType>;
};

export type MovePartnerGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MovePartnerGroupPayload'] = ResolversParentTypes['MovePartnerGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['Group']>, ParentType, ContextType>;
  movedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addPartner?: Resolver<ResolversTypes['AddPartnerPayload'], ParentType, ContextType, RequireFields<MutationAddPartnerArgs, 'input'>>;
  addPartnerMembers?: Resolver<ResolversTypes['AddPartnerMembersPayload'], ParentType, ContextType, RequireFields<MutationAddPartnerMembersArgs, 'input'>>;
  applyFromMarketplace?: Resolver<ResolversTypes['ApplyFromMarketplacePayload'], ParentType, ContextType, RequireFields<MutationApplyFromMarketplaceArgs, 'input'>>;
  applyToNetwork?: Resolver<ResolversTypes['ApplyToNetworkPayload'], ParentType, ContextType, RequireFields<MutationApplyToNetworkArgs, 'input'>>;
  approveApplications?: Resolver<ResolversTypes['ApproveApplicationsPayload'], ParentType, ContextType, RequireFields<MutationApproveApplicationsArgs, 'input'>>;
  approveMemberAddition?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationApproveMemberAdditionArgs, 'input'>>;
  approveNetworkApplication?: Resolver<ResolversTypes['NetworkApplicationPayload'], ParentType, ContextType, RequireFields<MutationApproveNetworkApplicationArgs, 'input'>>;
  approvePartnership?: Resolver<ResolversTypes['PartnerProgramPayload'], ParentType, ContextType, RequireFields<MutationApprovePartnershipArgs, 'input'>>;
  archiveCustomField?: Resolver<ResolversTypes['CustomFieldPayload'], ParentType, ContextType, RequireFields<MutationArchiveCustomFieldArgs, 'input'>>;
  cancelImport?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationCancelImportArgs, 'input'>>;
  claimInvite?: Resolver<ResolversTypes['ClaimInvitePayload'], ParentType, ContextType, RequireFields<MutationClaimInviteArgs, 'input'>>;
  confirmEmailChange?: Resolver<ResolversTypes['ProfilePayload'], ParentType, ContextType, RequireFields<MutationConfirmEmailChangeArgs, 'input'>>;
  copyApplicationForm?: Resolver<ResolversTypes['ApplicationFormPayload'], ParentType, ContextType, RequireFields<MutationCopyApplicationFormArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCustomField?: Resolver<ResolversTypes['CustomFieldPayload'], ParentType, ContextType, RequireFields<MutationCreateCustomFieldArgs, 'input'>>;
  createGroup?: Resolver<ResolversTypes['CreateGroupPayload'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createImport?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationCreateImportArgs, 'input'>>;
  declineApplications?: Resolver<ResolversTypes['DeclineApplicationsPayload'], ParentType, ContextType, RequireFields<MutationDeclineApplicationsArgs, 'input'>>;
  declineMemberAddition?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationDeclineMemberAdditionArgs, 'input'>>;
  declineNetworkApplication?: Resolver<ResolversTypes['NetworkApplicationPayload'], ParentType, ContextType, RequireFields<MutationDeclineNetworkApplicationArgs, 'input'>>;
  declinePartnership?: Resolver<ResolversTypes['PartnerProgramPayload'], ParentType, ContextType, RequireFields<MutationDeclinePartnershipArgs, 'input'>>;
  deleteGroup?: Resolver<ResolversTypes['GroupPayload'], ParentType, ContextType, RequireFields<MutationDeleteGroupArgs, 'input'>>;
  deleteInvite?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationDeleteInviteArgs, 'input'>>;
  joinProgram?: Resolver<ResolversTypes['JoinProgramPayload'], ParentType, ContextType, RequireFields<MutationJoinProgramArgs, 'input'>>;
  markMessageThreadRead?: Resolver<ResolversTypes['MarkMessageThreadReadPayload'], ParentType, ContextType, RequireFields<MutationMarkMessageThreadReadArgs, 'input'>>;
  movePartnerGroup?: Resolver<ResolversTypes['MovePartnerGroupPayload'], ParentType, ContextType, RequireFields<MutationMovePartnerGroupArgs, 'input'>>;
  regenerateGroupJoinLink?: Resolver<ResolversTypes['GroupPayload'], ParentType, ContextType, RequireFields<MutationRegenerateGroupJoinLinkArgs, 'input'>>;
  removePartners?: Resolver<ResolversTypes['RemovePartnersPayload'], ParentType, ContextType, RequireFields<MutationRemovePartnersArgs, 'input'>>;
  reorderCustomFields?: Resolver<ResolversTypes['ReorderCustomFieldsPayload'], ParentType, ContextType, RequireFields<MutationReorderCustomFieldsArgs, 'input'>>;
  replyToMessageThread?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationReplyToMessageThreadArgs, 'input'>>;
  requestEmailChange?: Resolver<ResolversTypes['ProfilePayload'], ParentType, ContextType, RequireFields<MutationRequestEmailChangeArgs, 'input'>>;
  resendInvite?: Resolver<ResolversTypes['InvitePayload'], ParentType, ContextType, RequireFields<MutationResendInviteArgs, 'input'>>;
  restoreCustomField?: Resolver<ResolversTypes['CustomFieldPayload'], ParentType, ContextType, RequireFields<MutationRestoreCustomFieldArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'input'>>;
  startImport?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationStartImportArgs, 'input'>>;
  updateApplicationForm?: Resolver<ResolversTypes['ApplicationFormPayload'], ParentType, ContextType, RequireFields<MutationUpdateApplicationFormArgs, 'input'>>;
  updateApplicationReviewerAnswers?: Resolver<ResolversTypes['UpdateApplicationReviewerAnswersPayload'], ParentType, ContextType, RequireFields<MutationUpdateApplicationReviewerAnswersArgs, 'input'>>;
  updateCustomField?: Resolver<ResolversTypes['CustomFieldPayload'], ParentType, ContextType, RequireFields<MutationUpdateCustomFieldArgs, 'input'>>;
  updateGroup?: Resolver<ResolversTypes['GroupPayload'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'input'>>;
  updateImport?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationUpdateImportArgs, 'input'>>;
  updateMarketplaceListing?: Resolver<ResolversTypes['MarketplaceListingPayload'], ParentType, ContextType, RequireFields<MutationUpdateMarketplaceListingArgs, 'input'>>;
  updateMyProfile?: Resolver<ResolversTypes['ProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updateNetworkProfile?: Resolver<ResolversTypes['NetworkProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateNetworkProfileArgs, 'input'>>;
  updatePartnership?: Resolver<ResolversTypes['UpdatePartnershipPayload'], ParentType, ContextType, RequireFields<MutationUpdatePartnershipArgs, 'input'>>;
  updateProgramSettings?: Resolver<ResolversTypes['UpdateProgramSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateProgramSettingsArgs, 'input'>>;
  updateTeamMember?: Resolver<ResolversTypes['UpdateTeamMemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateTeamMemberArgs, 'input'>>;
};

export type MyPartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MyPartner'] = ResolversParentTypes['MyPartner']> = {
  accessLevel?: Resolver<ResolversTypes['AccessLevel'], ParentType, ContextType>;
  canManageNetwork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastNetworkDecision?: Resolver<Maybe<ResolversTypes['NetworkDecision']>, ParentType, ContextType>;
  networkProfile?: Resolver<Maybe<ResolversTypes['NetworkProfile']>, ParentType, ContextType>;
  networkStatus?: Resolver<ResolversTypes['NetworkStatus'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  pendingAdditions?: Resolver<Array<ResolversTypes['PendingAddition']>, ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['PartnerProgram']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
};

export type NetworkApplicantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkApplicant'] = ResolversParentTypes['NetworkApplicant']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkStatus?: Resolver<ResolversTypes['NetworkStatus'], ParentType, ContextType>;
};

export type NetworkApplicantMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkApplicantMember'] = ResolversParentTypes['NetworkApplicantMember']> = {
  accessLevel?: Resolver<ResolversTypes['AccessLevel'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkApplication'] = ResolversParentTypes['NetworkApplication']> = {
  applicant?: Resolver<ResolversTypes['NetworkApplicant'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['NetworkDecision']>, ParentType, ContextType>;
  earlierDecisions?: Resolver<Array<ResolversTypes['NetworkDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['NetworkApplicantMember']>, ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['NetworkProfile'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NetworkApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitingSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkApplicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkApplicationEdge'] = ResolversParentTypes['NetworkApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NetworkApplication'], ParentType, ContextType>;
};

export type NetworkApplicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkApplicationPayload'] = ResolversParentTypes['NetworkApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['NetworkApplication']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NetworkDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkDecision'] = ResolversParentTypes['NetworkDecision']> = {
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NetworkApplicationStatus'], ParentType, ContextType>;
};

export type NetworkOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkOption'] = ResolversParentTypes['NetworkOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkProfile'] = ResolversParentTypes['NetworkProfile']> = {
  audienceSize?: Resolver<ResolversTypes['AudienceSize'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promotionMethods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkProfileOptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkProfileOptions'] = ResolversParentTypes['NetworkProfileOptions']> = {
  audienceSizes?: Resolver<Array<ResolversTypes['NetworkOption']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  promotionMethods?: Resolver<Array<ResolversTypes['NetworkOption']>, ParentType, ContextType>;
};

export type NetworkProfilePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkProfilePayload'] = ResolversParentTypes['NetworkProfilePayload']> = {
  profile?: Resolver<Maybe<ResolversTypes['NetworkProfile']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NetworkReviewQueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkReviewQueue'] = ResolversParentTypes['NetworkReviewQueue']> = {
  decidedLast30Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkApplicationEdge']>, ParentType, ContextType>;
  medianDecisionSeconds30d?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  oldestWaitingSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  claimed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerCandidate'] = ResolversParentTypes['PartnerCandidate']> = {
  alreadyInProgram?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type PartnerProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerProgram'] = ResolversParentTypes['PartnerProgram']> = {
  canApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  groupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnershipId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnershipStatus'], ParentType, ContextType>;
};

export type PartnerProgramPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerProgramPayload'] = ResolversParentTypes['PartnerProgramPayload']> = {
  partnerProgram?: Resolver<Maybe<ResolversTypes['PartnerProgram']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = {
  activity?: Resolver<Array<ResolversTypes['ActivityEvent']>, ParentType, ContextType, RequireFields<PartnershipActivityArgs, 'first'>>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clickCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invites?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  keyAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  linksDeactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  partnerKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryContact?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  programManager?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  referralUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PartnershipSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnershipStatus'], ParentType, ContextType>;
};

export type PartnershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipConnection'] = ResolversParentTypes['PartnershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsEstimate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
};

export type PendingAdditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PendingAddition'] = ResolversParentTypes['PendingAddition']> = {
  invite?: Resolver<ResolversTypes['Invite'], ParentType, ContextType>;
  invitedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProfilePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProfilePayload'] = ResolversParentTypes['ProfilePayload']> = {
  profile?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<ProgramApplicationsArgs, 'first' | 'sort'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFieldDefinitions?: Resolver<Array<ResolversTypes['CustomFieldDefinition']>, ParentType, ContextType, RequireFields<ProgramCustomFieldDefinitionsArgs, 'includeArchived'>>;
  declineReasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  defaultGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
  exportUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, RequireFields<ProgramGroupsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imports?: Resolver<ResolversTypes['ImportConnection'], ParentType, ContextType, RequireFields<ProgramImportsArgs, 'first'>>;
  inviteExpiryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linkParameters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  managers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  marketplaceListing?: Resolver<ResolversTypes['MarketplaceListing'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<ProgramPartnershipsArgs, 'first'>>;
  senderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  websiteUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramUnreadMessagesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgramUnreadMessages'] = ResolversParentTypes['ProgramUnreadMessages']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'programId'>>;
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applicationForm?: Resolver<ResolversTypes['ApplicationForm'], ParentType, ContextType, RequireFields<QueryApplicationFormArgs, 'groupId'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first' | 'programId' | 'sort'>>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldDefinition']>, ParentType, ContextType, RequireFields<QueryCustomFieldsArgs, 'includeArchived' | 'programId'>>;
  groups?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, RequireFields<QueryGroupsArgs, 'first' | 'programId'>>;
  import?: Resolver<ResolversTypes['Import'], ParentType, ContextType, RequireFields<QueryImportArgs, 'id'>>;
  imports?: Resolver<ResolversTypes['ImportConnection'], ParentType, ContextType, RequireFields<QueryImportsArgs, 'first' | 'programId'>>;
  inviteLanding?: Resolver<ResolversTypes['InviteLanding'], ParentType, ContextType, RequireFields<QueryInviteLandingArgs, 'token'>>;
  inviteTemplate?: Resolver<ResolversTypes['InviteTemplate'], ParentType, ContextType, RequireFields<QueryInviteTemplateArgs, 'programId'>>;
  joinLanding?: Resolver<ResolversTypes['JoinLanding'], ParentType, ContextType, RequireFields<QueryJoinLandingArgs, 'token'>>;
  marketplace?: Resolver<ResolversTypes['MarketplaceProgramConnection'], ParentType, ContextType, RequireFields<QueryMarketplaceArgs, 'first' | 'sort'>>;
  messageThread?: Resolver<ResolversTypes['MessageThreadPage'], ParentType, ContextType, RequireFields<QueryMessageThreadArgs, 'partnerId' | 'programId'>>;
  messageThreads?: Resolver<ResolversTypes['MessageThreadConnection'], ParentType, ContextType, RequireFields<QueryMessageThreadsArgs, 'programId'>>;
  myMessageThreads?: Resolver<ResolversTypes['MessageThreadConnection'], ParentType, ContextType, Partial<QueryMyMessageThreadsArgs>>;
  myPartners?: Resolver<Array<ResolversTypes['MyPartner']>, ParentType, ContextType>;
  myProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType>;
  networkApplication?: Resolver<ResolversTypes['NetworkApplication'], ParentType, ContextType, RequireFields<QueryNetworkApplicationArgs, 'id'>>;
  networkProfileOptions?: Resolver<ResolversTypes['NetworkProfileOptions'], ParentType, ContextType>;
  networkReviewQueue?: Resolver<ResolversTypes['NetworkReviewQueue'], ParentType, ContextType, RequireFields<QueryNetworkReviewQueueArgs, 'first' | 'status'>>;
  partnerCandidates?: Resolver<Array<ResolversTypes['PartnerCandidate']>, ParentType, ContextType, RequireFields<QueryPartnerCandidatesArgs, 'email' | 'programId'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<QueryPartnershipsArgs, 'first' | 'programId'>>;
  previewInvite?: Resolver<ResolversTypes['InvitePreview'], ParentType, ContextType, RequireFields<QueryPreviewInviteArgs, 'body' | 'programId' | 'subject'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, Partial<QueryProgramArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RemovePartnersPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemovePartnersPayload'] = ResolversParentTypes['RemovePartnersPayload']> = {
  removedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ReorderCustomFieldsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReorderCustomFieldsPayload'] = ResolversParentTypes['ReorderCustomFieldsPayload']> = {
  customFields?: Resolver<Maybe<Array<ResolversTypes['CustomFieldDefinition']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SendMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendMessagePayload'] = ResolversParentTypes['SendMessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  thread?: Resolver<Maybe<ResolversTypes['MessageThread']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type UnreadMessagesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnreadMessages'] = ResolversParentTypes['UnreadMessages']> = {
  asPartner?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['ProgramUnreadMessages']>, ParentType, ContextType>;
};

export type UpdateApplicationReviewerAnswersPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateApplicationReviewerAnswersPayload'] = ResolversParentTypes['UpdateApplicationReviewerAnswersPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdatePartnershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePartnershipPayload'] = ResolversParentTypes['UpdatePartnershipPayload']> = {
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateProgramSettingsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateProgramSettingsPayload'] = ResolversParentTypes['UpdateProgramSettingsPayload']> = {
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateTeamMemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateTeamMemberPayload'] = ResolversParentTypes['UpdateTeamMemberPayload']> = {
  teamMember?: Resolver<Maybe<ResolversTypes['TeamMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  isNetworkReviewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPartnerMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  unreadMessages?: Resolver<ResolversTypes['UnreadMessages'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AddPartnerMembersPayload?: AddPartnerMembersPayloadResolvers<ContextType>;
  AddPartnerPayload?: AddPartnerPayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApplicantForm?: ApplicantFormResolvers<ContextType>;
  ApplicantQuestion?: ApplicantQuestionResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationAnswer?: ApplicationAnswerResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationDecision?: ApplicationDecisionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationFieldChoice?: ApplicationFieldChoiceResolvers<ContextType>;
  ApplicationForm?: ApplicationFormResolvers<ContextType>;
  ApplicationFormPayload?: ApplicationFormPayloadResolvers<ContextType>;
  ApplicationQuestion?: ApplicationQuestionResolvers<ContextType>;
  ApplicationStatusCounts?: ApplicationStatusCountsResolvers<ContextType>;
  ApplyFromMarketplacePayload?: ApplyFromMarketplacePayloadResolvers<ContextType>;
  ApplyToNetworkPayload?: ApplyToNetworkPayloadResolvers<ContextType>;
  ApproveApplicationsPayload?: ApproveApplicationsPayloadResolvers<ContextType>;
  ClaimInvitePayload?: ClaimInvitePayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateGroupPayload?: CreateGroupPayloadResolvers<ContextType>;
  CustomFieldDefinition?: CustomFieldDefinitionResolvers<ContextType>;
  CustomFieldPayload?: CustomFieldPayloadResolvers<ContextType>;
  CustomFieldValue?: CustomFieldValueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeclineApplicationsPayload?: DeclineApplicationsPayloadResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupConnection?: GroupConnectionResolvers<ContextType>;
  GroupEdge?: GroupEdgeResolvers<ContextType>;
  GroupPayload?: GroupPayloadResolvers<ContextType>;
  Import?: ImportResolvers<ContextType>;
  ImportColumn?: ImportColumnResolvers<ContextType>;
  ImportConnection?: ImportConnectionResolvers<ContextType>;
  ImportEdge?: ImportEdgeResolvers<ContextType>;
  ImportPayload?: ImportPayloadResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportPreviewField?: ImportPreviewFieldResolvers<ContextType>;
  ImportPreviewRow?: ImportPreviewRowResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportTargetOption?: ImportTargetOptionResolvers<ContextType>;
  ImportWarning?: ImportWarningResolvers<ContextType>;
  Invite?: InviteResolvers<ContextType>;
  InviteLanding?: InviteLandingResolvers<ContextType>;
  InvitePayload?: InvitePayloadResolvers<ContextType>;
  InvitePreview?: InvitePreviewResolvers<ContextType>;
  InviteTemplate?: InviteTemplateResolvers<ContextType>;
  JoinLanding?: JoinLandingResolvers<ContextType>;
  JoinPartnerChoice?: JoinPartnerChoiceResolvers<ContextType>;
  JoinProgramPayload?: JoinProgramPayloadResolvers<ContextType>;
  MarkMessageThreadReadPayload?: MarkMessageThreadReadPayloadResolvers<ContextType>;
  MarketplaceListing?: MarketplaceListingResolvers<ContextType>;
  MarketplaceListingPayload?: MarketplaceListingPayloadResolvers<ContextType>;
  MarketplaceProgram?: MarketplaceProgramResolvers<ContextType>;
  MarketplaceProgramConnection?: MarketplaceProgramConnectionResolvers<ContextType>;
  MarketplaceProgramEdge?: MarketplaceProgramEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessageThread?: MessageThreadResolvers<ContextType>;
  MessageThreadConnection?: MessageThreadConnectionResolvers<ContextType>;
  MessageThreadEdge?: MessageThreadEdgeResolvers<ContextType>;
  MessageThreadPage?: MessageThreadPageResolvers<ContextType>;
  MovePartnerGroupPayload?: MovePartnerGroupPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyPartner?: MyPartnerResolvers<ContextType>;
  NetworkApplicant?: NetworkApplicantResolvers<ContextType>;
  NetworkApplicantMember?: NetworkApplicantMemberResolvers<ContextType>;
  NetworkApplication?: NetworkApplicationResolvers<ContextType>;
  NetworkApplicationEdge?: NetworkApplicationEdgeResolvers<ContextType>;
  NetworkApplicationPayload?: NetworkApplicationPayloadResolvers<ContextType>;
  NetworkDecision?: NetworkDecisionResolvers<ContextType>;
  NetworkOption?: NetworkOptionResolvers<ContextType>;
  NetworkProfile?: NetworkProfileResolvers<ContextType>;
  NetworkProfileOptions?: NetworkProfileOptionsResolvers<ContextType>;
  NetworkProfilePayload?: NetworkProfilePayloadResolvers<ContextType>;
  NetworkReviewQueue?: NetworkReviewQueueResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerCandidate?: PartnerCandidateResolvers<ContextType>;
  PartnerProgram?: PartnerProgramResolvers<ContextType>;
  PartnerProgramPayload?: PartnerProgramPayloadResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipConnection?: PartnershipConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PendingAddition?: PendingAdditionResolvers<ContextType>;
  Profile?: ProfileResolvers<ContextType>;
  ProfilePayload?: ProfilePayloadResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramUnreadMessages?: ProgramUnreadMessagesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemovePartnersPayload?: RemovePartnersPayloadResolvers<ContextType>;
  ReorderCustomFieldsPayload?: ReorderCustomFieldsPayloadResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  UnreadMessages?: UnreadMessagesResolvers<ContextType>;
  UpdateApplicationReviewerAnswersPayload?: UpdateApplicationReviewerAnswersPayloadResolvers<ContextType>;
  UpdatePartnershipPayload?: UpdatePartnershipPayloadResolvers<ContextType>;
  UpdateProgramSettingsPayload?: UpdateProgramSettingsPayloadResolvers<ContextType>;
  UpdateTeamMemberPayload?: UpdateTeamMemberPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = Context> = {
  access?: AccessDirectiveResolver<any, any, ContextType>;
};
