import { z } from 'zod';
import type { Executor } from '../db/client';
import { groups, programManagers, programs } from '../db/schema';
import { invalid, parseInput } from '../shared/errors';
import { httpUrl, newJoinToken } from '../groups/rules';
import type { ProgramRow } from './access';

const createProgramInput = z.object({
  slug: z
    .string()
    .trim()
    .min(2, 'Use at least 2 characters.')
    .max(40, 'Use at most 40 characters.')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens.'),
  name: z.string().trim().min(1, 'Enter a program name.').max(80, 'Use at most 80 characters.'),
  websiteUrl: httpUrl,
  managerUserIds: z.array(z.string()).min(1, 'A program needs at least one manager.'),
});

/** A program with its default group and managers. Used by the CLI and the seed (operators, not the API). */
export async function createProgram(tx: Executor, rawInput: z.input<typeof createProgramInput>): Promise<ProgramRow> {
  const input = parseInput(createProgramInput, rawInput);
  const [program] = await tx
    .insert(programs)
    .values({ slug: input.slug, name: input.name, websiteUrl: input.websiteUrl })
    .onConflictDoNothing()
    .returning();
  if (!program) throw invalid('slug', `The slug "${input.slug}" is taken.`, 'TAKEN');
  await tx.insert(groups).values({ programId: program.id, name: 'Default', isDefault: true, joinToken: newJoinToken() });
  await tx.insert(programManagers).values(input.managerUserIds.map((userId) => ({ programId: program.id, userId })));
  return program;
}
