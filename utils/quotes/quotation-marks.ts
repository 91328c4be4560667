/**
 * Finding quotations: a single pass over each paragraph with a small stack of open marks.
 *
 * Handles “…” „…“ „…” ‘…’ ‚…‘ «…» »…« ‹…› 「…」 『…』, straight "…" '…' and ,,…" typed for „…". The right single quotation
 * mark ’ is also the apostrophe (Kyiv’s, it’s, the players’ union), so it closes a quotation only when it
 * cannot be an apostrophe; see `closesSingle`.
 */
import { isSpace, type Paragraph, type Range, trimRange } from './text-ranges';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; the paragraph end for a quotation that runs on into the next paragraph. */
  close: number;
  /** What is inside the marks, trimmed of whitespace. */
  inner: Range;
  /** Paragraph index (in `text.split('\n\n')`). */
  paragraph: number;
  /**
   * The quotation has no closing mark because it runs on into the next paragraph, which opens with the same
   * mark: the newsroom convention for a quotation of several paragraphs.
   */
  continued: boolean;
}

interface OpenMark {
  mark: string;
  at: number;
  /** The marks that close this one. */
  closers: string;
  /**
   * A ’ that might close this ‘ or might be a plural possessive ("the players’ union"): used only when no
   * surer closing mark follows in the paragraph.
   */
  maybeClose: number;
}

/**
 * The marks that close each opening mark. Real pages mix styles: a curly quotation closed by a straight mark
 * (`“…"`), a straight one closed by a curly mark (`"…”`), and Swedish-style `”…”`.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”"',
  '”': '”',
  '„': '“”"',
  '‘': '’',
  '‚': '‘’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '"': '"”',
  "'": "'",
  // Two commas typed for „ (Polish, Czech, German web text): closed like „.
  ',,': '“”"',
};

const QUOTE_MARK = /["'“”„‘’‚«»‹›「」『』]|,,(?=[\p{L}\p{N}])/gu;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const LOWER = /\p{Ll}/u;
/** Characters after which a straight or guillemet mark opens rather than closes (`writes,"Today` too). */
const OPENING_CONTEXT = /[\s([{—–\-/:,;“‘«»„‚‹›「『"']/u;
/** After a closing mark: a space, punctuation or the end of the paragraph. */
const CLOSING_CONTEXT = /[\s,.;:!?)\]}…—–-]/u;
/** Nesting deeper than this is noise (or an attack on the stack); such marks are ignored. */
const MAX_DEPTH = 8;

const isLetter = (char: string | undefined): boolean => char !== undefined && LETTER.test(char);
const isLetterOrDigit = (char: string | undefined): boolean =>
  char !== undefined && LETTER_OR_DIGIT.test(char);

/** All top-level quotations in the text (nested ones are part of their outer quotation), in text order. */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    const next = paragraphs[paragraph.index + 1];
    const nextOpening = next === undefined ? undefined : text.slice(next.start, next.end).trimStart()[0];
    const found = scanParagraph(text, paragraph, nextOpening);
    for (const span of topLevel(found)) spans.push(span);
  }
  return spans;
}

/** One paragraph's scan: the marks still open and the quotations found. */
interface Scan {
  text: string;
  paragraph: Paragraph;
  spans: QuoteSpan[];
  stack: OpenMark[];
}

function scanParagraph(text: string, paragraph: Paragraph, nextOpening: string | undefined): QuoteSpan[] {
  const sc: Scan = { text, paragraph, spans: [], stack: [] };
  // Jump from mark to mark: most of the text holds none.
  QUOTE_MARK.lastIndex = paragraph.start;
  for (let found = QUOTE_MARK.exec(text); found !== null; found = QUOTE_MARK.exec(text)) {
    if (found.index >= paragraph.end) break;
    onMark(sc, found[0], found.index);
  }
  closeUnclosed(sc, nextOpening);
  return sc.spans;
}

