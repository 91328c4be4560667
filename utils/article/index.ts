/**
 * The extraction core: a document in, an `Article` (plain JSON) or null out.
 *
 * Pure and environment-free — no `browser`, no WXT — so the same code runs in the page (injected on demand),
 * on linkedom (corpus, benchmark) and on happy-dom (unit tests). It never mutates the document it is given:
 * Readability works on a clone, and everything else only reads.
 */
import { Readability } from '@mozilla/readability';
import { escapeHtml } from '../escape-html';
import { trustedArticleUrl } from '../page/same-site';
import { cloneForReadability, type PreparedClone } from './clone';
import {
  directionOf,
  type HeadMetadata,
  MetadataSources,
  metadataFrom,
  readMetadata,
  withoutYearTail,
} from './metadata';
import { bylineNames, preferPeople } from './names';
import { cleanByline, cleanValue, toIsoDate, withoutSiteName } from './strings';
import { articleParagraphs, collectBlocks, type TextBlock } from './text-blocks';
import type { ExtractedArticle, ExtractOptions, PageMetadata } from './types';
import { documentUrl, finishContentHtml, httpUrl, pinDocumentUrls, resolveUrl } from './urls';
import { countWords, readingMinutes } from './words';

export { readableArticle } from './readable';

export type { Article, ExtractedArticle, ExtractOptions, PageMetadata } from './types';

/**
 * How much prose makes an article. Prose is the text of blocks that are not mostly link text (link lists and
 * teaser headlines are not prose); Chinese, Japanese and Korean characters count double, as each carries about
 * twice the text of a Latin letter. An article needs:
 * - at least 200 characters of prose: a two-sentence news brief has that; a login page ("Email / Password / Forgot
 *   your password?"), an app shell ("You need to enable JavaScript") or a bare search form does not;
 * - and either one paragraph of 140 characters (Readability's own `isProbablyReaderable` paragraph size: one or
 *   two real sentences), or little link text overall (at most a quarter). A home page or section front is
 *   many short teasers — linked headline, one-line standfirst, date — that add up to far more than 200
 *   characters without a real paragraph, and a third or more of its text is links; a photo blog of short
 *   caption-like lines has no long paragraph either, but hardly any links.
 */
const MIN_ARTICLE_CHARS = 200;
const MIN_PARAGRAPH_CHARS = 140;
const MAX_LINK_SHARE_WITHOUT_PARAGRAPH = 0.25;

interface Content {
  blocks: TextBlock[];
  /** Boilerplate texts noted before Readability ran (see `cloneForReadability`). */
  junkTexts: Set<string>;
  /** The element whose inner HTML is `contentHtml`; null for the whole-page fallback. */
  element: Element | null;
  readabilityTitle: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  dir: string | null;
  lang: string | null;
}

/**
 * What any page says about itself, article or not (a tweet, a video page, a home page): title, byline, site,
 * date, language, excerpt, lead image and canonical URL, as `extractArticle` would give them but without reading
 * the text. For a page `extractArticle` returns null for, this is still its metadata (the popup's "not an
 * article" state, cards of the whole page). Read-only and never throws: a page with nothing usable gets its URL,
 * an empty title and nulls.
 */
export function extractMetadata(doc: Document, options: Pick<ExtractOptions, 'url'> = {}): PageMetadata {
  const pageUrl = resolveUrl(options.url, null) ?? documentUrl(doc);
  let meta: ReturnType<typeof readMetadata>;
  try {
    meta = readMetadata(doc, pageUrl);
  } catch {
    return { ...EMPTY_METADATA, url: pageUrl ?? '' };
  }
  const title = withoutSiteName(meta.title ?? withoutYearTail(cleanValue(doc.title) ?? ''), meta.siteName);
  return metadataOf(meta, meta.canonicalUrl ?? pageUrl ?? '', title);
}

/** The page's own statement of itself, from its tags and visible date and byline lines. */
function metadataOf(meta: HeadMetadata, url: string, title: string): PageMetadata {
  return {
    url,
    title,
    byline: cleanByline(meta.byline, meta.siteName),
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
    leadImage: meta.image,
  };
}

const EMPTY_METADATA: PageMetadata = {
  url: '',
  title: '',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  leadImage: null,
};

