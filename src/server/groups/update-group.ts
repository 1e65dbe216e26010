import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { invalid, isUniqueViolation, parseInput } from '../shared/errors';
import { requireManagedGroup } from './access';
import { commissionRate, groupName, httpUrl } from './rules';
import type { GroupRow } from './create-group';
import { welcomeEmailBody, welcomeEmailSubject } from '../../shapes/groups';

export const updateGroupInput = z.object({
  groupId: z.string(),
  name: groupName.nullish(),
  /** Null or empty: links go to the program's website. */
  destinationUrl: z.union([httpUrl, z.literal('')]).nullish(),
  commissionRate: commissionRate.nullish(),
  applicationFormEnabled: z.boolean().nullish(),
  welcomeEmailSubject: welcomeEmailSubject.nullish(),
  welcomeEmailBody: welcomeEmailBody.nullish(),
});

/** Changes a group's settings; its partners follow the new link destination and commission from now on. */
export async function updateGroup(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const input = parseInput(updateGroupInput, rawInput);
  const group = await requireManagedGroup(db, viewer, input.groupId);
  const subject = input.welcomeEmailSubject === undefined ? group.welcomeEmailSubject : input.welcomeEmailSubject || null;
  const body = input.welcomeEmailBody === undefined ? group.welcomeEmailBody : input.welcomeEmailBody || null;
  if (Boolean(subject) !== Boolean(body)) {
    throw invalid(subject ? 'welcomeEmailBody' : 'welcomeEmailSubject', 'A welcome email needs both a subject and a message (or neither).', 'REQUIRED');
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(groups)
      .set({
        ...(input.name != null && { name: input.name }),
        ...(input.destinationUrl !== undefined && { destinationUrl: input.destinationUrl || null }),
        ...(input.commissionRate != null && { commissionRate: input.commissionRate.toFixed(2) }),
        ...(input.applicationFormEnabled != null && { applicationFormEnabled: input.applicationFormEnabled }),
        welcomeEmailSubject: subject,
        welcomeEmailBody: body,
      })
      .where(eq(groups.id, group.id))
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw invalid('name', `A group named "${input.name}" already exists in this program.`, 'TAKEN');
        }
        throw error;
      });
    await recordEvent(tx, viewer, { programId: group.programId, action: 'group.updated', subjectType: 'Group', subjectId: group.id, data: { name: updated.name } });
    return updated;
  });
}
