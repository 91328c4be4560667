/**
 * Page furniture by its shape rather than by one site's wording: credits, contact and data lines, pointers
 * elsewhere, calls to the reader, and the closing "about us"/"contact" section of a press release. What is
 * language-independent (an e-mail address, a web address, a phone number, a date with a clock time, a line in
 * brackets) needs no words; what needs words reads them from every language's `furniture` data (`lang/`),
 * merged once, so a German page's English credit and a French page's German agency line are caught alike.
 */
import { isDateLine } from '../article/boilerplate';
import { escapeRegExp } from '../article/words';
import { LANGUAGES } from './lang';
import type { FurnitureData } from './lang/types';
import type { Lexicon } from './lexicon';
import type { Paragraph } from './text-ranges';

type Field = keyof FurnitureData;

function merged(field: Field): string[] {
  const all = new Set<string>();
  for (const language of Object.values(LANGUAGES)) {
    for (const entry of language.furniture?.[field] ?? []) all.add(entry);
  }
  // Longest first, so that "press contact" wins over "press" and "e-mail" over "e".
  return [...all].sort((a, b) => b.length - a.length);
}

/** The first word of each entry of `field`, lower case: a line holding none of them skips the field's pattern. */
function firstWords(field: Field): Set<string> {
  return new Set(merged(field).map((entry) => entry.toLowerCase().split(/[^\p{L}]+/u)[0] ?? ''));
}

/** An entry as a pattern: its spaces any run of white space, its apostrophes either apostrophe. */
function entryPattern(entry: string): string {
  return escapeRegExp(entry).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]");
}

/**
 * The entries of `field` as one test: lower-case entries match either case, entries holding a capital only
 * as written (two regular expressions, as JavaScript has no case flag for a part of one).
 */
function matcher(field: Field, before: string, after: string): (line: string) => boolean {
  const entries = merged(field);
  const build = (group: string[], caseFlags: string): RegExp | undefined =>
    group.length === 0
      ? undefined
      : new RegExp(`${before}(?:${group.map(entryPattern).join('|')})${after}`, caseFlags);
  const either = build(
    entries.filter((entry) => entry === entry.toLowerCase()),
    'iu',
  );
  const exact = build(
    entries.filter((entry) => entry !== entry.toLowerCase()),
    'u',
  );
  return (line) => either?.test(line) === true || exact?.test(line) === true;
}

/** Not inside a word on either side. */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** A credit label's place: opening the line, after an opening bracket or a separator, or after a sentence. */
const CREDIT_BEFORE = '(?:^|[(\\[|/·•]\\s*|[.!?…]["”»)]?\\s+)';
/**
 * A credit: its label and a colon or © ("… im Garten. Foto: Max Muster", "Wetterbild (Foto: Pixabay)",
 * "Source : AFP").
 */
const creditLabel = matcher('creditLabels', CREDIT_BEFORE, '\\.?\\s*[:：©]');
/** Most lines hold no colon and no ©: they skip the labels' pattern. */
const isCredit = (line: string): boolean => /[:：©]/u.test(line) && creditLabel(line);

/** Phrases that send the reader elsewhere or ask them to act; tried only on a line holding a first word of one. */
const hasPointer = matcher('pointers', BEFORE, AFTER);
const POINTER_FIRST_WORDS = firstWords('pointers');

/** A data line: its label and a colon, opening the line or after a separator ("Ort: Rathaus | Eintritt: frei"). */
const fieldLabel = matcher('fieldLabels', '(?:^|[|·•;\\n]\\s*)', '\\.?\\s*[:：]');
const isField = (line: string): boolean => /[:：]/u.test(line) && fieldLabel(line);

