import { layout, type RenderedEmail } from '../email/templates';
import type { UserError } from '../shared/errors';

export const INVITE_PLACEHOLDERS = ['first_name', 'partner_name', 'company_name', 'program_name', 'manager_name', 'claim_link'] as const;
export type InviteVariables = Record<(typeof INVITE_PLACEHOLDERS)[number], string>;

export const DEFAULT_INVITE_CONTENT = {
  subject: '{manager_name} invited you to the {program_name} partner program',
  body: [
    'Hi {first_name},',
    '{manager_name} added {company_name} to the {program_name} partner program on Partnerly.',
    'Claim your account to see your referral links and start earning commissions.',
  ].join('\n\n'),
};

export { inviteContentShape } from '../../shapes/invites';

/** Placeholders the content uses that do not exist, as userErrors under `path`. */
export function unknownPlaceholderErrors(content: { subject: string; body: string }, path: string[]): UserError[] {
  const errors: UserError[] = [];
  for (const part of ['subject', 'body'] as const) {
    const unknown = [...content[part].matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1]).filter((name) => !(INVITE_PLACEHOLDERS as readonly string[]).includes(name));
    if (unknown.length > 0) {
      errors.push({
        field: [...path, part],
        message: `Unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}. Use ${INVITE_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')}.`,
        code: 'INVALID',
      });
    }
  }
  return errors;
}

const fill = (template: string, vars: InviteVariables) =>
  template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (name in vars ? vars[name as keyof InviteVariables] : whole));

/** The claim invite as the partner receives it: the manager's words, then the claim button. */
export function renderInviteEmail(content: { subject: string; body: string }, vars: InviteVariables, expiresInDays: number): RenderedEmail {
  const paragraphs = fill(content.body, vars)
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    template: 'partner-invite',
    subject: fill(content.subject, vars).slice(0, 250),
    ...layout({
      preheader: `Claim your ${vars.program_name} partner account`,
      heading: `Join the ${vars.program_name} partner program`,
      paragraphs: [...paragraphs, `The link works once and expires in ${expiresInDays} days.`],
      action: { label: 'Claim your account', url: vars.claim_link },
      footer: 'You receive this because a program manager added you as a partner on Partnerly.',
    }),
  };
}

