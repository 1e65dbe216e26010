import { and, eq } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { partners, partnerships, programManagers, programs, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { partnershipDecisionEmail } from '../email/templates';
import { requirePartnerAccess } from '../partners/access';
import { appUrl } from '../shared/app-url';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { PARTNERSHIP_STATUS, type PartnershipRow } from './rules';

export const partnershipIdInput = z.object({ partnershipId: z.string() });

/** How a decision ends a partnership's wait: its new state, and what follows for its invites. */
export interface PartnershipDecision {
  approved: boolean;
  change: PgUpdateSetSource<typeof partnerships>;
  afterwards(tx: Executor, partnershipId: string): Promise<unknown>;
}

/**
 * The guarded transition approval and decline share: an Owner or Admin of the partner takes the
 * partnership out of PENDING_APPROVAL, its invites follow, the program's manager is told and the
 * decision is recorded.
 */
export async function decidePendingPartnership(db: Database, viewer: Viewer, rawInput: unknown, decision: PartnershipDecision): Promise<PartnershipRow> {
  const { partnershipId } = parseInput(partnershipIdInput, rawInput);
  const id = fromGlobalId('Partnership', partnershipId);
  if (!id) throw notFound('Partnership');
  return db.transaction(async (tx) => {
    const [partnership] = await tx.select().from(partnerships).where(eq(partnerships.id, id)).limit(1);
    if (!partnership) throw notFound('Partnership');
    await requirePartnerAccess(tx, viewer, partnership.partnerId, 'approvePartnership', 'Partnership');
    const [context] = await tx
      .select({ partnerName: partners.name, programName: programs.name, programSlug: programs.slug })
      .from(partners)
      .innerJoin(programs, eq(programs.id, partnership.programId))
      .where(eq(partners.id, partnership.partnerId));
    const decided = await settlePendingPartnership(tx, viewer, partnership, decision, context.partnerName);

    // The relationship's manager hears of it; a partnership without one tells every manager.
    const recipients = await tx
      .select({ email: users.email })
      .from(programManagers)
      .innerJoin(users, eq(users.id, programManagers.userId))
      .where(
        and(
          eq(programManagers.programId, partnership.programId),
          partnership.programManagerId ? eq(programManagers.userId, partnership.programManagerId) : undefined,
        ),
      );
    const email = partnershipDecisionEmail({
      partnerName: context.partnerName,
      programName: context.programName,
      approved: decision.approved,
      partnerUrl: `${appUrl()}/programs/${context.programSlug}/partners/${partnershipId}`,
    });
    for (const r of recipients) await queueEmail(tx, r.email, email, partnership.programId);
    return decided;
  });
}

/**
 * What a decision changes, once the decider is known to be allowed: the partnership leaves
 * PENDING_APPROVAL by a compare-and-set (two clicks give one result), its invites follow and the
 * decision is recorded. Also how the seed tells a decision its demo story starts with, where no
 * partner session exists and nobody is to be emailed.
 */
export async function settlePendingPartnership(
  tx: Executor,
  viewer: Viewer,
  partnership: PartnershipRow,
  decision: PartnershipDecision,
  partnerName: string,
): Promise<PartnershipRow> {
  const [decided] = await tx
    .update(partnerships)
    .set(decision.change)
    .where(and(eq(partnerships.id, partnership.id), eq(partnerships.status, PARTNERSHIP_STATUS.PENDING_APPROVAL)))
    .returning();
  if (!decided) {
    throw invalid(
      'partnershipId',
      partnership.status === PARTNERSHIP_STATUS.ACTIVE ? 'This partnership is already approved.' : 'This partnership is not waiting for approval.',
      'CONFLICT',
    );
  }
  await decision.afterwards(tx, partnership.id);
  await recordEvent(tx, viewer, {
    programId: partnership.programId,
    partnershipId: partnership.id,
    action: decision.approved ? 'partnership.approved' : 'partnership.declined',
    subjectType: 'Partnership',
    subjectId: partnership.id,
    data: { partner: partnerName },
  });
  return decided;
}
