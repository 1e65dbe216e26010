/**
 * Email templates: each renders a subject, an HTML body and a plain-text body from typed data.
 * Plain functions rather than a rendering framework: the emails are short, and every value that
 * reaches the HTML goes through escapeHtml.
 */
export interface RenderedEmail {
  template: string;
  subject: string;
  html: string;
  text: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface LayoutParts {
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Someone's own words, quoted as plain text (line breaks kept) after the paragraphs. */
  quote?: string;
  footer: string;
}

export function layout(parts: LayoutParts): { html: string; text: string } {
  const paragraphs = parts.paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`).join('');
  const quote =
    parts.quote === undefined
      ? ''
      : `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #c7d2fe;background:#f9fafb;white-space:pre-wrap;line-height:1.5">${escapeHtml(parts.quote)}</blockquote>`;
  const action = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(parts.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#6b7280">Or paste this link into your browser: <a href="${escapeHtml(parts.action.url)}" style="color:#4f46e5;word-break:break-all">${escapeHtml(parts.action.url)}</a></p>`
    : '';
  const html = `<!doctype html><html><body style="margin:0;background:#f3f4f6;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111827">
<span style="display:none">${escapeHtml(parts.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;padding:32px;max-width:100%">
<tr><td><p style="margin:0 0 24px;font-weight:700;color:#4f46e5">Partnerly</p>
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(parts.heading)}</h1>${paragraphs}${quote}${action}
<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(parts.footer)}</p></td></tr></table></td></tr></table></body></html>`;
  const text = [
    parts.heading,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.quote === undefined ? [] : [...parts.quote.split('\n').map((line) => `> ${line}`), '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    parts.footer,
  ].join('\n');
  return { html, text };
}

export function signInEmail(data: { url: string; host: string }): RenderedEmail {
  return {
    template: 'sign-in',
    subject: 'Your Partnerly sign-in link',
    ...layout({
      preheader: 'Sign in to Partnerly',
      heading: 'Sign in to Partnerly',
      paragraphs: [`Use the button below to sign in to ${data.host}. The link works once and expires in 24 hours.`],
      action: { label: 'Sign in', url: data.url },
      footer: "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.",
    }),
  };
}

export function apiKeyCreatedEmail(data: { programName: string; keyName: string; prefix: string; createdBy: string }): RenderedEmail {
  return {
    template: 'api-key-created',
    subject: `A new API key was created for ${data.programName}`,
    ...layout({
      preheader: `API key ${data.keyName} created`,
      heading: 'A new API key was created',
      paragraphs: [
        `${data.createdBy} created the API key "${data.keyName}" (${data.prefix}…) for ${data.programName}.`,
        'If you do not recognise this, revoke the key in Settings → API keys.',
      ],
      footer: 'You receive this because you manage this program on Partnerly.',
    }),
  };
}

export function partnershipRequestEmail(data: { partnerName: string; programName: string; managerName: string; dashboardUrl: string }): RenderedEmail {
  return {
    template: 'partnership-request',
    subject: `${data.programName} wants to partner with ${data.partnerName}`,
    ...layout({
      preheader: `Approve or decline the ${data.programName} partnership`,
      heading: `${data.programName} added ${data.partnerName} to its partner program`,
      paragraphs: [
        `${data.managerName} added ${data.partnerName} to the ${data.programName} partner program.`,
        'An Owner or Admin of your team can approve or decline the partnership from your partner dashboard. Until then, nobody on your team gets emails from this program.',
      ],
      action: { label: 'Review the partnership', url: data.dashboardUrl },
      footer: 'You receive this because you are an Owner or Admin of this partner on Partnerly.',
    }),
  };
}

export function teamJoinInviteEmail(data: { firstName: string; partnerName: string; programName: string; url: string; expiresInDays: number }): RenderedEmail {
  return {
    template: 'team-join-invite',
    subject: `Join ${data.partnerName} on Partnerly`,
    ...layout({
      preheader: `You were added to ${data.partnerName}`,
      heading: `You were added to ${data.partnerName}`,
      paragraphs: [
        `Hi ${data.firstName || 'there'},`,
        `You were added to the ${data.partnerName} team for the ${data.programName} partner program. Claim your invite to get your referral links.`,
        `The link works once and expires in ${data.expiresInDays} days.`,
      ],
      action: { label: 'Claim your invite', url: data.url },
      footer: 'If you did not expect this, you can ignore this email.',
    }),
  };
}

export function memberAdditionRequestEmail(data: { partnerName: string; programName: string; memberName: string; memberEmail: string; teamUrl: string }): RenderedEmail {
  return {
    template: 'member-addition-request',
    subject: `Approve ${data.memberName} joining ${data.partnerName}`,
    ...layout({
      preheader: `${data.programName} asks to add a member to your team`,
      heading: 'A new team member waits for your approval',
      paragraphs: [
        `The ${data.programName} program asks to add ${data.memberName} (${data.memberEmail}) to the ${data.partnerName} team.`,
        'Their invite is sent only once you, the team owner, approve it.',
      ],
      action: { label: 'Review team additions', url: data.teamUrl },
      footer: 'You receive this because you own this partner team on Partnerly.',
    }),
  };
}

export function partnershipDecisionEmail(data: { partnerName: string; programName: string; approved: boolean; partnerUrl: string }): RenderedEmail {
  const verb = data.approved ? 'approved' : 'declined';
  return {
    template: `partnership-${verb}`,
    subject: `${data.partnerName} ${verb} the partnership with ${data.programName}`,
    ...layout({
      preheader: `Partnership ${verb}`,
      heading: `${data.partnerName} ${verb} the partnership`,
      paragraphs: [
        data.approved
          ? `${data.partnerName} approved joining ${data.programName}. Its members now get your program's emails and links.`
          : `${data.partnerName} declined joining ${data.programName}.`,
      ],
      action: { label: 'Open the partner', url: data.partnerUrl },
      footer: 'You receive this because you manage this program on Partnerly.',
    }),
  };
}

export function emailChangeConfirmEmail(data: { newEmail: string; url: string }): RenderedEmail {
  return {
    template: 'email-change-confirm',
    subject: 'Confirm your new Partnerly email address',
    ...layout({
      preheader: 'Confirm your new email address',
      heading: 'Confirm your new email address',
      paragraphs: [`Confirm that ${data.newEmail} should become the email of your Partnerly account. The link works for 3 hours.`],
      action: { label: 'Confirm new email', url: data.url },
      footer: 'If you did not ask for this, ignore this email: nothing changes without your confirmation.',
    }),
  };
}

export function emailChangeNoticeEmail(data: { newEmail: string }): RenderedEmail {
  return {
    template: 'email-change-notice',
    subject: 'Your Partnerly email address is being changed',
    ...layout({
      preheader: 'An email change was requested',
      heading: 'Your email address is being changed',
      paragraphs: [
        `Someone signed in to your account asked to change its email to ${data.newEmail}. The change takes effect only when confirmed from that address.`,
        'If this was not you, sign in and review your account.',
      ],
      footer: 'This notice goes to your current address for your security.',
    }),
  };
}

export function groupWelcomeEmail(data: { subject: string; body: string; programName: string; because?: string }): RenderedEmail {
  return {
    template: 'group-welcome',
    subject: data.subject,
    ...layout({
      preheader: `Welcome to ${data.programName}`,
      heading: data.subject,
      paragraphs: data.body.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean),
      footer: data.because ?? `You receive this because your partnership with ${data.programName} moved to a new group.`,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Applications (reviewing applications: approvals and declines)
// ---------------------------------------------------------------------------------------------

/** Why a partner who joined through the group's join link gets its welcome email. */
export const joinedWelcomeBecause = (programName: string) => `You receive this because you joined the ${programName} partner program.`;

/** Why an applicant gets a group's welcome email when their application is approved. */
export const applicationWelcomeBecause = (programName: string) => `You receive this because your application to the ${programName} partner program was approved.`;

/** Sent on approval when the group has no welcome email of its own. */
export function applicationApprovedEmail(data: { programName: string; groupName: string; partnerAreaUrl: string }): RenderedEmail {
  return {
    template: 'application-approved',
    subject: `You're in the ${data.programName} program`,
    ...layout({
      preheader: `Your application to ${data.programName} was approved`,
      heading: `You're in the ${data.programName} program`,
      paragraphs: [
        `Your application was approved: you are now a partner of ${data.programName} in the ${data.groupName} group.`,
        'Your referral link and the program are waiting in your partner area.',
      ],
      action: { label: 'Open your partner area', url: data.partnerAreaUrl },
      footer: applicationWelcomeBecause(data.programName),
    }),
  };
}

export type ReapplyTerms = { policy: 'ANYTIME' } | { policy: 'AFTER_DAYS'; after: Date } | { policy: 'NEVER' };

function reapplySentence(programName: string, terms: ReapplyTerms): string {
  switch (terms.policy) {
    case 'ANYTIME':
      return `You are welcome to apply to ${programName} again at any time.`;
    case 'AFTER_DAYS':
      return `You can apply to ${programName} again from ${terms.after.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}.`;
    case 'NEVER':
      return `${programName} will not accept a new application from you.`;
  }
}

/** To the applicant: the reason, the manager's note only when they chose to share it, and when they may reapply. */
export function applicationDeclinedEmail(data: { programName: string; reason: string | null; note: string | null; terms: ReapplyTerms }): RenderedEmail {
  return {
    template: 'application-declined',
    subject: `Your application to ${data.programName}`,
    ...layout({
      preheader: `${data.programName} reviewed your application`,
      heading: `Your application to ${data.programName}`,
      paragraphs: [
        `Thank you for applying to the ${data.programName} partner program. After review, the program did not approve your application.`,
        ...(data.reason ? [`Reason: ${data.reason}`] : []),
        ...(data.note ? [`A note from the program: ${data.note}`] : []),
        reapplySentence(data.programName, data.terms),
      ],
      footer: `You receive this because you applied to the ${data.programName} partner program.`,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Messages (issue 9): a thread between a program and one partner; each message tells the other side
// ---------------------------------------------------------------------------------------------

/**
 * A new message in a thread. The body is the writer's plain text, quoted and escaped like every
 * value: nothing a user writes becomes HTML in an email.
 */
export function messageReceivedEmail(data: { senderName: string; fromName: string; toName: string; body: string; threadUrl: string }): RenderedEmail {
  return {
    template: 'message-received',
    subject: `New message from ${data.fromName}`,
    ...layout({
      preheader: `${data.senderName} wrote to ${data.toName}`,
      heading: `New message from ${data.fromName}`,
      paragraphs: [data.senderName === data.fromName ? `${data.fromName} wrote:` : `${data.senderName} (${data.fromName}) wrote:`],
      quote: data.body,
      action: { label: 'Reply', url: data.threadUrl },
      footer: `You receive this because you take part in the conversation between ${data.fromName} and ${data.toName} on Partnerly.`,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// The network (issue 11): a network reviewer's decision on a partner's application, to its Owners and Admins
// ---------------------------------------------------------------------------------------------

const networkFooter = (partnerName: string) => `You receive this because you manage ${partnerName}'s network profile on Partnerly.`;

export function networkApprovedEmail(data: { partnerName: string; marketplaceUrl: string }): RenderedEmail {
  return {
    template: 'network-approved',
    subject: `${data.partnerName} is approved into the Partnerly network`,
    ...layout({
      preheader: 'Your network application was approved',
      heading: `${data.partnerName} is in the network`,
      paragraphs: [
        `The network's reviewers approved ${data.partnerName}'s network profile.`,
        'You can now apply to listed programs from the marketplace in one step: your profile goes with each application.',
      ],
      action: { label: 'Open the marketplace', url: data.marketplaceUrl },
      footer: networkFooter(data.partnerName),
    }),
  };
}

export function networkDeclinedEmail(data: { partnerName: string; reason: string; profileUrl: string }): RenderedEmail {
  return {
    template: 'network-declined',
    subject: `Your network application for ${data.partnerName}`,
    ...layout({
      preheader: 'The network reviewers looked at your application',
      heading: `Your network application for ${data.partnerName}`,
      paragraphs: [`The network's reviewers did not approve ${data.partnerName}'s network profile. Their reason:`],
      quote: data.reason,
      action: { label: 'Edit your network profile', url: data.profileUrl },
      footer: `You may edit the profile and apply again, or join a program directly through its join link. ${networkFooter(data.partnerName)}`,
    }),
  };
}
