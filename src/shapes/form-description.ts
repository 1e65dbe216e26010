import MarkdownIt from 'markdown-it';
import { COMPANY_NAME_PLACEHOLDER } from './application-form';

/*
 * A form's description allows paragraphs, **bold**, *italic*, links and bullet lists, written as
 * Markdown. markdown-it's "zero" preset with only those rules on, and raw HTML off, turns it into
 * HTML that can hold nothing else: every other character is escaped, and its link check refuses
 * javascript:, vbscript:, file: and data: addresses. It needs no DOM, so the server page and the
 * editor's live preview in the browser render the same way (no HTML sanitiser after the fact).
 */
const markdown = new MarkdownIt('zero', { html: false, linkify: false, breaks: true }).enable(['paragraph', 'newline', 'emphasis', 'link', 'list']);

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  tokens[idx].attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The description as safe HTML, with `{company_name}` replaced by the (escaped) company name.
 * The placeholder is replaced after rendering, so a company name is never read as Markdown; in
 * a link address the braces are percent-encoded and stay as they are.
 */
export function renderFormDescription(description: string, companyName: string): string {
  return markdown.render(description).split(COMPANY_NAME_PLACEHOLDER).join(escapeHtml(companyName));
}
