/** Text helpers shared by the composer, the counters and the clipboard: whitespace, graphemes, cut points. */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Characters X rejects outright (twitter-text `hasInvalidCharacters`: BOM, non-characters, bidi embeddings and
 * overrides). They also reach us from pages as invisible junk, so every network gets them removed.
 */
const REJECTED_CHARACTERS = /[\uFEFF\uFFFE\uFFFF\u202A-\u202E]/g;

/** Scripts written without spaces between words: a cut may fall between any two of their words. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Punctuation that reads wrong right before an ellipsis ("word,…"), dropped from the end of a cut. */
const DANGLING_PUNCTUATION = /[\s,;:\-–—、，；：]+$/u;

/** One line of text: whitespace runs (newlines included) become one space, ends trimmed, rejected characters gone. */
export function singleLine(text: string): string {
  return text.replace(REJECTED_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** UTF-16 offsets after each grapheme except the last: every place a cut may fall without splitting a character. */
function graphemeCutPoints(text: string): number[] {
  const points: number[] = [];
  for (const { index, segment } of graphemeSegmenter.segment(text)) {
    const end = index + segment.length;
    if (end < text.length) points.push(end);
  }
  return points;
}

/**
 * UTF-16 offsets where a cut leaves whole words: before a space, or between two words of a script written
 * without spaces (the segmenter's dictionary words for Chinese, Japanese, Thai...). Word boundaries from
 * UAX #29 never fall inside a grapheme, so emoji sequences, flags and combining marks stay whole.
 */
function wordCutPoints(text: string): number[] {
  const segments = [...wordSegmenter.segment(text)];
  const points: number[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const current = segments[i];
    const next = segments[i + 1];
    if (current === undefined || next === undefined) continue;
    const beforeSpace = /^\s/.test(next.segment) && !/^\s/.test(current.segment);
    const unspaced = UNSPACED_SCRIPT.test(current.segment) || UNSPACED_SCRIPT.test(next.segment);
    if (beforeSpace || unspaced) points.push(current.index + current.segment.length);
  }
  return points;
}

/** The start of `text` up to `point`, without the spaces and commas that would sit before an ellipsis. */
function prefixAt(text: string, point: number): string {
  return text.slice(0, point).replace(DANGLING_PUNCTUATION, '');
}

/**
 * The longest prefix at one of `points` that `fits`. Counts grow with the prefix, so a binary search finds
 * it; the walk down afterwards covers the rare count that does not grow (text that becomes a 23-character
 * URL only once it is long enough).
 */
function longestFitting(text: string, points: number[], fits: (prefix: string) => boolean): string | null {
  let low = 0;
  let high = points.length - 1;
  let best = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const prefix = prefixAt(text, points[middle] ?? 0);
    if (prefix !== '' && fits(prefix)) {
      best = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  for (let i = best; i >= 0; i--) {
    const prefix = prefixAt(text, points[i] ?? 0);
    if (prefix !== '' && fits(prefix)) return prefix;
  }
  return null;
}

/**
 * The longest start of `text` that `fits`, cut between words, or between graphemes when that keeps more
 * than twice as much (a long unbroken token, or a script the segmenter has no dictionary for). Null when
 * not even one grapheme fits. The caller adds the ellipsis inside `fits`, so the count includes it.
 */
export function cutToFit(text: string, fits: (prefix: string) => boolean): string | null {
  const byWord = longestFitting(text, wordCutPoints(text), fits);
  const byGrapheme = longestFitting(text, graphemeCutPoints(text), fits);
  if (byWord === null) return byGrapheme;
  if (byGrapheme !== null && graphemeCount(byGrapheme) > 2 * graphemeCount(byWord)) return byGrapheme;
  return byWord;
}
