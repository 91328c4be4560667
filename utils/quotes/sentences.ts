/**
 * Standalone sentences as pull-quotes: the reporter's own strongest lines. A good one stands alone (no
 * "But…", "He…" leaning on the sentence before), makes a claim (a number, a contrast, a superlative) and fits
 * a card (60–240 characters).
 */
import {
  aboutThePage,
  addressesReader,
  asksReader,
  boxedParagraphs,
  closingSection,
  describesWho,
  isBracketed,
} from './furniture';
import type { Lexicon } from './lexicon';
import { setApartParagraphs } from './markup';
import type { Cast } from './people';
import type { QuoteSpan } from './quotation-marks';
import { claimStrength, isBoilerplate, lowerWords } from './signals';
import { displayLength, type Paragraph, type Range } from './text-ranges';

export interface SentenceCandidate extends Range {
  paragraph: number;
  /** Quotability in [0, 1]. */
  score: number;
}

export interface SentenceInput {
  text: string;
  title: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly (readonly Range[])[];
  quotes: readonly QuoteSpan[];
  cast: Cast;
  lexicon: Lexicon;
  /** Paragraphs that are captions, credits, promos or notices (see `furnitureParagraphs`). */
  furniture: ReadonlySet<number>;
  /** Ranges already offered as direct quotations: a sentence overlapping one is not offered again. */
  taken: readonly Range[];
}

