/** The two extractors under comparison, behind one shape so the harness treats them identically. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions } from '../../utils/article/types';
import type { Metadata } from './metadata-score';

export interface Extraction {
  /** Plain text to score; null = no output. */
  text: string | null;
  /** Metadata fields; null = no article (all fields absent). */
  metadata: Metadata | null;
  /** Absolute URL of the lead image; null = none; undefined = the extractor has no lead-image field. */
  leadImage: string | null | undefined;
  /** The content HTML (plain Readability's lead image is the first `<img>` in it, read outside the timing). */
  contentHtml: string | null;
}

export type ExtractFn = (doc: Document, url: string | undefined) => Extraction;

export interface Extractor {
  /** Short key used in JSON output. */
  id: 'plain' | 'ours';
  /** Human label used in tables. */
  label: string;
  extract: ExtractFn;
  /**
   * Metadata of any page, article or not (Pullquote's `extractMetadata`, when the module exports it): what the
   * popup shows for a page that is no article. Text is always null.
   */
  extractMetadata?: ExtractFn;
}

type ExtractArticle = (doc: Document, options?: ExtractOptions) => (Article & { readable?: boolean }) | null;
type ExtractMetadata = (doc: Document, options?: ExtractOptions) => PageMetadataFields;
/** The fields of `extractMetadata`'s result the benchmark reads. */
interface PageMetadataFields {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  leadImage: string | null;
}

/**
 * Resolved as a path, not with a relative `new URL`: the unit tests' DOM environment resolves that against a file
 * URL to something that is not one, and the harness (page-metadata-bench.ts) is unit-tested.
 */
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const NO_ARTICLE: Extraction = { text: null, metadata: null, leadImage: null, contentHtml: null };

function readabilityVersion(): string {
  const pkgPath = join(REPO_ROOT, 'node_modules/@mozilla/readability/package.json');
  const pkg: unknown = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
  return typeof version === 'string' ? version : '?';
}

/** Exactly the README's baseline: default options, prediction = textContent. */
export const plainReadability: Extractor = {
  id: 'plain',
  label: `plain Readability ${readabilityVersion()}`,
  extract(doc) {
    const result = new Readability(doc).parse();
    if (result === null) return NO_ARTICLE;
    return {
      text: result.textContent ?? null,
      leadImage: undefined,
      contentHtml: result.content ?? null,
      metadata: {
        title: result.title,
        byline: result.byline,
        excerpt: result.excerpt,
        siteName: result.siteName,
        publishedTime: result.publishedTime,
        lang: result.lang,
        dir: result.dir,
      },
    };
  },
};

function oursFrom(
  extractArticle: ExtractArticle,
  extractMetadata: ExtractMetadata | null,
  force: boolean,
): Extractor {
  const extractor: Extractor = {
    id: 'ours',
    label: 'Pullquote extractArticle',
    extract(doc, url) {
      // Each run gets its own freshly parsed document, as plain Readability does, and may consume it as
      // the library's saves do (the popup keeps its document, at the cost of a copy: cheap in a browser).
      const options: ExtractOptions = { consume: true };
      if (url !== undefined) options.url = url;
      if (force) options.force = true;
      const article = extractArticle(doc, options);
      if (article === null) return NO_ARTICLE;
      // A page that is not an article has its metadata and no text.
      return {
        text: article.readable === false ? null : article.text,
        leadImage: article.leadImage,
        contentHtml: article.readable === false ? null : article.contentHtml,
        metadata: {
          title: article.title,
          byline: article.byline,
          excerpt: article.excerpt,
          siteName: article.siteName,
          publishedTime: article.publishedTime,
          lang: article.lang,
          dir: article.dir,
        },
      };
    },
  };
  if (extractMetadata !== null) {
    extractor.extractMetadata = (doc, url) => {
      const meta = extractMetadata(doc, url === undefined ? {} : { url });
      const { title, byline, excerpt, siteName, publishedTime, lang, dir } = meta;
      return {
        text: null,
        leadImage: meta.leadImage,
        contentHtml: null,
        metadata: { title, byline, excerpt, siteName, publishedTime, lang, dir },
      };
    };
  }
  return extractor;
}

export type OursLoad =
  | { status: 'ok'; extractor: Extractor }
  | { status: 'missing'; reason: string }
  | { status: 'broken'; reason: string };

const OURS_PATH = join(REPO_ROOT, 'utils/article/index.ts');

function isExtractArticle(value: unknown): value is ExtractArticle {
  return typeof value === 'function';
}

function isExtractMetadata(value: unknown): value is ExtractMetadata {
  return typeof value === 'function';
}

/**
 * Imported dynamically, by a computed specifier, so this benchmark runs (and type-checks) before
 * utils/article/index.ts exists; it then measures the baseline only.
 */
export async function loadOurs(force: boolean): Promise<OursLoad> {
  if (!existsSync(OURS_PATH)) {
    return { status: 'missing', reason: `${OURS_PATH} does not exist yet` };
  }
  const specifier: string = pathToFileURL(OURS_PATH).href;
  try {
    const mod: unknown = await import(specifier);
    const fn: unknown =
      typeof mod === 'object' && mod !== null && 'extractArticle' in mod ? mod.extractArticle : null;
    if (!isExtractArticle(fn)) {
      return { status: 'broken', reason: `${OURS_PATH} does not export a function extractArticle` };
    }
    const metadataFn: unknown =
      typeof mod === 'object' && mod !== null && 'extractMetadata' in mod ? mod.extractMetadata : null;
    return {
      status: 'ok',
      extractor: oursFrom(fn, isExtractMetadata(metadataFn) ? metadataFn : null, force),
    };
  } catch (error) {
    return { status: 'broken', reason: `importing ${OURS_PATH} failed: ${describeError(error)}` };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
