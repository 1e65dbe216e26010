import type { Executor } from '../db/client';
import { applications, type groups, type programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid } from '../shared/errors';
import type { ApplicationQuestion } from '../../shapes/application-form';
import type { ApplicationRow } from './get-application';
import { APPLICATION_STATUS } from './rules';

export interface SubmittedApplication {
  program: typeof programs.$inferSelect;
  group: typeof groups.$inferSelect;
  partnerId: string;
  userId: string;
  email: string;
  applicantName: string;
  companyName: string;
  source: ApplicationRow['source'];
  answers: Record<string, unknown>;
  formSnapshot: ApplicationQuestion[];
  /** Required questions the application arrives without (a marketplace application from a network profile). */
  missingFields?: string[];
}

/**
 * The one way an application is written, whichever path it comes by (a join link, the
 * marketplace): a PENDING application to the group and its submitted event. The caller has taken
 * the email's lock and checked join-checks' refusals; the partial unique indexes (one pending
 * application per email, per partner) still decide a race with another person of the same partner.
 */
export async function submitApplication(tx: Executor, viewer: Viewer, a: SubmittedApplication, conflictField: string): Promise<ApplicationRow> {
  const [application] = await tx
    .insert(applications)
    .values({
      programId: a.program.id,
      groupId: a.group.id,
      partnerId: a.partnerId,
      userId: a.userId,
      email: a.email,
      applicantName: a.applicantName,
      companyName: a.companyName,
      source: a.source,
      status: APPLICATION_STATUS.PENDING,
      answers: a.answers,
      formSnapshot: a.formSnapshot,
      missingFields: a.missingFields ?? [],
    })
    .onConflictDoNothing()
    .returning();
  if (!application) throw invalid(conflictField, `You already applied to ${a.program.name}; a program manager will review it.`, 'CONFLICT');
  await recordEvent(tx, viewer, {
    programId: a.program.id,
    action: 'application.submitted',
    subjectType: 'Application',
    subjectId: application.id,
    data: { email: a.email, group: a.group.name, companyName: a.companyName, source: a.source, ...(a.missingFields?.length ? { missing: a.missingFields } : {}) },
  });
  return application;
}
