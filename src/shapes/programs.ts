import { z } from 'zod';
import { httpUrl } from './groups';

/** Program settings' shapes, shared by update-program-settings and the settings form (no server code here). */

/** The shortcodes a link parameters template may use; each is replaced when a link redirects. */
export const LINK_SHORTCODES = ['{partner_key}'] as const;
export const PARTNER_KEY_SHORTCODE = '{partner_key}';

/**
 * The program's link parameters with `{partner_key}` expanded: the one expansion the referral
 * redirect and the settings page's live example both use.
 */
export function expandLinkParameters(template: string, partnerKey: string): URLSearchParams {
  return new URLSearchParams(template.replaceAll(PARTNER_KEY_SHORTCODE, encodeURIComponent(partnerKey)));
}

/** Sets the expanded parameters on a destination URL (the destination's own parameters of the same name give way). */
export function applyLinkParameters(url: URL, template: string, partnerKey: string): URL {
  for (const [name, value] of expandLinkParameters(template, partnerKey)) url.searchParams.set(name, value);
  return url;
}

/** What a partner's link lands on, for the settings page's example; null while the inputs are not valid. */
export function exampleLandingUrl(websiteUrl: string, template: string, partnerKey = 'janedoe'): string | null {
  if (!httpUrl.safeParse(websiteUrl).success || linkParametersProblem(template)) return null;
  return applyLinkParameters(new URL(websiteUrl.trim()), template.trim(), partnerKey).toString();
}

const PARAM_NAME = /^[A-Za-z0-9_.~-]+$/;
const PARAM_VALUE_TEXT = /^[A-Za-z0-9_.~%+-]*$/;

/** Why a link parameters template is refused, or null when it is fine. */
export function linkParametersProblem(raw: string): string | null {
  const template = raw.trim();
  if (template === '') return 'Enter the parameters, e.g. ps_partner_key={partner_key}.';
  if (template.length > 500) return 'Use at most 500 characters.';
  if (template.startsWith('?')) return 'Leave out the leading "?": write name=value pairs joined by &.';
  for (const pair of template.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return `"${pair}" is not a name=value pair. Write pairs such as utm_source=partners, joined by &.`;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (!PARAM_NAME.test(name)) return `"${name}" is not a parameter name: use letters, digits, _ . ~ or -.`;
    const shortcodes = value.match(/\{[^}]*\}?/g) ?? [];
    const unknown = shortcodes.find((s) => !(LINK_SHORTCODES as readonly string[]).includes(s));
    if (unknown) return `${unknown} is not a shortcode. The one shortcode is {partner_key}.`;
    if (!PARAM_VALUE_TEXT.test(value.replaceAll(PARTNER_KEY_SHORTCODE, ''))) return `The value of "${name}" may use letters, digits, _ . ~ + - and % escapes only.`;
  }
  if (!template.includes(PARTNER_KEY_SHORTCODE)) return 'Include {partner_key} at least once, so visits are credited to the partner.';
  return null;
}

export const programName = z.string().trim().min(1, 'Enter the program name.').max(80, 'Use at most 80 characters.');
export const websiteUrl = httpUrl;
export const linkParameters = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = linkParametersProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export const inviteExpiryDays = z
  .number({ message: 'Enter a number of days.' })
  .int('Enter a whole number of days.')
  .min(1, 'Invites last at least 1 day.')
  .max(90, 'Invites last at most 90 days.');
/** A display name in an email's From: no quotes, angle brackets, backslashes or line breaks (they would break the header). */
export const senderName = z
  .string()
  .trim()
  .max(80, 'Use at most 80 characters.')
  .refine((v) => !/["<>\\\r\n]/.test(v), 'Leave out quotes, angle brackets, backslashes and line breaks.');
export const declineReason = z.string().trim().min(1, 'A reason cannot be empty.').max(200, 'Use at most 200 characters.');
export const declineReasons = z
  .array(declineReason)
  .min(1, 'Keep at least one decline reason.')
  .max(10, 'Use at most 10 decline reasons.')
  .superRefine((reasons, ctx) => {
    const seen = new Set<string>();
    reasons.forEach((r, i) => {
      const normal = r.trim().toLowerCase();
      if (seen.has(normal)) ctx.addIssue({ code: 'custom', message: 'This reason is listed twice.', path: [i] });
      seen.add(normal);
    });
  });

/** The Settings → General form. */
export const programSettingsForm = z.object({
  name: programName,
  websiteUrl,
  linkParameters,
  inviteExpiryDays,
  senderName,
  declineReasons: z
    .array(z.object({ value: declineReason }))
    .min(1, 'Keep at least one decline reason.')
    .max(10, 'Use at most 10 decline reasons.'),
});
export type ProgramSettingsFormValues = z.infer<typeof programSettingsForm>;
