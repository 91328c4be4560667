/**
 * The pull-quote engine: an `Article` in, pull-quote candidates out, best first.
 *
 * Pure: no `browser`, no DOM, no network. It runs in the popup, in the studio and in Node tests alike, in
 * time linear in the text (one pass each for quotation marks, names and sentences; attribution looks at a
 * bounded window around each quotation).
 *
 * Order of the result:
 * 1. the reader's selection, when given (score 1);
 * 2. direct quotations whose speaker is sure, by score (scores in [0.5, 1));
 * 3. direct quotations whose speaker is not, by score (scores in [0.25, 0.5));
 * 4. standalone sentences, at most two per paragraph (scores in [0, 0.25)).
 * Scores are placed in those bands so that "sorted by score" and "the order above" are the same thing.
 * Boilerplate (captions, credits, bios, promos, notices) is never offered.
 */
import type { Article } from '../article/types';
import {
  type Attribution,
  type AttributionContext,
  attributeQuotes,
  listedTerm,
  mentioned,
  opensSentence,
  SURE,
} from './attribution';
import { cjkCast, cjkReader, namesCast } from './cjk';
import { findDashSpeech, withDashSpeech } from './dash-speech';
import { lexiconFor, primaryLanguage } from './lexicon';
import { inCode, supposed } from './not-speech';
import { buildCast } from './people';
import { findQuotes, type QuoteSpan } from './quotation-marks';
import { rolesFor } from './roles';
import { findSelection } from './selection';
import { furnitureParagraphs, sentenceCandidates } from './sentences';
import { claimStrength, isBoilerplate } from './signals';
import {
  displayLength,
  firstLetterCase,
  paragraphAt,
  type Range,
  roughWordCount,
  sentenceRanges,
  sentenceSplitter,
  splitParagraphs,
  trimRange,
} from './text-ranges';
import type { QuoteCandidate, SuggestOptions } from './types';
import { lastWord, verbNames } from './verb-names';

export type { QuoteCandidate, QuoteKind, SuggestOptions } from './types';

const DEFAULT_LIMIT = 12;
/**
 * A quotation needs five words to be a pull-quote: "little ground for optimism" (four) is a phrase the
 * reporter borrowed, not a line someone can be quoted on.
 */
const MIN_QUOTE_WORDS = 5;
/**
 * Katakana alone, however long ("ジェスチャーパッド"): Japanese writes a borrowed word or a product name in one
 * katakana run, so this is one word, a name or a term, never a quotation.
 */
const ONE_LOANWORD = /^[\u30A0-\u30FF\s]+$/u;
/** Per paragraph, among standalone sentences: spread the picks over the article. */
const MAX_PER_PARAGRAPH = 2;
const SECOND_IN_PARAGRAPH = 0.8;
/** Scores below 1 so that band arithmetic never reaches the next band. */
const MAX_RAW = 0.998;

interface Draft extends Range {
  kind: QuoteCandidate['kind'];
  paragraph: number;
  /** Quotability in [0, 1] before banding. */
  raw: number;
  speaker?: string;
  role?: string;
  confidence?: number;
}

/**
 * Pull-quote candidates for `article`, best first (see the module comment for the order).
 *
 * Every candidate's `text` is exactly a substring of `article.text`, so it can be deep-linked with a text
 * fragment. The one exception is a selection that cannot be found in the text (the page changed, or the
 * reader selected a caption the extractor dropped): it is still returned first, as the trimmed selection,
 * with `paragraph` -1.
 *
 * Direct quotations: text inside “…” "…" ‘…’ «…» »…« „…“ ‚…‘ ‹…› 「…」 『…』 (and the mixed and backwards
 * marks real pages have), without the marks and without a trailing comma or colon (“X,” he said → "X"), of
 * five words or more. A full clause is offered whoever said it; a fragment inside the reporter's sentence
 * ("called it “a responsible mix of tax cuts”") is offered with a lower score, unless it reads as a title
 * ("Until Dawn: Rush of Blood") or as a modifier ("the classic “dumb teens in the woods” horror trope"). A
 * quotation interrupted by its attribution (“X,” he said. “Y.”) is two candidates with the same speaker: one
 * candidate must stay one exact substring.
 *
 * Every direct candidate carries `confidence`, how sure its attribution is; `speaker` and `role` are set only
 * when it is at least `SURE`. A wrong name under someone's words is worse than none: the reader fills it in.
 */
