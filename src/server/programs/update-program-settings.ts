import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { programs } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { parseInput } from '../shared/errors';
import { declineReasons, inviteExpiryDays, linkParameters, programName, senderName, websiteUrl } from '../../shapes/programs';
import { requireManagedProgram, type ProgramRow } from './access';

export const updateProgramSettingsInput = z.object({
  programId: z.string(),
  name: programName.nullish(),
  websiteUrl: websiteUrl.nullish(),
  linkParameters: linkParameters.nullish(),
  inviteExpiryDays: inviteExpiryDays.nullish(),
  /** Empty: emails go out under the program's name. */
  senderName: senderName.nullish(),
  declineReasons: declineReasons.nullish(),
});

const SETTINGS = ['name', 'websiteUrl', 'linkParameters', 'inviteExpiryDays', 'senderName', 'declineReasons'] as const;

/**
 * A program manager (or API key) edits the program's settings. Links redirect with the new
 * parameters, and invites and emails use the new expiry and sender name, from the next one on;
 * what was already sent stays as it was.
 */
export async function updateProgramSettings(db: Database, viewer: Viewer, rawInput: unknown): Promise<ProgramRow> {
  const input = parseInput(updateProgramSettingsInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const next = {
      ...(input.name != null && { name: input.name }),
      ...(input.websiteUrl != null && { websiteUrl: input.websiteUrl }),
      ...(input.linkParameters != null && { linkParameters: input.linkParameters }),
      ...(input.inviteExpiryDays != null && { inviteExpiryDays: input.inviteExpiryDays }),
      ...(input.senderName !== undefined && { senderName: input.senderName || null }),
      ...(input.declineReasons != null && { declineReasons: input.declineReasons }),
    };
    const changed = SETTINGS.filter((k) => k in next && JSON.stringify(next[k as keyof typeof next]) !== JSON.stringify(program[k]));
    if (changed.length === 0) return program;
    const [updated] = await tx.update(programs).set(next).where(eq(programs.id, program.id)).returning();
    await recordEvent(tx, viewer, {
      programId: program.id,
      action: 'program.settings_updated',
      subjectType: 'Program',
      subjectId: program.id,
      data: { before: Object.fromEntries(changed.map((k) => [k, program[k]])), after: Object.fromEntries(changed.map((k) => [k, updated[k]])) },
    });
    return updated;
  });
}
