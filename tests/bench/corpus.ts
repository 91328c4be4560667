/** Loading the evaluation corpus (tests/corpus, see its README) and parsing pages like its baseline. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Metadata } from './metadata-score';
import type { PageExpectation } from './page-metadata-score';
import type { SnippetTruth } from './snippet-score';

/**
 * The corpus lives in the repository, so a fresh clone benchmarks with what it has. (Resolved as a path: the unit
 * tests' DOM environment resolves a relative `new URL` against a file URL to something that is not one.)
 */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../corpus/');
export const SNIPPETS_DIR = join(CORPUS_DIR, 'snippets');
export const READABILITY_DIR = join(CORPUS_DIR, 'readability');
/** The article metadata set: real pages with the title, author, date and lead image a reader would give them. */
export const PAGE_METADATA_DIR = join(CORPUS_DIR, 'metadata');

/** Upstream Readability's test harness URL; the README's metadata baseline uses it too. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export interface SnippetPage extends SnippetTruth {
  name: string;
  /** Absent for the 11 pages whose upstream key is not an http(s) URL. */
  url: string | undefined;
}

export interface MetadataPage {
  slug: string;
  expected: Metadata & { readerable?: unknown };
}

export class CorpusMissingError extends Error {}

function requireDir(dir: string, what: string): void {
  if (!existsSync(dir)) {
    throw new CorpusMissingError(
      `${what} not found at ${dir}. The benchmark reads the corpus in tests/corpus (see its README.md), ` +
        'which is part of the repository.',
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringArray(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`${where} is not an array of strings`);
  }
  return value;
}

/** Pages of the snippet set in truth.json order (sorted by name, so runs are comparable). */
export function loadSnippetPages(): SnippetPage[] {
  requireDir(SNIPPETS_DIR, 'Snippet set');
  const truth: unknown = JSON.parse(readFileSync(join(SNIPPETS_DIR, 'truth.json'), 'utf8'));
  if (!isRecord(truth)) throw new Error('truth.json: not an object');
  return Object.entries(truth)
    .map(([name, entry]): SnippetPage => {
      if (!isRecord(entry)) throw new Error(`truth.json: ${name} is not an object`);
      return {
        name,
        url: typeof entry.url === 'string' ? entry.url : undefined,
        with: stringArray(entry.with, `truth.json: ${name}.with`),
        without: stringArray(entry.without, `truth.json: ${name}.without`),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** UTF-8 regardless of in-page charset declarations; a leading BOM would otherwise become text. */
export function readSnippetHtml(page: SnippetPage): string {
  const html = readFileSync(join(SNIPPETS_DIR, 'pages', `${page.name}.html`), 'utf8');
  return html.startsWith('\uFEFF') ? html.slice(1) : html;
}

export function loadMetadataPages(): MetadataPage[] {
  requireDir(READABILITY_DIR, 'Readability metadata set');
  return readdirSync(READABILITY_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const expected: unknown = JSON.parse(
        readFileSync(join(READABILITY_DIR, slug, 'expected-metadata.json'), 'utf8'),
      );
      if (!isRecord(expected)) throw new Error(`${slug}/expected-metadata.json: not an object`);
      return { slug, expected };
    });
}

/** Trimmed like upstream's harness (which also drops the BOM two pages start with). */
export function readMetadataHtml(page: MetadataPage): string {
  return readFileSync(join(READABILITY_DIR, page.slug, 'source.html'), 'utf8').trim();
}

export interface PageMetadataPage {
  /** The page's file name without `pages/` and `.html` (its site), or its name in the snippet set. */
  slug: string;
  expected: PageExpectation;
  /** Absolute path of the page's HTML (in the metadata set, or in the snippet set for its annotations). */
  htmlPath: string;
}

const nullableString = (value: unknown, where: string): string | null => {
  if (value === null || value === undefined || typeof value === 'string') return value ?? null;
  throw new Error(`metadata/expected.json: ${where} is neither a string nor null`);
};

/** The article metadata set, in expected.json order. */
export function loadPageMetadataPages(): PageMetadataPage[] {
  requireDir(PAGE_METADATA_DIR, 'Article metadata set');
  const entries: unknown = JSON.parse(readFileSync(join(PAGE_METADATA_DIR, 'expected.json'), 'utf8'));
  if (!Array.isArray(entries)) throw new Error('metadata/expected.json: not an array');
  return entries.map((entry, i): PageMetadataPage => {
    if (!isRecord(entry) || typeof entry.file !== 'string' || typeof entry.url !== 'string') {
      throw new Error(`metadata/expected.json: entry ${i} has no file or url`);
    }
    const { file, url } = entry;
    const expected: PageExpectation = {
      file,
      url,
      title: nullableString(entry.title, `${file}.title`),
      author: nullableString(entry.author, `${file}.author`),
      date_published: nullableString(entry.date_published, `${file}.date_published`),
      lead_image_url: nullableString(entry.lead_image_url, `${file}.lead_image_url`),
    };
    if (entry.author_names !== undefined) {
      expected.author_names = stringArray(entry.author_names, `metadata/expected.json: ${file}.author_names`);
    }
    for (const key of ['exclude', 'questionable'] as const) {
      const value = entry[key];
      if (isRecord(value)) {
        expected[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
      }
    }
    return {
      slug: file.replace(/^pages\//, '').replace(/\.html$/, ''),
      expected,
      htmlPath: join(PAGE_METADATA_DIR, file),
    };
  });
}

/** UTF-8; a leading BOM (some snippet-set pages start with one) would otherwise become text. */
export function readPageMetadataHtml(page: PageMetadataPage): string {
  const html = readFileSync(page.htmlPath, 'utf8');
  return html.startsWith('\uFEFF') ? html.slice(1) : html;
}

/** Why the image is never scored on the snippet set's annotations (`PageExpectation.exclude`). */
export const ANNOTATIONS_HAVE_NO_IMAGE = "trafilatura's annotations have no lead image";

const ANNOTATED_DATE = /^\d{4}-\d\d-\d\d$/;

/** An annotation's title, author or date: absent, null and "" are "not annotated" (null). */
function annotatedString(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`${where} is neither a string nor null`);
  return value.trim() === '' ? null : value;
}

/** Several writers are a list upstream (one page); they are joined as a byline would list them. */
function annotatedAuthor(value: unknown, where: string): string | null {
  if (!Array.isArray(value)) return annotatedString(value, where);
  const names = stringArray(value, where).filter((name) => name.trim() !== '');
  return names.length === 0 ? null : names.join(', ');
}

/**
 * The snippet set's pages that carry trafilatura's metadata annotations (`annotations` in truth.json, see
 * tests/corpus/README.md), as article-metadata pages: title, author and date (YYYY-MM-DD) scored by the metadata
 * set's rules, the image never (the annotations have none). Pages without annotations are left out; pages whose
 * annotations state none of the three stay in and score nothing. Sorted by name. Throws on a malformed entry.
 */
export function annotatedPagesFrom(truth: unknown, dir: string): PageMetadataPage[] {
  if (!isRecord(truth)) throw new Error('snippets/truth.json: not an object');
  const pages: PageMetadataPage[] = [];
  for (const [name, entry] of Object.entries(truth)) {
    const where = `snippets/truth.json: ${name}.annotations`;
    if (!isRecord(entry)) throw new Error(`snippets/truth.json: ${name} is not an object`);
    const { annotations } = entry;
    if (annotations === undefined) continue;
    if (!isRecord(annotations)) throw new Error(`${where} is not an object`);
    if (entry.url !== undefined && typeof entry.url !== 'string') {
      throw new Error(`snippets/truth.json: ${name}.url is not a string`);
    }
    const date = annotatedString(annotations.date, `${where}.date`);
    if (date !== null && !ANNOTATED_DATE.test(date)) {
      throw new Error(`${where}.date is not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
    }
    const file = `pages/${name}.html`;
    pages.push({
      slug: name,
      htmlPath: join(dir, file),
      expected: {
        file,
        // A page without an http(s) URL (none of the annotated ones today) gets Readability's test URL.
        url: typeof entry.url === 'string' ? entry.url : READABILITY_TEST_URL,
        title: annotatedString(annotations.title, `${where}.title`),
        author: annotatedAuthor(annotations.author, `${where}.author`),
        date_published: date,
        lead_image_url: null,
        exclude: { lead_image_url: ANNOTATIONS_HAVE_NO_IMAGE },
      },
    });
  }
  return pages.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The snippet set's annotated pages (`annotatedPagesFrom` on its truth.json). */
export function loadAnnotatedSnippetPages(dir = SNIPPETS_DIR): PageMetadataPage[] {
  requireDir(dir, 'Snippet set');
  return annotatedPagesFrom(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')), dir);
}

/**
 * A fresh linkedom document, built as the README's baseline does. Every extractor run needs its own:
 * Readability mutates the document it parses.
 */
export function parseDocument(html: string, url: string | undefined): Document {
  const window = url === undefined ? parseHTML(html) : parseHTML(html, { location: new URL(url) });
  return window.document;
}
