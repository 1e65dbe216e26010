import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { inviteTemplates } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { partnerCandidatesFor } from '../partners/partner-candidates';
import { InvalidInputError, parseInput } from '../shared/errors';
import { addNewPartner } from './add-new-partner';
import { connectExistingPartner } from './connect-existing-partner';
import { lockPartnershipEmail, partnerInProgramWithEmail } from './open-partnership';
import { addPartnerInput, prepareAddition } from './partner-addition';
import type { PartnershipRow } from './rules';

/**
 * Adds a partner to a program (the article's "Add a new partner"). An email new to the network
 * creates the partner (add-new-partner); an email that already has an account connects one of
 * that person's partner organisations, which must then approve (connect-existing-partner).
 */
export async function addPartner(db: Database, viewer: Viewer, rawInput: unknown): Promise<PartnershipRow> {
  const input = parseInput(addPartnerInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    await lockPartnershipEmail(tx, program.id, input.email);
    const prepared = await prepareAddition(tx, viewer, input, program);
    const candidates = await partnerCandidatesFor(tx, program.id, input.email);

    let partnership: PartnershipRow;
    if (candidates.length > 0) {
      partnership = await connectExistingPartner(tx, viewer, input, prepared, candidates);
    } else {
      if (input.existingPartnerId) {
        throw new InvalidInputError([{ field: ['existingPartnerId'], message: `${input.email} has no partner organisation to connect.`, code: 'INVALID' }]);
      }
      const clash = await partnerInProgramWithEmail(tx, program.id, input.email);
      if (clash) {
        throw new InvalidInputError([{ field: ['email'], message: `${input.email} is already a member of ${clash.partnerName}, which is in this program.`, code: 'TAKEN' }]);
      }
      partnership = await addNewPartner(tx, viewer, input, prepared);
    }

    if (input.invite?.saveForFuture && viewer.kind === 'user') {
      await tx
        .insert(inviteTemplates)
        .values({ programId: program.id, managerId: viewer.user.id, subject: input.invite.subject, body: input.invite.body })
        .onConflictDoUpdate({
          target: [inviteTemplates.programId, inviteTemplates.managerId],
          set: { subject: input.invite.subject, body: input.invite.body, updatedAt: sql`now()` },
        });
    }
    return partnership;
  });
}
