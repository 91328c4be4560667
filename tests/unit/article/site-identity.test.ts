/**
 * What extractArticle tells a consumer about the page besides the article: the page's own URL, the URL to share
 * or save under, the site's colour and its icon. All of it is page metadata, so it is validated where it is read.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { closeWindows, ENGINES, page, parseWith } from './parse';

const URL_ = 'https://news.example.test/2022/01/28/park/';

afterAll(closeWindows);

describe.each(ENGINES)('site colour and icon on %s', (engine) => {
  const extract = (head: string, url: string | undefined = URL_, consume = false) =>
    extractArticle(parseWith(engine, page({ head }), url), url === undefined ? {} : { url, consume });

  it.each([
    ['a hex colour, lower-cased', '<meta name="theme-color" content="#D9480F">', '#d9480f'],
    ['a short hex colour', '<meta name="theme-color" content="#fa0">', '#ffaa00'],
    ['an rgb() colour', '<meta name="theme-color" content="rgb(18, 38, 58)">', '#12263a'],
    ['a named colour', '<meta name="Theme-Color" content="navy">', '#000080'],
    [
      'the first of several (light and dark)',
      '<meta name="theme-color" content="#111111" media="(prefers-color-scheme: light)"><meta name="theme-color" content="#eeeeee" media="(prefers-color-scheme: dark)">',
      '#111111',
    ],
    ['no colour', '', null],
    ['something that is no colour', '<meta name="theme-color" content="url(javascript:alert(1))">', null],
    ['a transparent colour', '<meta name="theme-color" content="transparent">', null],
  ])('reads %s', (_name, head, expected) => {
    expect(extract(head)?.siteColor).toBe(expected);
  });

  it.each([
    [
      'the largest bitmap icon',
      '<link rel="icon" href="/i16.png" sizes="16x16"><link rel="icon" href="img/i32.png" sizes="32x32">',
      'https://news.example.test/2022/01/28/park/img/i32.png',
    ],
    [
      '"shortcut icon"',
      '<link rel="shortcut icon" href="https://cdn.example.test/fav.png">',
      'https://cdn.example.test/fav.png',
    ],
    [
      'no SVG (cards cannot decode it from a blob)',
      '<link rel="icon" href="/logo.svg" type="image/svg+xml">',
      'https://news.example.test/favicon.ico',
    ],
    [
      'no javascript: icon',
      '<link rel="icon" href="javascript:alert(1)">',
      'https://news.example.test/favicon.ico',
    ],
    [
      'the /favicon.ico browsers look for when none is declared',
      '<link rel="stylesheet" href="/s.css">',
      'https://news.example.test/favicon.ico',
    ],
    [
      "icons against the page's <base>",
      '<base href="https://static.example.test/assets/"><link rel="icon" href="i.png">',
      'https://static.example.test/assets/i.png',
    ],
  ])('reads %s', (_name, head, expected) => {
    expect(extract(head)?.siteIcon).toBe(expected);
    // The same when the document is the caller's to consume (no copy is made).
    expect(extract(head, URL_, true)?.siteIcon).toBe(expected);
  });

  it('gives no icon for a page that is not http(s)', () => {
    expect(extract('<link rel="icon" href="i.png">', 'file:///home/me/park.html')?.siteIcon).toBeNull();
  });
});

describe.each(ENGINES)('page and share URLs on %s', (engine) => {
  const extract = (head: string) => extractArticle(parseWith(engine, page({ head }), URL_), { url: URL_ });

  it.each([
    ['no canonical: the page', '', URL_, URL_],
    [
      'a canonical on the same site',
      '<link rel="canonical" href="https://www.example.test/park">',
      'https://www.example.test/park',
      'https://www.example.test/park',
    ],
    [
      'a canonical on another site: declared, but not shared under',
      '<link rel="canonical" href="https://elsewhere.test/park">',
      'https://elsewhere.test/park',
      URL_,
    ],
  ])('%s', (_name, head, url, shareUrl) => {
    const article = extract(head);
    expect(article).toMatchObject({ url, pageUrl: URL_, shareUrl });
  });
});

describe('page metadata for cards is validated (property)', () => {
  const HEX = /^#[0-9a-f]{6}$/;

  it('any theme-color and icon links give a #rrggbb colour or null, and an http(s) icon or null', () => {
    const attribute = fc.string({ maxLength: 40 }).map((value) => value.replace(/[&"<]/g, ''));
    fc.assert(
      fc.property(
        attribute,
        fc.array(fc.record({ rel: attribute, href: attribute, sizes: attribute, type: attribute }), {
          maxLength: 4,
        }),
        (color, links) => {
          const head =
            `<meta name="theme-color" content="${color}">` +
            links
              .map(
                (link) =>
                  `<link rel="icon ${link.rel}" href="${link.href}" sizes="${link.sizes}" type="${link.type}">`,
              )
              .join('');
          const article = extractArticle(parseWith('linkedom', page({ head }), URL_), { url: URL_ });
          expect(article).not.toBeNull();
          const { siteColor, siteIcon } = article ?? { siteColor: null, siteIcon: null };
          if (siteColor !== null) expect(siteColor).toMatch(HEX);
          expect(siteIcon).not.toBeNull();
          expect(new URL(siteIcon ?? '').protocol).toMatch(/^https?:$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
