/** The two extractors under comparison, behind one shape so the harness treats them identically. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions } from '../../utils/article/types';
import type { Metadata } from './metadata-score';

export interface Extraction {
  /** Plain text to score; null = no output. */
  text: string | null;
  /** Metadata fields; null = no article (all fields absent). */
  metadata: Metadata | null;
}

export type ExtractFn = (doc: Document, url: string | undefined) => Extraction;

export interface Extractor {
  /** Short key used in JSON output. */
  id: 'plain' | 'ours';
  /** Human label used in tables. */
  label: string;
  extract: ExtractFn;
}

type ExtractArticle = (doc: Document, options?: ExtractOptions) => Article | null;

const NO_ARTICLE: Extraction = { text: null, metadata: null };

function readabilityVersion(): string {
  const pkgPath = fileURLToPath(
    new URL('../../node_modules/@mozilla/readability/package.json', import.meta.url),
  );
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

function oursFrom(extractArticle: ExtractArticle, force: boolean): Extractor {
  return {
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
      return {
        text: article.text,
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
}

export type OursLoad =
  | { status: 'ok'; extractor: Extractor }
  | { status: 'missing'; reason: string }
  | { status: 'broken'; reason: string };

const OURS_PATH = fileURLToPath(new URL('../../utils/article/index.ts', import.meta.url));

function isExtractArticle(value: unknown): value is ExtractArticle {
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
  const specifier: string = new URL('../../utils/article/index.ts', import.meta.url).href;
  try {
    const mod: unknown = await import(specifier);
    const fn: unknown =
      typeof mod === 'object' && mod !== null && 'extractArticle' in mod ? mod.extractArticle : null;
    if (!isExtractArticle(fn)) {
      return { status: 'broken', reason: `${OURS_PATH} does not export a function extractArticle` };
    }
    return { status: 'ok', extractor: oursFrom(fn, force) };
  } catch (error) {
    return { status: 'broken', reason: `importing ${OURS_PATH} failed: ${describeError(error)}` };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