/**
 * Extracts the article of `doc` (never throws). A page that is not an article still gets its metadata — title,
 * byline, date, lead image, site colour and icon — with `readable: false` and no text: a tweet or a video page
 * has a title to put on a card. With `force`, a page Readability cannot read yields its whole visible text
 * instead. Null only when the document cannot be read at all.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  try {
    return extract(doc, options);
  } catch {
    return null;
  }
}

function extract(doc: Document, options: ExtractOptions): ExtractedArticle | null {
  const pageUrl = resolveUrl(options.url, null) ?? documentUrl(doc);
  // Read before Readability runs: with `consume` it works on this very document.
  const documentTitle = cleanValue(doc.title) ?? '';
  const { meta, readable } = metadataAndContent(doc, pageUrl, documentTitle, options.consume === true);
  const base = meta.baseUrl;
  const siteName = meta.siteName ?? readable?.siteName ?? null;
  const headline = meta.title ?? withoutYearTail(readable?.readabilityTitle ?? documentTitle);
  const title = withoutSiteName(headline, siteName);
  const titles = [title, headline, readable?.readabilityTitle ?? '', documentTitle];

  let content = readable;
  let paragraphs = content === null ? [] : articleParagraphs(content.blocks, titles, content.junkTexts);
  // The page's own statement of its text (JSON-LD articleBody) as a cross-check: when what we extracted shares
  // next to nothing with it, the extraction took the wrong part of the page, and the declared text is the article.
  const declared = declaredBody(meta.articleBody);
  if (declared !== null && missesDeclaredBody(paragraphs, declared)) {
    content = declaredContent(readable);
    paragraphs = articleParagraphs(declared, titles);
  }
  const identity = pageIdentity(meta, pageUrl);
  if (content === null || !isArticleSized(paragraphs)) {
    if (options.force !== true) return notAnArticle(meta, title, identity);
    const page = wholePageContent(doc);
    const pageParagraphs = page === null ? [] : articleParagraphs(page.blocks, titles);
    if (pageParagraphs.length > 0) {
      content = page;
      paragraphs = pageParagraphs;
    }
    if (content === null || paragraphs.length === 0) return notAnArticle(meta, title, identity);
  }

  const text = paragraphs.map((block) => block.text).join('\n\n');
  let contentHtml: string;
  let firstImage: string | null = null;
  if (content.element !== null) {
    finishContentHtml(content.element, base, pageUrl);
    contentHtml = content.element.innerHTML;
    firstImage = firstImageUrl(content.element, base);
  } else {
    contentHtml = paragraphs
      .map((block) => `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
    firstImage = firstImageUrl(doc.body ?? doc.documentElement, base);
  }

  const wordCount = countWords(text);
  return {
    ...identity,
    readable: true,
    title: title !== '' ? title : fallbackTitle(paragraphs),
    byline: cleanByline(meta.byline ?? readabilityByline(content.byline), siteName),
    siteName,
    publishedTime: meta.publishedTime ?? toIsoDate(content.publishedTime),
    lang: meta.lang ?? content.lang,
    dir: directionOf(content.dir) ?? meta.dir,
    excerpt: meta.excerpt ?? content.excerpt ?? firstSentences(paragraphs),
    leadImage: meta.image ?? firstImage,
    contentHtml,
    text,
    wordCount,
    readingMinutes: readingMinutes(text, wordCount),
  };
}

type PageIdentity = Pick<ExtractedArticle, 'url' | 'pageUrl' | 'shareUrl' | 'siteColor' | 'siteIcon'>;

/** Where the page is and how it presents itself, the same for an article and for any other page. */
function pageIdentity(meta: HeadMetadata, pageUrl: string | null): PageIdentity {
  const url = meta.canonicalUrl ?? pageUrl ?? '';
  return {
    url,
    pageUrl: pageUrl ?? url,
    shareUrl: pageUrl === null ? url : trustedArticleUrl(url, pageUrl),
    siteColor: meta.themeColor,
    siteIcon: meta.icon,
  };
}

/** A page that is not an article: what it says about itself (as `extractMetadata` reads it), and no text. */
function notAnArticle(meta: HeadMetadata, title: string, identity: PageIdentity): ExtractedArticle {
  return {
    ...metadataOf(meta, identity.url, title),
    ...identity,
    readable: false,
    contentHtml: '',
    text: '',
    wordCount: 0,
    readingMinutes: 0,
  };
}

/**
 * The page metadata and Readability's content. The metadata sources are collected on the walk that prepares
 * Readability's clone (one pass over the document instead of two); when the clone cannot be made, the original
 * is scanned for metadata alone.
 */
