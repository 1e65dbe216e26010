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

interface LayoutParts {
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

function layout(parts: LayoutParts): { html: string; text: string } {
  const paragraphs = parts.paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`).join('');
  const action = parts.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(parts.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#6b7280">Or paste this link into your browser: <a href="${escapeHtml(parts.action.url)}" style="color:#4f46e5;word-break:break-all">${escapeHtml(parts.action.url)}</a></p>`
    : '';
  const html = `<!doctype html><html><body style="margin:0;background:#f3f4f6;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111827">
<span style="display:none">${escapeHtml(parts.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;padding:32px;max-width:100%">
<tr><td><p style="margin:0 0 24px;font-weight:700;color:#4f46e5">Partnerly</p>
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(parts.heading)}</h1>${paragraphs}${action}
<p style="margin:24px 0 0;font-size:12px;color:#6b7280">${escapeHtml(parts.footer)}</p></td></tr></table></td></tr></table></body></html>`;
  const text = [
    parts.heading,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
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
