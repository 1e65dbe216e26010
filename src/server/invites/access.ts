import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../db/client';
import { invites } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { canManageProgram } from '../programs/access';
import { notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { InviteRow } from './rules';

export const inviteIdInput = z.object({ inviteId: z.string() });

/** An invite of a program the viewer manages, locked for the change; anyone else is told it does not exist. */
export async function requireManagedInvite(tx: Executor, viewer: Viewer, rawInput: unknown): Promise<InviteRow> {
  const { inviteId } = parseInput(inviteIdInput, rawInput);
  const id = fromGlobalId('Invite', inviteId);
  if (!id) throw notFound('Invite');
  const [invite] = await tx.select().from(invites).where(eq(invites.id, id)).for('update').limit(1);
  if (!invite || !canManageProgram(viewer, invite.programId)) throw notFound('Invite');
  return invite;
}
