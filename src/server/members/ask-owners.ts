import type { Executor } from '../db/client';
import { queueEmail } from '../email/outbox';
import { memberAdditionRequestEmail } from '../email/templates';
import { can } from '../partners/permissions';
import type { MemberRow } from '../partners/rules';
import { appUrl } from '../shared/app-url';
import { MEMBER_STATUS } from './rules';

/**
 * "The partner team owner will need to approve the partner team addition before the invite is
 * sent": each active owner of the team is asked, once per member added.
 */
export async function askOwnersToApprove(
  tx: Executor,
  context: { team: MemberRow[]; added: MemberRow[]; partnerName: string; programName: string; programId: string },
): Promise<void> {
  const owners = context.team.filter((m) => m.status === MEMBER_STATUS.ACTIVE && can(m.accessLevel, 'approveTeamAddition'));
  for (const member of context.added) {
    const email = memberAdditionRequestEmail({
      partnerName: context.partnerName,
      programName: context.programName,
      memberName: `${member.firstName} ${member.lastName}`.trim() || member.email,
      memberEmail: member.email,
      teamUrl: `${appUrl()}/partner/team`,
    });
    for (const owner of owners) await queueEmail(tx, owner.email, email, context.programId);
  }
}
