import { and, eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client';
import { applications, auditEvents, groups } from '../../src/server/db/schema';
import { createPartner } from '../../src/server/partners/create-partner';
import { newJoinToken } from '../../src/server/groups/rules';
import { toGlobalId } from '../../src/server/shared/ids';
import type { ApplicationQuestion } from '../../src/shapes/application-form';
import { createUser, signInAs } from './factories';

let sequence = 0;

/** A question of a group's form; `id` defaults to a fresh one. */
export function question(fields: Partial<ApplicationQuestion> & Pick<ApplicationQuestion, 'label'>): ApplicationQuestion {
  return { id: `q${++sequence}`, fieldKey: null, helpText: null, type: 'TEXT', options: [], visibility: 'REQUIRED', ...fields };
}

/** A group of the program with its application form on and these questions. */
export async function createFormGroup(db: Database, programId: string, questions: ApplicationQuestion[], fields: Partial<typeof groups.$inferInsert> = {}) {
  const [group] = await db
    .insert(groups)
    .values({ programId, name: `Applicants ${Date.now().toString(36)}${++sequence}`, joinToken: newJoinToken(), applicationFormEnabled: true, applicationQuestions: questions, ...fields })
    .returning();
  return { group, groupId: toGlobalId('Group', group.id) };
}

export async function setGroupQuestions(db: Database, groupId: string, questions: ApplicationQuestion[]) {
  await db.update(groups).set({ applicationQuestions: questions }).where(eq(groups.id, groupId));
}

export interface InsertApplicationOptions {
  firstName?: string;
  lastName?: string;
  companyName?: string;
  email?: string;
  /** By question id: the applicant's answers (given for the asked questions only). */
  answers?: Record<string, unknown>;
  reviewerAnswers?: Record<string, unknown>;
  source?: 'JOIN_LINK' | 'MARKETPLACE';
  missingFields?: string[];
  createdAt?: Date;
  /** Further people on the applicant's partner (users with active memberships). */
  team?: { email: string; level: 'ADMIN' | 'FINANCE' | 'MEMBER' }[];
}

/**
 * An application as the join flow leaves it: the applicant's user, a new partner they own (OWNER,
 * ACTIVE, claimed), and a PENDING application to the group with the answers given, the group's
 * applicant-visible questions as its snapshot, and the submitted event.
 */
export async function insertApplication(db: Database, programId: string, groupId: string, options: InsertApplicationOptions = {}) {
  const tag = `${Date.now().toString(36)}${++sequence}`;
  const email = options.email ?? `applicant-${tag}@apply.example`;
  const firstName = options.firstName ?? 'Avery';
  const lastName = options.lastName ?? 'Applicant';
  const companyName = options.companyName ?? `Applicant Co ${tag}`;
  const createdAt = options.createdAt ?? new Date();
  const user = await createUser(db, { email, name: `${firstName} ${lastName}`.trim() });
  const people: { person: { email: string; level: 'ADMIN' | 'FINANCE' | 'MEMBER' }; user: Awaited<ReturnType<typeof createUser>> }[] = [];
  for (const person of options.team ?? []) people.push({ person, user: await createUser(db, { email: person.email, name: person.email.split('@')[0] }) });
  const [group] = await db.select().from(groups).where(and(eq(groups.id, groupId), eq(groups.programId, programId)));
  const made = await db.transaction(async (tx) => {
    const { partner, members } = await createPartner(tx, { name: companyName, claimedAt: createdAt, createdAt }, [
      { userId: user.id, email, firstName, lastName, accessLevel: 'OWNER', status: 'ACTIVE' },
      ...people.map(({ person, user: u }) => ({ userId: u.id, email: person.email, firstName: person.email.split('@')[0], lastName: '', accessLevel: person.level, status: 'ACTIVE' as const })),
    ]);
    const [application] = await tx
      .insert(applications)
      .values({
        programId,
        groupId,
        partnerId: partner.id,
        userId: user.id,
        email,
        applicantName: `${firstName} ${lastName}`.trim(),
        companyName,
        source: options.source ?? 'JOIN_LINK',
        answers: options.answers ?? {},
        reviewerAnswers: options.reviewerAnswers ?? {},
        formSnapshot: group.applicationQuestions.filter((q) => q.visibility !== 'HIDDEN'),
        missingFields: options.missingFields ?? [],
        createdAt,
      })
      .returning();
    await tx.insert(auditEvents).values({ programId, actorUserId: user.id, action: 'application.submitted', subjectType: 'Application', subjectId: application.id, data: { email, group: group.name } });
    return { application, id: toGlobalId('Application', application.id), partner, members };
  });
  return { ...made, user, cookie: await signInAs(db, user.id) };
}

/** The application row as it is now. */
export async function applicationRow(db: Database, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row;
}
