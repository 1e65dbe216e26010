import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { groups, partnerMembers, partners, applications } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { queueEmail } from '../email/outbox';
import { applicationApprovedEmail, applicationWelcomeBecause, groupWelcomeEmail } from '../email/templates';
import { fieldValueText, parseFieldValue, type FieldDefinition, type FieldValues } from '../custom-fields/values';
import { MEMBER_STATUS } from '../members/rules';
import { can } from '../partners/permissions';
import { openPartnership } from '../partnerships/open-partnership';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import { requireManagedProgram, type ProgramRow } from '../programs/access';
import { appUrl } from '../shared/app-url';
import { invalid, parseInput } from '../shared/errors';
import { toGlobalId } from '../shared/ids';
import type { ApplicationQuestion } from '../../shapes/application-form';
import { applicationSelectionFields, checkSelectionGiven, decidePendingApplications } from './decide-applications';
import type { ApplicationRow } from './get-application';
import { answerTo, isAnswered } from './missing-answers';
import { APPLICATION_STATUS } from './rules';

export const approveApplicationsInput = z.object(applicationSelectionFields).superRefine(checkSelectionGiven);

type GroupRow = typeof groups.$inferSelect;

/**
 * The partnership custom field values an application brings: the answers (and reviewers' answers)
 * to questions that ask for a field, each checked against the field as it is now. An invalid or
 * missing answer does not block the approval: the partnership starts without that value.
 */
export function customFieldValuesFrom(application: ApplicationRow, currentForm: ApplicationQuestion[], fields: FieldDefinition[]): FieldValues {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const seen = new Set<string>();
  const values: FieldValues = {};
  for (const question of [...application.formSnapshot, ...currentForm]) {
    if (!question.fieldKey || seen.has(question.id)) continue;
    seen.add(question.id);
    const field = byKey.get(question.fieldKey);
    const answer = answerTo(application, question);
    if (!field || !isAnswered(answer) || values[field.key] !== undefined) continue;
    const parsed = parseFieldValue(field, fieldValueText(answer)!);
    if (parsed.value !== undefined) values[field.key] = parsed.value;
  }
  return values;
}

/** First and last name for the partner key: the name the applicant gave, else their member row's. */
function applicantNames(application: ApplicationRow, team: (typeof partnerMembers.$inferSelect)[]) {
  const given = application.applicantName.trim();
  if (given) {
    const [firstName = '', ...rest] = given.split(/\s+/);
    return { firstName, lastName: rest.join(' ') };
  }
  const own = team.find((m) => m.email.toLowerCase() === application.email.toLowerCase());
  return { firstName: own?.firstName ?? '', lastName: own?.lastName ?? '' };
}

async function approveOne(tx: Executor, viewer: Viewer, program: ProgramRow, application: ApplicationRow, group: GroupRow, fields: FieldDefinition[], field: string[]): Promise<void> {
  if (!application.partnerId) throw invalid(field.join('.'), `The application of ${application.email} has no partner organisation to approve.`, 'CONFLICT');
  const [partner] = await tx.select().from(partners).where(eq(partners.id, application.partnerId));
  const team = await tx
    .select()
    .from(partnerMembers)
    .where(and(eq(partnerMembers.partnerId, application.partnerId), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)));
  const partnership = await openPartnership(tx, viewer, {
    programId: program.id,
    partnerId: application.partnerId,
    groupId: application.groupId,
    status: PARTNERSHIP_STATUS.ACTIVE,
    source: application.source,
    partnerKey: { ...applicantNames(application, team), fallback: application.companyName || application.email.split('@')[0] },
    customFieldValues: customFieldValuesFrom(application, group.applicationQuestions, fields),
    members: team.map((m) => ({ memberId: m.id })),
    event: { action: 'application.approved', data: { group: group.name, applicationId: application.id, email: application.email } },
    whenTaken: {
      field,
      message: `${partner.name} joined the ${program.name} program meanwhile (a manager added them?): nothing was changed. Decline this application, or remove the partnership first.`,
      code: 'CONFLICT',
    },
  });
  await tx.update(applications).set({ partnershipId: partnership.id }).where(eq(applications.id, application.id));

  const email =
    group.welcomeEmailSubject?.trim() && group.welcomeEmailBody?.trim()
      ? groupWelcomeEmail({ subject: group.welcomeEmailSubject, body: group.welcomeEmailBody, programName: program.name, because: applicationWelcomeBecause(program.name) })
      : applicationApprovedEmail({ programName: program.name, groupName: group.name, partnerAreaUrl: `${appUrl()}/partner` });
  // The applicant, and whoever runs the partner's team: one email each.
  const recipients = new Map<string, string>([[application.email.toLowerCase(), application.email]]);
  for (const m of team) if (can(m.accessLevel, 'approvePartnership')) recipients.set(m.email.toLowerCase(), m.email);
  for (const to of recipients.values()) await queueEmail(tx, to, email, program.id);
}

/**
 * The article's approval of inbound applications, one or many, all or nothing: each leaves
 * PENDING in one guarded update, then opens an ACTIVE partnership in its group through the shared
 * recipe (partner key from the applicant's name, default link, group history, the partner's
 * active people, custom fields from the answers, the "application approved" timeline event) and
 * emails the group's welcome email, or a default approval email, in the same transaction.
 */
export async function approveApplications(db: Database, viewer: Viewer, rawInput: unknown): Promise<number> {
  const input = parseInput(approveApplicationsInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const approved = await decidePendingApplications(tx, viewer, program.id, input, { status: APPLICATION_STATUS.APPROVED });
    if (approved.length === 0) return 0;
    const groupIds = [...new Set(approved.map((a) => a.groupId))];
    const groupRows = await tx.select().from(groups).where(and(eq(groups.programId, program.id), inArray(groups.id, groupIds)));
    const groupById = new Map(groupRows.map((g) => [g.id, g]));
    const fields = await activeFieldDefinitions(tx, program.id, 'PARTNERSHIP');
    const position = new Map((input.ids ?? []).map((id, i) => [id, i]));
    for (const application of approved) {
      const index = position.get(toGlobalId('Application', application.id));
      const field = index === undefined ? ['allMatching'] : ['ids', String(index)];
      await approveOne(tx, viewer, program, application, groupById.get(application.groupId)!, fields, field);
    }
    return approved.length;
  });
}
