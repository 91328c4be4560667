import { accentFromThemeColor } from '../card/accent';
import { declaredFavicon } from '../card/favicon';
import { forEachElement } from './dom';
import { type JsonLdArticle, readJsonLd } from './json-ld';
import { allMatches } from './matches';
import { type BylineName, bylineNames, isDesk, isPlaceholderAuthor, preferPeople } from './names';
import { cleanValue, comparisonKey, textSimilarity, toIsoDate } from './strings';
import { httpUrl, resolveUrl } from './urls';
import { anchorOf, chooseHeadline, findByline, findVisibleDates, PageSignals } from './visible';

export interface HeadMetadata {
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
  /** JSON-LD `articleBody`, one paragraph a line (see json-ld.ts). */
  articleBody: string | null;
  /** The site's colour from `<meta name=theme-color>` as lowercase `#rrggbb`; null when missing or unreadable. */
  themeColor: string | null;
  /**
   * The icon the page declares (the largest bitmap `<link rel~=icon>`), else the site's `/favicon.ico`, as an
   * absolute http(s) URL; null when the page is not http(s).
   */
  icon: string | null;
}

/** The elements metadata comes from, gathered in one pass over the document (not one query per source). */
export interface Sources {
  metas: Element[];
  /** `href` of the first `<link rel=canonical>`. */
  canonical: string | null;
  /** `href` of the first `<base>`. */
  base: string | null;
  jsonLd: string[];
  /** `<link rel~=icon>` elements, in document order (at most `MAX_ICON_LINKS`). */
  icons: Element[];
  /** Elements that may carry the visible headline, byline and date. */
  signals: PageSignals;
}

/** Icon links read at most: a page declares a handful; a hostile one could declare thousands. */
const MAX_ICON_LINKS = 50;

/**
 * Collects metadata sources from elements handed to it one by one, so a walk the caller makes anyway (the
 * clone preparation in `cloneForReadability`) gathers them without another pass over the document.
 */
export class MetadataSources {
  readonly sources: Sources = {
    metas: [],
    canonical: null,
    base: null,
    jsonLd: [],
    icons: [],
    signals: new PageSignals(),
  };