function emit(sc: Scan, open: number, close: number, continued = false): void {
  const inner = trimRange(sc.text, open + (sc.text.startsWith(',,', open) ? 2 : 1), close);
  if (inner.end > inner.start)
    sc.spans.push({ open, close, inner, paragraph: sc.paragraph.index, continued });
}

function push(sc: Scan, mark: string, at: number): void {
  if (sc.stack.length < MAX_DEPTH) sc.stack.push({ mark, at, closers: CLOSERS[mark] ?? '', maybeClose: -1 });
}

function nearest(sc: Scan, char: string): number {
  for (let k = sc.stack.length - 1; k >= 0; k--) if (sc.stack[k]?.closers.includes(char)) return k;
  return -1;
}

/** Close the open mark at `k` at `at`; marks opened inside it and never closed are dropped. */
function closeAt(sc: Scan, k: number, at: number): void {
  for (let j = sc.stack.length - 1; j > k; j--) {
    const unclosed = sc.stack[j];
    if (unclosed !== undefined && unclosed.maybeClose !== -1) emit(sc, unclosed.at, unclosed.maybeClose);
  }
  const entry = sc.stack[k];
  if (entry !== undefined) emit(sc, entry.at, at);
  sc.stack.length = k;
}

function close(sc: Scan, char: string, at: number): boolean {
  const k = nearest(sc, char);
  if (k === -1) return false;
  closeAt(sc, k, at);
  return true;
}

