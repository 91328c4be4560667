/**
 * What the article's markup says about a paragraph that its text cannot: a paragraph set wholly in small print
 * (`<small>`: legal notes, a company's "about us") or wholly in italics (`<em>`, `<i>`: an editor's note, a
 * credit, a promo, a bio) is set apart from the story by its page; one that is mostly link text is a teaser or
 * a pointer (the extractor drops the ones wholly made of links). Read from `contentHtml` with one linear scan
 * (no DOM: the engine stays pure), matched to the text's paragraphs by their letters and digits.
 */
import { comparisonKey, unescapeHtmlEntities } from '../article/strings';
import { isAsciiLetterOrDigit } from '../article/words';
import type { Paragraph } from './text-ranges';

/**
 * Any character up to the next block tag, open or close: a match built of these stays inside one block, and
 * each attempt stops at the next block boundary, so the scan stays linear however many blocks open in italics.
 */
const IN_BLOCK = '(?:(?!<\\/?(?:p|div|li|blockquote|dd|figcaption|h[1-6]|ul|ol|table)\\b)[\\s\\S])*?';
/** A block whose whole content is one `<small>`, `<em>` or `<i>` (and maybe a trailing `<br>`). */
const SET_APART = new RegExp(
  `<(p|div|li|blockquote|dd|figcaption)\\b[^>]*>\\s*<(small|em|i)\\b[^>]*>(${IN_BLOCK})<\\/\\2>\\s*(?:<br\\s*\\/?>\\s*)*<\\/\\1>`,
  'giu',
);
/** Opening with a quotation mark or closing with one. */
const SPEECH_EDGE = /^["'“”„‘‚«»‹›「『]|["'“”‘’«»‹›」』][.!?…]?$/u;
/** Too short to be sure it is the same paragraph as a line of the text. */
const MIN_KEY = 20;
/** Italics mark furniture only among the last paragraphs: elsewhere they are as likely a standfirst or a quote. */
const ITALIC_TAIL = 3;

/** A block with a link in it. */
const LINKED_BLOCK = new RegExp(`<(p|li|dd)\\b[^>]*>(${IN_BLOCK}<a\\b${IN_BLOCK})<\\/\\1>`, 'giu');
const LINK = /<a\b[^>]*>([\s\S]*?)<\/a>/giu;
/** Link text this share of a paragraph or more: a teaser or a pointer, not a sentence with a link in it. */
const LINK_SHARE = 0.75;

interface SetApart {
  small: Set<string>;
  italic: Set<string>;
  linked: Set<string>;
}

function plainText(html: string): string {
  return unescapeHtmlEntities(html.replace(/<[^>]*>/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Bounds on `comparisonKey(value).length` without building the key: every ASCII letter and digit is in it, and
 * every other UTF-16 unit adds at most one (lower-casing lengthens only "İ", and the mark it adds is dropped).
 */
function keyLengthBounds(value: string): [number, number] {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) other++;
    else if (isAsciiLetterOrDigit(code)) ascii++;
  }
  return [ascii, ascii + other];
}

/** Keys of the paragraphs that are mostly link text. */
function linkedKeys(html: string, into: Set<string>): void {
  if (!/<a\b/iu.test(html)) return;
  for (const match of html.matchAll(LINKED_BLOCK)) {
    const inner = match[2] ?? '';
    const plain = plainText(inner);
    const fewest = keyLengthBounds(plain)[0] * LINK_SHARE;
    const links = Array.from(inner.matchAll(LINK), (link) => link[1] ?? '');
    // A link's key is never longer than its markup: links too short for the share need no key.
    if (links.reduce((length, link) => length + link.length, 0) < fewest) continue;
    let linked = 0;
    for (const link of links) linked += comparisonKey(plainText(link)).length;
    // More text besides the links than the share allows, whatever the key: no need to build it.
    if (linked < fewest) continue;
    const key = comparisonKey(plain);
    if (key.length >= MIN_KEY && linked >= key.length * LINK_SHARE) into.add(key);
  }
}

function setApart(html: string): SetApart {
  const found: SetApart = { small: new Set(), italic: new Set(), linked: new Set() };
  linkedKeys(html, found.linked);
  if (!/<(?:small|em|i)\b/iu.test(html)) return found;
  for (const match of html.matchAll(SET_APART)) {
    const inner = match[3] ?? '';
    const plain = plainText(inner);
    // Speech set in italics, or the end of a quotation run on from the paragraph before: the story's words.
    if (SPEECH_EDGE.test(plain)) continue;
    const key = comparisonKey(plain);
    if (key.length < MIN_KEY) continue;
    (match[2]?.toLowerCase() === 'small' ? found.small : found.italic).add(key);
  }
  return found;
}

/**
 * The paragraphs the markup sets apart as furniture: any paragraph wholly in small print or mostly link text,
 * and one wholly in italics among the last three.
 */
export function setApartParagraphs(html: string, text: string, paragraphs: readonly Paragraph[]): number[] {
  if (html === '') return [];
  const { small, italic, linked } = setApart(html);
  if (small.size === 0 && italic.size === 0 && linked.size === 0) return [];
  const lengths = [...small, ...italic, ...linked].map((key) => key.length);
  const out: number[] = [];
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end);
    // No key of the sets is as long as this paragraph's can be: no need to build it.
    const [fewest, most] = keyLengthBounds(line);
    if (!lengths.some((length) => length >= fewest && length <= most)) continue;
    const key = comparisonKey(line);
    const tail = paragraph.index >= paragraphs.length - ITALIC_TAIL;
    if (small.has(key) || linked.has(key) || (tail && italic.has(key))) out.push(paragraph.index);
  }
  return out;
}
