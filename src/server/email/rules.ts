import { emailStatus, type emailOutbox } from '../db/schema';
import { enumNames } from '../shared/enum-names';

export type EmailStatus = (typeof emailOutbox.$inferSelect)['status'];

export const EMAIL_STATUS = enumNames(emailStatus.enumValues);

/**
 * A claim is still its sender's to settle while the row is SENDING, or PENDING after the stale
 * sweep put it back but before anyone claimed it again; `attempts` says whose claim it is.
 */
export const SETTLEABLE_EMAIL_STATUSES = ['SENDING', 'PENDING'] as const satisfies readonly EmailStatus[];
