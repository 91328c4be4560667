/**
 * One test group per real page in tests/fixtures/pages/<slug>/ (source.html + expected.json, see the README
 * there), each checked on linkedom and on happy-dom: the extractor must give the same answers on both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle, readableArticle } from '../../../utils/article';
import { closeWindows, collapse, ENGINES, parseWith } from './parse';

interface Expected {
  url: string;
  article: boolean;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  canonicalUrl?: string;
  leadImage?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  paragraphs?: string[];
}

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const slugs = existsSync(pagesDir)
  ? readdirSync(pagesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((slug) => existsSync(path.join(pagesDir, slug, 'expected.json')))
      .sort()
  : [];

afterAll(closeWindows);

it('finds the fixture pages', () => {
  expect(existsSync(pagesDir), `missing ${pagesDir}`).toBe(true);
});

for (const slug of slugs) {
  describe(slug, () => {
    const expected = JSON.parse(readFileSync(path.join(pagesDir, slug, 'expected.json'), 'utf8')) as Expected;
    // The README: read as UTF-8 whatever the page's own charset declaration says.
    const html = readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');

    it.each(ENGINES)('%s', (engine) => {
      const article = readableArticle(
        extractArticle(parseWith(engine, html, expected.url), { url: expected.url }),
      );
      if (!expected.article) {
        expect(article).toBeNull();
        return;
      }
      expect(article).not.toBeNull();
      if (article === null) return;

      const optional = (value: string | null | undefined): string | null =>
        value === null || value === undefined ? null : collapse(value);
      if (expected.title !== undefined)
        expect.soft(collapse(article.title), 'title').toBe(collapse(expected.title));
      if (expected.byline !== undefined)
        expect.soft(optional(article.byline), 'byline').toBe(optional(expected.byline));
      if (expected.siteName !== undefined) {
        expect.soft(optional(article.siteName), 'siteName').toBe(optional(expected.siteName));
      }
      if (expected.publishedTime !== undefined) {
        expect.soft(article.publishedTime, 'publishedTime').toBe(expected.publishedTime);
      }
      if (expected.lang !== undefined) expect.soft(article.lang, 'lang').toBe(expected.lang);
      if (expected.dir !== undefined) expect.soft(article.dir, 'dir').toBe(expected.dir);
      if (expected.canonicalUrl !== undefined) expect.soft(article.url, 'url').toBe(expected.canonicalUrl);
      if (expected.leadImage !== undefined)
        expect.soft(article.leadImage, 'leadImage').toBe(expected.leadImage);

      const text = collapse(article.text);
      for (const snippet of expected.textIncludes ?? []) {
        expect.soft(text.includes(collapse(snippet)), `text includes: ${snippet}`).toBe(true);
      }
      for (const snippet of expected.textExcludes ?? []) {
        expect.soft(text.includes(collapse(snippet)), `text excludes: ${snippet}`).toBe(false);
      }
      const paragraphs = new Set(article.text.split(/\n\n/).map(collapse));
      for (const paragraph of expected.paragraphs ?? []) {
        expect.soft(paragraphs.has(collapse(paragraph)), `paragraph: ${paragraph}`).toBe(true);
      }
      // The text format itself: paragraphs separated by exactly one blank line, none empty.
      expect.soft(article.text).not.toMatch(/\n{3,}/);
      expect.soft(article.text).toBe(article.text.trim());
    });

    it.each(ENGINES)('%s: working on the document itself (consume) gives the same article', (engine) => {
      const copied = extractArticle(parseWith(engine, html, expected.url), { url: expected.url });
      const consumed = extractArticle(parseWith(engine, html, expected.url), {
        url: expected.url,
        consume: true,
      });
      expect(consumed).toEqual(copied);
    });
  });
}
