import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../db/client';
import { applications, partnerships } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { messageBodyShape } from '../../shapes/messages';
import { invalid, notFound, parseInput } from '../shared/errors';
import { fromGlobalId } from '../shared/ids';
import { threadSummary } from './list-message-threads';
import { postMessage } from './post-message';
import type { MessageModel, MessageThreadModel } from './rules';
import { programSideOf } from './thread-access';

export const REMOVED_PARTNER_MESSAGE = 'This partner was removed from the program: add them again to write to them.';

export const sendMessageInput = z.object({
  programId: z.string(),
  partnerId: z.string().nullish(),
  partnershipId: z.string().nullish(),
  applicationId: z.string().nullish(),
  body: messageBodyShape,
});

/**
 * The partner a manager writes to, named directly or through its partnership or application in
 * the program; when several are given they must name the same partner.
 */
async function partnerNamed(tx: Transaction, programId: string, input: z.infer<typeof sendMessageInput>): Promise<{ field: string; partnerId: string; applicationId: string | null }> {
  const named: { field: string; partnerId: string }[] = [];
  if (input.partnerId != null) {
    const id = fromGlobalId('Partner', input.partnerId);
    if (!id) throw notFound('Partner');
    named.push({ field: 'partnerId', partnerId: id });
  }
  if (input.partnershipId != null) {
    const id = fromGlobalId('Partnership', input.partnershipId);
    const [row] = id
      ? await tx.select({ partnerId: partnerships.partnerId }).from(partnerships).where(and(eq(partnerships.id, id), eq(partnerships.programId, programId)))
      : [];
    if (!row) throw notFound('Partnership');
    named.push({ field: 'partnershipId', partnerId: row.partnerId });
  }
  let applicationId: string | null = null;
  if (input.applicationId != null) {
    const id = fromGlobalId('Application', input.applicationId);
    const [row] = id
      ? await tx.select({ partnerId: applications.partnerId }).from(applications).where(and(eq(applications.id, id), eq(applications.programId, programId)))
      : [];
    if (!row) throw notFound('Application');
    if (!row.partnerId) throw invalid('applicationId', 'This application has no partner to write to yet.');
    named.push({ field: 'applicationId', partnerId: row.partnerId });
    applicationId = id;
  }
  if (named.length === 0) throw invalid('partnerId', 'Say whom to write to: a partner, a partnership or an application.', 'REQUIRED');
  const other = named.find((n) => n.partnerId !== named[0].partnerId);
  if (other) throw invalid(other.field, `This names another partner than ${named[0].field} does.`);
  return { field: named[0].field, partnerId: named[0].partnerId, applicationId };
}

/**
 * A program writes to a partner (article: "the manager … can message the partner"): a manager or
 * an API key of the program (which writes as the program), to a partner with a partnership in
 * any status or an application in it. The partner's Owners and Admins get an email with a link
 * to the thread. Nothing is written when the body or the partner is refused. A partner the program
 * removed is not written to (the thread is gone from their side and emailing them would reach
 * people the program let go) until the program adds them again or they apply again.
 */
export async function sendMessage(db: Database, viewer: Viewer, rawInput: unknown): Promise<{ message: MessageModel; thread: MessageThreadModel }> {
  const input = parseInput(sendMessageInput, rawInput);
  return db.transaction(async (tx) => {
    const program = await requireManagedProgram(tx, viewer, input.programId);
    const { field, partnerId, applicationId } = await partnerNamed(tx, program.id, input);
    const parties = await programSideOf(tx, program, partnerId);
    if (parties.partnerRemoved) throw invalid(field, REMOVED_PARTNER_MESSAGE, 'NOT_ALLOWED');
    const message = await postMessage(tx, viewer, parties, input.body, applicationId);
    return { message, thread: await threadSummary(tx, viewer, parties) };
  });
}