/** One quotation mark at `i`: it opens, closes, or is an apostrophe, by its kind and its neighbours. */
function onMark(sc: Scan, char: string, i: number): void {
  const { text, paragraph } = sc;
  const before = i > paragraph.start ? text[i - 1] : undefined;
  const after = i + 1 < paragraph.end ? text[i + 1] : undefined;
  const nextMark = after === ' ' ? text[i + 2] : undefined;
  const opensHere =
    (before === undefined || OPENING_CONTEXT.test(before)) &&
    after !== undefined &&
    // `" 'There is hatred…,' [Bruck] said."`: a space between two opening marks.
    (!isSpace(after) || (nextMark !== undefined && /["'“‘„‚«»‹›]/u.test(nextMark)));
  const closesHere =
    before !== undefined && !isSpace(before) && (after === undefined || CLOSING_CONTEXT.test(after));
  switch (char) {
    case '“':
      if (close(sc, char, i)) break;
      // A backwards closing mark: `“…“ said`, glued to the last word and followed by a space.
      if (closesHere && sc.stack.length > 0 && sc.stack[sc.stack.length - 1]?.mark === '“')
        closeAt(sc, sc.stack.length - 1, i);
      else push(sc, char, i);
      break;
    case ',,':
      // ",,Nie wiem" for „Nie wiem: two commas before a word, opening a quotation.
      if (before === undefined || OPENING_CONTEXT.test(before)) push(sc, char, i);
      break;
    case '„':
    case '「':
    case '『':
      push(sc, char, i);
      break;
    case '”':
      // `”…”` (Swedish, Finnish, and misprints): a closing mark where a quotation opens.
      if (!close(sc, char, i) && opensHere && isLetterOrDigit(after)) push(sc, char, i);
      break;
    case '」':
    case '』':
      close(sc, char, i);
      break;
    case '‘':
      // Closes a German ‚…‘; otherwise opens, unless glued to a word (a misprinted apostrophe).
      if (!close(sc, char, i) && !isLetterOrDigit(before)) push(sc, char, i);
      break;
    case '‚':
      if (opensHere && isLetterOrDigit(after)) push(sc, char, i);
      break;
    case '’':
    case "'":
      closesSingle(sc, char, i, before, after);
      break;
    case '«':
    case '‹':
      if (!close(sc, char, i)) push(sc, char, i);
      break;
    case '»':
    case '›':
      // Closes «…» (French, Arabic, Russian); opens only in German/Danish »…« position.
      if (!close(sc, char, i) && opensHere) push(sc, char, i);
      break;
    case '"':
      if (nearest(sc, char) !== -1 && (!isSpace(before) || after === undefined || !isLetterOrDigit(after)))
        close(sc, char, i);
      else if (opensHere || (before === undefined && after !== undefined)) push(sc, char, i);
      break;
  }
}

/** `'s` glued to the word or abbreviation before it ("J.'s", "AT&T's"): a possessive, never a quotation. */
function possessive(text: string, at: number, before: string | undefined): boolean {
  return before !== undefined && !isSpace(before) && /^s(?![\p{L}\p{N}])/u.test(text.slice(at + 1, at + 3));
}

function closesSingle(
  sc: Scan,
  char: string,
  at: number,
  before: string | undefined,
  after: string | undefined,
): void {
  // A letter after the mark makes it an apostrophe: Kyiv’s, it’s, don’t, rock ’n’ roll. A straight mark
  // after no letter opens a quotation, unless it is glued to what comes before as a possessive ("G.'s").
  if (isLetter(after)) {
    if (
      char === "'" &&
      !isLetterOrDigit(before) &&
      !possessive(sc.text, at, before) &&
      sc.stack.length < MAX_DEPTH
    )
      push(sc, char, at);
    return;
  }
  const k = nearest(sc, char);
  if (k === -1) return;
  // "the players’ union": after a plural s and before a lower-case word, the mark is more likely a
  // possessive than the end of the quotation; remember it in case no better closing mark comes.
  const following = sc.text.slice(at + 1, at + 3);
  if (
    (before === 's' || before === 'S') &&
    /^\s$/u.test(following[0] ?? '') &&
    LOWER.test(following[1] ?? '')
  ) {
    const entry = sc.stack[k];
    if (entry !== undefined && entry.maybeClose === -1) entry.maybeClose = at;
    return;
  }
  if (isSpace(before) && after !== undefined && !isSpace(after)) return;
  closeAt(sc, k, at);
}

/** Marks still open at the paragraph's end: a possessive guess, a quotation running on, or a lost closer. */
function closeUnclosed(sc: Scan, nextOpening: string | undefined): void {
  const { text, paragraph, stack } = sc;
  const opening = trimRange(text, paragraph.start, paragraph.end).start;
  // Any other mark after the opening one (a mismatched closer, an apostrophe-like mark) makes it a guess.
  QUOTE_MARK.lastIndex = opening + 1;
  let marksAfter = 0;
  for (
    let found = QUOTE_MARK.exec(text);
    found !== null && found.index < paragraph.end;
    found = QUOTE_MARK.exec(text)
  )
    marksAfter++;
  for (let k = stack.length - 1; k >= 0; k--) {
    const entry = stack[k];
    if (entry === undefined) continue;
    if (entry.maybeClose !== -1) emit(sc, entry.at, entry.maybeClose);
    else if (k === 0 && nextOpening === entry.mark) emit(sc, entry.at, paragraph.end, true);
    // A paragraph that opens with a mark and never closes it is a quotation: its closing mark was lost, or
    // it runs on into a paragraph that does not repeat the mark.
    else if (k === 0 && entry.at === opening && marksAfter === 0) emit(sc, entry.at, paragraph.end, false);
    // `… erklärt es so: "Ich möchte …` to the paragraph's end: a quotation announced by a colon and never
    // closed (its closing mark was lost); the marks inside it, if any, were all closed.
    else if (
      k === 0 &&
      stack.length === 1 &&
      /:\s*$/u.test(text.slice(Math.max(paragraph.start, entry.at - 3), entry.at))
    )
      emit(sc, entry.at, paragraph.end, false);
  }
}

/** Drop quotations nested in another (the outer one is the candidate); keep text order. */
function topLevel(spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.open - b.open);
  const kept: QuoteSpan[] = [];
  let reach = -1;
  for (const span of spans) {
    if (span.open <= reach) continue;
    kept.push(span);
    reach = span.close;
  }
  return kept;
}
