import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/utils/library/sanitize';
import { fixture, purifiableWindow } from './helpers';

const BASE = 'https://news.example.com/2024/story.html';
const win = purifiableWindow();

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('sanitizeArticleHtml on a hostile page', () => {
  const html = sanitizeArticleHtml(fixture('hostile.html'), {
    allowRemoteImages: false,
    baseUrl: BASE,
    window: win,
  });
  const doc = parse(html);

  it.each([
    ['script elements', 'script'],
    ['style elements', 'style'],
    ['meta refresh', 'meta'],
    ['base href', 'base'],
    ['stylesheet links', 'link'],
    ['iframes', 'iframe'],
    ['frames', 'frame, frameset'],
    ['objects and embeds', 'object, embed'],
    ['forms and their controls', 'form, input, button, textarea, select'],
    ['math', 'math'],
    ['video', 'video'],
    ['srcset', '[srcset]'],
    ['srcdoc', '[srcdoc]'],
    ['form actions', '[action], [formaction]'],
    ['background and poster URLs', '[background], [poster]'],
  ])('removes %s', (_label, selector) => {
    expect(doc.querySelectorAll(selector)).toHaveLength(0);
  });

  it.each([
    ['javascript: URLs', /javascript:/i],
    ['vbscript: URLs', /vbscript:/i],
    ['data:text/html', /data:text\/html/i],
    ['data:image/svg+xml', /svg\+xml/i],
    ['the attacker host', /evil\.example/i],
  ])('leaves no %s', (_label, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('makes links absolute, new-tab and referrer-free, and strips dangerous ones', () => {
    const links = Array.from(doc.querySelectorAll('a')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('rel'),
      a.getAttribute('target'),
    ]);
    expect(links).toEqual([
      ['a relative link', 'https://news.example.com/relative/page', 'noopener noreferrer', '_blank'],
      ['an absolute link', 'https://example.org/abs', 'noopener noreferrer', '_blank'],
      ['mail', 'mailto:editor@example.com', 'noopener noreferrer', '_blank'],
      ['a javascript link', null, null, null],
      ['data link', null, null, null],
      ['mixed case one', null, null, null],
      ['vbscript', null, null, null],
    ]);
  });
});

describe('sanitizeArticleHtml with remote images allowed', () => {
  it('keeps http(s) images, made absolute, without srcset', () => {
    const html = sanitizeArticleHtml(
      '<p><img src="/a.jpg" srcset="/a-2x.jpg 2x" alt="A"><img src="https://cdn.example.com/b.webp"><img src="javascript:alert(1)" alt="bad"></p>',
      { allowRemoteImages: true, baseUrl: BASE, window: win },
    );
    const doc = parse(html);
    expect(Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'))).toEqual([
      'https://news.example.com/a.jpg',
      'https://cdn.example.com/b.webp',
    ]);
    expect(doc.querySelectorAll('[srcset], .pq-image-blocked')).toHaveLength(0);
    expect(doc.body.textContent).toContain('bad');
  });
});

describe('sanitizeArticleHtml edge cases', () => {
  it.each([
    [
      'mXSS through noscript',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      /onerror|alert/,
    ],
    ['template content', '<template><script>alert(1)</script></template>', /script|alert/],
    [
      'nested svg use',
      '<svg><use href="data:image/svg+xml,<svg onload=alert(1)>"/></svg>',
      /onload|alert|svg/,
    ],
    [
      'a form inside a table',
      '<table><form action="https://x.example"><tr><td>t</td></tr></form></table>',
      /<form|action/,
    ],
    ['a tel: link', '<a href="tel:123">call</a>', /href/],
  ])('%s', (_label, input, forbidden) => {
    expect(sanitizeArticleHtml(input, { allowRemoteImages: true, baseUrl: BASE, window: win })).not.toMatch(
      forbidden,
    );
  });

  it('passes plain text through escaped', () => {
    expect(
      sanitizeArticleHtml('1 < 2 & <b>bold</b>', { allowRemoteImages: false, baseUrl: BASE, window: win }),
    ).toBe('1 &lt; 2 &amp; <b>bold</b>');
  });
});

describe('sanitizeArticleHtml fails closed', () => {
  it.each([
    ["happy-dom's window as is", () => window],
    ['a linkedom window', () => parseHTML('<!doctype html><html><body></body></html>')],
  ])('throws instead of returning unsanitized HTML in %s', (_label, makeWindow) => {
    expect(() =>
      sanitizeArticleHtml('<img src=x onerror=alert(1)>', {
        allowRemoteImages: false,
        baseUrl: BASE,
        window: makeWindow() as unknown as Parameters<typeof sanitizeArticleHtml>[1]['window'],
      }),
    ).toThrow(/sanitizer does not work/);
  });
});

// Issue 15, finding 11: a page's own markup must not pass for the reader's controls, nor open over it.
describe('sanitizeArticleHtml and the reader’s own page', () => {
  const html = sanitizeArticleHtml(
    [
      '<div class="reader__bar"><p class="button button--primary" id="reader-settings">Delete this article</p></div>',
      '<h2 id="reader-quotes-heading" class="selection-bar">Quotes</h2><a name="app" href="#x">anchor</a>',
      '<dialog open><p>A dialog over the reader</p></dialog>',
      '<div popover="manual" popovertarget="x" popovertargetaction="show">A popover</div>',
      '<details open><summary>More</summary><p>Details stay</p></details>',
    ].join(''),
    { allowRemoteImages: false, baseUrl: BASE, window: win },
  );
  const doc = parse(html);

  it('drops every imported class and id (the reader styles articles by element)', () => {
    expect(doc.querySelectorAll('[class], [id], [name]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Delete this article');
    expect(doc.body.textContent).toContain('Quotes');
  });

  it('drops dialogs and popovers, keeping their text', () => {
    expect(doc.querySelectorAll('dialog, [popover], [popovertarget], [popovertargetaction]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('A dialog over the reader');
    expect(doc.body.textContent).toContain('A popover');
    expect(doc.querySelector('details')?.hasAttribute('open')).toBe(true);
  });

  it('still marks blocked images with its own class', () => {
    const withImage = sanitizeArticleHtml('<p><img class="x" src="https://cdn.example/a.jpg" alt="A"></p>', {
      allowRemoteImages: false,
      baseUrl: BASE,
      window: win,
    });
    expect(parse(withImage).querySelector('span')?.className).toBe('pq-image-blocked');
  });
});
