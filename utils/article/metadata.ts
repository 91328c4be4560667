/**
 * Page metadata from the document head: JSON-LD, Open Graph, Twitter cards, Dublin Core and other `<meta>`,
 * `<time datetime>`, `<link rel=canonical>`, `<html lang|dir>`. Read-only: it never touches the document.
 *
 * Precedence follows Readability's `_getArticleMetadata` (so our values agree with Readability's where we have
 * no reason to differ), except that: the JSON-LD `headline` is preferred to its `name` (see `jsonLdTitle`);
 * JSON-LD authors given as plain strings count; `<meta name=description>` comes before og:description; and we
 * add sources Readability ignores (`<time>`, `itemprop`, more date metas, images, the canonical link).
 */
import { forEachElement } from './dom';
import { type JsonLdArticle, readJsonLd } from './json-ld';
import { cleanValue, textSimilarity, toIsoDate } from './strings';
import { httpUrl, resolveUrl } from './urls';

export interface PageMetadata {
  /** Headline from structured data or meta tags; null when the page only has `document.title`. */
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  publishedTime: string | null;
  excerpt: string | null;
  /** Absolute URL. */
  image: string | null;
  /** Absolute http(s) URL from `<link rel=canonical>`. */
  canonicalUrl: string | null;
  /** What relative URLs resolve against: `<base href>` resolved against the page URL, else the page URL. */
  baseUrl: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
}

/** The elements metadata comes from, gathered in one pass over the document (not one query per source). */
export interface Sources {
  metas: Element[];
  /** `href` of the first `<link rel=canonical>`. */
  canonical: string | null;
  /** `href` of the first `<base>`. */
  base: string | null;
  jsonLd: string[];
  times: Element[];
}

/**
 * Collects metadata sources from elements handed to it one by one, so a walk the caller makes anyway (the
 * clone preparation in `cloneForReadability`) gathers them without another pass over the document.
 */
export class MetadataSources {
  readonly sources: Sources = { metas: [], canonical: null, base: null, jsonLd: [], times: [] };

  /** `tag` is the element's upper-case tag name. */
  visit(element: Element, tag: string): void {
    const sources = this.sources;
    switch (tag) {
      case 'META':
        sources.metas.push(element);
        break;
      case 'LINK':
        if (
          sources.canonical === null &&
          /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? '')
        ) {
          sources.canonical = element.getAttribute('href');
        }
        break;
      case 'BASE':
        sources.base ??= element.getAttribute('href');
        break;
      case 'SCRIPT':
        if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
          sources.jsonLd.push(element.textContent ?? '');
        }
        break;
      case 'TIME':
        if (element.hasAttribute('datetime')) sources.times.push(element);
        break;
    }
  }
}

function scan(doc: Document): Sources {
  const collector = new MetadataSources();
  forEachElement(doc, (element) => collector.visit(element, element.tagName.toUpperCase()));
  return collector.sources;
}

/** `<meta>` values by key, in document order. */
type MetaValues = (key: string) => readonly string[];

/**
 * Reads every `<meta>` once. Keys are lower-case, from `property` (which may list several, space-separated),
 * `itemprop`, and `name` (dots read as colons, so `DC.creator` and `dc:creator` are one key). When both
 * `property` and `name` give a key, `property` wins: it is the attribute Open Graph and RDFa define, `name`
 * copies are a CMS habit (Readability gets the same result by letting later tags override earlier ones).
 */
function readMetaTags(metas: readonly Element[]): MetaValues {
  const byProperty = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, content: string): void => {
    if (key === '') return;
    const list = map.get(key);
    if (list === undefined) map.set(key, [content]);
    else list.push(content);
  };
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const property of (meta.getAttribute('property') ?? '').toLowerCase().split(/\s+/)) {
      add(byProperty, property.replace(/\s*:\s*/g, ':'), content);
    }
    const itemprop = meta.getAttribute('itemprop');
    if (itemprop !== null) add(byProperty, `itemprop:${itemprop.trim().toLowerCase()}`, content);
    const name = meta.getAttribute('name');
    if (name !== null) add(byName, name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content);
  }
  return (key) => byProperty.get(key) ?? byName.get(key) ?? [];
}

/** The first non-empty value of the first key that has one. */
function first(meta: MetaValues, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const raw of meta(key)) {
      const value = cleanValue(raw);
      if (value !== null) return value;
    }
  }
  return null;
}

/** All distinct values of the first key that has any, joined "A, B": pages list co-authors as repeated tags. */
function all(meta: MetaValues, keys: readonly string[]): string | null {
  for (const key of keys) {
    const values: string[] = [];
    for (const raw of meta(key)) {
      const value = cleanValue(raw);
      if (value !== null && !values.includes(value)) values.push(value);
    }
    if (values.length > 0) return values.join(', ');
  }
  return null;
}

function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

/**
 * A `<time>` the page marks as its last update (`itemprop=dateModified`, or an "updated"/"modified" class without
 * "published", as in "Last updated September 14, 2016"): that is not when the article was published.
 */