  /** `tag` is the element's upper-case tag name. */
  visit(element: Element, tag: string): void {
    const sources = this.sources;
    sources.signals.visit(element, tag);
    switch (tag) {
      case 'META':
        sources.metas.push(element);
        break;
      case 'LINK': {
        const rel = element.getAttribute('rel') ?? '';
        if (sources.canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(rel)) {
          sources.canonical = element.getAttribute('href');
        }
        if (sources.icons.length < MAX_ICON_LINKS && /(?:^|\s)icon(?:\s|$)/i.test(rel)) {
          sources.icons.push(element);
        }
        break;
      }
      case 'BASE':
        sources.base ??= element.getAttribute('href');
        break;
      case 'SCRIPT':
        if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
          sources.jsonLd.push(element.textContent ?? '');
        }
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
/**
 * More author tags, after Readability's own: Sailthru's, Google Scholar's (one per author), Cxense's, and the
 * ones CMSs and Postlight's parser know. Repeated tags are co-authors.
 */
const MORE_BYLINE_KEYS = [
  'sailthru:author',
  'citation_author',
  'dc:contributor',
  'byl',
  'dcsext:author',
  'cxenseparse:author',
  'article_author',
  'authors',
  'rbauthors',
  'clmst',
];
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
  'og:published_time',
  'itemprop:datepublished',
  'itemprop:datecreated',
  'itemprop:uploaddate',
  'parsely-pub-date',
  'dc:date',
  'dc:date:issued',
  'dcterms:date',
  'dcterms:issued',
  'dcterms:created',
  'citation_publication_date',
  'citation_date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pub_date',
  'displaydate',
  'rbpubdate',
  'article:published',
  'article_date_original',
  'sailthru:date',
  'date_created',
];
/** When the page was last changed: its date only when it states no other. */
const UPDATE_DATE_KEYS = [
  'article:modified_time',
  'og:updated_time',
  'itemprop:datemodified',
  'dcterms:modified',
  'last-modified',
  'revision_date',
];
/** Tags of the page's title, for finding the visible headline they agree with. */
const TITLE_TAG_KEYS = [
  'og:title',
  'twitter:title',
  'dc:title',
  'dcterms:title',
  'parsely-title',
  'sailthru:title',
  'itemprop:headline',
  'itemprop:name',
  'title',
  'headline',
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
export function readMetadata(doc: Document, pageUrl: string | null): HeadMetadata {
  return metadataFrom(doc, scan(doc), pageUrl);
}

/** A title without the "(Published 2016)" tail some sites append to old articles' titles. */
export function withoutYearTail(title: string): string {
  return title.replace(YEAR_TAIL, '').trim() || title;
}

/** "(Published 2016)", "(Updated 2019)": what some sites append to old articles' titles. */
const YEAR_TAIL = /\s*[([](?:published|updated|veröffentlicht|publié|publicado)\s+\d{4}[)\]]\s*$/i;
/** Separators between the parts of a title tag ("Section | Headline - Site"). */
const TITLE_PARTS = /\s+[|\-–—·•»«~/\\]\s+|\s*[|｜]\s*|:\s+|：/u;
const ALL_TITLE_PARTS = new RegExp(TITLE_PARTS.source, 'gu');

/**
 * A title tag's headline: without a "(Published 2016)" tail, and without the short parts at its ends that no
 * other title tag shares ("Opinion | Headline" beside "Headline - The Times" is "Headline"; "r/Showerthoughts -
 * Headline" beside "Headline : Showerthoughts" is "Headline"). Parts every tag shares stay, so a headline with a
 * colon in it keeps both halves.
 */
export function titleFromTags(title: string, otherTags: readonly string[]): string {
  const cleaned = title.replace(YEAR_TAIL, '').trim() || title;
  const separators = allMatches(ALL_TITLE_PARTS, cleaned);
  if (separators.length === 0) return cleaned;
  const key = comparisonKey(cleaned);
  const shared = new Set<string>();
  let compared = false;
  for (const other of otherTags) {
    const otherCleaned = other.replace(YEAR_TAIL, '').trim();
    const otherKey = comparisonKey(otherCleaned);
    if (otherKey === '' || otherKey === key) continue;
    compared = true;
    for (const part of otherCleaned.split(TITLE_PARTS)) shared.add(comparisonKey(part));
  }
  if (!compared) return cleaned;
  // Part i runs from the end of separator i-1 to the start of separator i.
  const bounds: [number, number][] = [];
  let start = 0;
  for (const separator of separators) {
    const index = separator.index ?? 0;
    bounds.push([start, index]);
    start = index + separator[0].length;
  }
  bounds.push([start, cleaned.length]);
  const isShared = ([from, to]: [number, number]): boolean =>
    shared.has(comparisonKey(cleaned.slice(from, to)));
  const isShort = ([from, to]: [number, number]): boolean =>
    cleaned.slice(from, to).trim().split(/\s+/).length <= 5;
  let first = 0;
  let last = bounds.length - 1;
  while (
    first < last &&
    !isShared(bounds[first] as [number, number]) &&
    isShort(bounds[first] as [number, number])
  )
    first++;
  while (
    last > first &&
    !isShared(bounds[last] as [number, number]) &&
    isShort(bounds[last] as [number, number])
  )
    last--;
  // Nothing is shared at all: the tags say different things, and this one stays whole.
  if (!bounds.slice(first, last + 1).some(isShared)) return cleaned;
  return cleaned.slice((bounds[first] as [number, number])[0], (bounds[last] as [number, number])[1]).trim();
}

/**
 * The visible headline as the title: as a title tag writes it when they differ only in typography (straight or
 * curly quotes, dashes, case: the tags are what the page gives sharers), and with the subtitle a tag adds after a
 * colon ("owner/repo" shown, "owner/repo: what it does" in the tags).
 */
function headlineAsTitle(headline: string, titleTags: readonly string[]): string {
  const key = comparisonKey(headline);
  const same = titleTags.find((tag) => comparisonKey(tag) === key);
  if (same !== undefined) return same;
  for (const tag of titleTags) {
    const subtitle = subtitleAfter(headline, tag);
    if (subtitle !== null) return `${headline}: ${subtitle}`;
  }
  return headline;
}

/** The part of `tag` right after `headline` and a colon, when it reads as a subtitle (four words or more). */
function subtitleAfter(headline: string, tag: string): string | null {
  const key = comparisonKey(headline);
  const separators = allMatches(ALL_TITLE_PARTS, tag);
  let start = 0;
  for (const [i, separator] of separators.entries()) {
    const end = separator.index ?? 0;
    if (comparisonKey(tag.slice(start, end)) === key) {
      if (!/[:：]/.test(separator[0])) return null;
      const next = separators[i + 1];
      const subtitle = tag.slice(end + separator[0].length, next?.index ?? tag.length).trim();
      return subtitle.split(/\s+/).length >= 4 ? subtitle : null;
    }
    // A run of parts may make the headline too ("Section | Headline").
    if (!key.startsWith(comparisonKey(tag.slice(start, end)))) start = end + separator[0].length;
  }
  return null;
}

/**
 * Whether two names are the same person: equal once case, spacing and punctuation go ("mikecason" is not
 * "Mike Cason": a user name is not how the page names its writer), or, for names of two words or more, the same
 * surname and first initial ("J. Doe", "Jane Doe"), or for Chinese and Japanese names, one inside the other.
 */
function sameName(a: string, b: string): boolean {
  const ka = comparisonKey(a);
  const kb = comparisonKey(b);
  if (ka === '' || kb === '') return false;
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  if (ka === kb) return wa.length === wb.length;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ka)) {
    return ka.includes(kb) || kb.includes(ka);
  }
  if (wa.length < 2 || wb.length < 2) return false;
  const last = (words: string[]): string => comparisonKey(words[words.length - 1] ?? '');
  const initial = (words: string[]): string => comparisonKey(words[0] ?? '').slice(0, 1);
  return last(wa) === last(wb) && initial(wa) === initial(wb);
}

