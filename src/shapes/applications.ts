import { z } from 'zod';

/**
 * Decisions on applications, shared by the review page's forms and the server (no server code
 * here): the same messages inline and in userErrors.
 */

export const REAPPLY_POLICIES = ['ANYTIME', 'AFTER_DAYS', 'NEVER'] as const;
export type ReapplyPolicyValue = (typeof REAPPLY_POLICIES)[number];
export const REAPPLY_POLICY = { ANYTIME: 'ANYTIME', AFTER_DAYS: 'AFTER_DAYS', NEVER: 'NEVER' } as const satisfies Record<ReapplyPolicyValue, ReapplyPolicyValue>;
export const REAPPLY_DAYS_MAX = 365;

export const declineDecisionFields = {
  reason: z.string().trim().max(300, 'Use at most 300 characters.').nullish(),
  note: z.string().trim().max(2000, 'Use at most 2000 characters.').nullish(),
  noteVisibleToApplicant: z.boolean().nullish(),
  reapplyPolicy: z.enum(REAPPLY_POLICIES, 'Choose when they may apply again.'),
  reapplyAfterDays: z
    .number('Enter a number of days.')
    .int('Use a whole number of days.')
    .min(1, `Use 1 to ${REAPPLY_DAYS_MAX} days.`)
    .max(REAPPLY_DAYS_MAX, `Use 1 to ${REAPPLY_DAYS_MAX} days.`)
    .nullish(),
};

/** AFTER_DAYS needs its number of days. */
export function checkReapplyDays(input: { reapplyPolicy: ReapplyPolicyValue; reapplyAfterDays?: number | null }, ctx: z.RefinementCtx): void {
  if (input.reapplyPolicy === REAPPLY_POLICY.AFTER_DAYS && input.reapplyAfterDays == null) {
    ctx.addIssue({ code: 'custom', message: 'Say after how many days they may apply again.', path: ['reapplyAfterDays'] });
  }
}

export const declineDecisionShape = z.object(declineDecisionFields).superRefine(checkReapplyDays);
export type DeclineDecision = z.infer<typeof declineDecisionShape>;

/** Reviewers' answers as the detail page's form holds them: text, checked by type on the server. */
export const reviewerAnswersFormShape = z.object({ answers: z.array(z.object({ value: z.string().max(5000, 'Use at most 5000 characters.') })) });
