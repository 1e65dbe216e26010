import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/client';
import { messageReads, messages, partnerMembers, programManagers, users } from '../db/schema';
import { excluded } from '../shared/insert-select';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../audit/record-event';
import { queueEmailToMany } from '../email/outbox';
import { messageReceivedEmail } from '../email/templates';
import { MEMBER_STATUS } from '../members/rules';
import { appUrl } from '../shared/app-url';
import { toGlobalId } from '../shared/ids';
import { MESSAGE_SIDE, type MessageModel } from './rules';
import { PARTNER_MESSAGERS, type ThreadParties } from './thread-access';

/** Where each side reads a thread: the address the other side's email links to. */
export function threadUrl(parties: Pick<ThreadParties, 'program' | 'partner'>, readerSide: ThreadParties['side']): string {
  const partnerId = toGlobalId('Partner', parties.partner.id);
  return readerSide === MESSAGE_SIDE.PROGRAM
    ? `${appUrl()}/programs/${parties.program.slug}/messages/${partnerId}`
    : `${appUrl()}/partner/messages/${toGlobalId('Program', parties.program.id)}?partner=${partnerId}`;
}

/**
 * Writes a message from the caller's side of an authorised thread, in the caller's transaction:
 * the message, the writer's own read marker (writing means they have read the thread), one email
 * to every person of the other side with a link to the thread, and the audit event.
 */
export async function postMessage(tx: Transaction, viewer: Viewer, parties: ThreadParties, body: string, applicationId: string | null = null): Promise<MessageModel> {
  const senderId = viewer.kind === 'user' ? viewer.user.id : null;
  const [row] = await tx
    .insert(messages)
    .values({ programId: parties.program.id, partnerId: parties.partner.id, applicationId, senderId, senderSide: parties.side, body })
    .returning();
  if (senderId) {
    await tx
      .insert(messageReads)
      .values({ userId: senderId, programId: parties.program.id, partnerId: parties.partner.id, lastReadAt: row.createdAt })
      .onConflictDoUpdate({
        target: [messageReads.userId, messageReads.programId, messageReads.partnerId],
        set: { lastReadAt: sql`greatest(${messageReads.lastReadAt}, ${excluded(messageReads.lastReadAt)})` },
      });
  }

  const fromProgram = parties.side === MESSAGE_SIDE.PROGRAM;
  const senderName = (viewer.kind === 'user' && viewer.user.name) || (fromProgram ? parties.program.name : parties.partner.name);
  const email = messageReceivedEmail({
    senderName,
    fromName: fromProgram ? parties.program.name : parties.partner.name,
    toName: fromProgram ? parties.partner.name : parties.program.name,
    body,
    threadUrl: threadUrl(parties, fromProgram ? MESSAGE_SIDE.PARTNER : MESSAGE_SIDE.PROGRAM),
  });
  // The other side: the partner's active Owners and Admins, or the program's managers; never the writer.
  const pm = partnerMembers;
  const recipients = fromProgram
    ? sql`select ${users.email} from ${pm} join ${users} on ${users.id} = ${pm.userId}
          where ${pm.partnerId} = ${parties.partner.id} and ${pm.status} = ${MEMBER_STATUS.ACTIVE}
            and ${pm.accessLevel}::text = any(${sql.param([...PARTNER_MESSAGERS])}::text[]) and ${users.id} is distinct from ${senderId}::text`
    : sql`select ${users.email} from ${programManagers} join ${users} on ${users.id} = ${programManagers.userId}
          where ${programManagers.programId} = ${parties.program.id} and ${users.id} is distinct from ${senderId}::text`;
  await queueEmailToMany(tx, recipients, email, parties.program.id);

  await recordEvent(tx, viewer, {
    programId: parties.program.id,
    action: fromProgram ? 'message.sent' : 'message.received',
    subjectType: 'Message',
    subjectId: row.id,
    data: { partner: parties.partner.name, partnerId: parties.partner.id },
  });
  return {
    id: row.id,
    programId: row.programId,
    partnerId: parties.partner.id,
    applicationId: row.applicationId,
    senderSide: row.senderSide,
    senderName,
    body: row.body,
    createdAt: row.createdAt,
  };
}
