import { z } from 'zod';
import type { Database } from '../db/client';
import { groups } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { recordEvent } from '../audit/record-event';
import { invalid, parseInput } from '../shared/errors';
import { commissionRate, groupName, httpUrl, newJoinToken } from './rules';

export const createGroupInput = z.object({
  programId: z.string(),
  name: groupName,
  destinationUrl: httpUrl.nullish(),
  commissionRate: commissionRate.nullish(),
  applicationFormEnabled: z.boolean().nullish(),
});

export type GroupRow = typeof groups.$inferSelect;

/** A program manager (or API key) adds a group to their program. */
export async function createGroup(db: Database, viewer: Viewer, rawInput: unknown): Promise<GroupRow> {
  const input = parseInput(createGroupInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const [group] = await tx
      .insert(groups)
      .values({
        programId: program.id,
        name: input.name,
        destinationUrl: input.destinationUrl ?? null,
        commissionRate: (input.commissionRate ?? 0).toFixed(2),
        applicationFormEnabled: input.applicationFormEnabled ?? false,
        joinToken: newJoinToken(),
      })
      // The unique index on (program, lower(name)) decides races between two creators.
      .onConflictDoNothing()
      .returning();
    if (!group) throw invalid('name', `A group named "${input.name}" already exists in this program.`, 'TAKEN');
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'group.created',
      subjectType: 'Group',
      subjectId: group.id,
      data: { name: group.name },
    });
    return group;
  });
}
