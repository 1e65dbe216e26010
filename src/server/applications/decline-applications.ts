import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { applicationDeclinedEmail, type ReapplyTerms } from '../email/templates';
import { requireManagedProgram } from '../programs/access';
import { invalid, parseInput } from '../shared/errors';
import { applicationSelectionFields, checkSelectionGiven, decidePendingApplications } from './decide-applications';
import { APPLICATION_STATUS } from './rules';
import { checkReapplyDays, declineDecisionFields, REAPPLY_POLICY } from '../../shapes/applications';

export const declineApplicationsInput = z.object({ ...applicationSelectionFields, ...declineDecisionFields }).superRefine((input, ctx) => {
  checkSelectionGiven(input, ctx);
  checkReapplyDays(input, ctx);
});

const DAY_MS = 86_400_000;

/**
 * The article's decline of inbound applications, one or many, all or nothing: a reason from the
 * program's own list (or none), a note the applicant sees only when the manager says so, and when
 * they may apply again (at once, after N days, never). Each applicant is emailed and each decline
 * recorded, in the same transaction as the guarded update.
 */
export async function declineApplications(db: Database, viewer: Viewer, rawInput: unknown): Promise<number> {
  const input = parseInput(declineApplicationsInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const reason = input.reason || null;
    if (reason !== null && !program.declineReasons.includes(reason)) {
      throw invalid('reason', `Choose one of the program's decline reasons: ${program.declineReasons.join('; ')}.`);
    }
    const note = input.note || null;
    const noteVisible = note !== null && (input.noteVisibleToApplicant ?? false);
    const afterDays = input.reapplyPolicy === REAPPLY_POLICY.AFTER_DAYS ? input.reapplyAfterDays! : null;
    const declined = await decidePendingApplications(tx, viewer, program.id, input, {
      status: APPLICATION_STATUS.DECLINED,
      declineReason: reason,
      declineNote: note,
      declineNoteVisible: noteVisible,
      reapplyPolicy: input.reapplyPolicy,
      reapplyAfter: afterDays === null ? null : sql`now() + make_interval(days => ${afterDays}::int)`,
    });
    for (const application of declined) {
      const terms: ReapplyTerms =
        application.reapplyPolicy === REAPPLY_POLICY.AFTER_DAYS
          ? { policy: REAPPLY_POLICY.AFTER_DAYS, after: application.reapplyAfter ?? new Date(Date.now() + afterDays! * DAY_MS) }
          : { policy: application.reapplyPolicy === REAPPLY_POLICY.NEVER ? REAPPLY_POLICY.NEVER : REAPPLY_POLICY.ANYTIME };
      await queueEmail(tx, application.email, applicationDeclinedEmail({ programName: program.name, reason, note: noteVisible ? note : null, terms }), program.id);
      await recordEvent(tx, viewer, {
        programId: program.id,
        action: 'application.declined',
        subjectType: 'Application',
        subjectId: application.id,
        data: { email: application.email, reason, reapplyPolicy: input.reapplyPolicy, ...(afterDays ? { reapplyAfterDays: afterDays } : {}) },
      });
    }
    return declined.length;
  });
}
