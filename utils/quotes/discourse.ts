/**
 * The whole piece: who holds the floor across paragraphs, read once every quotation has what its own sentence
 * and its neighbours give it (attribution.ts).
 *
 * The one voice of the piece. A profile or a feature often quotes one person only: they are named in full,
 * every quotation that is attributed at all is theirs, and the reporter's paragraphs between the quotations
 * are about them. There a quotation with no attribution of its own is theirs too, as any reader takes it, when
 * nothing near it brings in anybody else: no other person named in its paragraph or the one before, no pronoun
 * of the other gender there, and a sure quotation of theirs before it. One attribution of anybody else in the
 * article (sure or not, a body's too, or a speech verb whose subject cannot be read: "one user wrote") and the
 * piece has more than one voice; nobody is named this way.
 */
import type { Lexicon } from './lexicon';
import type { Cast, Mention, Person } from './people';
import type { QuoteSpan } from './quotation-marks';
import type { Paragraph, Range } from './text-ranges';

/** What the reading needs of a quotation's attribution (attribution.ts's `Attribution`). */
interface Voice {
  person?: Person;
  speaker?: string;
  confidence: number;
}

/** What the reading needs of the article and of the attributions found so far. */
export interface DiscourseInput {
  text: string;
  paragraphs: readonly Paragraph[];
  quotes: readonly QuoteSpan[];
  cast: Cast;
  lexicon: Lexicon;
  furniture: ReadonlySet<number>;
  /** Each quotation's attribution so far, index for index. */
  found: readonly (Voice | undefined)[];
  /** The quotation has an attribution of its own (a clause, not a neighbour's). */
  own: readonly boolean[];
  /** The quotation is five words or more: speech, not a term. */
  speech: readonly boolean[];
  /** The confidence from which a speaker is shown. */
  sure: number;
  /** The sentence at an offset, within its paragraph. */
  sentenceAt(offset: number): Range;
  /** The paragraph before one, past captions and credits; -1 before the first. */
  paragraphBefore(paragraph: number): number;
  /** The quotation is somebody's words, not a term or an example mentioned. */
  said(index: number): boolean;
}

/** The fewest sure quotations with a clause of their own that make a person the voice of the piece. */
const MIN_OWN_QUOTES = 2;

/** Someone other than `person` who could be a voice: a person by what the article says, or named in full. */
function otherVoice(input: DiscourseInput, mention: Mention, person: Person): boolean {
  const other = mention.person;
  if (other === undefined || other === person || other.organisation || mention.quoted) return false;
  if (other.name === person.name) return false;
  return other.human || (mention.kind !== 'single' && !input.lexicon.capitalisesNouns);
}

/**
 * The one person every attribution in the article names, with at least two sure quotations through a clause of
 * their own, named in full; undefined when anybody else is given a quotation or an unreadable speaker is.
 */
export function soleVoice(input: DiscourseInput): Person | undefined {
  let voice: Person | undefined;
  let sureOwn = 0;
  for (let i = 0; i < input.found.length; i++) {
    const attribution = input.found[i];
    if (attribution === undefined) continue;
    const person = attribution.person;
    // "one user wrote": somebody speaks whom the article does not name.
    if (person === undefined) {
      if (input.own[i] === true || attribution.speaker !== undefined) return undefined;
      continue;
    }
    if (voice !== undefined && person !== voice) return undefined;
    voice = person;
    if (input.own[i] === true && attribution.confidence >= input.sure) sureOwn++;
  }
  if (voice === undefined || voice.organisation || !/\s/u.test(voice.name)) return undefined;
  return sureOwn >= MIN_OWN_QUOTES ? voice : undefined;
}