function isUpdateTime(time: Element): boolean {
  if (time.getAttribute('itemprop')?.trim().toLowerCase() === 'datemodified') return true;
  // WordPress themes mark a never-edited post's date "published updated": that one is the publication date.
  const className = time.getAttribute('class') ?? '';
  return /(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i.test(className) && !/published/i.test(className);
}

/**
 * The publication date in `<time>` elements: an explicit `pubdate`/`itemprop=datePublished` one, else the first
 * inside `<article>`/`<main>`, else the page's only one; update times never count. With several `<time>`s outside
 * any article we cannot tell the article's from a sidebar's or a comment's, so we take none.
 */
function timeElementDate(allTimes: readonly Element[]): string | null {
  const explicit = allTimes.find(
    (time) => time.hasAttribute('pubdate') || time.getAttribute('itemprop')?.trim() === 'datePublished',
  );
  const times = allTimes.filter((time) => !isUpdateTime(time));
  const chosen =
    explicit ??
    times.find((time) => time.closest('article, main') !== null) ??
    (times.length === 1 ? times[0] : null);
  return chosen?.getAttribute('datetime') ?? null;
}

function firstIsoDate(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const iso = toIsoDate(candidate);
    if (iso !== null) return iso;
  }
  return null;
}

export function directionOf(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
}

const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'dcterms:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
];
const BYLINE_KEYS = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author'];
const EXCERPT_KEYS = [
  'description',
  'og:description',
  'dc:description',
  'dcterm:description',
  'dcterms:description',
  'twitter:description',
];
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'itemprop:datepublished',
  'parsely-pub-date',
  'dc:date',
  'dcterms:date',
  'dcterms:created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'article:published',
  'sailthru:date',
];
const IMAGE_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];

/**
 * JSON-LD `headline`, unless `name` differs and is clearly the one the page's `<title>` agrees with: Wikipedia
 * puts a short description in `headline` and the title in `name`, while other sites put their own name in
 * `name` (aktualne.cz) — the `<title>` usually carries both the headline and the site name, so a tie goes to
 * the headline.
 */
function jsonLdTitle(jsonLd: JsonLdArticle, documentTitle: string): string | null {
  const { headline, name } = jsonLd;
  if (headline === null || name === null || headline === name) return headline ?? name;
  const nameMatches = textSimilarity(documentTitle, name) > 0.75;
  const headlineMatches = textSimilarity(documentTitle, headline) > 0.75;
  return nameMatches && !headlineMatches ? name : headline;
}

/** Metadata of `doc`, whose URL is `pageUrl` (relative URLs in it resolve against its `<base>`, if any). */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  return metadataFrom(doc, scan(doc), pageUrl);
}

/**
 * Metadata from sources already collected (see `MetadataSources`); `doc` is only read for its title and its
 * root's `lang`/`dir`.
 */
export function metadataFrom(doc: Document, sources: Sources, pageUrl: string | null): PageMetadata {
  const base = resolveUrl(sources.base, pageUrl) ?? pageUrl;
  const meta = readMetaTags(sources.metas);
  let jsonLd: JsonLdArticle | null = null;
  try {
    jsonLd = readJsonLd(sources.jsonLd);
  } catch {
    // Structured data is a bonus: a surprise in it must not cost the article.
  }

  const articleAuthor = first(meta, ['article:author']);
  const byline =
    jsonLd?.byline ??
    all(meta, BYLINE_KEYS) ??
    // `article:author` is often a profile URL, which is no byline.
    (articleAuthor !== null && !isUrl(articleAuthor) ? articleAuthor : null);

  const publishedTime = firstIsoDate([
    jsonLd?.datePublished,
    ...DATE_KEYS.flatMap((key) => meta(key)),
    timeElementDate(sources.times),
  ]);

  let image: string | null = null;
  for (const candidate of [...IMAGE_KEYS.flatMap((key) => meta(key)), jsonLd?.image]) {
    // Protocol-relative URLs ("//cdn.example/x.jpg") still resolve when we know no base.
    image =
      httpUrl(candidate, base) ??
      (candidate?.trim().startsWith('//') ? httpUrl(`https:${candidate.trim()}`, null) : null);
    if (image !== null) break;
  }

  const html = doc.documentElement;
  return {
    title: (jsonLd === null ? null : jsonLdTitle(jsonLd, doc.title ?? '')) ?? first(meta, TITLE_KEYS),
    byline,
    siteName: jsonLd?.siteName ?? first(meta, ['og:site_name']),
    publishedTime,
    excerpt: first(meta, EXCERPT_KEYS) ?? jsonLd?.description ?? null,
    image,
    canonicalUrl: httpUrl(sources.canonical, base),
    baseUrl: base,
    lang: cleanValue(html?.getAttribute('lang')),
    dir: directionOf(html?.getAttribute('dir')),
  };
}
