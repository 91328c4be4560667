/** Text plumbing shared by the quote engine: paragraphs, sentences, words and ranges over `article.text`. */

/** A half-open range [start, end) of UTF-16 offsets into `article.text`. */
export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {
  /** Index in `article.text.split('\n\n')`. */
  index: number;
}

/** The paragraphs exactly as `text.split('\n\n')` cuts them, with their offsets (the QuoteCandidate contract). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const next = text.indexOf('\n\n', start);
    const end = next === -1 ? text.length : next;
    paragraphs.push({ index, start, end });
    if (next === -1) return paragraphs;
    start = next + 2;
  }
}

/** The paragraph holding `offset` (binary search: offsets come in any order from the callers). */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const paragraph = paragraphs[middle];
    if (paragraph !== undefined && paragraph.start <= offset) low = middle;
    else high = middle - 1;
  }
  return paragraphs[low]?.index ?? 0;
}

const SPACE = /\s/u;

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

/** The range without leading and trailing whitespace (possibly empty). */
export function trimRange(text: string, start: number, end: number): Range {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return { start: from, end: to };
}

/** Han, Hiragana and Katakana (BMP ranges; a non-unicode character class is several times faster). */
const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Words in `text`, estimated for the engine's thresholds (a quotation has five words or more). A Chinese or
 * Japanese run has no spaces, so it counts one word per two characters (about what a word segmenter finds,
 * without its cost: it runs on every candidate). The count a reader sees is `countWords` in
 * utils/article/words.ts (Intl.Segmenter).
 */
export function roughWordCount(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const cjk = match[0].match(CJK)?.length ?? 0;
    count += cjk === 0 ? 1 : Math.ceil(cjk / 2) + (cjk < match[0].length ? 1 : 0);
  }
  return count;
}

/**
 * Length as a reader sees it: a CJK character carries about two Latin letters' worth of text, so the
 * sentence-length window (60–240) means the same thing in Japanese as in English.
 */
export function displayLength(text: string): number {
  return text.length + (text.match(CJK)?.length ?? 0);
}

/** The first letter's case: 'lower', 'upper', or 'none' for scripts without case (CJK, Arabic, Hebrew…). */
export function firstLetterCase(text: string): 'lower' | 'upper' | 'none' {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (letter === undefined) return 'none';
  if (/\p{Ll}/u.test(letter)) return 'lower';
  if (/\p{Lu}|\p{Lt}/u.test(letter)) return 'upper';
  return 'none';
}

type SentenceSplitter = (paragraph: string) => Iterable<{ index: number; segment: string }>;

const segmenters = new Map<string, SentenceSplitter>();

/**
 * A sentence splitter for the article's language: `Intl.Segmenter` when the engine has it and the tag is
 * valid ("en_GB" is not BCP 47 and throws), 'en' otherwise, and a punctuation splitter where
 * `Intl.Segmenter` is missing altogether (Firefox before 125).
 */
export function sentenceSplitter(lang: string | null | undefined): SentenceSplitter {
  const tag = typeof lang === 'string' && lang.trim() !== '' ? lang.trim().replace(/_/g, '-') : 'en';
  const cached = segmenters.get(tag);
  if (cached !== undefined) return cached;
  let splitter: SentenceSplitter = splitOnPunctuation;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    for (const candidate of [tag, 'en']) {
      try {
        const segmenter = new Intl.Segmenter(candidate, { granularity: 'sentence' });
        splitter = (paragraph) => segmenter.segment(paragraph);
        break;
      } catch {
        // An invalid language tag: try the next one.
      }
    }
  }
  segmenters.set(tag, splitter);
  return splitter;
}