function metadataAndContent(
  doc: Document,
  pageUrl: string | null,
  documentTitle: string,
  inPlace: boolean,
): { meta: HeadMetadata; readable: Content | null } {
  const prepared = preparedWithMetadata(doc, pageUrl, documentTitle, inPlace);
  if (prepared === null) return { meta: readMetadata(doc, pageUrl), readable: null };
  pinDocumentUrls(prepared.clone, prepared.meta.baseUrl);
  return { meta: prepared.meta, readable: readabilityContent(prepared) };
}

/**
 * Readability's clone, prepared, and the page metadata read on the same walk; null when the clone cannot be
 * made. The metadata sources hold every element of the page, and are dropped here, before Readability runs:
 * kept alive, the elements Readability removes could not be collected, and the garbage collector would copy
 * them again and again while it works (that cost about a third of the extraction time on linkedom).
 */
function preparedWithMetadata(
  doc: Document,
  pageUrl: string | null,
  documentTitle: string,
  inPlace: boolean,
): (PreparedClone & { meta: HeadMetadata }) | null {
  const collector = new MetadataSources();
  let prepared: PreparedClone;
  try {
    prepared = cloneForReadability(doc, (element, tag) => collector.visit(element, tag), inPlace);
  } catch {
    return null;
  }
  return { ...prepared, meta: metadataFrom(doc, collector.sources, pageUrl, documentTitle) };
}

/**
 * Readability on a clone of the document. Classes are kept so the text pass can see caption/credit/share
 * classes; `finishContentHtml` strips them afterwards as Readability would. The serializer hands us the content
 * element itself instead of HTML, so we do not serialize and re-parse it. Readability does not read the page's
 * JSON-LD: `readMetadata` has already read it (title, author, date, site), and parsing it twice cost time.
 */
function readabilityContent({ clone, junkTexts }: PreparedClone): Content | null {
  try {
    const result = new Readability<Node>(clone, {
      keepClasses: true,
      serializer: (node) => node,
      disableJSONLD: true,
    }).parse();
    const element = result?.content;
    if (result === null || element === null || element === undefined || element.nodeType !== 1) return null;
    return {
      blocks: collectBlocks(element as Element),
      junkTexts,
      element: element as Element,
      readabilityTitle: cleanValue(result.title),
      byline: cleanValue(result.byline),
      siteName: cleanValue(result.siteName),
      publishedTime: result.publishedTime ?? null,
      excerpt: cleanValue(result.excerpt),
      dir: result.dir ?? null,
      lang: cleanValue(result.lang),
    };
  } catch {
    // Readability throws on some broken documents (no <body>, framesets) and engines can run out of stack on
    // absurd nesting: that is "no article", and `force` may still read the page.
    return null;
  }
}

/** Fewest characters of a declared body worth checking against (a one-line `articleBody` is a summary). */
const MIN_DECLARED_BODY = 500;
/** Below this share of the declared body's words in our text, our text is another part of the page. */
const MIN_DECLARED_OVERLAP = 0.3;
/** A declared body without line breaks is cut into paragraphs of about this many characters, at sentence ends. */
const DECLARED_PARAGRAPH = 600;

/** JSON-LD articleBody as paragraphs, or null when it is missing or too short to judge by. */
function declaredBody(articleBody: string | null): TextBlock[] | null {
  if (articleBody === null || articleBody.length < MIN_DECLARED_BODY) return null;
  const lines = articleBody.split('\n');
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (line.length <= DECLARED_PARAGRAPH * 2) {
      paragraphs.push(line);
      continue;
    }
    // One long line: sentences grouped into paragraphs.
    let current = '';
    for (const sentence of line.split(/(?<=[.!?。！？])\s+/u)) {
      current = current === '' ? sentence : `${current} ${sentence}`;
      if (current.length >= DECLARED_PARAGRAPH) {
        paragraphs.push(current);
        current = '';
      }
    }
    if (current !== '') paragraphs.push(current);
  }
  return paragraphs.map((text) => ({ text, tag: 'P', linkChars: 0 }));
}

function wordSet(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );
}

/** Whether our paragraphs hold less than `MIN_DECLARED_OVERLAP` of the declared body's words. */
function missesDeclaredBody(paragraphs: readonly TextBlock[], declared: readonly TextBlock[]): boolean {
  const ours = wordSet(paragraphs.map((block) => block.text).join(' '));
  const theirs = wordSet(declared.map((block) => block.text).join(' '));
  if (theirs.size === 0) return false;
  let shared = 0;
  for (const word of theirs) if (ours.has(word)) shared++;
  return shared / theirs.size < MIN_DECLARED_OVERLAP;
}

