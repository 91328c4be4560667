/**
 * Article text from a content DOM, block by block.
 *
 * `textContent` glues blocks together ("…end of paragraph.Next heading"), so we walk the tree and cut the text
 * at block boundaries: every p, heading, li, blockquote, table row, div... ends a paragraph; `<pre>` keeps its
 * lines; a `<br>` is a line break inside the paragraph, two in a row a paragraph break. Elements that are not
 * article text (captions, credits, share bars, forms, promos) are skipped while walking.
 *
 * The walk is iterative (firstChild/nextSibling/parentNode), so 10,000-deep nesting cannot overflow the stack,
 * and linear: each node is visited once, and the few subtree reads (`textContent` of a candidate to skip)
 * are never repeated inside one another.
 */

import { BLOCK_TAGS, UNRENDERED_TAGS } from '../html-blocks';
import { hasJunkClass, isBoilerplateLine, isPromoHeading } from './boilerplate';
import { collapseWhitespace, comparisonKey } from './strings';

export interface TextBlock {
  /** Whitespace-collapsed text; may hold single "\n" (from `<br>` or `<pre>`), never a blank line. */
  text: string;
  /** Upper-case tag of the block element it came from (P, H2, LI, PRE, TR...). */
  tag: string;
  /** Characters of the block that are link text: promos and link lists are mostly links. */
  linkChars: number;
}

export interface CollectOptions {
  /**
   * Whole-page mode (the `force` fallback): also skip page chrome — nav, header, footer, form, aside — which
   * Readability would have cut away.
   */
  pageChrome?: boolean;
  /** Only split into blocks, skip nothing but non-text elements (scripts, media, form controls). */
  keepAll?: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Characters that show nothing: icon-font glyphs (private use area, e.g. Material Icons ligature fallbacks),
 * zero-width spaces and joiners, soft hyphens. Left in, they make "empty" paragraphs and split words.
 */
const INVISIBLE = /[\p{Co}\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** A paragraph needs a letter or a digit: lines of bullets, separators or icons are decoration. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Marks a `<br>` in the buffer: source newlines are just whitespace, a `<br>` is a real line break. */
const BR = '\u2028';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Never text: scripts and styles, form controls, embedded media, and figure captions. */
const SKIP_TAGS = new Set([
  ...UNRENDERED_TAGS,
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
]);

/** Page chrome, skipped in whole-page mode only (Readability already cut it from its content). */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'FORM', 'ASIDE', 'MENU', 'DIALOG']);

const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, object, embed';
const TEXTUAL_SELECTOR = 'p, blockquote, pre, table, ul, ol';

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Trims a `<pre>` without touching indentation; blank lines collapse so "\n\n" stays the paragraph break. */
function preText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** Text of an element with `<br>` as a newline, for `<pre>` (iterative, like the main walk). */
function rawText(element: Element): string {
  let out = '';
  let node: Node | null = element.firstChild;
  while (node !== null) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) out += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE && (node as Element).tagName.toUpperCase() === 'BR') out += '\n';
    if (node.firstChild !== null && node.nodeType === ELEMENT_NODE) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== element && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === element ? null : node.nextSibling;
  }
  return out;
}

/** Blocks of text of `root`, in document order, skipping what is not article text. */
export function collectBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  return new BlockWalk(root, options).run();
}

/** The lines of `buffer` (text with `BR` marks) as paragraphs: a blank line between two `<br>`s is a break. */
function bufferParagraphs(buffer: string): string[] {
  const lines = buffer
    .replace(INVISIBLE, '')
    .replace(/[^\S\u2028]+/g, ' ')
    .split(BR);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    // An empty line between two <br>s is a paragraph break (pages that use <br><br> instead of <p>).
    if (trimmed === '') {
      paragraphs.push(paragraph.join('\n'));
      paragraph = [];
    } else paragraph.push(trimmed);
  }
  paragraphs.push(paragraph.join('\n'));
  return paragraphs;
}

/** Whether a `<figure>` is an image and its caption (media, and no quote, code or table, which are content). */
function isMediaFigure(element: Element): boolean {
  return element.querySelector(MEDIA_SELECTOR) !== null && element.querySelector(TEXTUAL_SELECTOR) === null;
}

