import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MessageBody } from '../src/components/messages/message-body';

const render = (text: string) => renderToStaticMarkup(createElement(MessageBody, { text }));

describe('a message shown on a page: plain text with its links clickable', () => {
  it('turns web addresses and emails into links and keeps the text around them', () => {
    const html = render('See https://example.com/a?b=1&c=2, or www.partners-site.com.\nMail me: fran@newco.example');
    expect(html).toBe(
      '<p class="whitespace-pre-wrap break-words text-sm leading-relaxed">See ' +
        '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow ugc" class="break-all font-medium underline">https://example.com/a?b=1&amp;c=2</a>, or ' +
        '<a href="http://www.partners-site.com" target="_blank" rel="noopener noreferrer nofollow ugc" class="break-all font-medium underline">www.partners-site.com</a>.\nMail me: ' +
        '<a href="mailto:fran@newco.example" target="_blank" rel="noopener noreferrer nofollow ugc" class="break-all font-medium underline">fran@newco.example</a></p>',
    );
  });

  it('never lets HTML or script links through: markup stays text, other protocols stay unlinked', () => {
    const html = render('<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a> javascript:alert(1) ftp://files.example //evil.example');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href="javascript');
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('href="ftp:');
  });
});
