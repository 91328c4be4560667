/**
 * Interviews: the person interviewed is named once, then the questions and the answers run on, printed in one
 * of the forms any reader of a Q&A knows:
 * - each question a short paragraph ending in a question mark, each answer the next paragraph;
 * - questions and answers set off by labels ("Q:" / "A:", "Frage:" / "Antwort:", "P:" / "R:"; the language
 *   files' `interviewLabels`, read in every article whatever its language);
 * - each turn labelled with who speaks ("SPIEGEL: …" / "Müller: …", "Kevin Kühnert: …" / "Kühnert: …", "KK: …"): one
 *   label asks (most of its turns end in a question mark), the other, a person, answers.
 * A quotation that opens an answer (after at most its label) and names no speaker of its own is the
 * interviewee's, and so is a quotation standing alone as a paragraph (the piece's displayed line) outside the
 * questions. A question is never the interviewee's. Read only when the article is plainly an interview: two
 * questions or more answered, and one interviewee — the one person answering under their own label, else
 * exactly one person (not a body) named before the first question; otherwise nobody is named this way.
 */
import { wholeParagraph } from './discourse';
import { LANGUAGES } from './lang';
import type { Cast, Person } from './people';
import type { QuoteSpan } from './quotation-marks';
import type { Paragraph } from './text-ranges';

/** What the reading needs of the article (the attribution context has it all). */
interface InterviewInput {
  text: string;
  paragraphs: readonly Paragraph[];
  quotes: readonly QuoteSpan[];
  cast: Cast;
  /** Captions, credits and notices: no question there. */
  furniture: ReadonlySet<number>;
}

/** Every language's labels of an interview's turns: a "Q:" or a "Frage:" is one in any article. */
const QUESTION_LABELS = new Set(
  Object.values(LANGUAGES).flatMap((language) => language.interviewLabels?.questions ?? []),
);
const ANSWER_LABELS = new Set(
  Object.values(LANGUAGES).flatMap((language) => language.interviewLabels?.answers ?? []),
);

/** The fewest questions answered that make an article an interview. */
const MIN_ANSWERED_QUESTIONS = 2;
/** A question longer than this is a paragraph of the reporter's that happens to end in a question mark. */
const MAX_QUESTION_CHARS = 400;
/** Room for an answer's label before its quotation mark ("R:", "—", "A."). */
const ANSWER_LABEL = /^(?:[\p{Lu}]{1,2}[.:]|[—–-])?\s*$/u;
/** A turn's label: up to four words (a name, initials, a publication, "Frage 3") and a colon, then the turn. */
const TURN_LABEL =
  /^\s*([\p{L}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*){0,3})\s*[:：]\s*\S/u;
/** A question's or an answer's label may carry its number ("Frage 3:", "Q1:"). */
const NUMBERED = /\s*\d+$/u;

/** What a paragraph is in an interview. */
type Turn = 'question' | 'answer' | undefined;

interface Reading {
  turns: Turn[];
  /** The turns are set off by labels: a question is answered by the paragraph after it, quoted or not. */
  explicit: boolean;
  /** The interviewee, when the turns are labelled with their name. */
  labelled?: Person;
}

