import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { partnerMembers } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { InvalidInputError, invalid, parseInput, unauthenticated } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { lockPartnershipEmail, openPartnership } from '../partnerships/open-partnership';
import { createPartner } from '../partners/create-partner';
import { queueEmail } from '../email/outbox';
import { groupWelcomeEmail, joinedWelcomeBecause } from '../email/templates';
import { MEMBER_STATUS } from '../members/rules';
import { NETWORK_STATUS } from '../partners/rules';
import { PARTNERSHIP_STATUS } from '../partnerships/rules';
import { MAX_QUESTIONS } from '../../shapes/application-form';
import { parseAnswers } from '../../shapes/application-answers';
import { groupByJoinToken } from './join-link';
import { applicantForm } from './application-form';
import { canApplyFor, emailInProgram, levelName, membershipsOf, partnerRefusal, personRefusal, type Membership } from './join-checks';
import { submitApplication } from './submit-application';

export type JoinResult = { kind: 'joined'; partnershipId: string } | { kind: 'applied'; applicationId: string };

export const joinInput = z.object({
  token: z.string().trim().min(1, 'The join link is incomplete.').max(100, 'The join link is not valid.'),
  partnerId: z.string().trim().max(100).nullish(),
  companyName: z.string().trim().max(120, 'Use at most 120 characters.').nullish(),
  answers: z
    .array(z.object({ questionId: z.string().trim().max(40), value: z.string().max(6000, 'Use at most 5000 characters.').nullish() }))
    .max(MAX_QUESTIONS, `Answer at most ${MAX_QUESTIONS} questions.`)
    .nullish(),
});

/**
 * A signed-in person follows a group's join link. Refused, with nothing written: a person the
 * program removed, one declined too recently, one whose application (or whose partner's) is
 * pending, a partner already in the program, a retired link. The partner is one the person is an
 * Owner or Admin of, or a new one they own (named by the company name they give). With the
 * group's application form on, their answers are checked like the join page checks them and an
 * application waits for a manager; otherwise the partner joins the group at once and gets the
 * group's welcome email.
 */
export async function joinProgram(db: Database, viewer: Viewer, rawInput: unknown): Promise<JoinResult> {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to join this program.');
  const input = parseInput(joinInput, rawInput);
  return db.transaction(async (tx) => {
    const row = await groupByJoinToken(tx, input.token);
    if (!row) throw invalid('token', 'This join link is not valid any more. Ask the program for a new one.');
    const { group, program } = row;
    const email = viewer.user.email.toLowerCase();
    // The same lock a manager's add of this email takes (and a second join by the same person):
    // one of the two sees what the other committed.
    await lockPartnershipEmail(tx, program.id, email);
    const refused = await personRefusal(tx, program, email);
    if (refused) throw new InvalidInputError([refused]);

    const partner = choosePartner(await membershipsOf(tx, viewer.user.id), input);
    if (partner) {
      const taken = await partnerRefusal(tx, program, partner.partnerId);
      if (taken) throw new InvalidInputError([taken]);
    }
    const clash = await emailInProgram(tx, program, email);
    if (clash) throw new InvalidInputError([clash]);

    const form = group.applicationFormEnabled ? applicantForm(group, await activeFieldDefinitions(tx, program.id, 'PARTNERSHIP')) : null;
    const answers = form ? parseAnswers(form.questions, input.answers) : null;
    if (answers && answers.errors.length > 0) throw new InvalidInputError(answers.errors);

    const applicantName = viewer.user.name?.trim() || email;
    const [firstName = '', ...rest] = applicantName === email ? [] : applicantName.split(' ');
    const lastName = rest.join(' ');
    let partnerId = partner?.partnerId;
    const companyName = partner?.name ?? input.companyName!;
    if (!partnerId) {
      const created = await createPartner(tx, { name: companyName, networkStatus: NETWORK_STATUS.NONE, claimedAt: new Date() }, [
        { userId: viewer.user.id, email, firstName, lastName, accessLevel: 'OWNER', status: MEMBER_STATUS.ACTIVE },
      ]);
      partnerId = created.partner.id;
    }

    if (form && answers) {
      const application = await submitApplication(
        tx,
        viewer,
        { program, group, partnerId, userId: viewer.user.id, email, applicantName, companyName, source: 'JOIN_LINK', answers: answers.answers, formSnapshot: form.snapshot },
        'token',
      );
      return { kind: 'applied', applicationId: application.id };
    }

    const team = await tx.select({ id: partnerMembers.id }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.status, MEMBER_STATUS.ACTIVE)));
    const partnership = await openPartnership(tx, viewer, {
      programId: program.id,
      partnerId,
      groupId: group.id,
      status: PARTNERSHIP_STATUS.ACTIVE,
      source: 'JOIN_LINK',
      partnerKey: { firstName, lastName, fallback: email.split('@')[0] },
      members: team.map((m) => ({ memberId: m.id })),
      event: { action: 'partnership.joined', data: { group: group.name, by: email } },
      whenTaken: { field: ['token'], message: `Your partner organisation is already in the ${program.name} program.`, code: 'CONFLICT' },
    });
    if (group.welcomeEmailSubject && group.welcomeEmailBody) {
      const welcome = groupWelcomeEmail({ subject: group.welcomeEmailSubject, body: group.welcomeEmailBody, programName: program.name, because: joinedWelcomeBecause(program.name) });
      await queueEmail(tx, email, welcome, program.id);
    }
    return { kind: 'joined', partnershipId: partnership.id };
  });
}

/**
 * Which partner applies: the one chosen (the person must be its Owner or Admin), else a new one
 * when a company name is given (null), else the one partner the person is Owner or Admin of.
 */
function choosePartner(memberships: Membership[], input: z.infer<typeof joinInput>): Membership | null {
  if (input.partnerId) {
    const id = fromGlobalId('Partner', input.partnerId);
    const chosen = memberships.find((m) => m.partnerId === id);
    if (!chosen) throw invalid('partnerId', 'Choose one of your partner organisations, or apply for a new one.');
    if (!canApplyFor(chosen)) {
      throw invalid(
        'partnerId',
        `As a ${levelName(chosen.accessLevel)} member of ${chosen.name} you cannot apply for it: only its Owners and Admins can. You can apply for a new partner of your own by giving its company name.`,
        'NOT_ALLOWED',
      );
    }
    return chosen;
  }
  if (input.companyName) return null;
  const approvable = memberships.filter(canApplyFor);
  if (approvable.length === 1) return approvable[0];
  if (approvable.length > 1) throw invalid('partnerId', 'Choose which of your partner organisations applies, or give a company name for a new one.', 'REQUIRED');
  throw invalid('companyName', 'Enter the name of the company you represent.', 'REQUIRED');
}
