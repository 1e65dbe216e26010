import { messageSide, type messages } from '../db/schema';
import type { Connection } from '../shared/pagination';
import { enumNames } from '../shared/enum-names';

export type MessageRow = typeof messages.$inferSelect;
export type MessageSideValue = MessageRow['senderSide'];

/** Which side of a thread wrote a message: the program (its managers and API keys) or the partner. */
export const MESSAGE_SIDE = enumNames(messageSide.enumValues);

/** A message as the API returns it: the row with who sent it, named for the reader. */
export interface MessageModel {
  id: string;
  programId: string;
  partnerId: string;
  applicationId: string | null;
  senderSide: MessageSideValue;
  senderName: string;
  body: string;
  createdAt: Date;
}

/** One thread (one program and one partner) as a list shows it, read from one reader's side. */
export interface MessageThreadModel {
  programId: string;
  programName: string;
  programSlug: string;
  partnerId: string;
  partnerName: string;
  /** The reader's side: whose messages are "theirs" for the unread count. */
  viewerSide: MessageSideValue;
  lastMessage: MessageModel | null;
  unreadCount: number;
}

export interface MessageThreadPageModel {
  thread: MessageThreadModel;
  messages: Connection<MessageModel>;
  partnershipId: string | null;
  /** Whether the reader's side may write: not the program's to a partner it removed. */
  canWrite: boolean;
}

export interface UnreadMessagesModel {
  programs: { programId: string; count: number }[];
  asPartner: number;
}