function joinNames(names: readonly BylineName[]): string | null {
  return names.length === 0 ? null : names.map((n) => n.name).join(', ');
}

/**
 * An author value that names the site itself; with `loose`, also a site name inside it or it inside a site
 * name ("Seattle Times" for "The Seattle Times").
 */
function isSiteName(value: string, siteNames: readonly string[], loose = false): boolean {
  const key = comparisonKey(value);
  if (key === '') return false;
  return siteNames.some((site) => {
    const siteKey = comparisonKey(site);
    if (siteKey === '') return false;
    return siteKey === key || (loose && key.length >= 4 && (siteKey.includes(key) || key.includes(siteKey)));
  });
}

interface BylineInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  visible: ReturnType<typeof findByline>;
  siteNames: readonly string[];
}

/**
 * The byline (see the header): declared authors in Readability's order, then the other author tags, each
 * weighed against the visible byline.
 */
function chooseByline({ jsonLd, meta, visible, siteNames }: BylineInput): string | null {
  const articleAuthor = first(meta, ['article:author']);
  const declared: { value: string; organization: boolean }[] = [];
  const add = (value: string | null, organization = false): void => {
    if (
      value !== null &&
      !isUrl(value) &&
      !isPlaceholderAuthor(value) &&
      !declared.some((d) => d.value === value)
    ) {
      declared.push({ value, organization });
    }
  };
  add(jsonLd?.byline ?? null, jsonLd?.bylineIsOrganization ?? false);
  add(all(meta, BYLINE_KEYS));
  add(articleAuthor);
  for (const key of MORE_BYLINE_KEYS) add(all(meta, [key]));
  add(twitterAuthor(meta));

  // The site's own name in the byline ("Jane Doe, Seattle Times") is the outlet, not a writer.
  const shownPeople =
    visible === null ? [] : visible.names.filter((n) => !n.desk && !isSiteName(n.name, siteNames, true));
  if (shownPeople.length > 0) {
    for (const { value, organization } of declared) {
      if (organization) continue;
      const people = bylineNames(value).filter((n) => !n.desk);
      const named = people.filter((p) => shownPeople.some((shown) => sameName(p.name, shown.name)));
      // Confirmed: the byline names the tag's first person (a long author list may be cut short on the page).
      if (
        people.length === 0 ||
        named.length === 0 ||
        !sameName(people[0]?.name ?? '', named[0]?.name ?? '')
      ) {
        continue;
      }
      // The page shows more people than the tag names (co-authors): all of them, in page order.
      return shownPeople.length > people.length ? joinNames(shownPeople) : value;
    }
    return joinNames(shownPeople);
  }
  // Nothing shown, or only a desk: the first declared person, else the first declared desk.
  const notSite = declared.filter(({ value }) => !isSiteName(value, siteNames));
  // The site's name is the byline only when nothing else is declared (heise's "Mac & i").
  const usable = notSite.length > 0 ? notSite : declared;
  const person = usable.find(
    ({ value, organization }) => !organization && !isDesk(value) && bylineNames(value).length > 0,
  );
  if (person !== undefined) return person.value;
  const desk = usable[0]?.value ?? null;
  return desk ?? joinNames(preferPeople(visible?.names ?? []));
}

/** Slack-style `twitter:label1` "Written by" with the author in `twitter:data1`. */
function twitterAuthor(meta: MetaValues): string | null {
  for (const n of [1, 2]) {
    const label = first(meta, [`twitter:label${n}`]);
    if (label !== null && /author|written by|autor|auteur|作者|著者/i.test(label))
      return first(meta, [`twitter:data${n}`]);
  }
  return null;
}

interface DateInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  signals: PageSignals;
  anchor: number;
  anchoredByHeadline: boolean;
  lang: string | null;
}

