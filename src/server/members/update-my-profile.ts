import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { partnerMembers, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { parseInput } from '../shared/errors';
import { getProfile } from './get-profile';
import { requireProfileOwner, type Profile } from './rules';
import { profileNameShape } from '../../shapes/people';

export const nameInput = profileNameShape;

/** Only the person changes their own name; it applies to every partner team they are on. */
export async function updateMyProfile(db: Database, viewer: Viewer, rawInput: unknown): Promise<Profile> {
  const user = requireProfileOwner(viewer);
  const input = parseInput(nameInput, rawInput);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ name: `${input.firstName} ${input.lastName}`.trim() }).where(eq(users.id, user.id));
    await tx.update(partnerMembers).set({ firstName: input.firstName, lastName: input.lastName }).where(eq(partnerMembers.userId, user.id));
    await recordEvent(tx, viewer, { programId: null, action: 'profile.name_changed', subjectType: 'User', subjectId: user.id, data: input });
  });
  return getProfile(db, viewer);
}