const MIN_LENGTH = 60;
const MAX_LENGTH = 240;
/** A sentence more than half inside quotation marks is someone else's words: offered as a quotation or not at all. */
const MAX_QUOTED_SHARE = 0.5;
const QUOTATION_MARK = /["“”„«»「」]/u;
const ENDS_LIKE_SENTENCE = /[.!?。！？…]["”’»」』)\]]*$/u;

/** A short paragraph is judged whole; a long one by its start. */
const SHORT_PARAGRAPH = 400;
/** Paragraphs addressing the reader that make it the article's voice rather than a promo's. */
const READER_VOICE = 3;
const LONG_PARAGRAPH_HEAD = 200;

/**
 * Paragraphs that are page furniture: a caption often ends in its credit ("… this week. Photograph: AP"), and a
 * promo in its call to the reader ("… lesen Sie in unserer Mai-Ausgabe"), so a short paragraph is judged whole
 * (a call to the reader only outside quotation marks: speech may address anyone), a long one by its start.
 */
export function furnitureParagraphs(text: string, paragraphs: readonly Paragraph[], html = ''): Set<number> {
  const found = new Set<number>();
  const calls: number[] = [];
  for (const paragraph of paragraphs) {
    const short = paragraph.end - paragraph.start <= SHORT_PARAGRAPH;
    const line = text.slice(paragraph.start, short ? paragraph.end : paragraph.start + LONG_PARAGRAPH_HEAD);
    const words = lowerWords(line);
    if (isBoilerplate(line, words) || isBracketed(line)) found.add(paragraph.index);
    else if (short && !QUOTATION_MARK.test(line) && addressesReader(line, words)) calls.push(paragraph.index);
  }
  // A call to the reader here and there is a promo (or a box of them at the end); in paragraph after paragraph
  // from the first half on it is the article's own voice (a guide written to its reader): its paragraphs are the story.
  if (!readerVoice(calls, paragraphs.length)) for (const index of calls) found.add(index);
  for (const index of closingSection(text, paragraphs)) found.add(index);
  for (const index of setApartParagraphs(html, text, paragraphs)) found.add(index);
  for (const index of boxedParagraphs(text, paragraphs, found)) found.add(index);
  return found;
}

/** Several paragraphs call on the reader, one of them in the first half: the article's voice, not a promo's. */
function readerVoice(calls: readonly number[], count: number): boolean {
  return calls.length >= READER_VOICE && (calls[0] ?? count) < count / 2;
}

/** Whether the article speaks to its reader throughout (a guide): then a sentence doing so is no promo. */
function inReaderVoice(text: string, paragraphs: readonly Paragraph[]): boolean {
  const calls: number[] = [];
  for (const paragraph of paragraphs) {
    const line = text.slice(paragraph.start, paragraph.end);
    if (addressesReader(line, lowerWords(line))) calls.push(paragraph.index);
  }
  return readerVoice(calls, paragraphs.length);
}

export function sentenceCandidates(input: SentenceInput): SentenceCandidate[] {
  const { text, quotes, taken } = input;
  const readerVoice = inReaderVoice(text, input.paragraphs);
  const titleWords = new Set(lowerWords(input.title).filter((word) => word.length >= 4));
  const candidates: SentenceCandidate[] = [];
  let quoteIndex = 0;
  let takenIndex = 0;
  for (const paragraph of input.paragraphs) {
    if (input.furniture.has(paragraph.index) || closingBio(input, paragraph.index)) continue;
    for (const range of input.sentences[paragraph.index] ?? []) {
      while (quoteIndex < quotes.length && (quotes[quoteIndex]?.close ?? 0) < range.start) quoteIndex++;
      while (takenIndex < taken.length && (taken[takenIndex]?.end ?? 0) <= range.start) takenIndex++;
      const line = text.slice(range.start, range.end);
      const length = displayLength(line);
      if (length < MIN_LENGTH || length > MAX_LENGTH || !ENDS_LIKE_SENTENCE.test(line)) continue;
      // A line opening in lower case is the tail of something (a figure's caption, a broken line), not a
      // sentence that stands alone; "iPhone", "eBay" are names.
      if (/^\p{Ll}/u.test(line) && !/^\p{Ll}+\p{Lu}/u.test(line)) continue;
      const overlapping = taken[takenIndex];
      if (overlapping !== undefined && overlapping.start < range.end) continue;
      if (quotedShare(quotes, quoteIndex, range) > MAX_QUOTED_SHARE) continue;
      const words = lowerWords(line);
      if (isBoilerplate(line, words) || aboutThePage(line, words)) continue;
      if (!readerVoice && (addressesReader(line, words) || asksReader(line))) continue;
      if (describesWho(line, input.lexicon)) continue;
      const sentence: Sentence = { line, words, range, paragraph: paragraph.index };
      candidates.push({
        ...range,
        paragraph: paragraph.index,
        score: sentenceScore(input, sentence, titleWords),
      });
    }
  }
  return candidates;
}

/** The last paragraphs, where an author's box stands. */
const BIO_TAIL = 2;

/**
 * An author's or a body's box closing the article: one of its last two paragraphs opening with a sentence that
 * says who someone is ("Tom Berg is a lecturer at … He has written …"): none of its sentences is the story's.
 */
function closingBio(input: SentenceInput, index: number): boolean {
  if (index < input.paragraphs.length - BIO_TAIL) return false;
  const first = input.sentences[index]?.[0];
  return first !== undefined && describesWho(input.text.slice(first.start, first.end), input.lexicon);
}

function quotedShare(quotes: readonly QuoteSpan[], from: number, sentence: Range): number {
  let quoted = 0;
  for (let i = from; i < quotes.length; i++) {
    const quote = quotes[i];
    if (quote === undefined || quote.open >= sentence.end) break;
    quoted += Math.max(0, Math.min(quote.close + 1, sentence.end) - Math.max(quote.open, sentence.start));
  }
  return quoted / Math.max(1, sentence.end - sentence.start);
}

interface Sentence {
  line: string;
  /** Its lower-case words. */
  words: readonly string[];
  range: Range;
  paragraph: number;
}

function sentenceScore(input: SentenceInput, sentence: Sentence, titleWords: ReadonlySet<string>): number {
  const { line, words } = sentence;
  let score = 0.4 + 0.3 * claimStrength(line, words);
  const length = displayLength(line);
  if (length >= 80 && length <= 200) score += 0.1;
  // "But…", "This…", "He…": the sentence leans on the one before it.
  if (input.lexicon.dependentOpeners.has(words[0] ?? '')) score -= 0.25;
  // "his", "they" with nobody named in the sentence: the reader cannot tell who.
  const named = input.cast.mentionsIn(sentence.range).some((mention) => mention.kind !== 'single');
  if (!named && words.some((word) => input.lexicon.danglingPronouns.has(word))) score -= 0.1;
  if (titleWords.size > 0) {
    const shared = new Set(words.filter((word) => titleWords.has(word))).size;
    score += 0.1 * Math.min(1, shared / Math.min(4, titleWords.size));
  }
  // The lede states what the story is about.
  if (sentence.paragraph === 0) score += 0.05;
  if (/\?["”’»」』)\]]*$/u.test(line)) score -= 0.05;
  return Math.max(0, Math.min(1, score));
}
