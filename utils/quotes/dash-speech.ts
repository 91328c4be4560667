/**
 * Speech set off by a dash, as Polish, Finnish, Russian, Spanish and Portuguese newsrooms print it: a paragraph opens with an en
 * or em dash (or a hyphen standing for one), the speaker's words follow, and the attribution closes them —
 * after another dash ("– Promujemy nasze produkty – mówi Jan Nowak, prezes firmy.") or after a comma
 * ("– Tämä on hyvä asia, Virtanen sanoo."). The next turn opens with a dash again ("… – mówi Nowak. – Tak
 * będzie – dodaje."). Only in a language whose file sets `dashSpeech`: in English or German a dash is
 * punctuation, and a paragraph opening with one is a list item.
 */
import { type Lexicon, oneWordSpeechVerb } from './lexicon';
import type { QuoteSpan } from './quotation-marks';
import { isSpace, type Paragraph, trimRange } from './text-ranges';

const DASHES = '–—-';
/**
 * A dash closing the speech before a lower-case word: the word must be a speech verb. Spanish sets its raya
 * against the verb ("—Vamos a abrir —dijo Rosa Vidal—.").
 */
const DASH_CLOSER = /\s(?:[–—-]\s+|—)(\p{Ll}+)/gu;

/** A turn opens at `at`: a dash and a space, or a raya set against the first word ("—Vamos …", "—¿Y …?"). */
function opensTurn(text: string, at: number): boolean {
  const dash = text[at] ?? '';
  return (
    DASHES.includes(dash) &&
    (isSpace(text[at + 1]) || (dash === '—' && /[\p{L}¿¡]/u.test(text[at + 1] ?? '')))
  );
}
/** A full stop that may end a turn (see `turnEndAfter`). */
const STOP = /[.!?…]/gu;
/** The most words an attribution after a comma has ("sanoo Ilmatieteen laitoksen tutkija Reija Ruuhela"). */
const MAX_CLAUSE_WORDS = 10;
/** Where in that clause the speech verb may stand ("Partonen sanoo", "sanoo Partonen"). */
const VERB_WITHIN = 3;

interface Closer {
  /** The offset of the dash or comma that closes the speech. */
  at: number;
  /** Where the turn after the attribution would open (its dash), or -1: the paragraph ends. */
  next: number;
}

/** Quotations set off by dashes in the article's paragraphs; none unless its language uses them. */
export function findDashSpeech(
  text: string,
  paragraphs: readonly Paragraph[],
  lexicon: Lexicon,
): QuoteSpan[] {
  if (!lexicon.dashSpeech) return [];
  const spans: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    const lead = trimRange(text, paragraph.start, paragraph.end).start;
    const opening = labelledTurn(text, lead, paragraph.end) ?? lead;
    let open = opening;
    let after = false;
    for (let guard = 0; open !== -1 && guard < MAX_TURNS; guard++) {
      const closer: Closer | undefined = opensTurn(text, open)
        ? (turnCloser(text, open, after, paragraph, lexicon) ??
          (open === opening ? continuedTurn(text, spans, paragraphs, paragraph, opening) : undefined))
        : undefined;
      const inner = closer === undefined ? undefined : trimRange(text, open + 1, closer.at);
      if (closer !== undefined && inner !== undefined && inner.end > inner.start)
        spans.push({ open, close: closer.at, inner, paragraph: paragraph.index, continued: false });
      after = closer !== undefined && closer.next !== -1;
      // A turn may also open inside the paragraph, after the reporter's own sentence ("… składzie. – To …").
      open = after ? (closer?.next ?? -1) : innerTurnAfter(text, closer?.at ?? open + 1, paragraph.end);
    }
  }
  return [...spans, ...answersAfterQuestions(text, paragraphs)].sort((a, b) => a.open - b.open);
}

