import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_HAVE_NO_IMAGE,
  annotatedPagesFrom,
  loadAnnotatedSnippetPages,
  loadPageMetadataPages,
  type PageMetadataPage,
  readPageMetadataHtml,
  SNIPPETS_DIR,
} from '../../bench/corpus';
import { type PAGE_FIELDS, pageFieldMatches } from '../../bench/page-metadata-score';

const DAY = /^\d{4}-\d\d-\d\d$/;

/** The raw truth.json entries that carry annotations, read without the loader. */
function rawAnnotated(): Record<string, { url?: unknown; annotations: Record<string, unknown> }> {
  const truth = JSON.parse(readFileSync(path.join(SNIPPETS_DIR, 'truth.json'), 'utf8')) as Record<
    string,
    { url?: unknown; annotations?: Record<string, unknown> }
  >;
  return Object.fromEntries(
    Object.entries(truth).flatMap(([name, entry]) =>
      entry.annotations === undefined ? [] : [[name, { ...entry, annotations: entry.annotations }]],
    ),
  );
}

const stated = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';

describe('loadAnnotatedSnippetPages (the snippet set against trafilatura’s annotations)', () => {
  const pages = loadAnnotatedSnippetPages();
  const raw = rawAnnotated();

  it('has one page per annotated truth.json entry, sorted by name, each HTML file in the snippet set', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.map((p) => p.slug)).toEqual(Object.keys(raw).sort());
    for (const page of pages) {
      expect(page.htmlPath.startsWith(path.join(SNIPPETS_DIR, 'pages'))).toBe(true);
      expect(existsSync(page.htmlPath), page.htmlPath).toBe(true);
    }
  });

  it('types every field: strings or null, dates as YYYY-MM-DD, the page URL absolute', () => {
    for (const { slug, expected } of pages) {
      const annotation = raw[slug]?.annotations ?? {};
      for (const [value, source] of [
        [expected.title, annotation.title],
        [expected.author, annotation.author],
        [expected.date_published, annotation.date],
      ] as const) {
        if (stated(source)) {
          expect(typeof value).toBe('string');
          expect((value ?? '').trim()).not.toBe('');
        } else {
          expect(value).toBeNull();
        }
      }
      if (expected.date_published !== null) expect(expected.date_published).toMatch(DAY);
      expect(new URL(expected.url).protocol).toMatch(/^https?:$/);
      expect(expected.file).toBe(`pages/${slug}.html`);
    }
  });

  it('scores title, author and date where the annotation states them, and never the image', () => {
    const scoredOn = (field: (typeof PAGE_FIELDS)[number]) =>
      pages.filter((p) => pageFieldMatches(field, 'anything', p.expected) !== undefined).length;
    const statedOn = (key: string) => Object.values(raw).filter((e) => stated(e.annotations[key])).length;
    expect(scoredOn('title')).toBe(statedOn('title'));
    expect(scoredOn('author')).toBe(statedOn('author'));
    expect(scoredOn('date')).toBe(statedOn('date'));
    expect(scoredOn('image')).toBe(0);
    for (const page of pages) {
      expect(page.expected.exclude?.lead_image_url).toBe(ANNOTATIONS_HAVE_NO_IMAGE);
      // Even the very page URL is no lead-image hit.
      expect(pageFieldMatches('image', page.expected.url, page.expected)).toBeUndefined();
    }
  });

  it('reads a page as UTF-8 text without a leading BOM', () => {
    const page = pages[0] as PageMetadataPage;
    const html = readPageMetadataHtml(page);
    expect(html.length).toBeGreaterThan(1000);
    expect(html.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('annotatedPagesFrom', () => {
  const dir = '/corpus/snippets';
  const entry = (annotations: unknown, extra: Record<string, unknown> = {}) => ({
    url: 'https://news.example.test/a',
    with: ['x'],
    without: ['y'],
    annotations,
    ...extra,
  });

  it('turns annotations into page expectations, leaving out pages without any', () => {
    const pages = annotatedPagesFrom(
      {
        'zz.example': entry({ title: 'Zwei', author: 'Anna Muster', date: '2021-03-04', comments: [] }),
        'aa.example': entry({ title: 'Eins', author: '', date: '' }),
        'mm.example': { url: 'https://m.example.test/', with: [], without: [] },
      },
      dir,
    );
    expect(pages.map((p) => p.slug)).toEqual(['aa.example', 'zz.example']);
    const [aa, zz] = pages as [PageMetadataPage, PageMetadataPage];
    expect(zz.htmlPath).toBe(path.join(dir, 'pages', 'zz.example.html'));
    expect(zz.expected).toMatchObject({
      url: 'https://news.example.test/a',
      title: 'Zwei',
      author: 'Anna Muster',
      date_published: '2021-03-04',
      lead_image_url: null,
    });
    // Empty annotations are "not annotated": nothing to score.
    expect(aa.expected.author).toBeNull();
    expect(aa.expected.date_published).toBeNull();
    expect(pageFieldMatches('author', 'Anna Muster', aa.expected)).toBeUndefined();
    expect(pageFieldMatches('date', '2021-03-04', aa.expected)).toBeUndefined();
  });

  it('reads a list of authors as a byline of all of them, each one required', () => {
    const [page] = annotatedPagesFrom(
      { 'blog.example': entry({ title: 'T', author: ['Nathan Parker', 'Eric Mill'], date: '2020-05-19' }) },
      dir,
    );
    expect(page?.expected.author).toBe('Nathan Parker, Eric Mill');
    const expectation = (page as PageMetadataPage).expected;
    expect(pageFieldMatches('author', 'Nathan Parker and Eric Mill', expectation)).toBe(true);
    expect(pageFieldMatches('author', 'Nathan Parker', expectation)).toBe(false);
  });

  it('gives a page without an http(s) URL Readability’s test URL', () => {
    const [page] = annotatedPagesFrom({ 'hard.example': entry({ title: 'T' }, { url: undefined }) }, dir);
    expect(page?.expected.url).toBe('http://fakehost/test/page.html');
  });

  it.each([
    ['truth.json is no object', [], /^snippets\/truth\.json: not an object$/],
    ['an entry is no object', { p: 'text' }, /p is not an object/],
    ['annotations are no object', { p: entry(['title']) }, /p\.annotations is not an object/],
    ['a title is a number', { p: entry({ title: 7 }) }, /p\.annotations\.title is neither a string nor null/],
    [
      'an author list holds a number',
      { p: entry({ title: 'T', author: ['A. B.', 3] }) },
      /p\.annotations\.author is not an array of strings/,
    ],
    [
      'a date is not YYYY-MM-DD',
      { p: entry({ title: 'T', date: '19.10.2019' }) },
      /p\.annotations\.date is not a YYYY-MM-DD date: "19\.10\.2019"/,
    ],
    ['a URL is no string', { p: entry({ title: 'T' }, { url: 42 }) }, /p\.url is not a string/],
  ])('rejects a malformed file with a message naming the page and field: %s', (_label, truth, message) => {
    expect(() => annotatedPagesFrom(truth, dir)).toThrow(message);
  });

  const day = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const annotationsArbitrary = fc.oneof(
    fc.record(
      {
        title: fc.oneof(fc.string(), fc.jsonValue()),
        author: fc.oneof(fc.string(), fc.array(fc.string()), fc.jsonValue()),
        date: fc.oneof(day, fc.string(), fc.jsonValue()),
        comments: fc.array(fc.string()),
      },
      { requiredKeys: [] },
    ),
    fc.jsonValue(),
  );

  it('either returns typed expectations or names what is wrong, whatever the annotations hold', () => {
    fc.assert(
      fc.property(annotationsArbitrary, (annotations) => {
        let pages: PageMetadataPage[];
        try {
          pages = annotatedPagesFrom({ p: entry(annotations) }, dir);
        } catch (error) {
          expect(String((error as Error).message)).toMatch(/^snippets\/truth\.json: p\.annotations( is|\.)/);
          return;
        }
        expect(pages).toHaveLength(1);
        const { expected } = pages[0] as PageMetadataPage;
        for (const value of [expected.title, expected.author, expected.date_published]) {
          expect(value === null || (typeof value === 'string' && value.trim() !== '')).toBe(true);
        }
        if (expected.date_published !== null) expect(expected.date_published).toMatch(DAY);
        expect(pageFieldMatches('image', expected.url, expected)).toBeUndefined();
      }),
    );
  });
});

describe('loadAnnotatedSnippetPages on a directory', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads truth.json from the directory it is given and reports a malformed one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pq-annotated-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'pages'));
    writeFileSync(
      path.join(dir, 'truth.json'),
      JSON.stringify({
        one: { url: 'https://a.example.test/', annotations: { title: 'One', date: 'gestern' } },
      }),
    );
    expect(() => loadAnnotatedSnippetPages(dir)).toThrow(
      'snippets/truth.json: one.annotations.date is not a YYYY-MM-DD date: "gestern"',
    );
    expect(() => loadAnnotatedSnippetPages(path.join(dir, 'missing'))).toThrow(/Snippet set not found/);
  });
});

describe('loadPageMetadataPages', () => {
  it('points every page at its HTML file in the metadata set and scores its image', () => {
    const pages = loadPageMetadataPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(existsSync(page.htmlPath), page.htmlPath).toBe(true);
    expect(pages.some((p) => pageFieldMatches('image', 'x', p.expected) !== undefined)).toBe(true);
  });
});
