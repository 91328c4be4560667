/**
 * The two label sets of bench:quotes (tests/corpus/quotes): they parse, every page they name is in the corpus,
 * and the held-out set shares no page with the development set (a page seen while tuning is no check).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseQuotePages, type QuotePage } from '../../bench/quotes-score';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');

function load(file: string): QuotePage[] {
  return parseQuotePages(JSON.parse(readFileSync(join(CORPUS, 'quotes', file), 'utf8')), file);
}

function htmlPath(page: QuotePage): string {
  if (page.corpus === 'snippets') return join(CORPUS, 'snippets', 'pages', `${page.page}.html`);
  if (page.corpus === 'metadata') return join(CORPUS, 'metadata', 'pages', `${page.page}.html`);
  return join(CORPUS, 'readability', page.page, 'source.html');
}

describe('quotation label sets', () => {
  const dev = load('quotes.json');
  const holdout = load('holdout.json');

  it.each([
    ['quotes.json', dev],
    ['holdout.json', holdout],
  ])('%s names pages that exist in the corpus', (_file, pages) => {
    const missing = pages.filter((page) => !existsSync(htmlPath(page))).map((page) => page.page);
    expect(missing).toEqual([]);
  });

  it('the development set has labelled quotations in French, Spanish and Portuguese and pages without any', () => {
    const labels = (lang: string): number =>
      dev.filter((page) => page.lang === lang).reduce((sum, page) => sum + page.quotes.length, 0);
    expect([labels('fr'), labels('es'), labels('pt')]).toEqual([17, 11, 2]);
    expect(dev.some((page) => page.corpus === 'snippets')).toBe(true);
    for (const page of dev) expect(page.noQuotes === true).toBe(page.quotes.length === 0);
  });

  it('the held-out set shares no page, and no site, with the development set', () => {
    const devPages = new Set(dev.map((page) => `${page.corpus}/${page.page}`));
    expect(holdout.filter((page) => devPages.has(`${page.corpus}/${page.page}`))).toEqual([]);
    // A page saved by the Wayback Machine belongs to the site it archived, not to web.archive.org.
    const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(?:https?:\/\/)?([^/?#:]+)/u;
    const host = (url: string): string =>
      (archived.exec(url)?.[1] ?? new URL(url).hostname).toLowerCase().replace(/^www\./u, '');
    const devHosts = new Set(dev.map((page) => host(page.url)).filter((name) => name !== 'fakehost'));
    const shared = holdout.map((page) => host(page.url)).filter((name) => devHosts.has(name));
    // videos-2 is next.liberation.fr, another host than the development set's liberation.fr page.
    expect(shared).toEqual([]);
  });

  it('the held-out set has labelled quotations in several languages and pages without any', () => {
    const languages = new Set(holdout.filter((page) => page.quotes.length > 0).map((page) => page.lang));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'pl', 'pt', 'ru', 'zh']);
    expect(holdout.filter((page) => page.noQuotes === true).length).toBeGreaterThanOrEqual(5);
    // A page marked as having no quotation has no label, and every other page has one.
    for (const page of holdout) expect(page.noQuotes === true).toBe(page.quotes.length === 0);
  });

  it('reads a metadata-set page as metadata/pages/<page>.html', () => {
    const [page] = parseQuotePages(
      [
        {
          page: 'www.vox.com',
          corpus: 'metadata',
          url: 'https://www.vox.com/',
          lang: 'en',
          quotes: [],
          neverQuote: [],
        },
      ],
      'quotes.json',
    );
    expect(page?.corpus).toBe('metadata');
    expect(htmlPath(page as QuotePage)).toBe(join(CORPUS, 'metadata', 'pages', 'www.vox.com.html'));
    expect(existsSync(htmlPath(page as QuotePage))).toBe(true);
  });

  it('rejects a page with an unknown corpus', () => {
    expect(() =>
      parseQuotePages(
        [{ page: 'x', corpus: 'web', url: 'https://a.test/', lang: 'en', quotes: [], neverQuote: [] }],
        'holdout.json',
      ),
    ).toThrow(/holdout\.json\[0\]: corpus/u);
  });
});
