import { z } from 'zod';
import type { Database } from '../db/client';
import type { Viewer } from '../auth/viewer';
import { messageBodyShape } from '../../shapes/messages';
import { parseInput } from '../shared/errors';
import { threadSummary } from './list-message-threads';
import { postMessage } from './post-message';
import type { MessageModel, MessageThreadModel } from './rules';
import { requirePartnerSide } from './thread-access';

export const replyToMessageThreadInput = z.object({
  programId: z.string(),
  partnerId: z.string(),
  body: messageBodyShape,
});

/**
 * A partner writes to a program it has a thread, a partnership or an application with (an
 * applicant answering the manager's question): only its Owners and Admins speak for it. The
 * program's managers get an email with a link to the thread.
 */
export async function replyToMessageThread(db: Database, viewer: Viewer, rawInput: unknown): Promise<{ message: MessageModel; thread: MessageThreadModel }> {
  const input = parseInput(replyToMessageThreadInput, rawInput);
  return db.transaction(async (tx) => {
    const parties = await requirePartnerSide(tx, viewer, input.programId, input.partnerId);
    const message = await postMessage(tx, viewer, parties, input.body);
    return { message, thread: await threadSummary(tx, viewer, parties) };
  });
}
