/**
 * Hostile and broken inputs: a result or null, never an exception or a hang. Inputs are generated here.
 * Each test has its own timeout well above what it needs, so a regression to quadratic time fails loudly.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle, readableArticle } from '../../../utils/article';
import { BODY, bodyHtml, closeWindows, ENGINES, type Engine, page, parseWith } from './parse';

const URL_ = 'https://site.example.test/page';

afterAll(closeWindows);

const PARAGRAPH = `<p>${BODY[0]} ${BODY[1]}</p>\n`;

function bigPage(bytes: number): string {
  return page({ body: `<article>${PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length))}</article>` });
}

function deepPage(levels: number): string {
  return page({ body: `${'<div>'.repeat(levels)}${bodyHtml()}${'</div>'.repeat(levels)}` });
}

/** extractArticle must neither throw nor return anything but an Article or null. */
function safely(engine: Engine, html: string, force = false) {
  const doc = parseWith(engine, html, URL_);
  let result: ReturnType<typeof extractArticle> | undefined;
  expect(() => {
    result = extractArticle(doc, { url: URL_, force });
  }).not.toThrow();
  expect(result === null || typeof result?.text === 'string').toBe(true);
  return result ?? null;
}

describe('size and depth', () => {
  it('reads a 5 MB page (linkedom)', { timeout: 30_000 }, () => {
    const article = safely('linkedom', bigPage(5_000_000));
    expect(article?.wordCount).toBeGreaterThan(700_000);
  });

  it('reads a 1 MB page (happy-dom)', { timeout: 30_000 }, () => {
    const article = safely('happy-dom', bigPage(1_000_000));
    expect(article?.wordCount).toBeGreaterThan(150_000);
  });

  it('reads an article under 10,000 levels of nesting (linkedom)', { timeout: 30_000 }, () => {
    const article = safely('linkedom', deepPage(10_000));
    expect(article?.text).toBe(BODY.join('\n\n'));
  });

  it('survives 10,000 levels of nesting (happy-dom runs out of stack in its own DOM code: null)', {
    timeout: 30_000,
  }, () => {
    safely('happy-dom', deepPage(10_000));
    safely('happy-dom', deepPage(10_000), true);
  });
});

describe.each(ENGINES)('broken documents on %s', (engine) => {
  it.each([
    ['an empty string', ''],
    ['plain text without tags', 'Just some words, no markup at all.'],
    ['only a comment', '<!-- nothing here -->'],
    ['control characters and stray markup', '\u0000\u0001<<<>>>&&&<p <a =>\uFFFF</'],
    [
      'a frameset',
      '<html><head><title>F</title></head><frameset><frame src="a"><frame src="b"></frameset></html>',
    ],
    [
      'unclosed tags everywhere',
      `<html><body><article><div><p>${BODY[0]}<p>${BODY[1]}<div><span><p>${BODY[2]}`,
    ],
    [
      'broken JSON-LD blocks',
      page({ head: '<script type="application/ld+json">{{{[[[</script>'.repeat(50) }),
    ],
    [
      'a JSON-LD author cycle',
      page({
        head: `<script type="application/ld+json">{"@type":"Article","@id":"#a","author":{"@id":"#a"}}</script>`,
      }),
    ],
  ])('%s', (_, html) => {
    safely(engine, html);
    safely(engine, html, true);
  });

  it('a page of <br>-separated lines becomes paragraphs', () => {
    const html = page({ body: `<div>${BODY.join('<br><br>')}<br></div>` });
    expect(safely(engine, html)?.text).toBe(BODY.join('\n\n'));
  });

  it('a document whose <body> was removed', () => {
    const doc = parseWith(engine, page(), URL_);
    doc.body.remove();
    expect(readableArticle(extractArticle(doc, { url: URL_ }))).toBeNull();
    expect(readableArticle(extractArticle(doc, { url: URL_, force: true }))).toBeNull();
  });

  it('a document without a root element', () => {
    const doc = parseWith(engine, page(), URL_);
    doc.documentElement.remove();
    expect(readableArticle(extractArticle(doc, { url: URL_ }))).toBeNull();
    expect(readableArticle(extractArticle(doc, { url: URL_, force: true }))).toBeNull();
  });

  it('invalid URLs in the page and in the options', () => {
    const html = page({
      head: '<link rel="canonical" href="http://[::1"><meta property="og:image" content="http://exa mple.test/a b.jpg">',
      body: `<article><a href="http://[bad">x</a><img src="http://[bad" srcset=", , ,"><p>${BODY.join('</p><p>')}</p></article>`,
    });
    const article = extractArticle(parseWith(engine, html, URL_), { url: 'not a url' });
    expect(article?.text).toContain(BODY[2]);
    expect(article?.url).toBe(URL_);
  });
});