/** The publication date (see the header), ISO 8601, or null. */
function chooseDate({ jsonLd, meta, signals, anchor, anchoredByHeadline, lang }: DateInput): string | null {
  const declared = firstIsoDate([jsonLd?.datePublished, ...DATE_KEYS.flatMap((key) => meta(key))]);
  if (declared !== null) return declared;
  const shown = findVisibleDates(signals, anchor, lang);
  // Without a headline or an article to anchor them, dates on the page may be anyone's: only one marked as the
  // publication date, or the page's only one, is trusted.
  const trusted =
    anchoredByHeadline || anchor >= 0
      ? shown
      : shown.length === 1
        ? shown
        : shown.filter((d) => d.label === 'published');
  const published = trusted.find((d) => d.label !== 'updated');
  if (published !== undefined) return published.iso;
  return (
    firstIsoDate([jsonLd?.dateModified, ...UPDATE_DATE_KEYS.flatMap((key) => meta(key))]) ??
    trusted.find((d) => d.label === 'updated')?.iso ??
    null
  );
}

/** The page's language for reading its dates: `<html lang>`, else what its meta tags say. */
function pageLanguage(doc: Document, meta: MetaValues): string | null {
  return (
    cleanValue(doc.documentElement?.getAttribute('lang')) ??
    first(meta, ['content-language', 'dc:language', 'og:locale', 'language']) ??
    null
  );
}

/**
 * Metadata from sources already collected (see `MetadataSources`); `doc` is only read for its title (unless the
 * caller has read it: `documentTitle`, cleaned) and its root's `lang`/`dir`.
 */
export function metadataFrom(
  doc: Document,
  sources: Sources,
  pageUrl: string | null,
  documentTitle: string = cleanValue(doc.title) ?? '',
): HeadMetadata {
  const base = resolveUrl(sources.base, pageUrl) ?? pageUrl;
  const meta = readMetaTags(sources.metas);
  let jsonLd: JsonLdArticle | null = null;
  try {
    jsonLd = readJsonLd(sources.jsonLd);
  } catch {
    // Structured data is a bonus: a surprise in it must not cost the article.
  }
  const siteName = jsonLd?.siteName ?? first(meta, ['og:site_name']);
  const siteNames = [siteName, first(meta, ['og:site_name']), first(meta, ['application-name'])].filter(
    (name): name is string => name !== null,
  );

  const declaredTitle =
    (jsonLd === null ? null : jsonLdTitle(jsonLd, documentTitle)) ?? first(meta, TITLE_KEYS);
  const titleTags = [
    jsonLd?.headline ?? null,
    jsonLd?.name ?? null,
    ...TITLE_TAG_KEYS.map((key) => first(meta, [key])),
    documentTitle,
  ].filter((tag): tag is string => tag !== null && tag !== '');
  const pageUrls = [pageUrl, httpUrl(sources.canonical, base)].filter((url): url is string => url !== null);
  const headline = chooseHeadline(sources.signals, titleTags, siteNames, pageUrls);
  const fits = headline?.fits === true;
  const title =
    fits && headline !== null
      ? headlineAsTitle(headline.text, titleTags)
      : declaredTitle === null
        ? null
        : titleFromTags(declaredTitle, titleTags);

  const anchor = anchorOf(sources.signals, headline);
  const lang = cleanValue(doc.documentElement?.getAttribute('lang'));
  const visibleByline = findByline(sources.signals, anchor);
  const byline = chooseByline({ jsonLd, meta, visible: visibleByline, siteNames });
  const publishedTime = chooseDate({
    jsonLd,
    meta,
    signals: sources.signals,
    anchor,
    anchoredByHeadline: fits,
    lang: pageLanguage(doc, meta),
  });

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
    title,
    byline,
    siteName,
    publishedTime,
    excerpt: first(meta, EXCERPT_KEYS) ?? jsonLd?.description ?? null,
    image,
    canonicalUrl: httpUrl(sources.canonical, base),
    baseUrl: base,
    lang,
    dir: directionOf(html?.getAttribute('dir')),
    articleBody: jsonLd?.articleBody ?? null,
    themeColor: accentFromThemeColor(first(meta, ['theme-color'])),
    icon: siteIcon(sources.icons, base),
  };
}

/** The declared icon (see `HeadMetadata.icon`), its URL resolved against the page's base as the browser does. */
function siteIcon(links: readonly Element[], base: string | null): string | null {
  if (base === null) return null;
  return declaredFavicon(
    links.map((link) => ({
      rel: link.getAttribute('rel') ?? '',
      href: link.getAttribute('href') ?? '',
      type: link.getAttribute('type'),
      sizes: link.getAttribute('sizes'),
    })),
    base,
  );
}
