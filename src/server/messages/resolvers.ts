import type { Resolvers } from '../graphql/resolvers-types.generated';
import { payload } from '../graphql/errors';
import { toGlobalId } from '../shared/ids';
import { getMessageThread } from './get-message-thread';
import { listMyThreads, listProgramThreads } from './list-message-threads';
import { markMessageThreadRead } from './mark-message-thread-read';
import { replyToMessageThread } from './reply-to-message-thread';
import { sendMessage } from './send-message';
import { unreadMessages } from './unread-messages';

export const messageResolvers: Resolvers = {
  Query: {
    messageThreads: (_, args, { db, loaders, viewer }) => listProgramThreads(db, loaders, viewer, args.programId, args),
    myMessageThreads: (_, args, { db, viewer }) => listMyThreads(db, viewer, args),
    messageThread: (_, args, { db, viewer }) => getMessageThread(db, viewer, args),
  },
  Mutation: {
    sendMessage: (_, { input }, { db, viewer }) => payload(() => sendMessage(db, viewer, input)),
    replyToMessageThread: (_, { input }, { db, viewer }) => payload(() => replyToMessageThread(db, viewer, input)),
    markMessageThreadRead: (_, { input }, { db, viewer }) => payload(async () => ({ thread: await markMessageThreadRead(db, viewer, input) })),
  },
  Viewer: {
    unreadMessages: (viewer, _, { db }) => unreadMessages(db, viewer),
  },
  UnreadMessages: {
    programs: (u) => u.programs.map((p) => ({ programId: toGlobalId('Program', p.programId), count: p.count })),
  },
  Message: {
    id: (m) => toGlobalId('Message', m.id),
    side: (m) => m.senderSide,
    applicationId: (m) => (m.applicationId ? toGlobalId('Application', m.applicationId) : null),
  },
  MessageThread: {
    programId: (t) => toGlobalId('Program', t.programId),
    partnerId: (t) => toGlobalId('Partner', t.partnerId),
  },
  MessageThreadPage: {
    partnershipId: (p) => (p.partnershipId ? toGlobalId('Partnership', p.partnershipId) : null),
  },
};
