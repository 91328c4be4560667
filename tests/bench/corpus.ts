/** Loading the evaluation corpus (tests/corpus, see its README) and parsing pages like its baseline. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Metadata } from './metadata-score';
import type { SnippetTruth } from './snippet-score';

/** The corpus lives in the repository, so a fresh clone benchmarks with what it has. */
export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));
export const SNIPPETS_DIR = join(CORPUS_DIR, 'snippets');
export const READABILITY_DIR = join(CORPUS_DIR, 'readability');

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
    throw new Error(`truth.json: ${where} is not an array of strings`);
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
        with: stringArray(entry.with, `${name}.with`),
        without: stringArray(entry.without, `${name}.without`),
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

/**
 * A fresh linkedom document, built as the README's baseline does. Every extractor run needs its own:
 * Readability mutates the document it parses.
 */
export function parseDocument(html: string, url: string | undefined): Document {
  const window = url === undefined ? parseHTML(html) : parseHTML(html, { location: new URL(url) });
  return window.document;
}
