// @vitest-environment node
// (linkedom only, like the benchmark: no happy-dom globals to set up, or to leak into linkedom's fallbacks.)
/**
 * Readability's own test pages (tests/corpus/readability): extractArticle must
 * never throw on any of them, and its metadata must agree with Readability's expected values about as often as
 * Readability does. The expected values ARE Readability's output, so where we deliberately differ the count
 * drops, and the floors below allow exactly for that:
 * - title: we drop a site-name suffix/prefix when the site name is known ("… | eHow", "… - Medium"), and return
 *   null for Readability's tiny unit-test stubs that are no article by our size rule;
 * - byline: we drop a "By"/"Par" lead-in, prefer `<meta name=article:author>` and JSON-LD (string authors too)
 *   over a byline Readability finds in the page, and list repeated author metas as co-authors;
 * - publishedTime: we return ISO 8601 (`toISOString`), so it is compared as an instant; we also read
 *   `<time datetime>`, `itemprop=datePublished` and date metas Readability ignores, where Readability says null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { type Article, extractArticle } from '../../../utils/article';
import { parseWithLinkedom } from './parse';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusDir = path.resolve(repoRoot, 'tests/corpus/readability');
const PAGE_URL = 'http://fakehost/test/page.html';

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Pages (of 130) whose field equals Readability's expected value, measured when this test was written, minus a
 * margin of 2 for harmless drift. See the header for why title, byline and publishedTime sit below 130.
 */
const FLOORS: Record<Field | 'publishedInstant', number> = {
  title: 115,
  byline: 113,
  siteName: 128,
  // Compared as strings, most pages agree only because both sides say null: ISO normalisation changes the rest.
  publishedTime: 80,
  publishedInstant: 103,
  lang: 128,
  dir: 128,
};

const norm = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

it('scores metadata against Readability over the whole corpus, and never throws', { timeout: 60_000 }, () => {
  expect(existsSync(corpusDir), `Readability corpus not found at ${corpusDir} (part of the repository)`).toBe(
    true,
  );
  const slugs = readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(corpusDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  expect(slugs.length).toBeGreaterThan(0);

  const matches: Record<Field | 'publishedInstant', number> = {
    title: 0,
    byline: 0,
    siteName: 0,
    publishedTime: 0,
    publishedInstant: 0,
    lang: 0,
    dir: 0,
  };
  const misses: Record<string, string[]> = {};
  let articles = 0;

  for (const slug of slugs) {
    const html = readFileSync(path.join(corpusDir, slug, 'source.html'), 'utf8').trim();
    const expected = JSON.parse(
      readFileSync(path.join(corpusDir, slug, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    let article: Article | null = null;
    expect(() => {
      article = extractArticle(parseWithLinkedom(html, PAGE_URL), { url: PAGE_URL });
    }, slug).not.toThrow();
    const got = article as Article | null;
    if (got !== null) articles++;

    for (const field of FIELDS) {
      const value = got?.[field] ?? null;
      if (norm(value) === norm(expected[field])) matches[field]++;
      else misses[field] = [...(misses[field] ?? []), slug];
    }
    const ours = Date.parse(got?.publishedTime ?? '');
    const theirs = Date.parse(norm(expected.publishedTime));
    if (norm(got?.publishedTime) === norm(expected.publishedTime) || ours === theirs)
      matches.publishedInstant++;
  }

  console.log(
    [
      `Readability corpus: ${slugs.length} pages, ${articles} articles`,
      'field             match / floor',
      ...Object.entries(matches).map(
        ([field, count]) =>
          `${field.padEnd(17)} ${String(count).padStart(5)} / ${FLOORS[field as keyof typeof FLOORS]}`,
      ),
      ...Object.entries(misses).map(([field, list]) => `misses ${field}: ${list.join(', ')}`),
    ].join('\n'),
  );

  for (const [field, floor] of Object.entries(FLOORS)) {
    expect(matches[field as keyof typeof matches], field).toBeGreaterThanOrEqual(floor);
  }
});