/** The most turns read in one paragraph. */
const MAX_TURNS = 12;
/** A sentence's end, then a dash and a space opening a turn inside the paragraph. */
const INNER_TURN = /[.!?…]["”»]?\s+(?=[–—-]\s)/gu;

/** Where the next turn inside the paragraph opens (its dash) from `from`, or -1. */
function innerTurnAfter(text: string, from: number, end: number): number {
  INNER_TURN.lastIndex = from;
  const match = INNER_TURN.exec(text);
  return match === null || match.index + match[0].length >= end ? -1 : match.index + match[0].length;
}

/**
 * What closes the turn opening at `open`: its attribution at a turn's end, else the first dash and speech verb
 * in the paragraph (the reporter's sentences may follow: "– … – podkreśla Anna Nowak. Z analizy wynika …"). A
 * turn right after an attributed one (`after`) with no attribution of its own goes on to the paragraph's end,
 * the same speaker's ("– … – mówi Nowak. – Zgłosili się …").
 */
function turnCloser(
  text: string,
  open: number,
  after: boolean,
  paragraph: Paragraph,
  lexicon: Lexicon,
): Closer | undefined {
  const closer =
    closerAfter(text, open + 1, paragraph.end, lexicon) ??
    verbCloserAfter(text, open + 1, paragraph.end, lexicon);
  if (closer !== undefined || !after) return closer;
  const rest = text.slice(open, paragraph.end);
  // "– … Tak odpowiedziała mu radna Anna Lis.": a verb of saying in what follows tells of someone else
  // speaking; the turn is not surely the last speaker's.
  const told = (rest.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => oneWordSpeechVerb(lexicon, word));
  return /[.!?…]\s*$/u.test(rest) && !told ? { at: paragraph.end, next: -1 } : undefined;
}

/** A verb closing a turn after its dash: a speech verb, or a medium's verb of quoting ("– cytuje PAP …"). */
function closesTurn(lexicon: Lexicon, word: string): boolean {
  return lexicon.speechVerbs.has(word) || lexicon.quotingVerbs.has(word);
}

/** The first dash followed by a speech verb from `from` in the paragraph; the next turn is the next inner one. */
function verbCloserAfter(text: string, from: number, end: number, lexicon: Lexicon): Closer | undefined {
  DASH_CLOSER.lastIndex = from - 1;
  for (let dash = DASH_CLOSER.exec(text); dash !== null && dash.index < end; dash = DASH_CLOSER.exec(text)) {
    if (closesTurn(lexicon, dash[1] ?? '')) {
      const at = dash.index + 1;
      return { at, next: innerTurnAfter(text, at, end) };
    }
  }
  return undefined;
}

/** A question and, after a dash, its answer in the same paragraph ("*…؟-…", "*…? – …"). */
const QUESTION_DASH = /[?؟]\s*[–—-]\s*(?=\S)/gu;
/** The fewest answered questions that make an article an interview (as in `interview.ts`). */
const MIN_ANSWERS = 2;

/**
 * Interviews that print each question and its answer in one paragraph, the answer set off by a dash right
 * after the question mark: the answer, to the paragraph's end, is the interviewee's speech. Read only when the
 * article has at least two such paragraphs, so a lone question followed by a dash is left alone.
 */
function answersAfterQuestions(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const answers: QuoteSpan[] = [];
  for (const paragraph of paragraphs) {
    QUESTION_DASH.lastIndex = paragraph.start;
    const match = QUESTION_DASH.exec(text);
    if (match === null || match.index >= paragraph.end) continue;
    const open = text.slice(match.index, match.index + match[0].length).search(/[–—-]/u) + match.index;
    const inner = trimRange(text, match.index + match[0].length, paragraph.end);
    if (inner.end > inner.start)
      answers.push({ open, close: paragraph.end, inner, paragraph: paragraph.index, continued: false });
  }
  return answers.length >= MIN_ANSWERS ? answers : [];
}

/** "Anna Nowak: – …": a name of one to four capitalised words and a colon before the paragraph's first dash. */
const LABEL = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*:\s*/u;

/** Where the turn of a paragraph labelled with its speaker opens ("Anna Nowak: – …"), or undefined. */
function labelledTurn(text: string, start: number, end: number): number | undefined {
  const label = LABEL.exec(text.slice(start, Math.min(end, start + 80)));
  return label === null ? undefined : start + label[0].length;
}

/**
 * A dash paragraph that opens no new turn and has no attribution of its own goes on to its end when what
 * comes before introduces it: a turn in the paragraph right before ("– …, Virtanen sanoo.\n\n– …", the same
 * speaker), or a colon — a label in the paragraph ("Anna Nowak: – …") or the paragraph before ending with one
 * ("Anna Nowak nie kryje zaskoczenia:\n\n– …").
 */
function continuedTurn(
  text: string,
  spans: readonly QuoteSpan[],
  paragraphs: readonly Paragraph[],
  paragraph: Paragraph,
  open: number,
): Closer | undefined {
  const last = spans[spans.length - 1];
  const previous = paragraphs[paragraph.index - 1];
  if (last !== undefined && last.paragraph === paragraph.index - 1) return { at: paragraph.end, next: -1 };
  // A colon introduces speech, not a list ("Składniki:\n\n– mąka"): the turn ends a sentence, and the
  // paragraph before names someone in full.
  if (!/[.!?…]\s*$/u.test(text.slice(open, paragraph.end))) return undefined;
  const introduced =
    /:\s*$/u.test(text.slice(paragraph.start, open)) ||
    (previous !== undefined && INTRODUCTION.test(text.slice(previous.start, previous.end)));
  return introduced ? { at: paragraph.end, next: -1 } : undefined;
}

/** A paragraph naming someone (two capitalised words in a row) and ending with a colon. */
const INTRODUCTION = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+.*:\s*$/su;

/** The first attribution that closes a turn starting at `from`: by a dash and a speech verb, or a comma. */
function closerAfter(text: string, from: number, end: number, lexicon: Lexicon): Closer | undefined {
  for (let turnEnd = turnEndAfter(text, from, end); turnEnd !== -1; turnEnd = turnEndAfter(text, from, end)) {
    let next = turnEnd + 1;
    while (next < end && isSpace(text[next])) next++;
    const following = next < end ? next : -1;
    // From the space before `from`: a turn ending in "?" or "!" closes before a dash ("– …? – pyta X.").
    DASH_CLOSER.lastIndex = from - 1;
    for (
      let dash = DASH_CLOSER.exec(text);
      dash !== null && dash.index < turnEnd;
      dash = DASH_CLOSER.exec(text)
    ) {
      if (closesTurn(lexicon, dash[1] ?? '')) return { at: dash.index + 1, next: following };
    }
    // "…, lance Karim Haddad, délégué syndical.": the attribution may carry a role in apposition.
    for (let comma = text.lastIndexOf(',', turnEnd), tries = 0; comma > from && tries < 2; tries++) {
      if (attributes(text.slice(comma + 1, turnEnd), lexicon)) return { at: comma, next: following };
      comma = text.lastIndexOf(',', comma - 1);
    }
    from = next;
  }
  return undefined;
}

/** The next full stop from `from` that ends a turn: the paragraph ends after it, or the next turn's dash. */
function turnEndAfter(text: string, from: number, end: number): number {
  STOP.lastIndex = from;
  for (let stop = STOP.exec(text); stop !== null && stop.index < end; stop = STOP.exec(text)) {
    let next = stop.index + 1;
    while (next < end && isSpace(text[next])) next++;
    if (next >= end || opensTurn(text, next)) return stop.index;
  }
  return -1;
}

/** ", Virtanen sanoo" / ", sanoo tutkija Anna Virtanen": a short clause with a speech verb near its start. */
function attributes(clause: string, lexicon: Lexicon): boolean {
  const words = clause.trim().split(/\s+/u);
  if (words.length === 0 || words.length > MAX_CLAUSE_WORDS) return false;
  const verb = words.slice(0, VERB_WITHIN).findIndex((word) => lexicon.speechVerbs.has(word));
  if (verb === -1) return false;
  // Before the verb only a name ("Partonen sanoo"), never the reporter's lower-case words.
  return words.slice(0, verb).every((word) => /^\p{Lu}/u.test(word));
}

/** The quotations in marks and the ones set off by dashes, in text order; marks inside a dash turn are its own. */
export function withDashSpeech(marks: readonly QuoteSpan[], dashes: readonly QuoteSpan[]): QuoteSpan[] {
  if (dashes.length === 0) return [...marks];
  const inside = (span: QuoteSpan): boolean =>
    dashes.some((dash) => span.open >= dash.open && span.open <= dash.close);
  return [...marks.filter((span) => !inside(span)), ...dashes].sort((a, b) => a.open - b.open);
}