/** After a promo heading ("Related", "Leave a Reply"), its list, form and short lines go with it into `skipped`. */
function skipPromoSection(heading: Element, skipped: Set<Node>): void {
  skipped.add(heading);
  for (let sibling = heading.nextElementSibling; sibling !== null; sibling = sibling.nextElementSibling) {
    const tag = sibling.tagName.toUpperCase();
    if (HEADING_TAGS.has(tag)) break;
    const text = collapseWhitespace(sibling.textContent ?? '');
    let links = 0;
    for (const link of Array.from(sibling.getElementsByTagName('a'))) {
      links += collapseWhitespace(link.textContent ?? '').length;
    }
    const isList = tag === 'UL' || tag === 'OL' || tag === 'FORM' || tag === 'NAV';
    if (!(isList || text.length < 200 || links > text.length / 2)) break;
    skipped.add(sibling);
  }
}

/** One walk of `collectBlocks`: the text gathered for the current block and what the walk has learnt. */
class BlockWalk {
  private readonly blocks: TextBlock[] = [];
  private readonly skipped = new Set<Node>();
  private readonly blockTags: string[] = [];
  /** Measured on first need: most walks never ask (and `textContent` is a full pass). */
  private rootTextLength = -1;
  private buffer = '';
  /** Whether `buffer` holds anything but whitespace, kept up to date so no test rescans the buffer. */
  private bufferHasText = false;
  private linkChars = 0;
  private linkDepth = 0;
  /** While inside an element we refused to skip because it holds most of the text, do not test its descendants. */
  private guard: Element | null = null;

  constructor(
    private readonly root: Element,
    private readonly options: CollectOptions,
  ) {}

  run(): TextBlock[] {
    const root = this.root;
    let node: Node | null = root.firstChild;
    while (node !== null) {
      let descend = false;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        this.text(node.nodeValue ?? '');
      } else if (node.nodeType === ELEMENT_NODE) {
        descend = this.enter(node as Element);
      }
      if (descend) {
        if (node.firstChild !== null) {
          node = node.firstChild;
          continue;
        }
        this.leave(node as Element);
      }
      // Done with `node`: next sibling, or climb, leaving each finished parent.
      while (node !== null && node !== root && node.nextSibling === null) {
        node = node.parentNode;
        if (node !== null && node !== root) this.leave(node as Element);
      }
      node = node === null || node === root ? null : node.nextSibling;
    }
    this.flush();
    return this.blocks;
  }

  private text(value: string): void {
    this.buffer += value;
    if (!this.bufferHasText && /\S/.test(value)) this.bufferHasText = true;
    if (this.linkDepth > 0) this.linkChars += value.trim().length;
  }

  private flush(): void {
    if (this.bufferHasText) {
      const tag = this.blockTags[this.blockTags.length - 1] ?? 'P';
      for (const text of bufferParagraphs(this.buffer)) {
        if (HAS_WORD.test(text))
          this.blocks.push({ text, tag, linkChars: Math.min(this.linkChars, text.length) });
      }
    }
    this.buffer = '';
    this.bufferHasText = false;
    this.linkChars = 0;
  }

  /**
   * Elements that are skipped unless they hold most of the article: a whole article wrapped in
   * `<form>` (ASP.NET pages) or in a div whose class happens to say "share" must survive.
   */
  private softSkip(element: Element, tag: string): boolean {
    if (this.guard !== null || this.options.keepAll === true) return false;
    const candidate = tag === 'FORM' || hasJunkClass(element) || (tag === 'FIGURE' && isMediaFigure(element));
    if (!candidate) return false;
    const length = (element.textContent ?? '').length;
    if (this.rootTextLength < 0) this.rootTextLength = (this.root.textContent ?? '').length;
    if (length > 200 && length > this.rootTextLength / 2) {
      this.guard = element;
      return false;
    }
    return true;
  }

  /** Returns whether to walk into the element's children. */
  private enter(element: Element): boolean {
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || this.skipped.has(element) || isHidden(element)) return false;
    if (this.options.pageChrome === true && CHROME_TAGS.has(tag)) return false;
    if (this.softSkip(element, tag)) return false;
    if (tag === 'BR') {
      this.buffer += BR;
      return false;
    }
    if (tag === 'PRE') {
      this.flush();
      const text = preText(rawText(element));
      if (HAS_WORD.test(text)) this.blocks.push({ text, tag, linkChars: 0 });
      return false;
    }
    if (
      this.options.keepAll !== true &&
      HEADING_TAGS.has(tag) &&
      isPromoHeading(collapseWhitespace(element.textContent ?? ''))
    ) {
      skipPromoSection(element, this.skipped);
      return false;
    }
    if (tag === 'TD' || tag === 'TH') {
      // Cells of one row make one paragraph; " | " keeps them apart as a table would.
      if (this.bufferHasText) this.buffer += ' | ';
      return true;
    }
    if (tag === 'A') this.linkDepth++;
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.blockTags.push(tag);
    }
    return true;
  }

  private leave(element: Element): void {
    const tag = element.tagName.toUpperCase();
    if (tag === 'A') this.linkDepth = Math.max(0, this.linkDepth - 1);
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.blockTags.pop();
    }
    if (element === this.guard) this.guard = null;
  }
}