export function suggestQuotes(article: Article, options: SuggestOptions = {}): QuoteCandidate[] {
  const text = typeof article?.text === 'string' ? article.text : '';
  const limit =
    typeof options.limit === 'number' && !Number.isNaN(options.limit)
      ? Math.floor(options.limit)
      : DEFAULT_LIMIT;
  if (limit < 1) return [];

  const selected = typeof options.selection === 'string' ? options.selection : '';
  const selection = selected.trim() === '' ? undefined : findSelection(text, selected);
  const first: QuoteCandidate[] = [];
  if (selected.trim() !== '') {
    first.push(
      selection === undefined
        ? { text: selected.trim(), kind: 'selection', score: 1, paragraph: -1 }
        : { text: text.slice(selection.start, selection.end), kind: 'selection', score: 1, paragraph: -1 },
    );
  }
  if (text.trim() === '') return first.slice(0, limit);

  const lang = typeof article.lang === 'string' ? article.lang : null;
  const html = typeof article.contentHtml === 'string' ? article.contentHtml : '';
  const { context, sentences } = readArticle(text, lang, html);
  const { paragraphs, quotes, cast, lexicon, furniture } = context;
  if (selection !== undefined && first[0] !== undefined)
    first[0].paragraph = paragraphAt(paragraphs, selection.start);
  const attributions = attributeQuotes(context);

  const direct: Draft[] = [];
  quotes.forEach((span, index) => {
    const draft = directDraft(context, span, index, attributions[index]);
    if (draft !== undefined) direct.push(draft);
  });
  const title = typeof article.title === 'string' ? article.title : '';
  const standalone: Draft[] = sentenceCandidates({
    text,
    title,
    paragraphs,
    sentences,
    quotes,
    cast,
    lexicon,
    furniture,
    taken: direct,
  }).map(({ start, end, paragraph, score }) => ({
    start,
    end,
    paragraph,
    raw: score,
    kind: 'sentence' as const,
  }));

  const band = (draft: Draft, low: number, width: number, factor = 1): number =>
    low + width * Math.min(MAX_RAW, draft.raw) * factor;
  const ranked = [
    ...direct.map((draft) => ({
      draft,
      score: draft.speaker !== undefined ? band(draft, 0.5, 0.5) : band(draft, 0.25, 0.25),
    })),
    ...spread(standalone).map(({ draft, factor }) => ({ draft, score: band(draft, 0, 0.25, factor) })),
  ]
    .filter(
      ({ draft }) =>
        selection === undefined || draft.start !== selection.start || draft.end !== selection.end,
    )
    .sort((a, b) => b.score - a.score || a.draft.start - b.draft.start);

  return emit(text, first, ranked, limit);
}

/** The article read once: its paragraphs and sentences, quotations, cast and the attribution context. */
function readArticle(
  text: string,
  lang: string | null,
  html: string,
): { context: AttributionContext; sentences: Range[][] } {
  const paragraphs = splitParagraphs(text);
  const lexicon = lexiconFor(lang, text);
  const roles = rolesFor(lexicon);
  const split = sentenceSplitter(lang ?? lexicon.languages[0]?.code);
  const ordinalDot = lexicon.languages[0]?.ordinalDot === true;
  const sentences = paragraphs.map((paragraph) => sentenceRanges(text, paragraph, split, ordinalDot));
  const allSentences = sentences.flat();
  const quotes = withDashSpeech(findQuotes(text, paragraphs), findDashSpeech(text, paragraphs, lexicon));
  const latin = buildCast({
    text,
    paragraphs,
    sentences: allSentences,
    quotes,
    lexicon,
    roles,
  });
  const cjk = lexicon.cjk;
  const unspaced = lexicon.languages[0];
  const cast =
    cjk !== undefined
      ? cjkCast(text, quotes, cjkReader(lexicon, cjk), latin)
      : unspaced?.namesAfterVerbs !== undefined
        ? namesCast(text, quotes, verbNames(text, lexicon, unspaced), latin, lastWord, true)
        : latin;
  const primary = lexicon.languages[0]?.code ?? primaryLanguage(lang);
  const furniture = furnitureParagraphs(text, paragraphs, html);
  const context: AttributionContext = {
    text,
    paragraphs,
    quotes,
    sentences: allSentences,
    cast,
    lexicon,
    roles,
    english: primary === undefined || primary === 'en' || lexicon.languages.length > 2,
    furniture,
  };
  return { context, sentences };
}