/** Content built from the declared body: Readability's element is the wrong part of the page. */
function declaredContent(readable: Content | null): Content {
  return {
    blocks: [],
    junkTexts: new Set(),
    element: null,
    readabilityTitle: readable?.readabilityTitle ?? null,
    byline: readable?.byline ?? null,
    siteName: readable?.siteName ?? null,
    publishedTime: readable?.publishedTime ?? null,
    excerpt: null,
    dir: readable?.dir ?? null,
    lang: readable?.lang ?? null,
  };
}

/** The `force` fallback: the page's visible text without page chrome, read from the original (read-only). */
function wholePageContent(doc: Document): Content | null {
  const root = doc.body ?? doc.documentElement;
  if (root === null) return null;
  const blocks = collectBlocks(root, { pageChrome: true });
  return {
    blocks,
    junkTexts: new Set(),
    element: null,
    readabilityTitle: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    dir: root.getAttribute('dir'),
    lang: null,
  };
}

const WIDE_CHARACTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Whether the paragraphs make an article (see MIN_ARTICLE_CHARS). */
function isArticleSized(paragraphs: readonly TextBlock[]): boolean {
  let prose = 0;
  let longest = 0;
  let characters = 0;
  let linkCharacters = 0;
  for (const block of paragraphs) {
    characters += block.text.length;
    linkCharacters += block.linkChars;
    if (block.linkChars > block.text.length / 2) continue;
    const length = block.text.length + (block.text.match(WIDE_CHARACTERS)?.length ?? 0);
    prose += length;
    longest = Math.max(longest, length);
  }
  if (prose < MIN_ARTICLE_CHARS) return false;
  return longest >= MIN_PARAGRAPH_CHARS || linkCharacters <= characters * MAX_LINK_SHARE_WITHOUT_PARAGRAPH;
}

/**
 * Readability's byline, when the page declares none and we found none: it takes any element whose class says
 * "byline", which may hold a date or a role ("Published: Dec. 22, 2016, 6:47 p.m."). Only the names in it count.
 */
function readabilityByline(byline: string | null): string | null {
  if (byline === null) return null;
  const names = preferPeople(bylineNames(byline));
  return names.length === 0 ? null : names.map((n) => n.name).join(', ');
}

/** Smallest declared width or height (CSS px) of an image that could lead an article. */
const MIN_LEAD_IMAGE_SIDE = 50;
/** File names of layout images: spacers, tracking pixels, blanks ("space.gif", "pixel.png", "1x1.gif"). */
const LAYOUT_IMAGE =
  /(?:^|[/_-])(?:spacer|space|blank|pixel|clear|transparent|trans|1x1|dot)\.(?:gif|png)(?:[?#]|$)/i;

/** Whether an `<img>` declares itself too small to lead an article (a spacer, an icon, a tracking pixel). */
function isTinyImage(img: Element): boolean {
  return ['width', 'height'].some((name) => {
    // Pixels only: "50%" of a wide column is no icon.
    const value = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(img.getAttribute(name) ?? '')?.[1];
    return value !== undefined && Number(value) < MIN_LEAD_IMAGE_SIDE;
  });
}

/**
 * First image with a real (http) source, lazy attributes included, as an absolute URL; spacers, icons and
 * tracking pixels (declared tiny, or named as layout images) are no lead image.
 */
function firstImageUrl(root: Element | null, base: string | null): string | null {
  if (root === null) return null;
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    if (isTinyImage(img)) continue;
    for (const name of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
      const value = img.getAttribute(name);
      if (value === null || /^\s*data:/i.test(value) || LAYOUT_IMAGE.test(value.trim())) continue;
      const url = httpUrl(value, base);
      if (url !== null) return url;
    }
  }
  return null;
}

/** An excerpt when the page declares none: the start of the first paragraph, cut at a word near 300 chars. */
function firstSentences(paragraphs: readonly TextBlock[]): string | null {
  const first = paragraphs[0]?.text.replace(/\s+/g, ' ');
  if (first === undefined) return null;
  if (first.length <= 300) return first;
  const cut = first.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`;
}

/** A page without any title: its first heading, else the start of its first paragraph. */
function fallbackTitle(paragraphs: readonly TextBlock[]): string {
  const heading = paragraphs.find((block) => /^H[1-6]$/.test(block.tag));
  const text = (heading ?? paragraphs[0])?.text.replace(/\s+/g, ' ') ?? '';
  if (text.length <= 100) return text;
  const cut = text.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