/**
 * The article's paragraphs: blocks minus boilerplate lines and known boilerplate texts (`junkTexts`, noted
 * before Readability rewrote the page), minus the headline when the content repeats it at the top (Readability
 * removes it only when it is the first heading and similar enough).
 */
export function articleParagraphs(
  blocks: readonly TextBlock[],
  titles: readonly string[],
  junkTexts: ReadonlySet<string> = new Set(),
): TextBlock[] {
  const isJunk = blocks.map(
    (block) =>
      isBoilerplateLine(block.text) || (junkTexts.size > 0 && junkTexts.has(collapseWhitespace(block.text))),
  );
  // A label whose value was dropped ("Release Date:" before a dateline, "Photo:" before a credit) goes with it.
  const kept = blocks.filter(
    (block, i) => !isJunk[i] && !(isJunk[i + 1] === true && isLabel(block) && /[:：]$/.test(block.text)),
  );
  dropLinkRuns(kept);
  // A label left at the very end ("Autoren:", "Die Karte zum Abspeichern:") introduced something that is gone
  // (a map, a widget, a link list).
  for (let last = kept[kept.length - 1]; last !== undefined && isLabel(last) && /[:：]$/.test(last.text); ) {
    kept.pop();
    last = kept[kept.length - 1];
  }
  const titleKeys = new Set(titles.map(comparisonKey).filter((key) => key !== ''));
  // The headline may come after a kicker or a category line, so look at the first few blocks.
  const headlineIndex = kept
    .slice(0, 3)
    .findIndex((block) => HEADING_TAGS.has(block.tag) && titleKeys.has(comparisonKey(block.text)));
  if (headlineIndex >= 0) kept.splice(headlineIndex, 1);
  return kept;
}

/** A block whose text is (nearly) all link text: a teaser headline, a "more from" link, a link-list item. */
const LINK_BLOCK_SHARE = 0.9;
/** A label before a link run ("Schon gelesen?", "Related articles:") is a few words without links. */
const MAX_LABEL_WORDS = 6;

/** Link text of several words: a lone linked word or address ("Kontakt", an e-mail address) may be content. */
function isLinkBlock(block: TextBlock): boolean {
  return (
    block.linkChars >= block.text.length * LINK_BLOCK_SHARE &&
    !HEADING_TAGS.has(block.tag) &&
    /\S\s+\S/.test(block.text)
  );
}

function isLabel(block: TextBlock): boolean {
  return (
    block.linkChars === 0 && !/[.!]$/.test(block.text) && block.text.split(/\s+/).length <= MAX_LABEL_WORDS
  );
}

/**
 * Drops, in place, the blocks that are all link text, and a short link-free label just before a run of them.
 * In Readability's content these are teasers of other articles ("Luftwaffe lässt Piloten in Italien
 * ausbilden"), "read more" links and link lists the class/heading tests did not catch; an article's own
 * sentences are not wholly link text. They stay in `contentHtml`. Nothing is dropped when they would be most of
 * the text (a page of links is what it is).
 */
function dropLinkRuns(blocks: TextBlock[]): void {
  let linkText = 0;
  let allText = 0;
  for (const block of blocks) {
    allText += block.text.length;
    if (isLinkBlock(block)) linkText += block.text.length;
  }
  if (linkText === 0 || linkText > allText / 3) return;
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined || !isLinkBlock(block)) continue;
    drop.add(i);
    const before = blocks[i - 1];
    if (before !== undefined && !drop.has(i - 1) && isLabel(before)) {
      drop.add(i - 1);
    }
  }
  let out = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block !== undefined && !drop.has(i)) blocks[out++] = block;
  }
  blocks.length = out;
}