/** The candidates in rank order after the selection, each passage once, up to `limit`. */
function emit(
  text: string,
  first: readonly QuoteCandidate[],
  ranked: readonly { draft: Draft; score: number }[],
  limit: number,
): QuoteCandidate[] {
  const result = [...first];
  const seen = new Set(first.map((candidate) => candidate.text));
  for (const { draft, score } of ranked) {
    if (result.length >= limit) break;
    // A passage the page repeats (a pull-quote box, a summary) is offered once, where it ranks best.
    const quote = text.slice(draft.start, draft.end);
    if (seen.has(quote)) continue;
    seen.add(quote);
    const candidate: QuoteCandidate = {
      text: quote,
      kind: draft.kind,
      score: Math.round(score * 1000) / 1000,
      paragraph: draft.paragraph,
    };
    if (draft.speaker !== undefined) candidate.speaker = draft.speaker;
    if (draft.role !== undefined) candidate.role = draft.role;
    if (draft.confidence !== undefined) candidate.confidence = draft.confidence;
    result.push(candidate);
  }
  return result;
}

/** At most two per paragraph, the second one scored down, so the picks come from across the article. */
function spread(drafts: Draft[]): { draft: Draft; factor: number }[] {
  const perParagraph = new Map<number, number>();
  const kept: { draft: Draft; factor: number }[] = [];
  for (const draft of [...drafts].sort((a, b) => b.raw - a.raw || a.start - b.start)) {
    const count = perParagraph.get(draft.paragraph) ?? 0;
    if (count >= MAX_PER_PARAGRAPH) continue;
    perParagraph.set(draft.paragraph, count + 1);
    kept.push({ draft, factor: count === 0 ? 1 : SECOND_IN_PARAGRAPH });
  }
  return kept;
}

/** The quotation without a trailing comma, colon or dash (“X,” he said → "X"), or undefined if it is no pull-quote. */
function directDraft(
  context: AttributionContext,
  span: QuoteSpan,
  index: number,
  attribution: Attribution | undefined,
): Draft | undefined {
  const { text } = context;
  let end = span.inner.end;
  while (end > span.inner.start && /[\s,;:،、，；：—–-]/u.test(text[end - 1] ?? '')) end--;
  const range = trimRange(text, span.inner.start, end);
  const quoted = text.slice(range.start, range.end);
  if (roughWordCount(quoted) < MIN_QUOTE_WORDS || ONE_LOANWORD.test(quoted)) return undefined;
  const sure =
    attribution !== undefined && attribution.confidence >= SURE && attribution.speaker !== undefined;
  const full = isFullClause(context, span, quoted, attribution);
  // Titles of works and page furniture in quotation marks are nobody's words; so is a quotation nobody is
  // sure of inside a caption or a promo, and one heading a headline (its words are the headline's).
  if (!sure && (isTitle(quoted) || isBoilerplate(quoted))) return undefined;
  // A title cited with its source and year is a reference, whoever the article quotes around it.
  if (cited(context, span)) return undefined;
  if ((!sure && context.furniture.has(span.paragraph)) || headsHeadline(context, span)) return undefined;
  if (!full && attribution === undefined && modifiesNoun(context, span)) return undefined;
  // Words mentioned, not said: an example, a term, a title after a noun of mention or a colon naming nobody.
  if (attribution === undefined && mentioned(context, span, index)) return undefined;
  if (attribution === undefined && listedTerm(context, index)) return undefined;
  // An example or a supposed utterance ("e.g. “…”", "if someone says “…”", "one could say “…”").
  if (!sure && supposed(context, span)) return undefined;
  // A string in code quoted on the page: a program's message, a test's name, a commit message.
  if (attribution === undefined && inCode(context, span)) return undefined;

  let raw = 0.45 + 0.3 * claimStrength(quoted);
  const length = displayLength(quoted);
  if (length >= 40 && length <= 240) raw += 0.15;
  else if (length < 25) raw -= 0.1;
  else if (length > 320) raw -= 0.15;
  // A fragment is the speaker's words inside the reporter's sentence: worth less on a card than a full line.
  if (!full) raw *= 0.7;
  const draft: Draft = {
    ...range,
    kind: 'direct',
    paragraph: span.paragraph,
    raw: Math.max(0, Math.min(1, raw)),
    confidence: Math.round(Math.min(1, attribution?.confidence ?? 0) * 100) / 100,
  };
  if (sure && attribution.speaker !== undefined) {
    draft.speaker = attribution.speaker;
    if (attribution.role !== undefined) draft.role = attribution.role;
  }
  return draft;
}