/** A closing section's heading as the label of its paragraph ("Über uns: …"). */
const isClosingLabel = matcher('closingHeadings', '^', '\\s*[:：]');
/** A closing section's heading ending the paragraph before it ("… geführt. Über Klaas Muster:"), no clause. */
const endsInClosingLabel = matcher(
  'closingHeadings',
  '(?:^|[.!?…]\\s+)',
  '(?:\\s+[^\\s.!?:,]+){0,4}\\s*[:：]$',
);
/** The closing headings at the start of a line, any case. */
const CLOSING_HEADING_START = new RegExp(
  `^(?:${merged('closingHeadings').map(entryPattern).join('|')})${AFTER}`,
  'iu',
);
/**
 * What may follow a closing heading on its line: nothing, or a name ("About Acme", "Über die Stiftung",
 * "À propos de la Fondation"), capitalised after an article. "About the new law" heads a part of the story.
 */
const HEADING_NAME =
  /^(?:\s+(?:the|die|der|das|den|dem|des|de|du|la|le|les|el|los|las|o|a|os|as|do|da|l['’]))*(?:\s*\p{Lu}[\p{L}\p{N}&.'’-]*){0,6}\s*[:：]?$/u;

/** A closing section's heading alone on its line. */
function isClosingHeading(line: string): boolean {
  const start = CLOSING_HEADING_START.exec(line);
  return start !== null && HEADING_NAME.test(line.slice(start[0].length));
}

/** A paragraph that opens with speech: what a label before it introduces is a quotation, not a section. */
const OPENS_WITH_SPEECH = /^\s*["“„«»‘‚‹›「『—–-]/u;

/** An editor's note about the piece or its author, opening the line. */
const isNote = matcher('notes', '^', AFTER);

/** An e-mail address, a web address, an international phone number: contact lines and pointers. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/**
 * A web address that points the reader somewhere: a link written out (http…), or a "www." address after a
 * preposition, a colon or a bracket ("unter www.…", "at www.…", "(www.…)"). A site named in passing in a body
 * sentence ("The company's website, www.acme.example, went down") is no pointer.
 */
const WEB_ADDRESS =
  /https?:\/\/[\p{L}\p{N}-]|(?:[(:]\s*|(?<![\p{L}\p{N}])(?:at|on|under|via|visit|unter|auf|bei|sur|en|em|na|pod|in)\s+)www\.[\p{L}\p{N}-]/iu;
const PHONE = /(?<![\p{L}\p{N}])\+\d{1,3}[\s(]{0,2}\d[\d\s()/.-]{6,}\d/u;
/** A host name written out with a path ("shop.example.de/mugs"): a link without its "http", not a word. */
const BARE_LINK = /(?<![\p{L}\p{N}@._-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/[\p{L}\p{N}_-]/u;

/** Cheap tests first: most lines hold no "@", no "www"/"http" and no "+". */
function hasContact(line: string): boolean {
  if (line.includes('@') && EMAIL.test(line)) return true;
  if ((line.includes('http') || /www\./iu.test(line)) && WEB_ADDRESS.test(line)) return true;
  if (line.includes('/') && BARE_LINK.test(line)) return true;
  return line.includes('+') && PHONE.test(line);
}

/**
 * A date in digits (3.4.2020, 3/4/20, 2020-04-03) and a clock time (14:05, 19 Uhr, 7 p.m., 20h30). A date
 * without its year ("3.4.") counts only right before its clock time ("3.4., 19 Uhr"): alone, "2.5." is as
 * likely a decimal ending a sentence.
 */
const NUMERIC_DATE =
  /(?<![\d.])(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s?\d{1,2}\.(?=,?\s*(?:um\s+|ab\s+|at\s+)?\d{1,2}(?:[.:]\d{2}\s*(?:uhr)?|\s*uhr)(?![\d\p{L}]))|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/iu;
const CLOCK_TIME =
  /(?<!\d)(?:\d{1,2}:\d{2}|\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|h(?:\d{2})?|a\.?m\.?|p\.?m\.?))(?![\p{L}\d])/iu;
/** Timestamps and event lines are short; a body sentence that happens to give a date and an hour runs longer. */
const MAX_STAMP_LENGTH = 120;

/** Quoted speech is someone's words ("“We need to learn more,” she said."), not the page pointing elsewhere. */
const QUOTED_SPAN = /["“„«»‘‚‹›「『][^"“”„«»‹›「」『』]{0,500}["”“»«’‹›」』]/gu;

function withoutQuotedSpans(line: string): string {
  return line.replace(QUOTED_SPAN, ' ');
}

/**
 * Furniture by its shape: a credit, a data line, a closing section's label, a pointer, contact details, or a
 * short line with a date and a clock time (a timestamp, an event's date and place).
 */
export function isFurnitureLine(line: string, words: readonly string[]): boolean {
  if (isCredit(line) || isField(line) || isClosingLabel(line) || isNote(line) || hasContact(line))
    return true;
  if (words.some((word) => POINTER_FIRST_WORDS.has(word)) && hasPointer(withoutQuotedSpans(line)))
    return true;
  if (line.length > MAX_STAMP_LENGTH) return false;
  return isDateLine(line) || (NUMERIC_DATE.test(line) && CLOCK_TIME.test(line));
}

/**
 * One language's call to the reader: its verbs, its reader words that match either case ("you", "vous"), and
 * those that count only as written ("Sie"). Kept per language: German "du" is French "of the", and a French
 * verb beside it is no call to a German reader.
 */
interface ReaderVoice {
  verbs: ReadonlySet<string>;
  either: RegExp | undefined;
  exact: RegExp | undefined;
}

function readerVoice(data: FurnitureData): ReaderVoice {
  const words = data.readerWords;
  const pattern = (group: readonly string[], before: string, flags: string): RegExp | undefined =>
    group.length === 0
      ? undefined
      : new RegExp(`${before}(?:${group.map(entryPattern).join('|')})${AFTER}`, flags);
  return {
    verbs: new Set(data.readerVerbs),
    either: pattern(
      words.filter((word) => word === word.toLowerCase()),
      BEFORE,
      'iu',
    ),
    exact: pattern(
      words.filter((word) => word !== word.toLowerCase()),
      '',
      'gu',
    ),
  };
}

const READER_VOICES: readonly ReaderVoice[] = Object.values(LANGUAGES).flatMap((language) =>
  language.furniture === undefined ? [] : [readerVoice(language.furniture)],
);
/** The voices each verb belongs to. */
const VOICES_BY_VERB = new Map<string, ReaderVoice[]>();
for (const voice of READER_VOICES)
  for (const verb of voice.verbs) VOICES_BY_VERB.set(verb, [...(VOICES_BY_VERB.get(verb) ?? []), voice]);
/** What may stand before a reader word that opens no sentence: a space after a letter, a digit or a comma. */
const INSIDE_SENTENCE = /[^\s.!?:…"“”„«»]\s+$/u;

/** A capitalised reader word ("Sie") inside a sentence, not opening one. */
function exactReaderWord(line: string, exact: RegExp): boolean {
  exact.lastIndex = 0;
  for (let match = exact.exec(line); match !== null; match = exact.exec(line)) {
    if (INSIDE_SENTENCE.test(line.slice(Math.max(0, match.index - 8), match.index))) return true;
  }
  return false;
}

/**
 * A sentence that speaks to the reader ("Das Heft können Sie hier bestellen.", "You can register until
 * Friday."): a call to action or a teaser, not a line of the story. A reader word that is only one as written
 * (German "Sie" inside a sentence) is enough; one that is also a generic pronoun ("you", "vous") counts with a
 * verb of a call to action of the same language. A capitalised reader word opening the sentence does not
 * count: German "Sie" there is as likely "she" or "they".
 */
export function addressesReader(line: string, words: readonly string[]): boolean {
  // The voices whose verbs the line holds, in one pass over its words rather than one per voice.
  const withVerb = new Set<ReaderVoice>();
  for (const word of words) for (const voice of VOICES_BY_VERB.get(word) ?? []) withVerb.add(voice);
  return READER_VOICES.some(
    (voice) =>
      (voice.exact !== undefined && exactReaderWord(line, voice.exact)) ||
      (voice.either !== undefined && withVerb.has(voice) && voice.either.test(line)),
  );
}

/** The page speaking of itself ("my blog", "this website", "unser Newsletter", "diesem Button"). */
const speaksOfItself = matcher('selfMedia', BEFORE, AFTER);
/** A first word of the `selfMedia` entries: most lines hold none and skip the pattern. */
const SELF_MEDIA_FIRST_WORDS = firstWords('selfMedia');

/**
 * A line about the page or the site itself rather than the story: the blog, the website, the podcast, the
 * newsletter, a button of the page, named as the writer's own or as this one. No sentence to put on a card.
 */
export function aboutThePage(line: string, words: readonly string[]): boolean {
  return words.some((word) => SELF_MEDIA_FIRST_WORDS.has(word)) && speaksOfItself(line);
}

/**
 * A question put to the reader ("What do you think of …?", "Was hältst du von …?"): a prompt for comments,
 * not a line of the story. Read with the reader words that are generic pronouns too ("you", "du", "vous").
 */
export function asksReader(line: string): boolean {
  return (
    /[?？]["”»)]?$/u.test(line.trim()) && READER_VOICES.some((voice) => voice.either?.test(line) === true)
  );
}

/** A whole paragraph in brackets: an editor's note or an aside ("(Dieser Beitrag erschien zuerst im …)"). */
export function isBracketed(paragraph: string): boolean {
  return /^[([][^()[\]]{10,}[)\]]\.?$/u.test(paragraph.trim());
}

/** A credit on a line of its own, in brackets: "(Erika Muster/Neustädter Bote)", "(Foto: dpa)". */
function isCreditLine(line: string): boolean {
  return isBracketed(line) && (/[/@©]/u.test(line) || isCredit(line));
}

/** A heading is short and has no full stop. */
const MAX_HEADING = 80;
/** A closing section is short: a heading followed by more than this many paragraphs heads a part of the story. */
const MAX_CLOSING_PARAGRAPHS = 5;

/**
 * The closing section of a press release or a feature ("Über die Stiftung", "About Acme", "Pressekontakt",
 * "Notes to editors") in the last two thirds of the article: the heading (alone, or ending the paragraph
 * before, "… Über Klaas Muster:") and the short section after it.
 */
export function closingSection(text: string, paragraphs: readonly Paragraph[]): number[] {
  const count = paragraphs.length;
  for (let i = Math.max(1, Math.floor(count / 3)); i < count; i++) {
    const paragraph = paragraphs[i];
    if (paragraph === undefined || count - i - 1 > MAX_CLOSING_PARAGRAPHS) continue;
    const line = text.slice(paragraph.start, paragraph.end).trim();
    const next = paragraphs[i + 1];
    const nextText = next === undefined ? '' : text.slice(next.start, next.end);
    if (endsInClosingLabel(line) && !OPENS_WITH_SPEECH.test(nextText))
      return paragraphs.slice(i + 1).map((each) => each.index);
    if (line.length > MAX_HEADING || /[.!?…]["”»)]?$/u.test(line)) continue;
    if (!isClosingHeading(line)) continue;
    return paragraphs.slice(i).map((each) => each.index);
  }
  return [];
}

/** A person's name alone on a line: two to four capitalised words (a title such as "Dr." may lead). */
const NAME_LINE = /^(?:\p{Lu}[\p{L}.]*\.\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** An image's file name left as a line of text ("harbour at dawn.jpg"). */
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)$/iu;
/** A caption is one or two sentences. */
const MAX_CAPTION = 300;

/** The end of a box: a pointer or contact details after its text, which is no speech ("Use the promo code …"). */
function boxEnd(text: string, line: string): boolean {
  if (OPENS_WITH_SPEECH.test(text)) return false;
  return hasContact(line) || hasPointer(withoutQuotedSpans(line));
}

/** A heading: a short line without a sentence's end ("Elixinol", "Mehr zum Thema"). */
function isHeading(line: string): boolean {
  return line !== '' && line.length <= MAX_HEADING && !/[.!?…:;,。！？：；，]["”’»)」』）]?$/u.test(line);
}

/**
 * Paragraphs that furniture next to them gives away: the box after a name alone on a line that opens with
 * that name (an author's or interviewee's box: "Erika Muster" / "Erika Muster ist seit 2018 …"), and the
 * caption between an image's file name or before its credit line (already furniture, short) and the story, and
 * a box's text between its heading and its furniture line (a brand's name, its blurb, "Use the promo code …").
 */
export function boxedParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  furniture: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  const lineOf = (paragraph: Paragraph | undefined): string =>
    paragraph === undefined ? '' : text.slice(paragraph.start, paragraph.end).trim();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const line = lineOf(paragraphs[i]);
    const next = paragraphs[i + 1];
    if (next === undefined) continue;
    const nextLine = lineOf(next);
    if (line.length <= MAX_HEADING && NAME_LINE.test(line) && nextLine.startsWith(`${line} `))
      out.push(next.index);
    if (FILE_NAME.test(line) && line.length <= MAX_HEADING && nextLine.length <= MAX_CAPTION) {
      out.push(paragraphs[i]?.index ?? i, next.index);
    }
    const after = paragraphs[i + 2];
    if (
      nextLine.length <= MAX_CAPTION &&
      after !== undefined &&
      furniture.has(after.index) &&
      after.end - after.start <= MAX_HEADING &&
      (isCreditLine(lineOf(after)) || (isHeading(line) && boxEnd(nextLine, lineOf(after))))
    )
      out.push(next.index);
  }
  return out;
}

/** Every language's copulas ("is", "ist", "est", "es"): a bio on a German page may be in English. */
const COPULAS: ReadonlySet<string> = new Set(
  Object.values(LANGUAGES).flatMap((language) => language.copulas ?? []),
);
/** Every language's definite articles as a pattern, each before a space ("l" elided before an apostrophe). */
const ARTICLES = [...new Set(Object.values(LANGUAGES).flatMap((language) => language.definiteArticles ?? []))]
  .sort((a, b) => b.length - a.length)
  .map((article) => (article === 'l' ? "l['’]\\s*" : `${entryPattern(article)}\\s+`))
  .join('|');
/** An article opening a body's name ("The Berg Foundation", "Die Stiftung …"). */
const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLES})`, 'iu');
/** A run of capitalised words (titles and initials with their full stop), and maybe an age: "Anna Berg, 34,". */
const CAPITALISED_RUN =
  /^((?:\p{Lu}[\p{L}\p{N}'’&-]*\.?\s+){0,5}\p{Lu}[\p{L}\p{N}'’&-]*)(?:,\s*\d{1,3}\s*,)?(?=[\s,])/u;
/** A preposition of affiliation and the capitalised name it leads to ("at Riverton University", "an der Fakultät"). */
const AFFILIATION = new RegExp(
  `${BEFORE}(?:${merged('affiliations').map(entryPattern).join('|')})\\s+(?:${ARTICLES})?\\p{Lu}`,
  'u',
);
/** What a bio says its person does, right after the name: "works as", "lebt und arbeitet in". */
const BIO_VERB = new RegExp(`^\\s+(?:${merged('bioVerbs').map(entryPattern).join('|')})${AFTER}`, 'iu');
/** A founding in the passive: "was set up by …", "wurde 2001 von … gegründet", "a été fondée en …". */
const FOUNDED = new RegExp(
  `^(?:${merged('foundingAuxiliaries').map(entryPattern).join('|')})\\s+(?:[^.!?]{0,60}?\\s)?(?:${merged(
    'foundingParticiples',
  )
    .map(entryPattern)
    .join('|')})${AFTER}`,
  'iu',
);
/** Negation makes "X is not a …" a claim about X, not who X is. */
const NEGATION = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(LANGUAGES).flatMap((language) => language.negations ?? []))]
    .map(entryPattern)
    .join('|')})(?![\\p{L}])`,
  'iu',
);
/** How far after the copula a bio names where its person works: "is a freelance writer based in …". */
const AFFILIATION_REACH = 50;

interface Subject {
  /** The subject's words, lower case, without full stops. */
  words: string[];
  /** It opened with an article ("The Berg Foundation"). */
  article: boolean;
  /** What follows the subject. */
  rest: string;
}

function subjectOf(line: string): Subject | undefined {
  const article = LEADING_ARTICLE.exec(line);
  const from = article === null ? line : line.slice(article[0].length);
  const run = CAPITALISED_RUN.exec(from);
  if (run === null) return undefined;
  const words = (run[1] ?? '').split(/\s+/u).map((word) => word.replace(/\.$/u, '').toLowerCase());
  return { words, article: article !== null, rest: from.slice(run[0].length) };
}

/**
 * A sentence that says who a person or a body is, as an author's box, a bio or an "about us" does ("Dr. Anna
 * Berg ist Dozentin an der …", "Anna Berg, Bevollmächtigte des …", "X is a freelance writer based in …", "The
 * Berg Foundation was set up by …", "Die Muster-Stiftung ist eine …"): no line to quote, wherever it stands. A
 * person is two capitalised words or more, none of them a body's word; a body's run holds one
 * (`organisationNouns`). Said of the subject only, and never negated ("X is not a …" is a claim).
 */
export function describesWho(line: string, lexicon: Lexicon): boolean {
  const subject = subjectOf(line.trim());
  if (subject === undefined) return false;
  const { words, rest } = subject;
  const body = words.some(
    (word) => lexicon.organisationNouns.has(word) || lexicon.organisationWords.has(word),
  );
  if ((body || subject.article || words.length >= 2) && FOUNDED.test(rest.trimStart())) return true;
  const person =
    !subject.article && !body && words.length >= 2 && words.every((word) => nameWord(lexicon, word));
  if (person && BIO_VERB.test(rest)) return true;
  const verb = /^\s*([\p{L}]+)\s+([\p{L}]+)/u.exec(rest);
  if (
    verb === null ||
    !COPULAS.has((verb[1] ?? '').toLowerCase()) ||
    NEGATION.test(rest.slice(0, AFFILIATION_REACH))
  )
    return person && apposition(lexicon, rest);
  const next = verb[2] ?? '';
  if (body) return lexicon.indefiniteArticles.has(next.toLowerCase());
  return person && complementNoun(lexicon, next) && AFFILIATION.test(rest.slice(0, AFFILIATION_REACH));
}

/** A word that may be part of a name: no function word, pronoun, article or calendar word ("In January"). */
function nameWord(lexicon: Lexicon, word: string): boolean {
  return !(
    lexicon.notNameWords.has(word) ||
    lexicon.determiners.has(word) ||
    lexicon.pronouns.has(word) ||
    lexicon.calendarWords.has(word)
  );
}

/** What a copula says a person is: an article, a role, or (where nouns are capitalised) a noun: "ist Dozentin". */
function complementNoun(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lexicon.indefiniteArticles.has(lower) ||
    lexicon.definiteArticles.has(lower) ||
    lexicon.roleNouns.has(lower) ||
    /^\p{Lu}/u.test(word)
  );
}

/** ", Bevollmächtigte des Rates …" to the end: a role and nothing else, no clause ("…, ob er …"). */
function apposition(lexicon: Lexicon, rest: string): boolean {
  if (!/^,\s+[^,;:!?()]{10,}\.?$/u.test(rest) || /^,\s+\d/u.test(rest)) return false;
  const words = rest.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return !words.some(
    (word) =>
      COPULAS.has(word) ||
      lexicon.complementizers.has(word) ||
      lexicon.speechWords.has(word) ||
      lexicon.pronouns.has(word),
  );
}
