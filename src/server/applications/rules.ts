import { applicationStatus, reapplyPolicy } from '../db/schema';
import { enumNames } from '../shared/enum-names';

/** Where an application stands: PENDING until a manager approves or declines it. */
export const APPLICATION_STATUS = enumNames(applicationStatus.enumValues);

/** Applications still waiting for a decision (the database allows one per email and per partner in a program). */
export const PENDING_APPLICATION_STATUSES = [APPLICATION_STATUS.PENDING] as const;

/** When a declined applicant may apply again. */
export const REAPPLY_POLICY = enumNames(reapplyPolicy.enumValues);
