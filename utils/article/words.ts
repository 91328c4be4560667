/** Word counts and reading time. */

/** Scripts written without spaces between words, read by character rather than by word. */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Average adult silent reading speeds (Brysbaert 2019: ~238 words/min in English; CJK ~500 characters/min). */
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter =
        typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Characters of scripts written without spaces between words, where only a dictionary segmenter finds words. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Words in `text`. Whitespace-separated tokens holding a letter or digit (so "—" and "|" are not words), except
 * that tokens in scripts written without spaces (Chinese, Japanese, Thai...) go through `Intl.Segmenter`'s
 * dictionary (`isWordLike` segments): a whitespace split would count a whole Chinese paragraph as one word.
 * Segmenting only those tokens, not the whole text, matters: ICU segmentation is about 30 times slower than
 * a split, and on a Latin-script article it would cost more than Readability itself.
 */
export function countWords(text: string): number {
  const words = UNSPACED_SCRIPT.test(text) ? wordSegmenter() : null;
  if (words === null) return countSpacedWords(text);
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (!HAS_LETTER_OR_DIGIT.test(token)) continue;
    if (words !== null && UNSPACED_SCRIPT.test(token)) {
      for (const segment of words.segment(token)) if (segment.isWordLike === true) count++;
    } else {
      count++;
    }
  }
  return count;
}

/** Whitespace as `\s` matches it (the `split(/\s+/)` tokens of `countWords`). */
const SPACE = /\s/;
/** A letter or digit at `lastIndex`. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/** Whether a UTF-16 code is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return LETTER_OR_DIGIT_AT.test(text);
}

/**
 * `countWords` without a segmenter: the whitespace-separated tokens that hold a letter or digit, counted in one
 * pass without splitting the text (an article is thousands of tokens, each a string to allocate).
 */
function countSpacedWords(text: string): number {
  let count = 0;
  /** Whether the current token (if any) has been counted already. */
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text.charAt(i)))) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (code < 128 ? isAsciiLetterOrDigit(code) : isLetterOrDigitAt(text, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/**
 * Minutes to read, at least 1. CJK text is timed by characters (500/min) rather than by segmenter words, whose
 * length varies with the dictionary; the rest of the text (Latin words inside a Japanese article, or a whole
 * English article) is timed at 230 words/min, and the two add up.
 */
export function readingMinutes(text: string, wordCount: number): number {
  const cjkCharacters = text.match(CJK_CHARACTER)?.length ?? 0;
  if (cjkCharacters === 0) return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
  const otherWords = countWords(text.replace(CJK_CHARACTER, ' '));
  return Math.max(1, Math.round(otherWords / WORDS_PER_MINUTE + cjkCharacters / CJK_CHARACTERS_PER_MINUTE));
}

/** `text` as a literal inside a regular expression: its special characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