/** The reporter's words between two offsets, lower case: the words outside quotations. */
function reporterWords(input: DiscourseInput, start: number, end: number): string[] {
  let reporter = '';
  let from = start;
  // Quotations are in text order: skip to the first that can overlap, stop after the last.
  let low = 0;
  let high = input.quotes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((input.quotes[middle]?.close ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < input.quotes.length; i++) {
    const span = input.quotes[i];
    if (span === undefined || span.open > end) break;
    if (span.close < start) continue;
    reporter += ` ${input.text.slice(from, Math.max(from, span.open))}`;
    from = Math.max(from, span.close + 1);
  }
  reporter += ` ${input.text.slice(from, Math.max(from, end))}`;
  return reporter.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Whether a pronoun of the other gender than `person`'s stands outside quotations between two offsets. */
function otherGenderBetween(input: DiscourseInput, person: Person, start: number, end: number): boolean {
  const gender = person.gender;
  if (gender === undefined) return false;
  return reporterWords(input, start, end).some((word) => {
    const pronoun = input.lexicon.pronouns.get(word);
    return pronoun !== undefined && pronoun !== gender;
  });
}

/**
 * The quotation's own sentence has a verb of saying that gave it no speaker ("one respondent summed it up:
 * “…”", "an unnamed poster wrote that it was “…”"): somebody else speaks there.
 */
function saidBySomebody(input: DiscourseInput, span: QuoteSpan): boolean {
  const sentence = input.sentenceAt(span.open);
  return reporterWords(input, sentence.start, sentence.end).some(
    (word) => input.lexicon.speechWords.has(word) || input.lexicon.characterisingVerbs.has(word),
  );
}

/**
 * For each quotation with no speaker, the voice of the piece where nothing near it brings in anybody else
 * (see the module comment); undefined elsewhere.
 */
export function oneVoiceQuotes(input: DiscourseInput): (Person | undefined)[] {
  const none = input.quotes.map((): Person | undefined => undefined);
  const voice = soleVoice(input);
  if (voice === undefined) return none;
  let spoken = false;
  return input.quotes.map((span, i) => {
    const attribution = input.found[i];
    if (attribution !== undefined) {
      if (attribution.person === voice && attribution.confidence >= input.sure) spoken = true;
      return undefined;
    }
    if (!spoken || input.speech[i] !== true || input.furniture.has(span.paragraph) || !input.said(i))
      return undefined;
    const before = input.paragraphBefore(span.paragraph);
    const start = input.paragraphs[before]?.start ?? 0;
    const end = input.paragraphs[span.paragraph]?.end ?? span.close;
    const others = [before, span.paragraph].flatMap((index) => {
      const paragraph = input.paragraphs[index];
      return paragraph === undefined || index === -1 ? [] : input.cast.mentionsIn(paragraph);
    });
    if (others.some((mention) => otherVoice(input, mention, voice))) return undefined;
    if (otherGenderBetween(input, voice, start, end) || saidBySomebody(input, span)) return undefined;
    return voice;
  });
}

/** What reading a statement quoted in full needs: the article's paragraphs and quotations. */
interface StatementInput {
  text: string;
  paragraphs: readonly Paragraph[];
  quotes: readonly QuoteSpan[];
}

/** Nothing but blanks between two offsets. */
function blank(text: string, start: number, end: number): boolean {
  return end <= start || text.slice(start, end).trim() === '';
}

/** The quotation runs to the end of its paragraph (a continued quotation's paragraph included). */
function closesParagraph(input: StatementInput, span: QuoteSpan): boolean {
  const paragraph = input.paragraphs[span.paragraph];
  return paragraph !== undefined && blank(input.text, span.close + 1, paragraph.end);
}

/** The quotation is the whole of its paragraph. */
export function wholeParagraph(input: StatementInput, span: QuoteSpan): boolean {
  const paragraph = input.paragraphs[span.paragraph];
  return (
    paragraph !== undefined && blank(input.text, paragraph.start, span.open) && closesParagraph(input, span)
  );
}

/** A colon right before the quotation, in its paragraph or ending the paragraph before ("… wrote:"). */
function introducedByColon(input: StatementInput, span: QuoteSpan): boolean {
  const paragraph = input.paragraphs[span.paragraph];
  if (paragraph === undefined) return false;
  const lead = blank(input.text, paragraph.start, span.open)
    ? input.text.slice(input.paragraphs[span.paragraph - 1]?.start ?? 0, paragraph.start)
    : input.text.slice(paragraph.start, span.open);
  return /[:：]\s*$/u.test(lead);
}

/**
 * A statement quoted in full after a sentence that introduces it with a colon ("In a statement, the mayor
 * said:", "Berg wrote on Instagram:"), set off in paragraphs of its own, each of them wholly a quotation:
 * for each quotation of such a run after its first, the index of the first (whose speaker the introduction
 * gives), else -1. The run ends at the first paragraph that is not wholly a quotation.
 */
export function statementHeads(input: StatementInput): number[] {
  const heads = input.quotes.map(() => -1);
  input.quotes.forEach((span, i) => {
    const before = input.quotes[i - 1];
    if (before === undefined || span.paragraph !== before.paragraph + 1 || !wholeParagraph(input, span))
      return;
    const head = heads[i - 1] ?? -1;
    if (head !== -1) heads[i] = head;
    else if (closesParagraph(input, before) && introducedByColon(input, before)) heads[i] = i - 1;
  });
  return heads;
}
