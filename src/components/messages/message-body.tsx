import { Fragment, type ReactNode } from 'react';
import { LinkifyIt } from 'linkify-it';

/*
 * Messages are plain text. Links in them are found by linkify-it (the link recogniser markdown-it
 * uses: fuzzy links like example.com, emails, trailing punctuation and brackets handled) and
 * rendered as React <a> elements between text nodes, so React escapes everything else: a
 * message never reaches the page as HTML (no dangerouslySetInnerHTML), whatever it contains.
 */
// Fuzzy links too: people write "www.example.com" or "example.com/pricing" without the scheme.
const linkify = new LinkifyIt({ fuzzyLink: true })
  // Only web and mail links: no ftp:, no protocol-relative //host links.
  .add('ftp:', null)
  .add('//', null);

/** Protocols a link in a message may have; anything else (javascript:, data:) stays text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function safeHref(url: string): string | null {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** A message's text with its links clickable; line breaks kept. */
export function MessageBody({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of linkify.match(text) ?? []) {
    const href = safeHref(match.url);
    if (!href) continue;
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(
      <a key={match.index} href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="break-all font-medium underline">
        {match.text}
      </a>,
    );
    at = match.lastIndex;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-relaxed">
      {parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </p>
  );
}
