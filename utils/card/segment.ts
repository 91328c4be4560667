/**
 * Splitting a quote into the pieces a line may break between. A piece is a run of text with no break
 * opportunity inside (a word with its punctuation), followed by the space that separates it from the next.
 */

export interface WordSegment {
  readonly segment: string;
  readonly isWordLike?: boolean;
}

/** `Intl.Segmenter`'s word granularity, or a stand-in where the engine lacks it (Firefox before 125). */
export type SegmentWords = (text: string, lang?: string) => Iterable<WordSegment>;

export interface Piece {
  readonly text: string;
  /** The whitespace after the piece: '' when the next piece follows with no space (CJK, Thai). */
  readonly space: string;
}

/**
 * Scripts written without spaces between words, and the CJK punctuation blocks: a line may break between
 * two of their words (the segmenter's dictionary words), as browsers do.
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\u30fc\uff00-\uffef]/u;
/** Spaces that must not break: no-break space, narrow no-break space (French « », before ; : ! ?), figure space. */
const NO_BREAK_SPACE = /^[\u00a0\u202f\u2007]+$/;
const BREAKING_SPACE = /^\s+$/;
/** Opening brackets and quotes stay with the text after them (a line never ends on 「 or “). */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Other punctuation stays with the text before it (a line never starts with 。 、 」 , or !). */
const PUNCTUATION = /^\p{P}+$/u;

export function defaultSegmentWords(text: string, lang?: string): Iterable<WordSegment> {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    return new Intl.Segmenter(validLocale(lang), { granularity: 'word' }).segment(text);
  }
  // Without a segmenter: spaces, punctuation and each unspaced-script character apart, other runs whole.
  const tokens =
    text.match(/\s+|\p{P}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}]+/gu) ?? [];
  return tokens.map((segment) => ({ segment, isWordLike: /[\p{L}\p{N}]/u.test(segment) }));
}

/** Graphemes (what a reader sees as one character: emoji ZWJ sequences, flags, letters with marks). */
export function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  }
  return Array.from(text);
}

/** A language tag the segmenter accepts, else the default locale (a page's `lang` can be anything). */
function validLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/** Whitespace runs become one space (a card shows one paragraph); no-break spaces are kept as they are. */
export function normalizeQuote(text: string): string {
  return text.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim();
}

export function splitPieces(text: string, segmentWords: SegmentWords, lang?: string): Piece[] {
  const pieces: Piece[] = [];
  let current = '';
  let space = '';
  // Whether the text gathered in `current` ends with an opening mark, which must not end a line.
  let endsOpen = false;

  // Spaces before the first piece are dropped: a line never starts with one.
  const flush = () => {
    if (current !== '') pieces.push({ text: current, space });
    current = '';
    space = '';
  };

  for (const { segment } of segmentWords(text, lang)) {
    if (segment === '') continue;
    if (BREAKING_SPACE.test(segment) && !NO_BREAK_SPACE.test(segment)) {
      space += segment;
      continue;
    }
    const opening = OPENING.test(segment);
    const closing = !opening && PUNCTUATION.test(segment);
    if (current === '' || space !== '') {
      // After a space (or at the start) a new piece begins.
      if (space !== '') flush();
      current = segment;
    } else if (
      !endsOpen &&
      !closing &&
      !NO_BREAK_SPACE.test(segment) &&
      !NO_BREAK_SPACE.test(current.slice(-1)) &&
      UNSPACED.test(lastCodePoint(current)) &&
      UNSPACED.test(firstCodePoint(segment))
    ) {
      // Two unspaced-script words (or an opening mark after one): a break may fall between them.
      flush();
      current = segment;
    } else {
      current += segment;
    }
    endsOpen = opening;
  }
  flush();
  return pieces;
}

function lastCodePoint(text: string): string {
  return Array.from(text).at(-1) ?? '';
}

function firstCodePoint(text: string): string {
  return text.codePointAt(0) === undefined ? '' : String.fromCodePoint(text.codePointAt(0) as number);
}
