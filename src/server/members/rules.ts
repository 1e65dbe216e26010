import type { MemberRow } from '../partners/rules';

/** A member as one program sees them: with that program's member custom field values. */
export interface TeamMemberModel {
  member: MemberRow;
  customFieldValues: Record<string, unknown>;
  programId: string;
}
