import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import type { AccessLevelValue } from '../partners/permissions';
import { activeFieldDefinitions } from '../custom-fields/list-custom-fields';
import { groupByJoinToken } from './join-link';
import { applicantForm, type ApplicantForm } from './application-form';
import { canApplyFor, emailInProgram, membershipsOf, partnerRefusal, personRefusal } from './join-checks';

export interface JoinPartnerChoice {
  partnerId: string;
  name: string;
  accessLevel: AccessLevelValue;
  canApply: boolean;
  unavailableReason: string | null;
}

export interface JoinLanding {
  status: 'OPEN' | 'INVALID';
  programName: string | null;
  groupName: string | null;
  applicationFormEnabled: boolean;
  /** Only the questions the applicant answers: hidden ones never leave the server. */
  form: ApplicantForm | null;
  partnerChoices: JoinPartnerChoice[];
  refusal: string | null;
}

const INVALID: JoinLanding = { status: 'INVALID', programName: null, groupName: null, applicationFormEnabled: false, form: null, partnerChoices: [], refusal: null };

/**
 * What the join page shows: which program and group the link is for, the form's questions, and
 * for a signed-in visitor the partners they may apply for and, when they cannot at all, why (the
 * same checks joinProgram makes).
 */
export async function joinLanding(db: Database, viewer: Viewer, token: string): Promise<JoinLanding> {
  const row = await groupByJoinToken(db, token);
  if (!row) return INVALID;
  const { group, program } = row;
  let form: ApplicantForm | null = null;
  if (group.applicationFormEnabled) {
    const { snapshot: _, ...asked } = applicantForm(group, await activeFieldDefinitions(db, program.id, 'PARTNERSHIP'));
    form = asked;
  }
  const landing: JoinLanding = { status: 'OPEN', programName: program.name, groupName: group.name, applicationFormEnabled: group.applicationFormEnabled, form, partnerChoices: [], refusal: null };
  if (viewer.kind !== 'user') return landing;
  const email = viewer.user.email.toLowerCase();
  const refused = (await personRefusal(db, program, email)) ?? (await emailInProgram(db, program, email));
  landing.refusal = refused?.message ?? null;
  for (const m of await membershipsOf(db, viewer.user.id)) {
    const canApply = canApplyFor(m);
    const taken = canApply ? await partnerRefusal(db, program, m.partnerId) : null;
    landing.partnerChoices.push({ partnerId: m.partnerId, name: m.name, accessLevel: m.accessLevel, canApply, unavailableReason: taken?.message ?? null });
  }
  return landing;
}