/** A short paragraph ending in a question mark (and maybe a closing mark or emphasis). */
function endsAsQuestion(line: string): boolean {
  return line.length > 0 && line.length <= MAX_QUESTION_CHARS && /[?？؟]["”’»*_)\]]*$/u.test(line);
}

/**
 * The paragraph ends in a question mark: a labelled question ("ZEIT: … Was verstehen Sie darunter?") even
 * where its label reads like a credit line.
 */
function asks(input: InterviewInput, index: number): boolean {
  return /[?？؟]["”’»*_)\]]*$/u.test(paragraphText(input, index));
}

function paragraphText(input: InterviewInput, index: number): string {
  const range = input.paragraphs[index];
  return range === undefined ? '' : input.text.slice(range.start, range.end).trim();
}

/** The label a paragraph opens with, lower case, and where it stands; undefined when it opens with none. */
function labelOf(input: InterviewInput, index: number): string | undefined {
  const match = TURN_LABEL.exec(paragraphText(input, index));
  return match?.[1]?.toLowerCase();
}

/** Turns set off by question and answer labels ("Q:" / "A:", "Frage 2:" / "Antwort:"). */
function labelledTurns(input: InterviewInput): Turn[] {
  return input.paragraphs.map((paragraph) => {
    const label = labelOf(input, paragraph.index)?.replace(NUMBERED, '');
    // A label of the language files' is a turn, even where the page's furniture reads it as a field's.
    if (label === undefined) return undefined;
    if (QUESTION_LABELS.has(label)) return 'question';
    return ANSWER_LABELS.has(label) ? 'answer' : undefined;
  });
}

/** The person a turn's name label stands for ("Kühnert:" after "Kevin Kühnert:"), if the cast knows them. */
function labelPerson(input: InterviewInput, index: number): Person | undefined {
  const paragraph = input.paragraphs[index];
  if (paragraph === undefined) return undefined;
  const line = input.text.slice(paragraph.start, paragraph.end);
  const start = paragraph.start + line.length - line.trimStart().length;
  const mention = input.cast.mentionsIn({ start, end: paragraph.end })[0];
  if (mention === undefined || mention.start !== start || mention.ambiguous) return initialled(input, index);
  const person = mention.person;
  return person === undefined || person.organisation ? undefined : person;
}

/** A label of initials ("KK:") stands for the one person named in full whose initials they are. */
function initialled(input: InterviewInput, index: number): Person | undefined {
  const label = TURN_LABEL.exec(paragraphText(input, index))?.[1] ?? '';
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  const people = input.cast.people.filter(
    (person) =>
      !person.organisation &&
      person.name
        .split(/[\s-]+/u)
        .map((word) => word.charAt(0))
        .join('') === label,
  );
  return people.length === 1 ? people[0] : undefined;
}

/**
 * Turns labelled with who speaks: the label most of whose turns end in a question mark asks; the one other
 * label, a person's, answers. Any third voice, or no person answering, and the article is no such interview.
 */
function speakerTurns(input: InterviewInput): Reading | undefined {
  const labels = new Map<string, { paragraphs: number[]; asked: number; person?: Person }>();
  for (const paragraph of input.paragraphs) {
    if (input.furniture.has(paragraph.index) && !asks(input, paragraph.index)) continue;
    const label = labelOf(input, paragraph.index);
    if (label === undefined || /\d/u.test(label)) continue;
    const person = labelPerson(input, paragraph.index);
    // "Kevin Kühnert:" and "Kühnert:" are one voice; so are "DIE ZEIT:" and "ZEIT:".
    const key = person?.name ?? label.split(/\s+/u).at(-1) ?? label;
    const entry = labels.get(key) ?? { paragraphs: [], asked: 0, person };
    entry.paragraphs.push(paragraph.index);
    if (endsAsQuestion(paragraphText(input, paragraph.index))) entry.asked++;
    labels.set(key, entry);
  }
  const voices = [...labels.values()].filter((entry) => entry.paragraphs.length >= MIN_ANSWERED_QUESTIONS);
  if (voices.length !== 2) return undefined;
  const asking = voices.filter((entry) => entry.asked * 2 > entry.paragraphs.length);
  const answering = voices.filter((entry) => entry.asked * 2 <= entry.paragraphs.length);
  const [questions] = asking;
  const [answers] = answering;
  if (asking.length !== 1 || answers === undefined || questions === undefined) return undefined;
  if (answers.person === undefined) return undefined;
  const turns: Turn[] = input.paragraphs.map(() => undefined);
  for (const index of questions.paragraphs) turns[index] = 'question';
  for (const index of answers.paragraphs) turns[index] = 'answer';
  return { turns, explicit: true, labelled: answers.person };
}

/**
 * The one person whose name labels two answers or more where the questions are labelled ("Frage 1: …" /
 * "Klaas Berg: …"); their turns are answers.
 */
function answerer(input: InterviewInput, turns: Turn[]): Person | undefined {
  const people = new Map<Person, number[]>();
  turns.forEach((turn, index) => {
    const person =
      turn === undefined && labelOf(input, index) !== undefined ? labelPerson(input, index) : undefined;
    if (person === undefined) return;
    const paragraphs = people.get(person);
    if (paragraphs === undefined) people.set(person, [index]);
    else paragraphs.push(index);
  });
  const voices = [...people].filter(([, paragraphs]) => paragraphs.length >= MIN_ANSWERED_QUESTIONS);
  const [voice] = voices;
  if (voices.length !== 1 || voice === undefined) return undefined;
  for (const index of voice[1]) turns[index] = 'answer';
  return voice[0];
}

/** The quotation opens its paragraph, after at most an answer's label or the interviewee's name label. */
function opensParagraph(input: InterviewInput, span: QuoteSpan, turn: Turn): boolean {
  const start = input.paragraphs[span.paragraph]?.start ?? span.open;
  const before = input.text.slice(start, span.open);
  if (ANSWER_LABEL.test(before)) return true;
  return turn === 'answer' && /^\s*[^:：]{1,60}[:：]\s*$/u.test(before);
}

/** The one person named before the first question, not a body, not by one word only. */
function introduced(input: InterviewInput, first: number): Person | undefined {
  const end = input.paragraphs[first]?.start ?? 0;
  const people = new Set<Person>();
  for (const mention of input.cast.mentionsIn({ start: 0, end })) {
    if (mention.ambiguous) return undefined;
    if (mention.person !== undefined && !mention.person.organisation && mention.kind !== 'single')
      people.add(mention.person);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/** How the article reads as an interview: its questions and answers, or undefined when it is not one. */
function readInterview(input: InterviewInput): Reading {
  const byLabels = labelledTurns(input);
  if (byLabels.filter((turn) => turn === 'question').length >= MIN_ANSWERED_QUESTIONS) {
    const reading: Reading = { turns: byLabels, explicit: true };
    const labelled = answerer(input, byLabels);
    if (labelled !== undefined) reading.labelled = labelled;
    return reading;
  }
  const bySpeakers = speakerTurns(input);
  if (bySpeakers !== undefined) return bySpeakers;
  // Questions as short paragraphs ending in a question mark.
  return {
    explicit: false,
    turns: input.paragraphs.map((paragraph) =>
      !input.furniture.has(paragraph.index) && endsAsQuestion(paragraphText(input, paragraph.index))
        ? 'question'
        : undefined,
    ),
  };
}

/**
 * The interviewee for each quotation that answers a question in an interview or stands alone outside its
 * questions (undefined elsewhere, and everywhere in an article that is not one).
 */
export function interviewAnswers(input: InterviewInput): (Person | undefined)[] {
  const none = input.quotes.map((): Person | undefined => undefined);
  const { turns, explicit, labelled } = readInterview(input);
  const first = turns.indexOf('question');
  if (first === -1) return none;
  const answering = input.quotes.map(
    (span) =>
      span.paragraph > first &&
      turns[span.paragraph] !== 'question' &&
      opensParagraph(input, span, turns[span.paragraph]),
  );
  // Questions answered: by the next paragraph where labels set the turns off, else by a quotation opening it.
  const answered = new Set<number>();
  const answerParagraphs = new Set(input.quotes.filter((_, k) => answering[k]).map((span) => span.paragraph));
  turns.forEach((turn, index) => {
    if (turn !== 'question' || turns[index + 1] === 'question') return;
    if (explicit ? index + 1 < turns.length : answerParagraphs.has(index + 1)) answered.add(index);
  });
  if (answered.size < MIN_ANSWERED_QUESTIONS) return none;
  const person = labelled ?? introduced(input, first);
  if (person === undefined) return none;
  return input.quotes.map((span, k) =>
    turns[span.paragraph] !== 'question' && (answering[k] || wholeParagraph(input, span))
      ? person
      : undefined,
  );
}
