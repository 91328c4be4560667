/**
 * The copy Readability works on: the head without scripts, styles and stylesheet links (Readability would only
 * delete them), everything metadata needs kept, the body whole, the original untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { cloneForReadability, collapsedLength } from '../../../utils/article/clone';
import { BODY, bodyHtml, closeWindows, collapse, ENGINES, page, parseWith } from './parse';

afterAll(closeWindows);

const URL_ = 'https://news.example.test/2024/park';

const HEAD = [
  '<script>window.tracker = 1</script>',
  '<style>body { color: red }</style>',
  '<link rel="stylesheet" href="/site.css">',
  '<link rel="preload" href="/font.woff2" as="font">',
  '<link rel="canonical" href="https://news.example.test/park">',
  '<meta property="og:site_name" content="The Example News">',
  '<meta name="author" content="Jane Reporter">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Park extension approved","datePublished":"2024-03-05T09:30:00Z"}</script>',
].join('\n');

describe.each(ENGINES)('the clone for Readability (%s)', (engine) => {
  it('leaves scripts, styles and stylesheet links out of the head and keeps what metadata reads', () => {
    const doc = parseWith(engine, page({ head: HEAD }), URL_);
    const { clone } = cloneForReadability(doc);
    const head = clone.head;
    expect(Array.from(head.querySelectorAll('script')).map((s) => s.getAttribute('type'))).toEqual([
      'application/ld+json',
    ]);
    expect(head.querySelectorAll('style')).toHaveLength(0);
    expect(Array.from(head.querySelectorAll('link')).map((l) => l.getAttribute('rel'))).toEqual([
      'canonical',
    ]);
    expect(head.querySelectorAll('meta')).toHaveLength(3);
    expect(clone.title).toBe('Park extension approved after three-year debate');
    expect(clone.documentElement.getAttribute('lang')).toBe('en');
    expect(collapse(clone.body.textContent ?? '')).toBe(collapse(BODY.join(' ')));
  });

  it('does not touch the original document', () => {
    const doc = parseWith(engine, page({ head: HEAD }), URL_);
    const before = doc.documentElement.outerHTML;
    cloneForReadability(doc);
    extractArticle(doc, { url: URL_ });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('still gives the metadata the head holds', () => {
    const article = extractArticle(parseWith(engine, page({ head: HEAD }), URL_), { url: URL_ });
    expect(article?.url).toBe('https://news.example.test/park');
    expect(article?.siteName).toBe('The Example News');
    expect(article?.byline).toBe('Jane Reporter');
    expect(article?.publishedTime).toBe('2024-03-05T09:30:00.000Z');
    expect(article?.title).toBe('Park extension approved');
  });

  it('keeps a page that has no body tag, whatever the parser puts in the head', () => {
    const html = `<!doctype html><html><head><title>Park</title><script>x()</script><div class="story">${bodyHtml()}</div></html>`;
    const article = extractArticle(parseWith(engine, html, URL_), { url: URL_ });
    expect(collapse(article?.text ?? '')).toBe(collapse(BODY.join(' ')));
  });
});

describe('collapsedLength', () => {
  it.each(['', 'abc', '  a  b  ', '\n\t x\u00a0\u00a0y \u2003', 'ünïcødé  text', '   '])(
    'is the length of %j with whitespace runs collapsed to one space',
    (value) => {
      expect(collapsedLength(value)).toBe(value.replace(/\s+/g, ' ').length);
    },
  );
});
