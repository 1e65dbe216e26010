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

export const REAPPLY_POLICY = { ANYTIME: 'ANYTIME', AFTER_DAYS: 'AFTER_DAYS', NEVER: 'NEVER' } as const;
export const REAPPLY_DAYS_MAX = 365;

export const declineApplicationsInput = z
  .object({
    ...applicationSelectionFields,
    reason: z.string().trim().max(300, 'Use at most 300 characters.').nullish(),
    note: z.string().trim().max(2000, 'Use at most 2000 characters.').nullish(),
    noteVisibleToApplicant: z.boolean().nullish(),
    reapplyPolicy: z.enum([REAPPLY_POLICY.ANYTIME, REAPPLY_POLICY.AFTER_DAYS, REAPPLY_POLICY.NEVER]),
    reapplyAfterDays: z
      .number()
      .int('Use a whole number of days.')
      .min(1, 'Use 1 to 365 days.')
      .max(REAPPLY_DAYS_MAX, `Use 1 to ${REAPPLY_DAYS_MAX} days.`)
      .nullish(),
  })
  .superRefine((input, ctx) => {
    checkSelectionGiven(input, ctx);
    if (input.reapplyPolicy === REAPPLY_POLICY.AFTER_DAYS && input.reapplyAfterDays == null) {
      ctx.addIssue({ code: 'custom', message: 'Say after how many days they may apply again.', path: ['reapplyAfterDays'] });
    }
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
