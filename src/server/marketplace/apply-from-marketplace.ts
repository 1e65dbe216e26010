import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { groups, networkProfiles, partners, programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { InvalidInputError, invalid, parseInput, unauthenticated, type UserError } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { lockPartnershipEmail } from '../partnerships/open-partnership';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { NETWORK_STATUS } from '../partners/rules';
import { applicantForm } from '../applications/application-form';
import { canApplyFor, emailInProgram, levelName, membershipsOf, partnerRefusal, personRefusal } from '../applications/join-checks';
import { submitApplication } from '../applications/submit-application';
import { parseAnswers } from '../../shapes/application-answers';
import type { ApplicationQuestion } from '../../shapes/application-form';
import { applyFromMarketplaceInput } from './marketplace-inputs';
import { MARKETPLACE_STANDING, NETWORK_PROFILE_PATH, profileAnswer } from './rules';

type Profile = typeof networkProfiles.$inferSelect;

/**
 * An Owner or Admin of a network-approved partner applies to a listed program in one step: the
 * application goes to the program's marketplace group (or its default group) through the
 * applications area, answered from the partner's network profile where a question maps to a
 * profile field (rules.ts: PROFILE_ANSWERS); every required question it cannot answer is marked
 * missing, for the managers to ask about in messages. Refused, with nothing written: an unknown or
 * unlisted program, a partner not network approved (pending or declined ones are pointed to the
 * program's join link, as the article says), a Finance or Member person, and the join link's own
 * refusals (removed from the program, already in it, an application pending, declined too recently).
 */
export async function applyFromMarketplace(db: Database, viewer: Viewer, rawInput: unknown) {
  if (viewer.kind !== 'user') throw unauthenticated('Sign in to apply to this program.');
  const input = parseInput(applyFromMarketplaceInput, rawInput);
  return db.transaction(async (tx) => {
    const programId = fromGlobalId('Program', input.programId);
    const [program] = programId ? await tx.select().from(programs).where(and(eq(programs.id, programId), eq(programs.listedInMarketplace, true))) : [];
    if (!program) throw invalid('programId', 'This program is not listed in the marketplace (any more).', 'NOT_ALLOWED');

    const partnerId = fromGlobalId('Partner', input.partnerId);
    const membership = (await membershipsOf(tx, viewer.user.id)).find((m) => m.partnerId === partnerId);
    if (!membership) throw invalid('partnerId', 'Choose one of your partner organisations.');
    if (!canApplyFor(membership)) {
      throw invalid('partnerId', `As a ${levelName(membership.accessLevel)} member of ${membership.name} you cannot apply for it: ask one of its Owners or Admins to apply.`, 'NOT_ALLOWED');
    }
    const { partner, profile } = await partnerWithProfile(tx, membership.partnerId);
    const networkRefusal = refusalForNetwork(partner.networkStatus, profile, program.name);
    if (networkRefusal) throw new InvalidInputError([networkRefusal]);

    const email = viewer.user.email.toLowerCase();
    // The join link's lock: a second apply (or join, or manager's add) of this email waits and then sees this one.
    await lockPartnershipEmail(tx, program.id, email);
    for (const check of [() => personRefusal(tx, program, email), () => partnerRefusal(tx, program, partner.id), () => emailInProgram(tx, program, email)]) {
      const refused = await check();
      if (refused) throw new InvalidInputError([{ ...refused, field: ['programId'] }]);
    }

    const group = await marketplaceGroup(tx, program);
    const form = group.applicationFormEnabled ? applicantForm(group, await activeFieldDefinitions(tx, program.id, 'PARTNERSHIP')) : null;
    const { answers, missing } = form ? answersFromProfile(form.snapshot, form.questions, profile!) : { answers: {}, missing: [] };
    await submitApplication(
      tx,
      viewer,
      {
        program,
        group,
        partnerId: partner.id,
        userId: viewer.user.id,
        email,
        applicantName: viewer.user.name?.trim() || email,
        companyName: profile!.companyName,
        source: 'MARKETPLACE',
        answers,
        formSnapshot: form?.snapshot ?? [],
        missingFields: missing,
      },
      'programId',
    );
    return MARKETPLACE_STANDING.APPLIED;
  });
}

async function partnerWithProfile(tx: Executor, partnerId: string): Promise<{ partner: typeof partners.$inferSelect; profile: Profile | null }> {
  const [row] = await tx.select({ partner: partners, profile: networkProfiles }).from(partners).leftJoin(networkProfiles, eq(networkProfiles.partnerId, partners.id)).where(eq(partners.id, partnerId));
  return row;
}

function refusalForNetwork(status: keyof typeof NETWORK_STATUS, profile: Profile | null, programName: string): UserError | null {
  const joinLink = `You can still join ${programName} through its join link: ask the program for it.`;
  if (status === NETWORK_STATUS.PENDING) {
    return { field: ['partnerId'], message: `Your network application is waiting for review; the marketplace opens once it is approved. ${joinLink}`, code: 'NOT_ALLOWED' };
  }
  if (status === NETWORK_STATUS.DECLINED) {
    return { field: ['partnerId'], message: `Your partner organisation was not approved for the network, so it cannot apply from the marketplace. ${joinLink}`, code: 'NOT_ALLOWED' };
  }
  if (status !== NETWORK_STATUS.APPROVED || !profile) {
    return { field: ['partnerId'], message: `Only network-approved partners apply from the marketplace. Apply to the network first, from your network profile (${NETWORK_PROFILE_PATH}).`, code: 'NOT_ALLOWED' };
  }
  return null;
}

/** The group marketplace applicants go to: the listing's, else the program's default group. */
async function marketplaceGroup(tx: Executor, program: typeof programs.$inferSelect) {
  const [group] = await tx
    .select()
    .from(groups)
    .where(and(eq(groups.programId, program.id), program.marketplaceGroupId ? eq(groups.id, program.marketplaceGroupId) : eq(groups.isDefault, true)));
  if (group) return group;
  const [fallback] = await tx.select().from(groups).where(and(eq(groups.programId, program.id), eq(groups.isDefault, true)));
  return fallback;
}

/**
 * The form's answers the profile gives, checked by the form's own rules (an answer the question
 * does not accept is left out), and the required questions left without one.
 */
export function answersFromProfile(snapshot: ApplicationQuestion[], questions: ReturnType<typeof applicantForm>['questions'], profile: Profile) {
  const inputs = snapshot.flatMap((q) => {
    const value = profileAnswer(profile, q);
    return value ? [{ questionId: q.id, value }] : [];
  });
  const { answers: parsed, errors } = parseAnswers(questions, inputs);
  const rejected = new Set(errors.filter((e) => e.code === 'INVALID').map((e) => e.field[1]));
  const answers = Object.fromEntries(Object.entries(parsed).filter(([id]) => !rejected.has(id)));
  const missing = questions.filter((q) => q.required && !(q.id in answers)).map((q) => q.id);
  return { answers, missing };
}
