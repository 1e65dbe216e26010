import type { partnerMembers, partners } from '../db/schema';

export type PartnerRow = typeof partners.$inferSelect;
export type MemberRow = typeof partnerMembers.$inferSelect;
