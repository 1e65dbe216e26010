import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { inviteTemplates } from '../db/schema';
import type { Viewer } from '../auth/viewer';
import { requireManagedProgram } from '../programs/access';
import { InvalidInputError, parseInput } from '../shared/errors';
import { appUrl } from '../shared/app-url';
import { DEFAULT_INVITE_CONTENT, inviteContentShape, renderInviteEmail, unknownPlaceholderErrors } from './content';

/** The content to prefill: the manager's saved content for this program (theirs alone), else the default. */
export async function inviteTemplateFor(db: Database, viewer: Viewer, programId: string) {
  const program = await requireManagedProgram(db, viewer, programId);
  if (viewer.kind === 'user') {
    const [saved] = await db
      .select()
      .from(inviteTemplates)
      .where(and(eq(inviteTemplates.programId, program.id), eq(inviteTemplates.managerId, viewer.user.id)));
    if (saved) return { subject: saved.subject, body: saved.body, saved: true };
  }
  return { ...DEFAULT_INVITE_CONTENT, saved: false };
}

/** The invite as the partner would receive it, with a sample link. */
export async function previewInvite(
  db: Database,
  viewer: Viewer,
  args: { programId: string; subject: string; body: string; firstName?: string | null; companyName?: string | null },
) {
  const program = await requireManagedProgram(db, viewer, args.programId);
  const content = parseInput(inviteContentShape, { subject: args.subject, body: args.body });
  const errors = unknownPlaceholderErrors(content, []);
  if (errors.length > 0) throw new InvalidInputError(errors);
  const managerName = viewer.kind === 'user' ? (viewer.user.name ?? viewer.user.email) : `The ${program.name} team`;
  const company = args.companyName?.trim() || 'Your company';
  const email = renderInviteEmail(
    content,
    {
      first_name: args.firstName?.trim() || 'there',
      partner_name: company,
      company_name: company,
      program_name: program.name,
      manager_name: managerName,
      claim_link: `${appUrl()}/invite/preview`,
    },
    program.inviteExpiryDays,
  );
  return { subject: email.subject, html: email.html, text: email.text };
}
