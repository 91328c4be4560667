/**
 * Interviews: an introduction that names the one person interviewed, then questions, each a short paragraph
 * ending in a question mark, each answered by the next paragraphs. An answer in quotation marks that names no
 * speaker of its own is the interviewee's, as any reader of a Q&A takes it. Read only when the article is
 * plainly one: at least two questions each followed by a quotation that opens its paragraph, and exactly one
 * person (not a body) named before the first question; otherwise nobody is named this way.
 */
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

/** The fewest questions answered in quotation marks that make an article an interview. */
const MIN_ANSWERED_QUESTIONS = 2;
/** A question longer than this is a paragraph of the reporter's that happens to end in a question mark. */
const MAX_QUESTION_CHARS = 400;
/** Room for an answer's label before its quotation mark ("R:", "—", "A."). */
const ANSWER_LABEL = /^(?:[\p{Lu}]{1,2}[.:]|[—–-])?\s*$/u;

/** A paragraph that asks: short, ending in a question mark (and maybe a closing mark or emphasis). */
function isQuestion(context: InterviewInput, paragraph: number): boolean {
  const range = context.paragraphs[paragraph];
  if (range === undefined || context.furniture.has(paragraph)) return false;
  const line = context.text.slice(range.start, range.end).trim();
  return line.length > 0 && line.length <= MAX_QUESTION_CHARS && /[?？]["”’»*_)\]]*$/u.test(line);
}

/** The quotation opens its paragraph (after at most an answer's label). */
function opensParagraph(context: InterviewInput, span: QuoteSpan): boolean {
  const start = context.paragraphs[span.paragraph]?.start ?? span.open;
  return ANSWER_LABEL.test(context.text.slice(start, span.open));
}

/** For each quotation, whether it answers a question: it opens a paragraph after the first question, and is none. */
function answers(context: InterviewInput, asked: readonly boolean[]): boolean[] {
  const first = asked.indexOf(true);
  return context.quotes.map(
    (span) =>
      first !== -1 &&
      span.paragraph > first &&
      asked[span.paragraph] !== true &&
      opensParagraph(context, span),
  );
}

/** The one person named before the first question, if the article reads as an interview. */
function interviewee(
  context: InterviewInput,
  asked: readonly boolean[],
  answered: readonly boolean[],
): Person | undefined {
  // Questions answered right away in quotation marks.
  const questions = new Set<number>();
  context.quotes.forEach((span, index) => {
    if (answered[index] && asked[span.paragraph - 1] === true) questions.add(span.paragraph - 1);
  });
  if (questions.size < MIN_ANSWERED_QUESTIONS) return undefined;
  const first = Math.min(...questions);
  const end = context.paragraphs[first]?.start ?? 0;
  const people = new Set<Person>();
  for (const mention of context.cast.mentionsIn({ start: 0, end })) {
    if (mention.ambiguous) return undefined;
    if (mention.person !== undefined && !mention.person.organisation && mention.kind !== 'single')
      people.add(mention.person);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * The interviewee for each quotation that answers a question in an interview (undefined elsewhere, and
 * everywhere in an article that is not one).
 */
export function interviewAnswers(context: InterviewInput): (Person | undefined)[] {
  const asked = context.paragraphs.map((paragraph) => isQuestion(context, paragraph.index));
  const answered = answers(context, asked);
  const person = interviewee(context, asked, answered);
  return answered.map((answer) => (answer ? person : undefined));
}
