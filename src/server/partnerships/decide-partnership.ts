import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { invites, partnerMembers, partners, partnerships, programManagers, programs, users } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmail } from '../email/outbox';
import { partnershipDecisionEmail } from '../email/templates';
import { releaseHeldInvites } from '../invites/send-invites';
import { PARTNERSHIP_APPROVERS, requirePartnerAccess } from '../partners/access';
import { appUrl } from '../shared/app-url';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import type { PartnershipRow } from './rules';

export const partnershipIdInput = z.object({ partnershipId: z.string() });

/**
 * An Owner or Admin of an existing partner approves or declines a partnership a program manager
 * asked for. Approval sends the invites that waited for it; the program's manager is told.
 */
export async function decidePartnership(db: Database, viewer: Viewer, rawInput: unknown, approve: boolean): Promise<PartnershipRow> {
  const { partnershipId } = parseInput(partnershipIdInput, rawInput);
  const id = fromGlobalId('Partnership', partnershipId);
  if (!id) throw notFound('Partnership');
  return db.transaction(async (tx) => {
    const [partnership] = await tx.select().from(partnerships).where(eq(partnerships.id, id)).limit(1);
    if (!partnership) throw notFound('Partnership');
    await requirePartnerAccess(tx, viewer, partnership.partnerId, PARTNERSHIP_APPROVERS, 'Partnership');
    const [decided] = await tx
      .update(partnerships)
      .set(approve ? { status: 'ACTIVE', approvedAt: sql`now()` } : { status: 'DECLINED' })
      .where(and(eq(partnerships.id, id), eq(partnerships.status, 'PENDING_APPROVAL')))
      .returning();
    if (!decided) {
      throw invalid(
        'partnershipId',
        partnership.status === 'ACTIVE' ? 'This partnership is already approved.' : 'This partnership is not waiting for approval.',
        'CONFLICT',
      );
    }
    if (approve) await releaseHeldInvites(tx, id);
    else {
      const revoked = await tx
        .update(invites)
        .set({ status: 'REVOKED' })
        .where(and(eq(invites.partnershipId, id), inArray(invites.status, ['HELD', 'AWAITING_OWNER_APPROVAL'])))
        .returning({ kind: invites.kind, memberId: invites.memberId });
      // As when a manager deletes an invite: people added for this partnership who never joined leave the team.
      const leaving = revoked.filter((i) => i.kind === 'TEAM_JOIN').map((i) => i.memberId);
      if (leaving.length > 0) {
        await tx
          .update(partnerMembers)
          .set({ status: 'REMOVED' })
          .where(and(inArray(partnerMembers.id, leaving), inArray(partnerMembers.status, ['INVITED', 'AWAITING_OWNER_APPROVAL'])));
      }
    }

    const [context] = await tx
      .select({ partnerName: partners.name, programName: programs.name, programSlug: programs.slug })
      .from(partners)
      .innerJoin(programs, eq(programs.id, partnership.programId))
      .where(eq(partners.id, partnership.partnerId));
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
      approved: approve,
      partnerUrl: `${appUrl()}/programs/${context.programSlug}/partners/${partnershipId}`,
    });
    for (const r of recipients) await queueEmail(tx, r.email, email, partnership.programId);
    await recordEvent(tx, viewer, {
      programId: partnership.programId,
      partnershipId: id,
      action: approve ? 'partnership.approved' : 'partnership.declined',
      subjectType: 'Partnership',
      subjectId: id,
      data: { partner: context.partnerName },
    });
    return decided;
  });
}
