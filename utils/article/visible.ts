/**
 * What the page shows a reader about itself: its visible headline, byline and date line.
 *
 * The walk that prepares Readability's copy of the page hands every element to `PageSignals.visit`, which keeps
 * the few that can carry a headline (`h1`, `h2`, `itemprop=headline`, "headline"/"title" classes), a byline
 * (`itemprop=author`, `rel=author`, links to author pages, "author"/"byline"/"writer" classes) or a date
 * (`<time>`, any `datetime` attribute, `itemprop=date…`, "date"/"time"/"published" classes), in document order.
 * Nothing is read from them until the walk is over, and only the best few are read then: the walk stays one
 * cheap pass. Everything here only reads the document.
 *
 * The headline anchors the rest: a byline or date line is the page's own when it sits just after (or a little
 * before) the headline, and not inside comments, related-article lists, sidebars or footers.
 */

import { BLOCK_TAGS, UNRENDERED_TAGS } from '../html-blocks';
import { type DateLabel, type FoundDate, findDates, mayHoldDateLabel } from './dates';
import { attributeValue } from './dom';
import { type BylineName, bylineNames, withoutLoneWords } from './names';
import { collapseWhitespace, comparisonKey, isSpaceAt, toIsoDate } from './strings';

/** Class or id words of page furniture whose bylines and dates belong to other articles or to readers. */
const FOREIGN_WORDS = new Set([
  'comment',
  'comments',
  'reply',
  'replies',
  'respond',
  'related',
  'recirc',
  'recirculation',
  'popular',
  'trending',
  'recommended',
  'recommendations',
  'sidebar',
  'footer',
  'widget',
  'teaser',
  'teasers',
  'promo',
  'outbrain',
  'taboola',
  'blogroll',
  'newsletter',
  'more',
  'nav',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'rail',
  'discussion',
]);
/** Quotations and embedded posts ("— Jane Doe (@jane) August 22, 2013") carry someone else's byline and date. */
const FOREIGN_TAGS = new Set([
  'FOOTER',
  'NAV',
  'ASIDE',
  'MENU',
  'BUTTON',
  'SELECT',
  'TEMPLATE',
  'BLOCKQUOTE',
]);
const FOREIGN_HINT =
  /comment|repl|respond|relat|recirc|popular|trend|recommend|sidebar|footer|widget|teaser|promo|outbrain|taboola|blogroll|newsletter|more|nav|menu|breadcrumb|rail|discussion/i;

/** Byline and date signals in class and id words. */
const SIGNAL_HINT =
  /author|byl|writer|contrib|reporter|creator|date|time|publish|posted|stamp|headline|title|hed/i;
const BYLINE_WORDS = new Set([
  'author',
  'authors',
  'byline',
  'bylines',
  'byl',
  'writer',
  'writers',
  'contributor',
  'contributors',
  'reporter',
  'reporters',
  'creator',
]);
/** An author's picture, biography or description is no byline, though its class says "author". */
const NOT_BYLINE_WORDS = new Set([
  'bio',
  'avatar',
  'image',
  'img',
  'photo',
  'picture',
  'description',
  'desc',
  'thumb',
  // Counters and buttons next to the byline.
  'views',
  'count',
  'comments',
  'likes',
  'follow',
  'followers',
  'share',
]);
const DATE_WORDS = new Set([
  'date',
  'dates',
  'time',
  'timestamp',
  'datetime',
  'dateline',
  'published',
  'publish',
  'pubdate',
  'posted',
  'postdate',
  'updated',
  'modified',
]);
const HEADLINE_WORDS = new Set(['headline', 'hed']);
const TITLE_WORDS = new Set(['title']);

/**
 * Paths of author pages: "/author/jane-doe", "/autoren/…", "/editors/jon-fingas", "/people/…", "/u/name". A link
 * to one near the headline names the writer.
 */