const TERMINAL_RUN = /[.!?。！？…]+["”’»」』)\]]*\s*/gu;

function* splitOnPunctuation(paragraph: string): Iterable<{ index: number; segment: string }> {
  let start = 0;
  for (const match of paragraph.matchAll(TERMINAL_RUN)) {
    const end = match.index + match[0].length;
    yield { index: start, segment: paragraph.slice(start, end) };
    start = end;
  }
  if (start < paragraph.length) yield { index: start, segment: paragraph.slice(start) };
}

/**
 * ICU's sentence rules break after "Mr." and after initials ("John F. Kennedy"): a break right after such an
 * abbreviation is no sentence end.
 */
const ABBREVIATION_END =
  /(?:(?<![\p{L}\p{N}.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Mme|Mlle|No|vs|Nr|Hr|Fr|Sra|Dra|Pres|Gob|\p{Lu})|(?<![\p{L}\p{N}])(?:\p{Lu}\.){1,3}\p{Lu})\.$/u;

/**
 * V8's sentence segmenter slows down sharply on long strings (2,000 sentences in one 96,000-character
 * paragraph take seconds, against milliseconds for the same text in pieces), so a long paragraph is fed to
 * it in pieces of about this many characters, cut after a sentence-ending mark.
 */
const CHUNK = 2000;
const CHUNK_CUT = /[.!?。！？][”"’»」』)]*\s+/gu;

/** The trimmed sentences of one paragraph, as absolute ranges into the text. */
/** A number of one or two digits and a full stop: an ordinal where the language writes them so ("die 2. Liga"). */
const ORDINAL_END = /(?<![\p{L}\p{N}.,])\p{N}{1,2}\.$/u;

/**
 * The sentences of a paragraph. `ordinalDot`: the language writes ordinals with a full stop ("am 3. Mai",
 * "2. liga"), so one after a short number ends no sentence.
 */
export function sentenceRanges(
  text: string,
  paragraph: Range,
  split: SentenceSplitter,
  ordinalDot = false,
): Range[] {
  const ranges: Range[] = [];
  let pendingStart = -1;
  for (let chunkStart = paragraph.start; chunkStart < paragraph.end; ) {
    const chunkEnd = chunkEndAfter(text, chunkStart, paragraph.end);
    for (const { index, segment } of split(text.slice(chunkStart, chunkEnd))) {
      const start = pendingStart === -1 ? chunkStart + index : pendingStart;
      const range = trimRange(text, start, chunkStart + index + segment.length);
      // Only the last few characters matter, and testing only them keeps a run of merges linear.
      const tail = text.slice(Math.max(range.start, range.end - 12), range.end);
      if (ABBREVIATION_END.test(tail) || (ordinalDot && ORDINAL_END.test(tail))) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      if (range.end <= range.start) continue;
      // "…期待。“今年是…": ICU leaves an opening mark after a CJK full stop on the sentence before.
      const previousRange = ranges[ranges.length - 1];
      if (
        previousRange !== undefined &&
        /[。！？][“‘「『]$/u.test(text.slice(previousRange.end - 2, previousRange.end))
      ) {
        previousRange.end--;
        range.start = Math.min(range.start, previousRange.end);
      }
      // “…mother?” she said. — a sentence does not start in lower case: this one goes on the one before.
      const previous = ranges[ranges.length - 1];
      if (
        previous !== undefined &&
        /^\p{Ll}/u.test(text[range.start] ?? '') &&
        /[?!]["”’»]$/u.test(text.slice(previous.end - 2, previous.end))
      )
        previous.end = range.end;
      else ranges.push(range);
    }
    chunkStart = chunkEnd;
  }
  if (pendingStart !== -1) {
    const range = trimRange(text, pendingStart, paragraph.end);
    if (range.end > range.start) ranges.push(range);
  }
  return ranges;
}

function chunkEndAfter(text: string, start: number, end: number): number {
  if (end - start <= CHUNK) return end;
  let cut = -1;
  for (const match of text.slice(start, start + CHUNK).matchAll(CHUNK_CUT))
    cut = start + match.index + match[0].length;
  if (cut > start) return cut;
  const space = text.lastIndexOf(' ', start + CHUNK);
  if (space > start) return space + 1;
  // Never between the two halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/u.test(text[start + CHUNK] ?? '') ? start + CHUNK + 1 : start + CHUNK;
}