const CLAUSE_END = /[.!?…,;:—–\-。！？、،؛؟]$/u;

/**
 * A full clause, not a phrase borrowed into the reporter's sentence: it starts with a capital (or its script
 * has no case, as in Japanese or Arabic) and it ends in punctuation, follows a colon, opens its sentence or is
 * followed by its attribution.
 */
function isFullClause(
  context: AttributionContext,
  span: QuoteSpan,
  quoted: string,
  attribution: Attribution | undefined,
): boolean {
  const letterCase = firstLetterCase(quoted);
  if (letterCase === 'lower') return false;
  if (letterCase === 'none') return true;
  const { text } = context;
  if (CLAUSE_END.test(text.slice(span.inner.start, span.inner.end))) return true;
  const paragraphStart = context.paragraphs[span.paragraph]?.start ?? 0;
  if (
    text
      .slice(Math.max(paragraphStart, span.open - 20), span.open)
      .trimEnd()
      .endsWith(':')
  )
    return true;
  return attribution?.via === 'after' || opensSentence(context, span);
}

/** The longest line read as a headline. */
const MAX_HEADLINE = 200;

/**
 * “We will not give in”: the strike that shook the port — a quotation opening a short line, a colon after it
 * and no full stop at its end: the headline of a story, usually another one the page links to.
 */
function headsHeadline(context: AttributionContext, span: QuoteSpan): boolean {
  const paragraph = context.paragraphs[span.paragraph];
  if (paragraph === undefined || paragraph.end - paragraph.start > MAX_HEADLINE) return false;
  const { text } = context;
  if (text.slice(paragraph.start, span.open).trim() !== '') return false;
  if (!/^\s*:/u.test(text.slice(span.close + 1, span.close + 4))) return false;
  return !/[.!?…]["”’»)\]]*$/u.test(text.slice(paragraph.start, paragraph.end).trimEnd());
}

/** A year or an issue after the title in a reference: "(2019)", "(Harbour Review 03/2021)", "(ed., 1998)". */
const CITATION = /^\s*\([^()]{0,60}\b(?:1[5-9]|20)\d\d\)/u;

/** “The quiet harbour” (Harbour Review 03/2021): a title cited with its source and year, not anyone's words. */
function cited(context: AttributionContext, span: QuoteSpan): boolean {
  return CITATION.test(context.text.slice(span.close + 1, span.close + 80));
}

/** Function words a title keeps in lower case ("Rush of Blood", "War and Peace in the Modern Age"). */
const TITLE_SMALL_WORDS =
  /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|vs|via|de|la|le|el|der|die|das|und|et|y)$/iu;

/** Every word but small ones capitalised, and no full stop: a title of a work, not someone's words. */
function isTitle(quoted: string): boolean {
  if (/[.!?。]\s/u.test(quoted) || /[.!?。]$/u.test(quoted)) return false;
  const words = quoted.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content = words.filter((word) => !TITLE_SMALL_WORDS.test(word));
  if (content.length < 2) return false;
  return content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * "the classic “dumb teens in the woods” horror trope": a quoted phrase glued to a noun that follows it is an
 * adjective made of words, not a quotation. Function words after it ("as", "since", "to", "had") do not count.
 */
function modifiesNoun(context: AttributionContext, span: QuoteSpan): boolean {
  const after = context.text.slice(span.close + 1, span.close + 40);
  const word = /^ (\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  const { lexicon } = context;
  return !(
    lexicon.notNameWords.has(lower) ||
    lexicon.auxiliaries.has(lower) ||
    lexicon.speechWords.has(lower) ||
    lexicon.determiners.has(lower) ||
    /(?:ed|ly)$/u.test(lower)
  );
}