const AUTHOR_PATH =
  /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|writer|writers|editor|editors|staff|journalist|journalisten|reporter|reporters|contributor|contributors|columnist|columnists|profile|profiles|u|user|users|members?|mitarbeiter)\/[^/?#]/i;

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The words of an element's class and id: camelCase, kebab-case, snake_case and BEM split apart. */
export function classWords(element: Element): string[] {
  return wordsOf(`${attributeValue(element, 'class') ?? ''} ${attributeValue(element, 'id') ?? ''}`);
}

/**
 * Class words without a post's status ("status-publish", which WordPress puts on every post of a list): it says
 * the post is public, not that the element is its date.
 */
function withoutPostStatus(words: string[]): string[] {
  return words.filter((_word, i) => i === 0 || words[i - 1] !== 'status');
}

function wordsOf(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const MAX_HEADINGS = 60;
const MAX_BYLINES = 200;
const MAX_DATES = 300;

/** Elements that may carry a headline, a byline or a date, by index into `all` (document order). */
export class PageSignals {
  /** Every element, in document order: a candidate's index is its position on the page. */
  readonly all: Element[] = [];
  readonly headings: number[] = [];
  readonly bylines: number[] = [];
  readonly dates: number[] = [];
  /** The first `<article>` and `<main>`, which anchor the search when no headline is found. */
  firstArticle = -1;
  /** Whether the first `<article>` is one of a list (a sibling `<article>` beside it): a teaser, not the page. */
  firstArticleListed = false;
  /** What `isForeign` learnt about each element it climbed through, for the next candidate. */
  readonly kinds = new Map<Element, NodeKind>();
  firstMain = -1;
  /** Where the article's text starts after an anchor (see `bodyStart`), once measured. */
  bodyStartOf: { anchor: number; index: number } | null = null;

  /** `tag` is the element's upper-case tag name. */
  visit(element: Element, tag: string): void {
    const index = this.all.push(element) - 1;
    if (tag === 'META' || tag === 'LINK' || tag === 'SCRIPT' || tag === 'STYLE') return;
    if (tag === 'H1' || tag === 'H2') this.add(this.headings, index, MAX_HEADINGS);
    else if (tag === 'TIME') this.add(this.dates, index, MAX_DATES);
    else if (tag === 'ARTICLE' && this.firstArticle < 0) {
      this.firstArticle = index;
      this.firstArticleListed =
        isArticle(element.nextElementSibling) || isArticle(element.previousElementSibling);
    } else if (tag === 'MAIN' && this.firstMain < 0) this.firstMain = index;
    if (!element.hasAttributes()) return;

    const itemprop = attributeValue(element, 'itemprop');
    if (itemprop !== null) {
      if (/headline/i.test(itemprop)) this.add(this.headings, index, MAX_HEADINGS);
      if (/author|creator/i.test(itemprop)) this.add(this.bylines, index, MAX_BYLINES);
      if (/date(?:published|created|modified)|uploaddate/i.test(itemprop))
        this.add(this.dates, index, MAX_DATES);
    }
    if (tag === 'A') {
      const rel = attributeValue(element, 'rel');
      const href = attributeValue(element, 'href');
      if (
        (rel !== null && /(?:^|\s)author(?:\s|$)/i.test(rel)) ||
        (href !== null && AUTHOR_PATH.test(href))
      ) {
        this.add(this.bylines, index, MAX_BYLINES);
      }
    }
    if (tag !== 'TIME' && attributeValue(element, 'datetime') !== null)
      this.add(this.dates, index, MAX_DATES);

    const className = attributeValue(element, 'class');
    const id = attributeValue(element, 'id');
    if (!(className !== null && SIGNAL_HINT.test(className)) && !(id !== null && SIGNAL_HINT.test(id)))
      return;
    const words = withoutPostStatus(wordsOf(`${className ?? ''} ${id ?? ''}`));
    let byline = false;
    let date = false;
    let headline = false;
    let title = false;
    for (const word of words) {
      if (BYLINE_WORDS.has(word)) byline = true;
      else if (DATE_WORDS.has(word)) date = true;
      else if (HEADLINE_WORDS.has(word)) headline = true;
      else if (TITLE_WORDS.has(word)) title = true;
    }
    if (byline && !words.some((word) => NOT_BYLINE_WORDS.has(word)))
      this.add(this.bylines, index, MAX_BYLINES);
    if (date) this.add(this.dates, index, MAX_DATES);
    // "title" classes are everywhere (widget titles, section titles); on a heading element they may be the
    // article's headline.
    if (headline || (title && HEADING_TAGS.has(tag))) this.add(this.headings, index, MAX_HEADINGS);
  }

  private add(list: number[], index: number, max: number): void {
    if (list.length < max && list[list.length - 1] !== index) list.push(index);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading elements

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || attributeValue(element, 'aria-hidden') === 'true') return true;
  const style = attributeValue(element, 'style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Furniture class words, unless the class is a layout helper ("Layout--sidebarPosition-end" places the sidebar;
 * it is not one).
 */
function isFurnitureClass(words: readonly string[]): boolean {
  return words.some((word) => FOREIGN_WORDS.has(word)) && !words.includes('layout');
}

/**
 * How far up furniture is looked for: a comment or a related list is a few levels around its bylines and dates,
 * while wrappers of the whole page (an off-canvas "nav-drawer" around everything) are further up.
 */
const MAX_FOREIGN_DEPTH = 9;

/**
 * Whether the element sits in page furniture that carries other articles' or readers' bylines and dates
 * (comments, related lists, sidebars, footers, navigation), or is hidden.
 */
export function isForeign(element: Element, anchor: Element | null = null, signals?: PageSignals): boolean {
  let depth = 0;
  for (
    let node: Element | null = element;
    node !== null && depth < MAX_FOREIGN_DEPTH;
    node = node.parentElement
  ) {
    depth++;
    let kind = signals?.kinds.get(node);
    if (kind === undefined) {
      kind = kindOf(node);
      signals?.kinds.set(node, kind);
    }
    switch (kind) {
      case 'root':
        return false;
      case 'article':
        return false;
      case 'hidden':
        return true;
      case 'furniture':
        // Furniture never holds the headline: a "sidebar" around the headline is the page's main column.
        return anchor === null || !node.contains(anchor);
      case 'plain':
        break;
    }
  }
  return false;
}

type NodeKind = 'root' | 'article' | 'hidden' | 'furniture' | 'plain';

/** What an element is for `isForeign`, from its own tag, attributes and (for a footer) its place. */
function kindOf(node: Element): NodeKind {
  const tag = node.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return 'root';
  // What holds the article is not furniture, whatever its class says (a whole page inside a "nav-drawer").
  if (tag === 'ARTICLE' || tag === 'MAIN') return isHidden(node) ? 'hidden' : 'article';
  if (isHidden(node)) return 'hidden';
  // An article's own footer holds its date and author ("Posted on …"); a page footer does not.
  if (tag === 'FOOTER' && node.parentElement?.closest('article') != null) return 'plain';
  if (FOREIGN_TAGS.has(tag)) return 'furniture';
  const hint = `${attributeValue(node, 'class') ?? ''} ${attributeValue(node, 'id') ?? ''}`;
  return FOREIGN_HINT.test(hint) && isFurnitureClass(classWords(node)) ? 'furniture' : 'plain';
}

/** Not read for text: what is never rendered, plus controls and drawings, whose labels are not prose. */
const SKIPPED_TEXT_TAGS: ReadonlySet<string> = new Set([
  ...UNRENDERED_TAGS,
  'SVG',
  'BUTTON',
  'SELECT',
  'OPTION',
]);
/** Where a line ends: every block, plus line breaks, table cells and captions. */
const BLOCKISH: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'BR', 'TD', 'TH', 'FIGCAPTION']);

/**
 * The element's text, with a line break wherever two elements meet without a space between them or a block
 * ends: "Howard Blume⏎Staff Writer" rather than textContent's "Howard BlumeStaff Writer". Stops after `limit`
 * characters. Iterative, so deep nesting cannot overflow the stack.
 */
export function segmentedText(root: Element, limit = 400): string {
  let out = '';
  /** An element boundary was passed: a break goes in unless whitespace comes next anyway. */
  let pending = false;
  const breakIfPending = (next: string): void => {
    if (pending && out !== '' && !/\s$/.test(out) && !/^\s/.test(next)) out += '\n';
    pending = false;
  };
  let node: Node | null = root.firstChild;
  while (node !== null && out.length < limit) {
    let descend = false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value !== '') {
        breakIfPending(value);
        out += value;
      }
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (!SKIPPED_TEXT_TAGS.has(tag) && !isHidden(node as Element)) {
        descend = true;
        if (BLOCKISH.has(tag) && out !== '' && !out.endsWith('\n')) {
          out += '\n';
          pending = false;
        } else {
          pending = true;
        }
      }
    }
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (descend) pending = true;
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root && node.nodeType === 1) {
        if (BLOCKISH.has((node as Element).tagName.toUpperCase()) && out !== '' && !out.endsWith('\n'))
          out += '\n';
        else pending = true;
      }
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return out
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The element's own text (its text-node children), whitespace collapsed; null when that is longer than `max`
 * characters. The callers only read short lines, and most elements they ask about hold long ones: those are
 * measured, not collapsed.
 */
function ownText(element: Element, max: number): string | null {
  let out = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    // Adjacent text nodes are one run of text (a parser may split it, at each character reference for one).
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) out += ' ';
  }
  if (out.length > max && collapsedLongerThan(out, max)) return null;
  return collapseWhitespace(out);
}

/** Whether `collapseWhitespace(value)` is longer than `limit`, counted without building it. */
function collapsedLongerThan(value: string, limit: number): boolean {
  let length = 0;
  let space = false;
  for (let i = 0; i < value.length; i++) {
    if (isSpaceAt(value, i)) {
      // A run of whitespace is one space, and none before the first character or after the last.
      space = length > 0;
    } else {
      length += space ? 2 : 1;
      space = false;
      if (length > limit) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Headline

/** Separators between a headline and the site name or section around it in title tags. */
const TITLE_SEPARATORS = /\s+[|\-–—·•»«~/\\]\s+|\s*[|｜]\s*|:\s+|：|\s+::\s+|_/u;

function words(value: string): string[] {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Units to compare titles by: words, or character pairs for scripts written without spaces. */
function units(value: string): Set<string> {
  const key = comparisonKey(value.normalize('NFKC'));
  if (WIDE.test(key)) {
    const pairs = new Set<string>();
    const chars = Array.from(key);
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(`${chars[i]}${chars[i + 1]}`);
    if (chars.length === 1) pairs.add(key);
    return pairs;
  }
  return new Set(words(value));
}

/** Dice coefficient of two sets of title units. */
function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const unit of x) if (y.has(unit)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Dice coefficient of the two titles' words (character pairs for Chinese and Japanese). */
function overlap(a: string, b: string): number {
  return dice(units(a), units(b));
}

/** A title tag read once for comparing with every heading: its key, its parts' keys, its words. */
interface TitleTag {
  key: string;
  parts: string[];
  units: Set<string>;
}

function readTitleTag(tag: string): TitleTag {
  return {
    key: comparisonKey(tag.normalize('NFKC')),
    parts: tag.split(TITLE_SEPARATORS).map((part) => comparisonKey(part.normalize('NFKC'))),
    units: units(tag),
  };
}

/**
 * How well a visible heading agrees with one title tag, 0 to 1: 1 when equal; 0.95 when it is one part of the
 * tag or a run of its parts ("Headline | Site", "Headline: Subtitle - Site"), 0.05 less for each part before it
 * (a site or series name is more often the last part than the first, and must not beat the headline that leads
 * the tag); otherwise the share of words they have in common.
 */
export function titleAgreement(heading: string, tag: string): number {
  return agreement(comparisonKey(heading.normalize('NFKC')), units(heading), readTitleTag(tag));
}

function agreement(h: string, headingUnits: ReadonlySet<string>, tag: TitleTag): number {
  if (h === '' || tag.key === '') return 0;
  if (h === tag.key) return 1;
  // One part, or a run of parts ("Headline: its subtitle | Site").
  const { parts } = tag;
  for (let first = 0; first < parts.length; first++) {
    let run = '';
    for (let last = first; last < parts.length && run.length < h.length; last++) {
      run += parts[last];
      if (run === h) return 0.95 - 0.05 * Math.min(first, 3);
    }
  }
  return dice(headingUnits, tag.units);
}

export interface HeadlineChoice {
  text: string;
  /** Index of the heading element (see `PageSignals.all`). */
  index: number;
  /** Its agreement with the title tags. */
  agreement: number;
  /** Whether it agrees enough to be the headline (see `HEADLINE_FIT`). */
  fits: boolean;
}

/**
 * Agreement a visible heading needs to be the headline: an `h1` (or a heading marked `itemprop=headline`) half
 * its words in common with a title tag; any other heading (an `h2` under a logo `h1`) nearly all of them, since
 * subheadings and teasers share words with the title too.
 */
export const HEADLINE_FIT = 0.5;
const OTHER_HEADING_FIT = 0.8;

/** Class words of a site's logo or name, which pages often put in an `h1` of their own. */
const BRAND_WORDS = new Set(['logo', 'brand', 'branding', 'masthead', 'sitename', 'blogname', 'wordmark']);

/** Whether a heading is the site's logo or name: a brand class on it or just around it ("site-title"). */
function isBrand(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; depth < 3 && node !== null; depth++, node = node.parentElement) {
    const words = classWords(node);
    if (words.some((word) => BRAND_WORDS.has(word))) return true;
    for (let i = 0; i + 1 < words.length; i++) {
      if (
        (words[i] === 'site' || words[i] === 'blog') &&
        (words[i + 1] === 'title' || words[i + 1] === 'name')
      ) {
        return true;
      }
    }
  }
  return false;
}

/** A URL compared loosely: host without "www.", path without a trailing slash, no query or fragment. */
function pageKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * Whether the heading's text is a link to another page (the site's home, a blog's front page, a series, an
 * author's profile): that names where the page belongs, not the page. A link to the page itself (a permalink)
 * or to a place on it is fine.
 */
function linksElsewhere(element: Element, text: string, pageUrls: readonly string[]): boolean {
  for (const link of Array.from(element.getElementsByTagName('a'))) {
    const linkText = collapseWhitespace(link.textContent ?? '');
    if (linkText.length < text.length * 0.8) continue;
    const href = (attributeValue(link, 'href') ?? '').trim();
    if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return false;
    for (const page of pageUrls) {
      try {
        const target = pageKey(new URL(href, page).href);
        if (target !== null && target === pageKey(page)) return false;
      } catch {
        // An unreadable link says nothing.
      }
    }
    return true;
  }
  return false;
}

/** Heading text without the permalink marks documentation generators append ("Heading¶", "Heading #"). */
function headingText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    // A kicker inside the heading ("<span class=kicker>Genetik</span> …") labels the story; it is not its title.
    if (child.nodeType === 1 && isKicker(child as Element)) continue;
    if (child.nodeType === 1 || child.nodeType === 3) text += child.textContent ?? '';
  }
  return collapseWhitespace(text)
    .replace(/\s*[¶§#🔗]+$/u, '')
    .trim();
}

/** Class words of a kicker, overline or section label set above or inside a headline. */
const KICKER_WORDS = new Set([
  'kicker',
  'overline',
  'topline',
  'dachzeile',
  'eyebrow',
  'rubric',
  'flag',
  'supertitle',
  'pretitle',
  'subhead',
  'spitzmarke',
  'roofline',
]);

function isKicker(element: Element): boolean {
  // The class first: most children of a heading have none, and then their text need not be read.
  if (!classWords(element).some((word) => KICKER_WORDS.has(word))) return false;
  const text = collapseWhitespace(element.textContent ?? '');
  return text.split(' ').length <= 5;
}

/**
 * The visible headline: the heading the page's title tags agree with best. A heading that is the site's name
 * (a logo in an `h1`, a link to the home page) or sits in page furniture is no headline. Ties go to an `h1`,
 * then to the earlier heading. `pageUrls` are the page's own URLs (address, canonical), to tell a permalink in
 * a heading from a link away.
 */
export function chooseHeadline(
  signals: PageSignals,
  titleTags: readonly string[],
  siteNames: readonly string[],
  pageUrls: readonly string[] = [],
): HeadlineChoice | null {
  const sites = new Set(siteNames.map((name) => comparisonKey(name)).filter((key) => key !== ''));
  // A heading that is a name in the page's host ("V8" on v8.dev, "Verfassungsblog" on verfassungsblog.de) is
  // the site's name.
  for (const url of pageUrls) {
    try {
      for (const label of new URL(url).hostname.split('.'))
        if (label.length > 1) sites.add(comparisonKey(label));
    } catch {
      // Not a URL: nothing to learn from it.
    }
  }
  const tags = titleTags.filter((tag) => tag.trim() !== '');
  const readTags = tags.map(readTitleTag);
  let best: HeadlineChoice | null = null;
  let bestScore = -1;
  for (const index of signals.headings) {
    const element = signals.all[index];
    if (element === undefined) continue;
    const text = headingText(element);
    if (text.length < 2 || text.length > 300) continue;
    const key = comparisonKey(text.normalize('NFKC'));
    if (key === '' || sites.has(key)) continue;
    const headingUnits = units(text);
    let agrees = 0;
    for (const tag of readTags) agrees = Math.max(agrees, agreement(key, headingUnits, tag));
    const tag = element.tagName.toUpperCase();
    const main = tag === 'H1' || /headline/i.test(attributeValue(element, 'itemprop') ?? '');
    const fits = agrees >= (main ? HEADLINE_FIT : OTHER_HEADING_FIT);
    // Cheap tests first: most headings lose on agreement before the DOM is climbed.
    const score = (fits ? 1 : 0) + agrees + (tag === 'H1' ? 0.02 : 0);
    if (score <= bestScore) continue;
    if (hiddenAbove(element) || isBrand(element) || linksElsewhere(element, text, pageUrls)) {
      continue;
    }
    best = { text, index, agreement: agrees, fits };
    bestScore = score;
  }
  if (best !== null && !best.fits) return loneHeadline(signals, tags, best);
  return best;
}

/**
 * When no heading fits the title tags (tags written for search and social sites), the page's only `h1` that reads
 * as a headline (three words or more, a third of its words shared with a tag) is still its headline.
 */
const LONE_HEADLINE_FIT = 0.3;

function loneHeadline(signals: PageSignals, tags: readonly string[], best: HeadlineChoice): HeadlineChoice {
  let lone: HeadlineChoice | null = null;
  for (const index of signals.headings) {
    const element = signals.all[index];
    if (element === undefined || element.tagName.toUpperCase() !== 'H1') continue;
    const text = headingText(element);
    if (text === '' || hiddenAbove(element)) continue;
    // A second h1: no telling which is the headline.
    if (lone !== null) return best;
    let agreement = 0;
    for (const tag of tags) agreement = Math.max(agreement, overlap(text, tag));
    if (text.split(/\s+/).length < 3 || agreement < LONE_HEADLINE_FIT || isBrand(element)) return best;
    lone = { text, index, agreement, fits: true };
  }
  return lone ?? best;
}

// ---------------------------------------------------------------------------------------------------------
// Byline

/** Elements before the anchor a byline or date may sit at (kickers and date lines above the headline). */
const BEFORE_ANCHOR = 40;
/** Elements after the anchor: the header block of even a heavily nested page. */
const AFTER_ANCHOR = 250;

function distance(index: number, anchor: number): number {
  if (index >= anchor)
    return index - anchor <= AFTER_ANCHOR ? (index - anchor) / 2 : Number.POSITIVE_INFINITY;
  return anchor - index <= BEFORE_ANCHOR ? anchor - index : Number.POSITIVE_INFINITY;
}

/** A line that opens with a byline lead-in: "By Jane Doe", "ByJane Doe", "Von Anna Muster", "Text: …". */
const BY_LINE =
  /^(?:(?:written|words|story|text|reported|posted|submitted)\s+by\b|an?\s+(?:article|story|post|guest post|column)\s+by\b|ein(?:e)?\s+(?:artikel|beitrag|gastbeitrag|kommentar|bericht|kolumne|reportage)\s+von\b|(?:geschrieben|verfasst|gepostet|eingestellt|gespeichert)\s+von\b|un(?:e)?\s+(?:article|chronique|tribune)\s+de\b|(?:escrito|publicado)\s+por\b|un\s+art[ií]culo\s+de\b|by\b|by(?=\p{Lu})|von\b|par\b|por\b|door\b|text:|autor(?:in)?:|著者|作者|文[●:：／/]|記者)/iu;

export interface VisibleByline {
  names: BylineName[];
  /** The byline's text as shown (for confirming what the meta tags say). */
  text: string;
}

/** The nearest ancestor of `element` that holds it with other byline parts, still short and without a heading. */
function bylineBlock(element: Element): Element {
  let block = element;
  for (let depth = 0; depth < 3; depth++) {
    const parent = block.parentElement;
    if (parent === null) break;
    const tag = parent.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN' || tag === 'HEADER' || HEADING_TAGS.has(tag))
      break;
    if (textLongerThan(parent, 160)) break;
    if (parent.querySelector('h1, h2, h3') !== null) break;
    block = parent;
  }
  return block;
}

/** Whether `element` or one of its nearest ancestors is hidden (a collapsed mobile header, a template). */
function hiddenAbove(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node !== null && depth < MAX_FOREIGN_DEPTH; depth++, node = node.parentElement) {
    if (isHidden(node)) return true;
  }
  return false;
}

/** Whether `element` or an ancestor up to `root` is hidden. */
function hiddenWithin(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node !== null && node !== root; node = node.parentElement) {
    if (isHidden(node)) return true;
  }
  return false;
}

/**
 * The innermost byline elements inside `container` (byline elements with no byline element inside them), or
 * the container itself when it holds none: "By <a rel=author>A</a> and <a rel=author>B</a>" gives both links,
 * a byline box gives its name element rather than its "See full bio" link.
 */
function bylineParts(signals: PageSignals, container: Element, near: number): Element[] {
  const inside: Element[] = [];
  for (const index of signals.bylines) {
    // A byline block is small: its parts are a few dozen elements from the candidate at most.
    if (index < near - BYLINE_BLOCK_REACH || index > near + BYLINE_BLOCK_REACH) continue;
    const element = signals.all[index];
    if (element !== undefined && element !== container && container.contains(element)) inside.push(element);
  }
  const leaves = inside.filter(
    (element) =>
      !inside.some((other) => other !== element && element.contains(other)) &&
      !hiddenWithin(element, container),
  );
  return leaves.length > 0 ? leaves : [container];
}

/**
 * A byline part's text; for schema.org microdata whose name is only in an attribute (`<span itemprop=author>
 * <link itemprop=name content="Confreaks"></span>`), that name.
 */
function partText(part: Element): string {
  const text = segmentedText(part);
  if (text !== '') return text;
  const name = part.querySelector('[itemprop~="name"][content]');
  return name === null ? '' : collapseWhitespace(attributeValue(name, 'content') ?? '');
}

function namesOf(parts: readonly Element[]): BylineName[] {
  let names: BylineName[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    for (const name of bylineNames(partText(part))) {
      const key = comparisonKey(name.name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  names = withoutLoneWords(names);
  return names;
}

/**
 * The page's byline: the byline element nearest the anchor (the headline, else the article) and the byline
 * parts of its block (co-authors linked one by one), or a "By …" line just after the headline.
 */
export function findByline(signals: PageSignals, anchor: number): VisibleByline | null {
  type Candidate = { index: number; distance: number };
  const candidates: Candidate[] = [];
  const body = bodyStart(signals, anchor);
  const anchorElement = signals.all[anchor] ?? null;
  for (const index of signals.bylines) {
    const element = signals.all[index];
    // Without an anchor, only what the markup itself calls the author is trusted (not any link to a profile).
    if (anchor < 0 && (element === undefined || !isMarkedByline(element))) continue;
    const d = anchor < 0 ? index : distance(index, anchor);
    if (Number.isFinite(d)) candidates.push({ index, distance: index > body ? d + AFTER_BODY : d });
  }
  if (anchor >= 0) {
    // Unmarked "By …" lines in the header block.
    for (let index = anchor + 1; index < body; index++) {
      const element = signals.all[index];
      if (element === undefined) continue;
      const own = ownText(element, 119);
      if (own !== null && own !== '' && BY_LINE.test(own)) {
        candidates.push({ index, distance: distance(index, anchor) });
      }
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.index - b.index);
  for (const { index } of candidates.slice(0, 12)) {
    const element = signals.all[index];
    if (element === undefined || isForeign(element, anchorElement, signals)) continue;
    // A lone name link: its block may hold the co-authors' links too.
    const container = bylineParts(signals, element, index).length === 1 ? bylineBlock(element) : element;
    const parts = bylineParts(signals, container, index);
    let names = namesOf(parts);
    if (names.length === 0) names = namesOf([element]);
    if (names.length > 0) return { names, text: segmentedText(container) };
  }
  // schema.org microdata says who the author is wherever it sits (video pages keep it in a hidden block at the
  // top of the page).
  for (const index of signals.bylines) {
    const element = signals.all[index];
    if (element === undefined || !/author|creator/i.test(attributeValue(element, 'itemprop') ?? '')) continue;
    if (insideItem(element, /comment|review/i)) continue;
    const names = namesOf([element]);
    if (names.length > 0) return { names, text: partText(element) };
  }
  return null;
}

/** Whether an ancestor is a schema.org item of a type matching `type` (a comment's or a review's author). */
function insideItem(element: Element, type: RegExp): boolean {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const itemtype = attributeValue(node, 'itemtype');
    if (itemtype !== null && type.test(itemtype)) return true;
  }
  return false;
}

/** How far (in elements) from a byline candidate its block's other parts may be. */
const BYLINE_BLOCK_REACH = 60;

/** Whether the markup itself says "author": `itemprop=author`, `rel=author`, or an author/byline class. */
function isMarkedByline(element: Element): boolean {
  if (/author|creator/i.test(attributeValue(element, 'itemprop') ?? '')) return true;
  if (/(?:^|\s)author(?:\s|$)/i.test(attributeValue(element, 'rel') ?? '')) return true;
  return classWords(element).some((word) => BYLINE_WORDS.has(word));
}

/** How many places nearest the anchor are read for a date. */
const MAX_DATE_PLACES = 40;

/** How much further than anything before the body a byline or date after the body start counts. */
const AFTER_BODY = 1000;
/** A paragraph this long is the article's text: the header block (headline, byline, date line) is above it. */
const BODY_PARAGRAPH = 150;

/**
 * Where the article's text starts after the anchor: the second paragraph of real prose. Bylines and date lines
 * belong above it; dates inside the text ("On March 5, 2020 the council…") are not the page's date.
 */
function bodyStart(signals: PageSignals, anchor: number): number {
  if (anchor < 0) return signals.all.length;
  // The byline and the date search both need it: measured once per anchor.
  if (signals.bodyStartOf?.anchor === anchor) return signals.bodyStartOf.index;
  const index = measureBodyStart(signals, anchor);
  signals.bodyStartOf = { anchor, index };
  return index;
}

function measureBodyStart(signals: PageSignals, anchor: number): number {
  const end = Math.min(signals.all.length, anchor + AFTER_ANCHOR);
  // The first long paragraph may be the standfirst, with the date line still below it: the second one is text.
  let seen = 0;
  for (let index = anchor + 1; index < end; index++) {
    const element = signals.all[index];
    if (element === undefined || element.tagName.toUpperCase() !== 'P') continue;
    if (textLongerThan(element, BODY_PARAGRAPH) && ++seen === 2) return index;
  }
  return end;
}

/**
 * Whether `collapseWhitespace(root.textContent)` is longer than `limit`, read no further than it takes to tell:
 * a page's paragraphs are measured near every headline, and most of them are far longer than the limit.
 */
export function textLongerThan(root: Element, limit: number): boolean {
  let length = 0;
  let space = false;
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        if (isSpaceAt(value, i)) {
          // A run of whitespace is one space, and none before the first character or after the last.
          space = length > 0;
        } else {
          length += space ? 2 : 1;
          space = false;
          if (length > limit) return true;
        }
      }
    }
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Date

export interface VisibleDate extends FoundDate {
  /** Distance from the anchor, in elements (smaller is nearer). */
  distance: number;
}

const UPDATE_MARK = /(?:updated|modified|revised)/i;

/** The label an element's markup gives its date: `itemprop=dateModified`, an "updated" class, `pubdate`. */
function markupLabel(element: Element): DateLabel | null {
  const itemprop = attributeValue(element, 'itemprop') ?? '';
  if (/datemodified/i.test(itemprop)) return 'updated';
  if (/datepublished|datecreated|uploaddate/i.test(itemprop) || element.hasAttribute('pubdate'))
    return 'published';
  const words = withoutPostStatus(classWords(element));
  if (words.some((w) => w === 'published' || w === 'publish' || w === 'pubdate' || w === 'posted'))
    return 'published';
  if (words.some((w) => w === 'updated' || w === 'modified')) return 'updated';
  return null;
}

/** The label the text around an element gives it ("Published <time>…</time>"). */
function contextLabel(element: Element, lang: string | null): DateLabel | null {
  const parent = element.parentElement;
  if (parent === null || textLongerThan(parent, 160)) return null;
  const text = collapseWhitespace(parent.textContent ?? '');
  // Most date lines have no label word: then there is no label to read, and no need to read their dates.
  if (!mayHoldDateLabel(text)) return null;
  return findDates(text, lang)[0]?.label ?? (UPDATE_MARK.test(text) ? 'updated' : null);
}

function datesOf(element: Element, lang: string | null): FoundDate[] {
  const markup = markupLabel(element);
  const machine =
    attributeValue(element, 'datetime') ??
    (element.tagName.toUpperCase() === 'META' ? null : attributeValue(element, 'content'));
  if (machine !== null) {
    const iso = machineDate(machine);
    if (iso !== null) {
      return [
        { iso, exact: /\d:\d/.test(machine), label: markup ?? contextLabel(element, lang), start: 0, end: 0 },
      ];
    }
  }
  if (textLongerThan(element, 160)) return [];
  const text = collapseWhitespace(element.textContent ?? '');
  if (text === '') return [];
  return findDates(text, lang).map((date) => ({
    ...date,
    label: date.label ?? markup ?? contextLabel(element, lang),
  }));
}

/**
 * A date marked as the publication date (`pubdate`, `itemprop=datePublished`) inside the headline's own
 * `<article>` or `<main>`: the article's date even where it sits in an aside or a meta box of that article
 * (the caller asks only between the headline and the text: an aside elsewhere may be anything's).
 */
function publishedInHeadlineArticle(element: Element, anchor: Element | null): boolean {
  if (anchor === null || markupLabel(element) !== 'published') return false;
  const container = anchor.closest('article, main');
  return container?.contains(element) === true;
}

/** A machine-readable date (`datetime`, `content`), read as `toIsoDate` reads declared dates. */
function machineDate(value: string): string | null {
  return toIsoDate(value) ?? findDates(value, null)[0]?.iso ?? null;
}

/**
 * Dates near the anchor, nearest first: from date markup (`<time>`, `datetime`, `itemprop=date…`, date classes)
 * and from short lines of the header block that hold a date ("Updated on December 12, 2016",
 * "2019年04月21日 12時00分更新").
 */
export function findVisibleDates(signals: PageSignals, anchor: number, lang: string | null): VisibleDate[] {
  const body = bodyStart(signals, anchor);
  const anchorElement = signals.all[anchor] ?? null;
  // Where dates may be, nearest first; each is read only when it is reached.
  const places = new Map<number, number>();
  const place = (index: number, d: number): void => {
    if (!Number.isFinite(d) || places.has(index)) return;
    places.set(index, index > body ? d + AFTER_BODY : d);
  };
  for (const index of signals.dates) place(index, anchor < 0 ? index : distance(index, anchor));
  if (anchor >= 0) {
    // Unmarked date lines of the header block, up to where the text starts.
    const start = Math.max(0, anchor - 15);
    const end = Math.min(body, anchor + 80);
    for (let index = start; index < end; index++) {
      const element = signals.all[index];
      if (element === undefined || index === anchor) continue;
      const own = ownText(element, 120);
      if (own === null || own.length < 4 || !/\d/.test(own)) continue;
      place(index, distance(index, anchor));
    }
  }
  const out: VisibleDate[] = [];
  // The nearest few places hold the date line if the page has one; reading every date on a long page (each
  // comment's, each teaser's) would cost more than it could find.
  const ordered = Array.from(places)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, MAX_DATE_PLACES);
  for (const [index, d] of ordered) {
    const element = signals.all[index];
    if (element === undefined) continue;
    const header = index > anchor && index <= body && publishedInHeadlineArticle(element, anchorElement);
    if (!header && isForeign(element, anchorElement, signals)) continue;
    for (const date of datesOf(element, lang)) out.push({ ...date, distance: d });
    // The nearest date that is not an update is the answer (see `chooseDate`); without an anchor every date
    // counts, as the caller weighs how many there are.
    if (anchor >= 0 && out.some((date) => date.label !== 'updated')) break;
  }
  if (out.length === 0) out.push(...labelledDates(signals, anchorElement, lang));
  if (out.length === 0) {
    // Nothing near the headline: the page's only machine-readable date, wherever it is (a post footer).
    const machine = signals.dates.filter((index) => {
      const element = signals.all[index];
      return element !== undefined && attributeValue(element, 'datetime') !== null;
    });
    const only = machine.length === 1 ? signals.all[machine[0] ?? -1] : undefined;
    if (only !== undefined && !isForeign(only, anchorElement, signals)) {
      for (const date of datesOf(only, lang)) out.push({ ...date, distance: Number.MAX_SAFE_INTEGER });
    }
  }
  if (out.length === 0 && anchor < 0) out.push(...onlyDateLine(signals, lang));
  return out;
}

/** Longest line read as a date line of its own ("2019.03.05", "Posted March 5, 2019"). */
const MAX_DATE_LINE = 40;

/**
 * A page with no headline, article or main element to anchor its dates (an old table-laid-out press release):
 * the date a line shows on its own, outside furniture, when every such line on the page shows the same date.
 * Two different dates could be anyone's (a list of news items), so they give nothing.
 */
function onlyDateLine(signals: PageSignals, lang: string | null): VisibleDate[] {
  let found: FoundDate | null = null;
  for (const element of signals.all) {
    // A date line is short text from its first child on: most elements are ruled out by it.
    const first = element.firstChild;
    if (first === null || first.nodeType !== 3 || !/\d/.test(first.nodeValue ?? '')) continue;
    const own = ownText(element, MAX_DATE_LINE);
    if (own === null || own.length < 8 || !/\d{4}/.test(own)) continue;
    const dates = findDates(own, lang);
    const date = dates[0];
    if (dates.length !== 1 || date === undefined) continue;
    // The date is the whole line, give or take punctuation and a label word.
    const rest = own.slice(0, date.start) + own.slice(date.end);
    if (!/^[\p{L}\p{P}\s]{0,16}$/u.test(rest) || isForeign(element, null, signals)) continue;
    if (found !== null && found.iso.slice(0, 10) !== date.iso.slice(0, 10)) return [];
    found ??= date;
  }
  return found === null ? [] : [{ ...found, distance: Number.MAX_SAFE_INTEGER }];
}

/**
 * A label that names the publication date in a table of facts ("Release Date", "Published", "配信開始日",
 * "Erscheinungsdatum"): on a book, record or product page the value beside it is the page's date.
 */
const DATE_LABEL =
  /^(?:release date|released|published(?: on)?|publication date|date published|first published|posted(?: on)?|date|erscheinungsdatum|erscheinungstermin|veröffentlicht(?: am)?|veröffentlichung|date de (?:publication|sortie|parution)|publié le|fecha de (?:publicación|lanzamiento)|publicado(?: el)?|data di pubblicazione|pubblicato il|publicatiedatum|発売日|発行日|配信開始日|配信日|公開日|掲載日|投稿日|出版日期|发布日期|發佈日期|发行日期)\s*[:：]?$/iu;

/** Dates beside a publication-date label anywhere on the page, outside furniture, in page order. */
function labelledDates(signals: PageSignals, anchor: Element | null, lang: string | null): VisibleDate[] {
  const out: VisibleDate[] = [];
  for (const element of signals.all) {
    // A label is short text and nothing else: most elements are ruled out by their first child.
    const first = element.firstChild;
    if (first === null || first.nodeType !== 3 || (first.nodeValue ?? '').length > 40) continue;
    const own = ownText(element, 30);
    if (own === null || own === '' || !DATE_LABEL.test(own)) continue;
    const value = element.nextElementSibling;
    if (value === null || textLongerThan(value, 80) || isForeign(element, anchor, signals)) continue;
    const text = collapseWhitespace(value.textContent ?? '');
    const date = findDates(text, lang)[0];
    if (date !== undefined) out.push({ ...date, label: 'published', distance: AFTER_BODY * 2 + out.length });
    if (out.length > 0) break;
  }
  return out;
}

/** The headline's own index, else the first `<article>`, else the first `<main>`, else -1. */
export function anchorOf(signals: PageSignals, headline: HeadlineChoice | null): number {
  if (headline?.fits === true) return headline.index;
  // A list of articles with no headline of its own (a home or section page): the first teaser's byline and
  // date are not the page's, nor is whatever sits near the start of its main element.
  if (signals.firstArticleListed) return -1;
  if (signals.firstArticle >= 0) return signals.firstArticle;
  return signals.firstMain;
}

function isArticle(element: Element | null): boolean {
  return element !== null && element.tagName.toUpperCase() === 'ARTICLE';
}
