/**
 * Who said a quotation, read the way an editor reads it, with how sure that reading is.
 *
 * 1. The quotation's own attribution clause, in this order:
 *    - after it: "…," said Maria Gonzalez, the chief executive / "…," she said / „…“, so Merkel /
 *      « … », a-t-il déclaré / "…" in that law, Azzouz said (the clause that ends the sentence) / “…”卢宇说;
 *    - before it in its sentence: the subject of the speech verb, which is not the nearest name ("Mr. Trump
 *      said he would consider Mr. Grenell but added, “…”" is Trump's): the words right before the verb when
 *      they are a speaker, else the sentence's subject; "according to X", "selon X", "según X", "In X’s
 *      words,"; a verb before its subject ("Am Montag sagte Merkel: „…“");
 *    - a colon after a sentence whose subject is a person ("Alverson summed up the journey: “…”").
 * 2. Its neighbours, when it has no clause of its own: the quotation before it in the same or the previous
 *    sentence ("X," he said. "Y."), the last attributed quotation of the previous paragraph when it opens its
 *    paragraph, the continuation of a quotation running over paragraphs, and the voice of the sentence right
 *    before it (its attribution, or its subject: "Charles Schultze … summed up the danger. “It’s not …”").
 * 3. The speaker the clause names: a name (resolved in the cast, people.ts), a pronoun (the one person in the
 *    last two paragraphs who fits, else the subject of the last sentence naming someone, else the previous
 *    speaker, else nobody), a role ("the coach", only when one person in the article has it), or an
 *    organisation ("it said", "the company said", only when the subject before is one).
 *
 * Every step carries a confidence; a chain multiplies them. `SURE` is where a name is shown.
 */
import { type CjkReader, type CjkSpeaker, cjkReader } from './cjk';
import { oneVoiceQuotes, statementHeads } from './discourse';
import { interviewAnswers } from './interview';
import type { Gender } from './lang/types';
import type { Lexicon } from './lexicon';
import { type Cast, type Mention, type Person, quoteLocator } from './people';
import type { QuoteSpan } from './quotation-marks';
import { ABBREVIATION_AT, type Roles } from './roles';
import {
  firstLetterCase,
  type Paragraph,
  paragraphAt,
  type Range,
  roughWordCount,
  trimRange,
} from './text-ranges';

/** At or above this confidence the speaker is named; below it the reader is asked. */
export const SURE = 0.5;

export interface Attribution {
  /** Who: a person of the cast in full, or the word as written for a speaker the cast does not know ("Nato"). */
  speaker?: string;
  role?: string;
  person?: Person;
  /** How sure the reading is, in [0, 1]. */
  confidence: number;
  via: 'after' | 'before' | 'colon' | 'source' | 'inherited' | 'voice';
  /** Read from a clause that closes the sentence after other words: a clause before the quotation wins. */
  weak?: boolean;
}

export interface AttributionContext {
  text: string;
  paragraphs: readonly Paragraph[];
  /** All top-level quotations, in text order. */
  quotes: readonly QuoteSpan[];
  /** Every sentence, in text order. */
  sentences: readonly Range[];
  cast: Cast;
  lexicon: Lexicon;
  roles: Roles;
  /** The article is in English (or its language is unknown and English rules apply). */
  english: boolean;
  /** Paragraphs that are captions, credits or notices: nobody there is part of the story's conversation. */
  furniture: ReadonlySet<number>;
}

interface WordToken extends Range {
  word: string;
  lower: string;
}

interface VerbMatch extends Range {
  phrase: string;
  /** How many word tokens the verb phrase spans. */
  length: number;
  /** A French inverted pronoun ("déclare-t-il"). */
  pronoun?: string;
  characterising: boolean;
  /** A verb in the plural: several people speak (`pluralSpeechVerbs`). */
  plural?: boolean;
  /** Where the subject of a verb in two parts ends: at its second part ("gab Anna Keller | zu"). */
  subjectEnd?: number;
}

type Referent =
  | {
      kind: 'mention';
      mention: Mention;
      /** A single word the cast does not know, standing bare where only a name can ("sagt Brenner"). */
      bare?: true;
    }
  | { kind: 'pronoun'; word: string; at: number }
  | {
      kind: 'organisation';
      at: number;
      /** The noun it was called by ("la congregación"): the one organisation of that kind is it. */
      noun?: string;
    }
  | {
      kind: 'role';
      nouns: string[];
      at: number;
      qualifier?: string;
      epithet?: Gender | 'any';
      /** "a spokesman", "ein Parteimitglied": somebody with the role, never a particular holder. */
      indefinite?: boolean;
      /** "the 36-year-old", "die 36-Jährige": the age the epithet gives. */
      age?: number;
      /** "le sexagénaire": how many years from `age` on the epithet fits (a decade), one when unset. */
      ageSpan?: number;
    }
  | { kind: 'named-organisation'; name: string };

/** A resolved speaker, before it is bound to a quotation. */
interface Candidate {
  person?: Person;
  speaker?: string;
  role?: string;
  confidence: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** A sentence end between attribution words; the dots of "Mr." and of initials do not count. */
const SENTENCE_BREAK =
  /[!?;]|(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mme|Mlle|Hr|Fr|Sr|Sra|Jr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Inc|Corp|Ltd|Co|Bros|\p{Lu}))\.(?![\p{N}\p{L})])/u;
const LEADING_PUNCTUATION = /^[\s,.!?…;:—–-]*/u;
/** Characters of the scripts written without spaces (Chinese Han, Japanese kana). */
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Marks that end the clause a speaker named after the verb belongs to. */
const CLAUSE_END = /[,.;:!?()[\]“”"«»„‹›「」『』—–\n]/u;
/** An honorific written before the name ("Mr Kuleba"): part of the name phrase, not a role. */
const TRAILING_HONORIFIC =
  /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle|M|Herr|Frau|Sr|Sra|Dra|Don|Doña|Pan|Paní)\.?$/u;
/** A verb more than this many words before the quotation is not introducing it. */
const MAX_WORDS_FROM_VERB = 20;
/** A lead before a sentence's subject: "On Tuesday,", "Referring to the Biden administration’s refusal …,". */
const MAX_LEAD_WORDS = 15;
/**
 * What may follow a speaker's name before the verb: a party and state in brackets ("(D-Mass.)"), an
 * appositive, "of Kentucky", nothing else.
 */
const SPEAKER_SUFFIX =
  /^\s*(?:\([^()“”"\n]{1,24}(?:\)\s*|$))?(?:(?:of|from|at|aus|de|du|del|da|do|z|ze)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)?\s*(?:,[^.;:!?“”"]{0,140},?)?\s*$/u;
/** A possessor before a name: "RedMonk’s Stephens", "the company’s". */
const POSSESSOR = /^(?:the\s+)?[\p{L}\p{N}.&’' -]{1,40}['’]s?$/u;

/** How much each reading is worth (multiplied along a chain). */
const WEIGHT = {
  named: 0.95,
  organisation: 0.9,
  organisationNearby: 0.72,
  unknownWord: 0.85,
  role: 0.85,
  roleNearby: 0.65,
  roleEpithet: 0.72,
  roleKind: 0.72,
  pronounOnly: 0.9,
  pronounSubject: 0.8,
  pronounPrevious: 0.72,
  pronounGendered: 0.6,
  pronounHuman: 0.7,
  pronounLastNamed: 0.7,
  pronounFar: 0.45,
  ambiguous: 0.3,
  after: 1,
  afterSentenceEnd: 0.9,
  closingClause: 0.85,
  beforeAdjacent: 0.97,
  beforeInverted: 0.9,
  beforeSubject: 0.85,
  characterising: 0.88,
  source: 0.95,
  colon: 0.78,
  sameSentence: 0.97,
  nextSentence: 0.95,
  previousSentence: 0.93,
  fragmentAfter: 0.8,
  paragraphContinued: 0.97,
  paragraphOpening: 0.9,
  voiceClause: 0.85,
  voiceSubject: 0.66,
  floorKept: 0.75,
  reported: 0.9,
  interviewAnswer: 0.72,
  oneVoice: 0.6,
  statement: 0.95,
  incise: 0.9,
} as const;

/** Attributions for all quotations, index for index (undefined where nothing at all points to a speaker). */
export function attributeQuotes(context: AttributionContext): (Attribution | undefined)[] {
  // First pass: who speaks through an explicit clause. Single words that do ("Bassi said") are people (or
  // organisations) the cast did not know; once known, pronouns can see them too.
  const reader = makeReader(context);
  let found = readClauses(context, reader);
  let promoted = false;
  for (const attribution of found) {
    if (attribution === undefined || attribution.confidence < SURE || attribution.via === 'colon') continue;
    if (attribution.person !== undefined) {
      if (!attribution.person.organisation) attribution.person.human = true;
    } else if (attribution.speaker !== undefined && context.cast.promote(attribution.speaker) !== undefined)
      promoted = true;
  }
  // Read again only when the cast has grown: the new members may be what a pronoun refers to.
  if (promoted) found = readClauses(context, reader);
  reader.previousSpeaker = undefined;
  inheritAll(context, found, reader);
  return found;
}

function readClauses(context: AttributionContext, reader = makeReader(context)): (Attribution | undefined)[] {
  const found: (Attribution | undefined)[] = [];
  let previous: { speaker: Person; at: number } | undefined;
  context.quotes.forEach((span, index) => {
    reader.previousSpeaker = previous;
    const after = reader.after(span, index);
    // "X said in a memo that the “…” as prices fell, Yahoo Finance reported": the clause that closes the
    // sentence reports; the speech verb with its subject before the quotation attributes.
    const before = after === undefined || after.weak ? reader.before(span, index) : undefined;
    const attribution =
      before ?? after ?? reader.incise(span) ?? reader.colon(span, index) ?? reader.introduced(span, index);
    if (attribution !== undefined) delete attribution.weak;
    found.push(attribution);
    if (attribution?.person !== undefined && attribution.confidence >= SURE)
      previous = { speaker: attribution.person, at: span.open };
  });
  return found;
}

/** The quotation is the start of its sentence (nothing but whitespace before it). */
export function opensSentence(context: AttributionContext, span: QuoteSpan): boolean {
  const sentence = sentenceAt(context, span.open);
  return context.text.slice(sentence.start, span.open).trim() === '';
}

/** How many words may stand between a noun of mention and its quotation ("words such as: “…”"). */
const MENTION_GAP = 2;

/**
 * A quotation with no attribution is words mentioned, not said: it follows a noun of mention within two
 * words ("the phrase “…”", "expressions such as: “…”", "the question “…”"), or a colon closing a lead-in that
 * names nobody (no person, role or organisation) and says nothing of speech ("Try the clock method: “…”"). Examples, terms and titles are
 * nobody's words to put on a card.
 */
export function mentioned(context: AttributionContext, span: QuoteSpan, index: number): boolean {
  const { text, lexicon } = context;
  const sentence = sentenceAt(context, span.open);
  const start = Math.min(sentence.start, span.open);
  // Only the quotations earlier in the sentence: a bounded look, not a pass over the article.
  const earlier: QuoteSpan[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const quote = context.quotes[k];
    if (quote === undefined || quote.close < start) break;
    earlier.push(quote);
  }
  const lead = blankQuotes(text.slice(start, span.open), start, earlier);
  const words = wordTokens(lead, 0, lead.length);
  if (words.slice(-1 - MENTION_GAP).some((token) => isMentionNoun(lexicon, token.lower))) return true;
  if (namesThing(lexicon, lead, words.at(-1)) && /^\p{Lu}/u.test(text.slice(span.inner.start))) return true;
  // Only in a language the engine reads: elsewhere its speech verbs are unknown, so silence proves nothing.
  if (lexicon.languages.length > 2) return false;
  if (!lead.trimEnd().endsWith(':') || lead.trim() === ':') return false;
  if (lexicon.continuationPatterns.some((pattern) => pattern.test(lead))) return false;
  if (
    words.some(
      (token) => lexicon.speechWords.has(token.lower) || lexicon.characterisingVerbs.has(token.lower),
    )
  )
    return false;
  if (
    words.some(
      (token) =>
        lexicon.pronouns.has(token.lower) ||
        lexicon.roleNouns.has(token.lower) ||
        lexicon.genderedNouns.has(token.lower) ||
        lexicon.organisationNouns.has(token.lower) ||
        lexicon.organisationWords.has(token.lower),
    )
  )
    return false;
  // A capitalised word opening the sentence is no name on its own ("Można", "Try").
  const first = words[0]?.start;
  return discourseMentions(context, { start, end: span.open }).every(
    (mention) => mention.kind === 'single' && mention.start - start === first,
  );
}

/** Between two items of a list of quoted terms: nothing, or a list separator. */
const LIST_GAP = /^[\s、，,・／/]*$/u;
const ITEM_END = /[.!?。！？…]$/u;

/**
 * 「秘密管理」「特権アクセス管理」「監査」, "“Alpha”, “Beta”": quotations in a row with nothing between them
 * but list separators are a list of names or terms, not anyone's words — three or more in a row, or two
 * with a separator between. Items that end a sentence are lines of dialogue and stay quotations.
 */
export function listedTerm(context: AttributionContext, index: number): boolean {
  const { quotes, text } = context;
  const gap = (a: QuoteSpan | undefined, b: QuoteSpan | undefined): string | undefined => {
    if (a === undefined || b === undefined || a.paragraph !== b.paragraph || a.continued) return undefined;
    const between = text.slice(a.close + 1, b.open);
    return LIST_GAP.test(between) ? between.trim() : undefined;
  };
  let first = index;
  let last = index;
  let separated = false;
  for (let k = index; k > 0 && k > index - 8; k--) {
    const between = gap(quotes[k - 1], quotes[k]);
    if (between === undefined) break;
    separated ||= between !== '';
    first = k - 1;
  }
  for (let k = index; k < quotes.length - 1 && k < index + 8; k++) {
    const between = gap(quotes[k], quotes[k + 1]);
    if (between === undefined) break;
    separated ||= between !== '';
    last = k + 1;
  }
  const items = last - first + 1;
  if (items < 2 || (items < 3 && !separated)) return false;
  return quotes
    .slice(first, last + 1)
    .every((quote) => !ITEM_END.test(text.slice(quote.inner.start, quote.inner.end).trimEnd()));
}

/** "phrase", "Begriff" — or a compound ending in one where the language compounds ("Erfolgsmotto"). */
function isMentionNoun(lexicon: Lexicon, lower: string): boolean {
  if (lexicon.mentionNouns.has(lower)) return true;
  return lexicon.mentionHeads.some((head) => lower.length > head.length + 2 && lower.endsWith(head));
}

/**
 * "the book “…”", "Enquete-Kommission „…“": a name noun with nothing but a space before the mark (the caller
 * also asks for the capital a name opens with: "each film “the way it was meant to be”" is no title).
 */
function namesThing(lexicon: Lexicon, lead: string, last: WordToken | undefined): boolean {
  if (last === undefined || last.end !== lead.trimEnd().length || last.end === lead.length) return false;
  const lower = last.lower;
  if (lexicon.nameNouns.has(lower)) return true;
  return lexicon.nameHeads.some((head) => lower.length > head.length + 2 && lower.endsWith(head));
}

/** The index of the sentence holding `offset` (binary search). */
function sentenceIndexAt(context: AttributionContext, offset: number): number {
  const { sentences } = context;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}

function sentenceAt(context: AttributionContext, offset: number): Range {
  const sentence = context.sentences[sentenceIndexAt(context, offset)];
  const paragraph = context.paragraphs[paragraphAt(context.paragraphs, offset)];
  if (sentence === undefined || sentence.end < offset)
    return { start: paragraph?.start ?? 0, end: paragraph?.end ?? offset };
  // A sentence never reaches into another paragraph.
  return {
    start: Math.max(sentence.start, paragraph?.start ?? 0),
    end: Math.min(sentence.end, paragraph?.end ?? sentence.end),
  };
}

function wordTokens(text: string, start: number, end: number): WordToken[] {
  return Array.from(text.slice(start, end).matchAll(WORD), (match) => ({
    word: match[0],
    lower: match[0].toLowerCase(),
    start: start + match.index,
    end: start + match.index + match[0].length,
  }));
}

interface Reader {
  previousSpeaker: { speaker: Person; at: number } | undefined;
  /** Who a pronoun at `at` stands for (see `resolvePronoun`). */
  pronoun(word: string, at: number): Candidate | undefined;
  /**
   * Whom a sentence gives the floor to through its own clause ("…, Kohn said."). An epithet ("…, sagt der
   * Virologe.") counts only when it stands for `lastSpeaker`, the one who spoke last.
   */
  voice(sentence: Range, limit: number, lastSpeaker?: Person): Person | undefined;
  after(span: QuoteSpan, index: number): Attribution | undefined;
  before(span: QuoteSpan, index: number): Attribution | undefined;
  colon(span: QuoteSpan, index: number): Attribution | undefined;
  /** The attribution set inside the quotation marks: « …, écrit-elle. … », « …, explique Marie Dupont, … ». */
  incise(span: QuoteSpan): Attribution | undefined;
  /** A quotation opening its paragraph after a paragraph that ends with a colon: that paragraph's clause. */
  introduced(span: QuoteSpan, index: number): Attribution | undefined;
}

/** What the reader's functions share: the article's context and the reader itself. */
interface ReaderScope {
  context: AttributionContext;
  text: string;
  lexicon: Lexicon;
  roles: Roles;
  cast: Cast;
  quotes: readonly QuoteSpan[];
  cjk: CjkReader | undefined;
  state: Reader;
}

/** The clause readers of one article: module functions over one shared scope, behind the `Reader` face. */
function makeReader(context: AttributionContext): Reader {
  const { text, lexicon, roles, cast, quotes } = context;
  const cjk: CjkReader | undefined = lexicon.cjk === undefined ? undefined : cjkReader(lexicon, lexicon.cjk);
  const state: Reader = {
    previousSpeaker: undefined,
    pronoun: (word, at) => readPronoun(r, word, at),
    voice: (sentence, limit, lastSpeaker) => readVoice(r, sentence, limit, lastSpeaker),
    after: (span, index) => readAfter(r, span, index),
    before: (span, index) => readBefore(r, span, index),
    introduced: (span, index) => readIntroduced(r, span, index),
    colon: (span) => readColon(r, span),
    incise: (span) => readIncise(r, span),
  };
  const r: ReaderScope = { context, text, lexicon, roles, cast, quotes, cjk, state };
  return state;
}

function verbAt(r: ReaderScope, tokens: readonly WordToken[], index: number): VerbMatch | undefined {
  const { lexicon } = r;
  const token = tokens[index];
  if (token === undefined) return undefined;
  // Where nouns are capitalised, a capitalised word inside a sentence is a noun ("für Fragen", "in
  // Berichten"), not the verb it is spelled like.
  if (
    lexicon.capitalisesNouns &&
    token.word !== token.lower &&
    /[\p{L}\p{N},]\s*$/u.test(r.text.slice(Math.max(0, token.start - 3), token.start))
  )
    return undefined;
  if (lexicon.invertedStems.size > 0) {
    // "se félicite-t-elle": a reflexive pronoun written apart is part of the verb.
    const reflexive = lexicon.reflexivePronouns.has(token.lower) ? 1 : 0;
    const verb = tokens[index + reflexive] ?? token;
    const inverted = /^([\p{L}’']+)(?:-t)?-(il|elle)$/u.exec(verb.lower);
    if (inverted?.[1] !== undefined && inverted[2] !== undefined && lexicon.invertedStems.has(inverted[1])) {
      // "a-t-il déclaré", "s’est-elle inquiétée": the participle after the auxiliary belongs to the verb.
      const participle = lexicon.invertedAuxiliaries.has(inverted[1])
        ? tokens[index + reflexive + 1]
        : undefined;
      return {
        start: token.start,
        end: participle?.end ?? verb.end,
        phrase: verb.lower,
        length: reflexive + (participle ? 2 : 1),
        pronoun: inverted[2],
        characterising: false,
      };
    }
  }
  // "teilte das Unternehmen mit": a verb that is also the first part of one in two, whose second part closes
  // the clause, is that verb in two; its subject stands between the parts.
  const split = lexicon.splitVerbs.has(token.lower) ? splitVerbAt(r, tokens, index) : undefined;
  if (split !== undefined) return split;
  for (const words of lexicon.speechVerbs.get(token.lower) ?? []) {
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) {
      // "dijo dijo Volker": a verb typed twice is one verb.
      const twice = words.every((word, offset) => tokens[index + words.length + offset]?.lower === word);
      const length = twice ? 2 * words.length : words.length;
      const last = tokens[index + length - 1] ?? token;
      const phrase = words.join(' ');
      const plural = lexicon.pluralSpeechVerbs.has(phrase);
      return { start: token.start, end: last.end, phrase, length, characterising: false, plural };
    }
  }
  if (lexicon.characterisingVerbs.has(token.lower))
    return { start: token.start, end: token.end, phrase: token.lower, length: 1, characterising: true };
  return splitVerbAt(r, tokens, index);
}

/** The most words between the parts of a verb in two ("hat der Sprecher der Stadt gestern gesagt"). */
const SPLIT_VERB_GAP = 8;

/** "gab Anna Keller zu": the finite part of a verb in two, when its second part closes the clause. */
function splitVerbAt(r: ReaderScope, tokens: readonly WordToken[], index: number): VerbMatch | undefined {
  const token = tokens[index];
  const closers = token === undefined ? undefined : r.lexicon.splitVerbs.get(token.lower);
  if (token === undefined || closers === undefined) return undefined;
  for (let k = index + 2; k <= index + 1 + SPLIT_VERB_GAP; k++) {
    const closer = tokens[k];
    if (closer === undefined || CLAUSE_END.test(r.text.slice(token.end, closer.start))) break;
    const after = r.text.slice(closer.end, closer.end + 2);
    if (closers.has(closer.lower) && (after === '' || CLAUSE_END.test(after[0] ?? '')))
      return {
        start: token.start,
        end: token.end,
        phrase: token.lower,
        length: 1,
        characterising: false,
        subjectEnd: closer.start,
        plural: plural(r.lexicon, token.lower),
      };
  }
  return plural(r.lexicon, token.lower) ? pluralSplitVerb(r, tokens, index, closers) : undefined;
}

/** A finite verb with a plural's ending (`pluralVerbEndings`): "teilten", "gaben". */
function plural(lexicon: Lexicon, word: string): boolean {
  return lexicon.pluralVerbEndings.some((ending) => word.endsWith(ending));
}

/**
 * "„…“, teilten Anna Keller, Leiterin des Instituts, und Jan Ott, Dekan, mit.": a verb in two in the plural
 * whose subject holds appositions: its second part closes the sentence. Several people speak.
 */
function pluralSplitVerb(
  r: ReaderScope,
  tokens: readonly WordToken[],
  index: number,
  closers: ReadonlySet<string>,
): VerbMatch | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  const clause = /^[^.;:!?“”"„«»]{1,300}?\s(\p{L}+)[.;!?]/u.exec(r.text.slice(token.end, token.end + 320));
  const closer = clause?.[1];
  if (clause === null || closer === undefined || !closers.has(closer.toLowerCase())) return undefined;
  const subjectEnd = token.end + clause[0].length - closer.length - 1;
  return {
    start: token.start,
    end: token.end,
    phrase: token.lower,
    length: 1,
    characterising: false,
    subjectEnd,
    plural: true,
  };
}

/**
 * A verb in the plural names a body ("señalaron desde la empresa", "ont indiqué les syndicats CGT et FO")
 * or nobody: never one person, whatever role or pronoun stands before or after it.
 */
function pluralSubject(verb: VerbMatch, referent: Referent | undefined): Referent | undefined {
  if (verb.plural !== true || referent === undefined) return referent;
  if (referent.kind === 'organisation' || referent.kind === 'named-organisation') return referent;
  return referent.kind === 'mention' && referent.mention.person?.organisation === true ? referent : undefined;
}

function isRoleOnly(r: ReaderScope, phrase: string): boolean {
  const { roles, lexicon } = r;
  const trimmed = phrase.replace(/[,—–-]+$/u, '').trim();
  if (trimmed === '') return true;
  // "In Anlehnung an den Soziologen": a role after a preposition is an object's, not the subject's.
  const words = trimmed.toLowerCase().split(/\s+/u);
  if (words.some((word) => lexicon.objectPrepositions.has(word))) return false;
  // "During his tirade on Tuesday, the president of": a lead and a clause, not a role.
  return !trimmed.includes(',') && roles.isRolePhrase(trimmed);
}

/** Nothing but particles, an honorific or an article before a name ("de Miranda", "Dr.", "The Food Standards Agency"). */
/** The most words naming whom a conversation was with ("z PAP", "с корреспондентом РИА Новости"). */
const MAX_LISTENER_WORDS = 4;

/**
 * "w rozmowie z PAP", "в беседе с корреспондентом": after a phrase naming a conversation, the words naming
 * whom it was with (none when the phrase ends `phrase`); undefined when `phrase` opens with no such phrase.
 */
function conversationListener(r: ReaderScope, phrase: string): string[] | undefined {
  const lower = `${phrase.toLowerCase()} `;
  const lead = r.lexicon.conversationPhrases.find((candidate) => lower.startsWith(`${candidate} `));
  if (lead === undefined) return undefined;
  const rest = phrase.slice(lead.length).trim();
  return rest === '' ? [] : rest.split(/\s+/u);
}

/** A conversation and whom it was with, in a few words and no comma: no subject of its own. */
function conversationWith(r: ReaderScope, phrase: string): boolean {
  const listener = conversationListener(r, phrase);
  return (
    listener !== undefined &&
    listener.length >= 1 &&
    listener.length <= MAX_LISTENER_WORDS &&
    !phrase.includes(',')
  );
}

function onlyParticlesOrHonorific(r: ReaderScope, phrase: string): boolean {
  const { lexicon } = r;
  const words = phrase.replace(TRAILING_HONORIFIC, '').trim().split(/\s+/u);
  return (
    words.every(
      (word) =>
        word === '' ||
        lexicon.particles.has(word.toLowerCase()) ||
        lexicon.honorifics.has(word.toLowerCase()) ||
        lexicon.titles.has(word.toLowerCase().replace(/\.$/u, '')),
    ) ||
    (words.length === 1 && lexicon.determiners.has((words[0] ?? '').toLowerCase()))
  );
}

/**
 * The role a name completes: "the president of" before "the Assembly", "el director de" before "Centros
 * Penales", "der Chef der" before "Behörde". The name is what the role is a role of, not who speaks.
 */
function complementRole(r: ReaderScope, prefix: string, mention?: Mention): string | undefined {
  const { lexicon, roles } = r;
  // A run that swallowed a word before a person's full name ("la ministre des Sports Laura Flessel") is
  // that person, not a body the role belongs to.
  const person = mention?.person;
  if (person !== undefined && !person.organisation && mention?.name.endsWith(` ${person.name}`) === true)
    return undefined;
  const trimmed = prefix.replace(/[,—–-]+$/u, '').trim();
  // "le ministre de l’Économie": an elided article leaves no empty word.
  const parts = trimmed.split(/[\s’']+/u).filter((part) => part !== '');
  // A title the name wears ("an aide to Mayor Anna Lindqvist"): the role is still of them.
  while (parts.length > 1 && lexicon.titles.has((parts.at(-1) ?? '').toLowerCase().replace(/\.$/u, '')))
    parts.pop();
  // "el director comercial de PILI Industrial": a word in capitals opens the body's name a lone word ends.
  while (
    parts.length > 1 &&
    mention?.name.includes(' ') === false &&
    /^\p{Lu}{2,}$/u.test(parts.at(-1) ?? '')
  )
    parts.pop();
  let cut = parts.length;
  while (cut > 0 && lexicon.complementWords.has((parts[cut - 1] ?? '').toLowerCase())) cut--;
  if (cut === parts.length || cut === 0) return undefined;
  const words = parts.slice(0, cut);
  // Nothing but the role's own words: "Senator Mitch McConnell of Kentucky" is a name and its state.
  const roleWordsOnly = words.every((word) => {
    const lower = word.toLowerCase();
    return (
      !/^\p{Lu}/u.test(word) ||
      roles.isRoleWord(word) ||
      lexicon.determiners.has(lower) ||
      lexicon.roleModifiers.has(lower) ||
      lexicon.complementWords.has(lower)
    );
  });
  const role = words.join(' ');
  return roleWordsOnly && roles.isRolePhrase(role) ? role : undefined;
}

/** German capitalises nouns: a single capitalised word the cast does not know is a noun, not a name. */
function speakable(r: ReaderScope, mention: Mention): boolean {
  const { lexicon } = r;
  return !(
    lexicon.capitalisesNouns &&
    mention.kind === 'single' &&
    mention.person === undefined &&
    !mention.ambiguous
  );
}

/** A single word the cast does not know, after nothing but an article: "the Conservative MP", not a surname. */
function unknownAfterArticle(r: ReaderScope, mention: Mention, prefix: string): boolean {
  const { lexicon } = r;
  return (
    mention.kind === 'single' &&
    (mention.person === undefined || !namedPerson(mention.person)) &&
    lexicon.determiners.has(prefix.trim().toLowerCase())
  );
}

/** Another person is named in a stretch of text (an appositive that holds a name is no appositive). */
function namesPerson(r: ReaderScope, start: number, end: number, except: Person | undefined): boolean {
  const { cast } = r;
  return cast.mentionsIn({ start, end }).some(
    (other) =>
      other.person !== undefined &&
      other.person !== except &&
      !other.person.organisation &&
      // A person marked as one, or a surname standing for someone named in full ("Berríos"); a
      // capitalised role ("the Virginia Democrat") is neither.
      (namedPerson(other.person) ||
        ((other.kind === 'single' || other.kind === 'titled') && /\s/u.test(other.person.name))),
  );
}

/** A single word the cast cannot vouch for, followed by a comma: a lead ("Posteriormente,"), not a subject. */
function unknownLead(r: ReaderScope, mention: Mention): boolean {
  const { text } = r;
  return (
    mention.kind === 'single' &&
    (mention.person === undefined || !namedPerson(mention.person)) &&
    /^\s*,/u.test(text.slice(mention.end, mention.end + 3))
  );
}

/** A role phrase without a name: "the coach", "her mother", "the company’s spokeswoman", "mladá anglická superstar". */
function roleReferent(
  r: ReaderScope,
  written: readonly WordToken[],
  at: number,
  needDeterminer: boolean,
): Referent | undefined {
  const { text, lexicon, roles } = r;
  const tokens = withoutElision(lexicon, written);
  if (tokens.length === 0 || tokens.length > 8) return undefined;
  const first = tokens[0]?.lower ?? '';
  if (needDeterminer && !lexicon.determiners.has(first) && !/['’]s$/u.test(tokens[0]?.word ?? ''))
    return undefined;
  if (tokens.some((token) => lexicon.speechWords.has(token.lower))) return undefined;
  // "l’association": the noun without its elided article; "le directeur de l’hôpital" is a role.
  const last = (tokens[tokens.length - 1]?.lower ?? '').replace(/^[ld][’']/u, '');
  const nouns = tokens.flatMap((token) => roles.roleNounsOf(token.word));
  const age = ageEpithet(lexicon, tokens);
  // "der 21-Jährige vor Gericht": an age is said of a person, whatever body the clause ends on.
  if (
    lexicon.organisationNouns.has(last) &&
    !roles.isRoleWord(last) &&
    nouns.length === 0 &&
    age === undefined
  )
    return { kind: 'organisation', at, noun: last };
  const decade = tokens
    .map((token) => lexicon.decadeEpithets.get(token.lower))
    .find((year) => year !== undefined);
  // "la préfecture dans un communiqué": the body's noun right after its article, then where it was said.
  const second = tokens[1]?.lower ?? '';
  if (
    nouns.length === 0 &&
    lexicon.definiteArticles.has(first.replace(/[’']$/u, '')) &&
    lexicon.organisationNouns.has(second) &&
    !roles.isRoleWord(second) &&
    !lexicon.complementWords.has(tokens[2]?.lower ?? 'de')
  )
    return { kind: 'organisation', at, noun: second };
  if (nouns.length === 0 && age === undefined && decade === undefined) return undefined;
  if (lexicon.indefiniteArticles.has(first)) return { kind: 'role', nouns, at, indefinite: true };
  // "the Conservative MP", "die neue Präsidentin": a definite article and no possessor; if nobody in the
  // article holds the role, it is an epithet for the person in view (with the gender the role tells).
  const definite =
    lexicon.definiteArticles.has(first.replace(/[’']$/u, '')) &&
    !tokens.some((token) => /['’]s$/u.test(token.word));
  // "– podsumowuje publicysta": a language without articles says a known person's role bare.
  const bare =
    !needDeterminer && lexicon.articleless && tokens.length <= 3 && !lexicon.determiners.has(first);
  if (!definite && !bare) return nouns.length === 0 ? undefined : { kind: 'role', nouns, at };
  const phrase = text.slice(tokens[0]?.start ?? at, tokens[tokens.length - 1]?.end ?? at);
  const epithet = roles.genderOfRole(phrase) ?? articleGender(lexicon, tokens) ?? 'any';
  if (decade !== undefined) return { kind: 'role', nouns, at, epithet, age: decade, ageSpan: 10 };
  return age === undefined ? { kind: 'role', nouns, at, epithet } : { kind: 'role', nouns, at, epithet, age };
}

/** "l’élu", "l’édile": an elided article written against its noun, split off it as a word of its own. */
function withoutElision(lexicon: Lexicon, tokens: readonly WordToken[]): readonly WordToken[] {
  const first = tokens[0];
  const elided = first === undefined ? null : /^(\p{L}[’'])(\p{L}.*)$/u.exec(first.word);
  if (first === undefined || elided?.[1] === undefined || elided[2] === undefined) return tokens;
  const article = elided[1].toLowerCase();
  if (!lexicon.determiners.has(article)) return tokens;
  const split = first.start + elided[1].length;
  return [
    { word: elided[1], lower: article, start: first.start, end: split },
    { word: elided[2], lower: elided[2].toLowerCase(), start: split, end: first.end },
    ...tokens.slice(1),
  ];
}

/** "the 36-year-old", "die 36-Jährige": the age an epithet gives (`ageEpithets`). */
function ageEpithet(lexicon: Lexicon, tokens: readonly WordToken[]): number | undefined {
  for (const token of tokens) {
    const age = /^(\d{1,3})-(.+)$/u.exec(token.lower);
    if (age?.[1] !== undefined && lexicon.ageEpithets.has(age[2] ?? '')) return Number(age[1]);
  }
  return undefined;
}

/** "la ministre", "die Abgeordnete", "die 36-Jährige": the article's gender, before a noun of common gender. */
function articleGender(lexicon: Lexicon, tokens: readonly WordToken[]): Gender | undefined {
  const gender = lexicon.articleGenders.get(tokens[0]?.lower ?? '');
  const common = tokens
    .slice(1)
    .some((token) => lexicon.commonGenderNouns.has(token.lower.replace(/^\d{1,3}-/u, '')));
  return common ? gender : undefined;
}

/**
 * The subject written right before a verb: "Maria Gonzalez", "the chief executive, Maria Gonzalez,",
 * "Lee, the Democratic Party leader,", "he", "she later", "de Miranda", "the coach".
 */
function subjectBeforeVerb(r: ReaderScope, range: Range, possessor = false): Referent | undefined {
  const { text, lexicon, roles, cast } = r;
  let tokens = wordTokens(text, range.start, range.end);
  while (tokens.length > 1 && lexicon.auxiliaries.has(tokens[tokens.length - 1]?.lower ?? ''))
    tokens = tokens.slice(0, -1);
  const first = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  if (first === undefined || lastToken === undefined || tokens.length > 16) return undefined;
  const phrase = text.slice(range.start, lastToken.end);
  if (SENTENCE_BREAK.test(phrase.replace(/(?<!\p{L})\p{Lu}\.\s/gu, ''))) return undefined;
  if (tokens.length === 1 && lexicon.pronouns.has(first.lower))
    return { kind: 'pronoun', word: first.lower, at: first.start };
  if (tokens.length === 1 && lexicon.organisationPronouns.has(first.lower))
    return { kind: 'organisation', at: first.start };
  const spokesperson = spokespersonOf(r, tokens);
  if (spokesperson !== undefined) return spokesperson;
  const mentions = cast
    .mentionsIn({ start: range.start, end: lastToken.end })
    .filter((mention) => speakable(r, mention));
  // Names that complete a role ("the president of the Assembly") are part of the role, not a subject.
  const isComplement = (mention: Mention): boolean =>
    complementRole(r, text.slice(range.start, mention.start), mention) !== undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || (mention.possessive && !possessor)) continue;
    const prefix = text.slice(range.start, mention.start).trim();
    const suffix = text.slice(possessor ? range.end : mention.end, lastToken.end);
    if (coordinatedAfter(r, suffix) || endsWithCoordinator(lexicon, prefix)) return undefined;
    if (coordinated(r.context, mention, lastToken.end)) return undefined;
    const lead = prefix.toLowerCase();
    const role = complementRole(r, prefix, mention);
    if (role !== undefined) {
      if (!SPEAKER_SUFFIX.test(suffix)) continue;
      // "el presidente de la Asamblea continuó": the one person whose role is that role of that body.
      return { kind: 'role', nouns: roles.roleNounsOf(role), at: range.start, qualifier: mention.name };
    }
    const prefixOk =
      lexicon.clauseLeads.has(lead) ||
      (!mentions
        .slice(0, i)
        .some(
          (other) =>
            !other.possessive &&
            other.end <= mention.start &&
            other.person !== undefined &&
            !other.person.organisation &&
            !isComplement(other),
        ) &&
        (prefix === '' ||
          onlyParticlesOrHonorific(r, prefix) ||
          isRoleOnly(r, prefix.replace(TRAILING_HONORIFIC, '')) ||
          POSSESSOR.test(prefix) ||
          conversationWith(r, prefix)));
    const suffixOk =
      SPEAKER_SUFFIX.test(suffix) &&
      // "Posteriormente, Berríos emitió …": a comma clause that names someone else is no appositive.
      !namesPerson(r, mention.end, lastToken.end, mention.person);
    if (prefixOk && suffixOk && !unknownAfterArticle(r, mention, prefix)) return { kind: 'mention', mention };
  }
  if (!mentions.every((mention) => qualifiesRole(r, mention, tokens))) return undefined;
  const referent = roleReferent(r, tokens, first.start, true);
  const qualifier = mentions[0]?.name;
  // "the Labour leader": the one holder of the role whose role names it ("Labour leader Keir Dalton"); a role
  // nobody holds is read as before, not here as an epithet for whoever is in view.
  if (qualifier === undefined || referent?.kind !== 'role' || referent.indefinite === true) return referent;
  const held = referent.nouns.some((noun) => r.cast.withRole(noun).some((person) => !person.organisation));
  return held ? { kind: 'role', nouns: referent.nouns, at: referent.at, qualifier } : undefined;
}

/**
 * "the Labour leader", "the Acme chief executive": a name inside a role phrase, between its article and its
 * role noun, qualifies the role; it is no subject, unless the article marks it as a person ("the Trump aide").
 */
function qualifiesRole(r: ReaderScope, mention: Mention, tokens: readonly WordToken[]): boolean {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    r.lexicon.definiteArticles.has(first.lower) &&
    mention.start > first.end &&
    mention.end < last.start &&
    r.roles.isRoleWord(last.word) &&
    !mention.possessive &&
    mention.person?.human !== true
  );
}

/**
 * "a spokeswoman for Acme", "an Acme spokesperson", "ein Sprecher der Acme GmbH", "un porte-parole d’Acme": an
 * unnamed spokesperson speaks for the body named with them (`spokespersonNouns`), not for a person the article
 * gives a gender or a role ("a spokesman for Mayor Anna Lindqvist"). Where nouns are capitalised, only a run the cast
 * knows as an organisation is a body.
 */
/**
 * "un porte-parole de la SNCF", "de l’ONU", "a spokesperson for the FBI": a body written as an acronym (no name the cast
 * reads), after nothing but the words that link a role to its body.
 */
function acronymServed(lexicon: Lexicon, tokens: readonly WordToken[]): Referent | undefined {
  const at = tokens.findIndex(
    (token) => !lexicon.complementWords.has(token.lower) && !lexicon.definiteArticles.has(token.lower),
  );
  // "de l’ONU": an elided article written against it.
  const acronym = /^(?:\p{Ll}[’'])?(\p{Lu}{2,6})$/u.exec(tokens[at]?.word ?? '')?.[1];
  return at > 0 && acronym !== undefined ? { kind: 'named-organisation', name: acronym } : undefined;
}

function spokespersonOf(r: ReaderScope, tokens: readonly WordToken[]): Referent | undefined {
  const { text, lexicon, roles, cast } = r;
  if (!lexicon.indefiniteArticles.has(tokens[0]?.lower ?? '')) return undefined;
  const at = tokens.findIndex((token) =>
    roles.roleNounsOf(token.word).some((noun) => lexicon.spokespersonNouns.has(noun)),
  );
  const noun = tokens[at];
  const first = tokens[1];
  if (noun === undefined || first === undefined || at > 4) return undefined;
  if (noun === first) {
    const compound = compoundSpokesperson(r, noun);
    if (compound !== undefined) return compound;
  }
  const before = cast.mentionsIn({ start: first.start, end: noun.start }).at(-1);
  const after = cast.mentionsIn({ start: noun.end, end: noun.end + 60 })[0];
  const linked =
    after !== undefined &&
    text
      .slice(noun.end, after.start)
      .toLowerCase()
      .split(/[\s’']+/u)
      .filter((word) => word !== '')
      .every(
        (word) =>
          lexicon.complementWords.has(word) ||
          lexicon.definiteArticles.has(word) ||
          lexicon.organisationNouns.has(word),
      );
  const body = before ?? (linked ? after : undefined);
  const person = body?.person;
  if (body === undefined) return acronymServed(lexicon, tokens.slice(at + 1));
  if (body.ambiguous || body.possessive) return undefined;
  const organisation = body.kind === 'organisation' || person?.organisation === true;
  // A person the article marks as one by a gender, a role or an honorific, or names in full ("a Biden
  // spokesperson" after "Joe Biden"): whom the spokesperson serves, not the speaker.
  const someone =
    person !== undefined &&
    (person.gender !== undefined || person.roleNouns.size > 0 || /\s/u.test(person.name));
  if (!organisation && (lexicon.capitalisesNouns || someone || body.kind === 'titled')) return undefined;
  return { kind: 'named-organisation', name: person?.name ?? body.name };
}

/**
 * "ein Siemens-Sprecher", "eine Bahn-Sprecherin", "ein Konzernsprecher": a spokesperson's noun with the body
 * written into it speaks for that body — the name before the hyphen, unless the article has a person of that
 * name ("ein Merkel-Sprecher"), or the one body named before with the noun before the role ("Konzern").
 */
function compoundSpokesperson(r: ReaderScope, token: WordToken): Referent | undefined {
  const { lexicon, roles, cast } = r;
  const hyphen = /^(\p{Lu}[\p{L}\p{N}&]*)-(\p{L}+)$/u.exec(token.word);
  const named = hyphen?.[1];
  if (named !== undefined && hyphen?.[2] !== undefined && roles.roleNounsOf(hyphen[2]).length > 0) {
    const person = cast.people.some(
      (person) => !person.organisation && person.name.split(/\s+/u).includes(named),
    );
    return person ? undefined : { kind: 'named-organisation', name: named };
  }
  const spokesperson = [...lexicon.spokespersonNouns].find((noun) => token.lower.endsWith(noun));
  const prefix = token.lower.slice(0, token.lower.length - (spokesperson?.length ?? 0)).replace(/s$/u, '');
  if (spokesperson === undefined || !lexicon.organisationNouns.has(prefix)) return undefined;
  return { kind: 'organisation', at: token.start, noun: prefix };
}

/**
 * The speaker written after the verb, up to the end of its clause: "said Maria Gonzalez, the chief
 * executive", "sagte er", "so Merkel", "says Ravens GM Ozzie Newsome", "a déclaré jeudi le ministre",
 * "píše na Twitter Gary Lineker", "tvrdí mladá anglická superstar".
 */
function subjectAfterVerb(r: ReaderScope, from: number, limit: number): Referent | undefined {
  const { text, lexicon, roles, cast } = r;
  const end = clauseEndAfter(r, from, limit);
  const tokens = wordTokens(text, from, end).slice(0, 10);
  const first = tokens[0];
  if (first === undefined) return undefined;
  if (lexicon.pronouns.has(first.lower)) return { kind: 'pronoun', word: first.lower, at: first.start };
  // "Selon lui, « … »": a pronoun after the source word, alone in its clause.
  const stressed = lexicon.stressedPronouns.get(first.lower);
  if (stressed !== undefined && tokens.length === 1)
    return { kind: 'pronoun', word: stressed, at: first.start };
  if (lexicon.organisationPronouns.has(first.lower) && tokens.length === 1)
    return { kind: 'organisation', at: first.start };
  // German capitalises nouns, but a noun that speaks takes an article ("sagt ein Sprecher"): a single
  // unknown word right after a verb in the singular ("sagt Brenner", "kommentiert Welskop-Deffaa ihre
  // Wahl") is a name. Plural verbs ("sagen Experten") and "so" take bare nouns, and stay out.
  const verbWord = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1]?.toLowerCase();
  // "told the Herald": whom it was said to.
  if (verbWord !== undefined && lexicon.listenerVerbs.has(verbWord)) return undefined;
  const spokesperson = spokespersonOf(r, tokens);
  if (spokesperson !== undefined) return spokesperson;
  const bareName = (mention: Mention): boolean =>
    lexicon.capitalisesNouns &&
    mention.kind === 'single' &&
    mention.person === undefined &&
    !mention.ambiguous &&
    mention.start === first.start &&
    verbWord !== undefined &&
    lexicon.speechWords.has(verbWord) &&
    !lexicon.pluralVerbEndings.some((ending) => verbWord.endsWith(ending)) &&
    !lexicon.sourceFirst.has(verbWord) &&
    !roles.isRoleWord(mention.name) &&
    roles.roleNounsOf(mention.name).length === 0 &&
    !lexicon.organisationNouns.has(mention.name.toLowerCase());
  // "aseguró a Bloomberg la responsable …": the medium heard it; the subject comes after it.
  const heard = lexicon.recipientMarkers.has(first.lower) ? asideLength(lexicon, tokens) : 0;
  const afterHeard = heard > 1 && !/^\p{Lu}/u.test(tokens[heard]?.word ?? 'X') ? tokens[heard] : undefined;
  const mentions = cast
    .mentionsIn({ start: afterHeard?.start ?? from, end: tokens.at(-1)?.end ?? end })
    .filter(
      (mention) => (speakable(r, mention) || bareName(mention)) && !heardAfterSubject(r, from, mention),
    );
  const fits = (mention: Mention): boolean => fitsAfterVerb(r, from, mention);
  // "selon le ministère des Affaires étrangères", "according to the Department of Conservation": the
  // organisation, named with its noun.
  const organisationAt = tokens.findIndex(
    (token) => lexicon.organisationNouns.has(token.lower) && !roles.isRoleWord(token.lower),
  );
  const organisation = tokens[organisationAt];
  // Only its name's own words between the noun and the name ("ministère des Affaires"): "a este diario el
  // ministro Luis Cano" is said to a paper, by a minister.
  const bodyName = mentions.find((mention) => mention.start > (organisation?.start ?? Infinity));
  const joined =
    bodyName !== undefined &&
    organisation !== undefined &&
    !lexicon.recipientMarkers.has(first.lower) &&
    wordTokens(text, organisation.end, bodyName.start).every(
      (token) => lexicon.complementWords.has(token.lower) || lexicon.definiteArticles.has(token.lower),
    );
  if (organisation !== undefined && organisationAt <= 2 && joined) {
    const last = mentions[mentions.length - 1];
    const endAt = Math.max(last?.end ?? organisation.end, tokens.at(-1)?.end ?? organisation.end);
    return { kind: 'named-organisation', name: text.slice(organisation.start, endAt) };
  }
  const holder = (mention: Mention): boolean => fits(mention) && !qualifiesNext(r, mentions, mention);
  const named =
    mentions.find((mention) => mention.person !== undefined && holder(mention)) ?? mentions.find(holder);
  if (named !== undefined)
    return bareName(named)
      ? { kind: 'mention', mention: named, bare: true }
      : { kind: 'mention', mention: named };
  const completed = completedRole(r, from, end, first, mentions[0]);
  if (completed !== undefined) return completed;
  if (mentions.some((mention) => !toListener(r, text.slice(from, mention.start).trim()))) return undefined;
  const role = roleAfterVerb(r, tokens);
  return role?.kind === 'role' && role.indefinite !== true ? (apposedName(r, end) ?? role) : role;
}

/** "said Shinhan Investment analyst Choi Do-yeon": a body glued before a role and a person's name is the role's. */
function qualifiesNext(r: ReaderScope, mentions: readonly Mention[], mention: Mention): boolean {
  if (!r.lexicon.english) return false;
  return mentions.some(
    (next) =>
      next.start > mention.end &&
      next.person?.human === true &&
      r.roles.isRolePhrase(r.text.slice(mention.end, next.start).trim()),
  );
}

/**
 * "explicó el funcionario a la Agencia Andina": a name after a recipient marker (and its article) that
 * follows the subject is whom it was said to.
 */
function heardAfterSubject(r: ReaderScope, from: number, mention: Mention): boolean {
  const { lexicon } = r;
  const words = wordTokens(r.text, from, mention.start);
  let at = words.length - 1;
  if (lexicon.definiteArticles.has(words[at]?.lower ?? '')) at--;
  return at > 0 && lexicon.recipientMarkers.has(words[at]?.lower ?? '');
}

/**
 * "so der Chef der Behörde", "añadió el presidente de la Asamblea": a role of a named body; "afirmó el
 * presidente de la Comisión … y director de …, Juan Salas": the holder set off after it.
 */
function completedRole(
  r: ReaderScope,
  from: number,
  end: number,
  first: WordToken,
  completed: Mention | undefined,
): Referent | undefined {
  if (completed === undefined) return undefined;
  const role = complementRole(r, r.text.slice(from, completed.start), completed);
  const nouns = role === undefined ? [] : r.roles.roleNounsOf(role);
  if (nouns.length === 0) return undefined;
  return apposedName(r, end) ?? { kind: 'role', nouns, at: first.start, qualifier: completed.name };
}

/**
 * "de acuerdo con la alcaldesa, Rosa Vidal,": the full name of a person set off by a comma right after a role,
 * the clause ending with it, is the role's holder.
 */
function apposedName(r: ReaderScope, comma: number): Referent | undefined {
  const { text, cast } = r;
  if (text[comma] !== ',') return undefined;
  const mention = cast.mentionsIn({ start: comma + 1, end: Math.min(text.length, comma + 80) })[0];
  if (mention === undefined || text.slice(comma + 1, mention.start).trim() !== '') return undefined;
  const person = mention.person;
  if (person === undefined || person.organisation || !/\s/u.test(mention.name)) return undefined;
  return /^\s*(?:[,.;:!?"“”«»]|$)/u.test(text.slice(mention.end, mention.end + 2))
    ? { kind: 'mention', mention }
    : undefined;
}

/** "said the spokesman" / "ajoute le politique letton"; languages without articles need none. */
function roleAfterVerb(r: ReaderScope, tokens: readonly WordToken[]): Referent | undefined {
  const { context, lexicon } = r;
  // "dijo a la prensa el alcalde", "ha denunciado este martes el presidente de …": past whom it was said to
  // and when, the role.
  const aside = asideLength(lexicon, tokens);
  const role = tokens[aside];
  if (role === undefined) return undefined;
  if (aside > 0) return roleReferent(r, tokens.slice(aside, aside + 8), role.start, true);
  // "résume sobrement le quinquagénaire": a manner adverb before the subject.
  const adverb = lexicon.adverbSuffix !== undefined && role.lower.endsWith(lexicon.adverbSuffix) ? 1 : 0;
  return (
    roleReferent(r, tokens.slice(adverb, adverb + 8), role.start, true) ??
    (context.english ? undefined : roleReferent(r, tokens.slice(0, 4), role.start, false))
  );
}

/**
 * A name after a speech verb is its subject: right after it, after an honorific, a role or a possessor, or
 * (outside English) a short adverbial; not one of several joined names, whom it was said to, or what a role
 * is a role of.
 */
function fitsAfterVerb(r: ReaderScope, from: number, mention: Mention): boolean {
  const { context, text, lexicon, roles } = r;
  if (mention.possessive || coordinatedAfter(r, text.slice(mention.end, mention.end + 6))) return false;
  // "said Anna Lindqvist, Tom Berg and Ola Ek": the first of a list of names.
  if (coordinated(context, mention, sentenceAt(context, mention.end).end)) return false;
  const prefix = text.slice(from, mention.start).trim().replace(TRAILING_HONORIFIC, '').trim();
  // Not the article alone: "disse a Associação Comercial" (Portuguese "a", the Czech "and").
  if (endsWithCoordinator(lexicon, prefix) && !lexicon.definiteArticles.has(prefix.toLowerCase()))
    return false;
  // "powiedział Adam Kruk z Janem Sroką": a name joined after another one is no subject on its own.
  const joiner = /\p{Lu}\S*\s+(\p{Ll}+)$/u.exec(prefix)?.[1];
  if (joiner !== undefined && lexicon.conjunctions.has(joiner) && inJoinedCase(lexicon, joiner, mention.name))
    return false;
  // "dijo a El Faro", "a déclaré à l’AFP": whom it was said to.
  const firstWord = /^[\p{L}]+/u.exec(prefix)?.[0]?.toLowerCase();
  if (firstWord !== undefined && lexicon.recipientMarkers.has(firstWord)) {
    // "señaló a este diario el ministro Luis Cano": whom it was said to, then the speaker's role and name;
    // not "dijo a la ministra Ana Ruiz", nor "a su colega, la ministra Ana Ruiz", the listener named.
    const words = prefix.split(/\s+/u);
    // "dijo a Efe Rosa Vidal", "explique à l’AFP Jeanne Martin", "declaró a EFE la alcaldesa, Rosa Vidal",
    // "explicó a este diario Luis Cano", "dijo a la prensa la alcaldesa Rosa Vidal": a medium by its name or
    // its noun, then the speaker (and their role).
    // The speaker is named in full after it ("dijo a El Diario" names only the listener).
    // The medium's name may be in words ("à France Info"). A lone word in lower case is not read as one: "ao
    // amigo", "al compañero", "au collègue" put the person spoken to before the name, as "à franceinfo" would.
    const capitalised = words
      .slice(1, 4)
      .findIndex((word) => !/^(?:[ld][’'])?\p{Lu}[\p{L}.&-]*$/u.test(word));
    const mediumEnd = capitalised === -1 ? Math.min(words.length, 4) : capitalised + 1;
    const end = Math.max(listenerLength(lexicon, words), mediumEnd);
    const medium = end > 1 && /\s/u.test(mention.name) && mention.person?.organisation !== true;
    const role = words.slice(end).join(' ').replace(/,$/u, '');
    const withArticle = lexicon.definiteArticles.has(words[end]?.toLowerCase() ?? '');
    if (medium && (role === '' || (withArticle && !role.includes(',') && roles.isRolePhrase(role))))
      return true;
    const at = words.findLastIndex((word) => lexicon.definiteArticles.has(word.toLowerCase()));
    return at >= 2 && at <= 3 && !prefix.includes(',') && roles.isRolePhrase(words.slice(at).join(' '));
  }
  if (complementRole(r, prefix, mention) !== undefined || unknownAfterArticle(r, mention, prefix))
    return false;
  // "according to a statement from Acme", "said a statement issued by Acme": the body whose statement it is.
  const issued = wordTokens(prefix, 0, prefix.length);
  const noun = issued.findIndex((token) => lexicon.issuedNouns.has(token.lower));
  // A single word nobody else is known by ("a statement released by Cerner officials") is the issuer too.
  const issuer =
    mention.person?.organisation === true ||
    (lexicon.english && mention.kind === 'single' && !mention.ambiguous);
  if (issuer && noun !== -1 && noun <= 1 && issued.length - noun <= 3) return true;
  // "zaznaczył w rozmowie z PAP Marek Zieliński": the last name of the clause, after whom it was said to.
  // "powiedziała w rozmowie z Janem Wróblem": the name right after the phrase is whom it was said to.
  if (conversationListener(r, prefix) !== undefined)
    return conversationWith(r, prefix) && lastNameOfClause(r, mention);
  // "a prévenu le ministre sur France Inter": a name after a preposition is where it was said.
  const afterPreposition = lexicon.mediumPrepositions.has(
    /(\p{L}+)$/u.exec(prefix)?.[1]?.toLowerCase() ?? '',
  );
  // "dijo ayer en Sevilla": a name right after where it was said is the place.
  if (afterPreposition && !roles.isRolePhrase(prefix)) return false;
  if (toListener(r, prefix)) return false;
  if (
    prefix === '' ||
    onlyParticlesOrHonorific(r, prefix) ||
    (roles.isRolePhrase(prefix) && !afterPreposition) ||
    POSSESSOR.test(prefix)
  )
    return true;
  if (placedRole(r, prefix)) return true;
  // Other languages put a short adverbial between the verb and its subject ("na Twitter", "jeudi"); a role
  // there is the subject, the name after it where it was said ("a prévenu le ministre sur France Inter").
  const words = wordTokens(prefix, 0, prefix.length);
  return (
    !context.english &&
    words.length <= 3 &&
    words.every((word) => !lexicon.speechWords.has(word.lower) && !roles.isRoleWord(word.word))
  );
}

/**
 * "confie la réalisatrice à Numerama", "a déclaré le ministre lors d’un entretien à la télévision Skaï": a
 * name after a recipient marker, with no role between them, is whom it was said to, not the subject ("à
 * Paris le ministre Luc Roy" names the speaker after the place).
 */
function toListener(r: ReaderScope, prefix: string): boolean {
  const { lexicon, roles } = r;
  const words = prefix.split(/\s+/u);
  const at = words.findLastIndex(
    (word) => lexicon.recipientMarkers.has(word) && !lexicon.definiteArticles.has(word),
  );
  return at >= 0 && words.slice(at + 1).every((word) => !roles.isRoleWord(word));
}

/**
 * "escribió en su cuenta de Twitter el comerciante", "disse em entrevista ao jornal o prefeito": where or how
 * it was said (a phrase opened by one of `asideLeads`, without a comma), then a role after
 * its definite article — not the object of a preposition or a conjunction ("en nombre de la alcaldesa").
 */
function placedRole(r: ReaderScope, prefix: string): boolean {
  const { lexicon, roles } = r;
  const words = prefix.split(/\s+/u);
  const lowers = words.map((word) => word.toLowerCase());
  if (prefix.includes(',') || words.length > 10 || !lexicon.asideLeads.has(lowers[0] ?? '')) return false;
  const at = lowers.findLastIndex(
    (word, index) => word === words[index] && lexicon.definiteArticles.has(word),
  );
  const before = lowers[at - 1] ?? '';
  if (
    at < 2 ||
    lexicon.complementWords.has(before) ||
    lexicon.conjunctions.has(before) ||
    lexicon.recipientMarkers.has(before) ||
    lexicon.asideLeads.has(before) ||
    lexicon.determiners.has(before)
  )
    return false;
  return roles.isRolePhrase(words.slice(at).join(' '));
}

/**
 * How many words of `words` (a recipient marker first) say whom something was said to: the marker, then a
 * medium by its capitalised name ("a Efe", "a EL PAÍS", "à l’AFP") or by a listener noun after its
 * determiners, with the medium's name after it ("a la prensa", "a este diario", "à agência Lusa"). 1 when
 * nothing names a medium.
 */
function listenerLength(lexicon: Lexicon, words: readonly string[]): number {
  const capitalised = (word: string | undefined): boolean =>
    /^(?:[ld][’'])?\p{Lu}[\p{L}.&-]*$/u.test(word ?? '');
  // Determiners in lower case: "a EL PAÍS" is a paper's name in capitals.
  const determiner = (word = ''): boolean =>
    lexicon.determiners.has(word) || lexicon.demonstratives.has(word);
  let at = 1;
  while (determiner(words[at])) at++;
  if (lexicon.listenerNouns.has(words[at] ?? '')) at++;
  else if (at > 1 || !capitalised(words[1])) return 1;
  while (capitalised(words[at])) at++;
  return at;
}

/**
 * How many words right after a speech verb say whom it was said to (a medium: "a la prensa", "à agência
 * Lusa") and when ("este martes", "ayer", `timeAdverbs`, days and months), before its subject.
 */
function asideLength(lexicon: Lexicon, tokens: readonly WordToken[]): number {
  const heard = lexicon.recipientMarkers.has(tokens[0]?.lower ?? '')
    ? listenerLength(
        lexicon,
        tokens.map((token) => token.word),
      )
    : 0;
  let at = heard > 1 ? heard : 0;
  const when = (token: WordToken | undefined): boolean =>
    token !== undefined &&
    (lexicon.timeAdverbs.has(token.lower) || lexicon.calendarWords.has(token.lower.split('-')[0] ?? ''));
  for (;;) {
    const token = tokens[at];
    if (when(token)) at++;
    else if (lexicon.demonstratives.has(token?.lower ?? '') && when(tokens[at + 1])) at += 2;
    else return at;
  }
}

/** No other name follows `mention` in its sentence before a comma or the sentence's end. */
function lastNameOfClause(r: ReaderScope, mention: Mention): boolean {
  const end = sentenceAt(r.context, mention.end).end;
  const comma = r.text.indexOf(',', mention.end);
  const limit = comma !== -1 && comma < end ? comma : end;
  return r.cast.mentionsIn({ start: mention.end, end: limit }).length === 0 && /\s/u.test(mention.name);
}

function readPronoun(r: ReaderScope, word: string, at: number): Candidate | undefined {
  return resolvePronoun(r, word, at);
}

function readVoice(r: ReaderScope, sentence: Range, limit: number, lastSpeaker?: Person): Person | undefined {
  return sentenceVoice(r, sentence, limit, lastSpeaker);
}

function readAfter(r: ReaderScope, span: QuoteSpan, index: number): Attribution | undefined {
  const { context, text, lexicon, quotes, cjk } = r;
  if (span.continued) return undefined;
  const paragraph = context.paragraphs[span.paragraph];
  if (paragraph === undefined) return undefined;
  const next = quotes[index + 1];
  const from = span.close + 1;
  const end = next?.paragraph === span.paragraph ? next.open : paragraph.end;
  const limit = Math.min(paragraph.end, from + 220, end);
  if (from >= limit) return undefined;
  if (cjk !== undefined && inScriptClause(text.slice(from, limit))) return cjkAfter(r, span, from, limit);
  const lead = LEADING_PUNCTUATION.exec(text.slice(from, limit))?.[0] ?? '';
  const leadEnd = from + lead.length;
  const tokens = wordTokens(text, leadEnd, limit).slice(0, 16);
  const first = tokens[0];
  if (first === undefined) return undefined;
  const byline = dashByline(r, lead, leadEnd, limit) ?? apposedSpeaker(r, span, leadEnd, end);
  if (byline !== undefined) return byline;
  const publication = publicationAfter(context, tokens);
  if (publication !== undefined)
    return bind({ speaker: publication, confidence: WEIGHT.organisation }, WEIGHT.after, 'after');
  // "« … », pouvait-on lire sur une banderole": read somewhere nobody is named; the words are nobody's.
  if (lexicon.publicationLeads.some((words) => words.every((word, i) => tokens[i]?.lower === word)))
    return { confidence: 0, via: 'after', weak: true };
  // "…win." Gonzalez said the plan… — after a full stop, a capitalised word starts a new sentence.
  const periodEnded = /[.。]$/u.test(text.slice(span.inner.start, span.inner.end)) || /[.!?]/u.test(lead);
  if (periodEnded && firstLetterCase(first.word) === 'upper') return resumed(r, tokens, limit);
  if (lexicon.quotingVerbs.has(first.lower)) return quotedBy(r, first.end, limit);
  for (let t = 0; t < Math.min(14, tokens.length); t++) {
    const token = tokens[t];
    if (
      token === undefined ||
      SENTENCE_BREAK.test(text.slice(leadEnd, token.start).replace(/(?<!\p{L})\p{Lu}\.\s/gu, ''))
    )
      return closingClause(r, span, leadEnd, limit, tokens);
    const verb = verbAt(r, tokens, t) ?? (t === 0 ? nounVerbAfterQuote(r, lead, token) : undefined);
    if (verb === undefined || verb.characterising) continue;
    let referent: Referent | undefined;
    let weight: number = WEIGHT.after;
    if (verb.pronoun !== undefined) {
      if (t !== 0) return undefined;
      referent = { kind: 'pronoun', word: verb.pronoun, at: verb.start };
    } else if (t === 0) {
      referent = pluralSubject(verb, subjectAfterVerb(r, verb.end, verb.subjectEnd ?? limit));
      // "«…», afirmó." / "«…», dijo a El Faro.": a language that drops the pronoun; the verb alone (or
      // with whom it was said to) points to the person in view.
      if (
        referent === undefined &&
        verb.plural !== true &&
        lexicon.dropsSubject &&
        onlyListenerFollows(r, verb.end, limit)
      )
        referent = { kind: 'pronoun', word: '', at: verb.start };
    } else {
      referent = pluralSubject(verb, subjectBeforeVerb(r, { start: leadEnd, end: verb.start }));
      if (referent === undefined && verb.plural !== true) {
        // “…” in that law, Azzouz said. — the attribution clause closes the sentence.
        const comma = text.lastIndexOf(',', verb.start);
        if (comma > leadEnd && text.slice(comma + 1, verb.start).trim() === '') {
          // “…” in Iowa, said Pat Rynard, managing editor of …: the inverted clause names its speaker.
          const inverted = subjectAfterVerb(r, verb.end, limit);
          if (inverted?.kind === 'mention') {
            referent = inverted;
            weight = WEIGHT.afterSentenceEnd;
          }
        } else if (comma > leadEnd && sentenceEndsSoon(r, verb.end, limit)) {
          referent = subjectBeforeVerb(r, { start: comma + 1, end: verb.start });
          weight = WEIGHT.afterSentenceEnd;
        }
      }
    }
    // A speech verb right after the quotation whose subject cannot be read ("one user wrote"): the
    // quotation is somebody's; nobody is named.
    if (referent === undefined) return { confidence: 0, via: 'after', weak: true };
    const attribution = bind(resolve(r, referent), weight, 'after');
    if (attribution !== undefined && weight === WEIGHT.afterSentenceEnd) attribution.weak = true;
    return attribution;
  }
  return closingClause(r, span, leadEnd, limit, tokens);
}

/** "according to X", "selon X", "по словам X": the source named after the phrase before the quotation. */
function readSource(r: ReaderScope, verb: VerbMatch, span: QuoteSpan): Attribution | undefined {
  const referent = subjectAfterVerb(r, verb.end, span.open) ?? namedSource(r, verb.end, span.open);
  if (referent === undefined) return undefined;
  return onlyInCase(r, referent)
    ? { confidence: 0, via: 'source' }
    : bind(resolve(r, referent), WEIGHT.source, 'source');
}

/**
 * "По словам Петрова", "według Jana Kowalskiego", "podle Nováka": where names take cases (`caseEndings`), the
 * name after a source phrase is in the genitive. A person the article names only there is shown by no name:
 * never the inflected form ("Петрова" is not Petrov's name).
 */
function onlyInCase(r: ReaderScope, referent: Referent): boolean {
  if (r.lexicon.caseEndings.length === 0 || referent.kind !== 'mention') return false;
  const { mention } = referent;
  if (mention.person?.organisation === true) return false;
  return (
    mention.person === undefined ||
    mention.person.named.every((at) => at >= mention.start && at < mention.end)
  );
}

/**
 * "«…», — цитирует РИА Новости Ивана Петрова", "— цитирует Петрова ТАСС": a medium quotes someone. The speaker
 * is the one person named after the verb whom the article also names elsewhere (in the nominative: the name
 * here is in another case), else nobody — never the medium.
 */
function quotedBy(r: ReaderScope, from: number, limit: number): Attribution {
  const end = clauseEndAfter(r, from, limit);
  const quoted = r.cast
    .mentionsIn({ start: from, end })
    .filter(
      (mention) =>
        mention.person !== undefined &&
        !mention.person.organisation &&
        mention.person.named.some((at) => at < from || at >= end),
    );
  const [mention] = quoted;
  const nobody: Attribution = { confidence: 0, via: 'after', weak: true };
  if (quoted.length !== 1 || mention === undefined) return nobody;
  return bind(resolve(r, { kind: 'mention', mention }), WEIGHT.after, 'after') ?? nobody;
}

/**
 * „…“ Das sagt Bürgermeister Peter Kranz.: a sentence opening with a word that points back to the quotation
 * (`resumptives`), then a speech verb in the singular and its subject, is the quotation's attribution.
 */
function resumed(r: ReaderScope, tokens: readonly WordToken[], limit: number): Attribution | undefined {
  if (!r.lexicon.resumptives.has(tokens[0]?.lower ?? '')) return undefined;
  const verb = verbAt(r, tokens, 1);
  if (verb === undefined || verb.characterising) return undefined;
  // „…“ Das sagen viele Eltern.: several people's words, nobody's in particular.
  if (verb.plural === true) return { confidence: 0, via: 'after' };
  const referent = subjectAfterVerb(r, verb.end, verb.subjectEnd ?? limit);
  const attribution =
    referent === undefined ? undefined : bind(resolve(r, referent), WEIGHT.afterSentenceEnd, 'after');
  if (attribution !== undefined) attribution.weak = true;
  return attribution;
}

/**
 * "« … », tranche la ministre": a verb whose present is also a noun (`afterQuoteVerbs`) is the verb right after
 * the quotation and its comma, where no noun could stand without its article.
 */
function nounVerbAfterQuote(r: ReaderScope, lead: string, token: WordToken): VerbMatch | undefined {
  if (!r.lexicon.afterQuoteVerbs.has(token.lower) || !/^\s*,\s*$/u.test(lead)) return undefined;
  return { start: token.start, end: token.end, phrase: token.lower, length: 1, characterising: false };
}

/** A name's apposition between the quotation and the verb: one comma-free phrase ("a nurse at St Mary’s"). */
const APPOSITION = /^\s*,\s*([^,.;:!?()“”"«»„‹›\n]{2,200}?)\s*,\s*/u;

/**
 * `“…,” Robin Berg, a doctoral student in archaeology at the University of Uppsala, told the paper.`: a person
 * named right after the quotation, a role in apposition however long, then the speech verb (in French with
 * its pronoun, "…, a-t-elle expliqué", of the person's gender).
 */
function apposedSpeaker(
  r: ReaderScope,
  span: QuoteSpan,
  from: number,
  limit: number,
): Attribution | undefined {
  const { text, cast, roles, lexicon } = r;
  const closedByComma =
    /,\s*$/u.test(text.slice(span.inner.start, span.inner.end)) || /^\s*,/u.test(text.slice(span.close + 1));
  const mention = closedByComma ? cast.mentionAt(from) : undefined;
  const person = mention?.person;
  if (mention === undefined || person === undefined || person.organisation || mention.possessive)
    return undefined;
  const apposition = APPOSITION.exec(text.slice(mention.end, Math.min(limit, mention.end + 240)));
  const phrase = apposition?.[1];
  if (apposition === undefined || apposition === null || phrase === undefined) return undefined;
  const head = wordTokens(phrase, 0, phrase.length).slice(0, 4);
  if (!head.some((token) => roles.isRoleWord(token.word))) return undefined;
  const verbFrom = mention.end + apposition[0].length;
  const verb = verbAt(r, wordTokens(text, verbFrom, Math.min(limit, verbFrom + 60)), 0);
  if (verb === undefined || verb.characterising || verb.plural === true) return undefined;
  const gender = verb.pronoun === undefined ? undefined : lexicon.pronouns.get(verb.pronoun);
  if (gender !== undefined && person.gender !== undefined && person.gender !== gender) return undefined;
  return bind(fromPerson(person, WEIGHT.named, mention.role ?? phrase), WEIGHT.after, 'after');
}

/** The most words a byline after a dash has: a name and a short role ("– Kai Dörfner, Lektor"). */
const MAX_BYLINE_WORDS = 8;

/**
 * "„…“ – Kai Dörfner", "“…” — Jane Doe, editor": the byline of a blurb, an epigraph or a testimonial, a
 * person's full name alone after a dash, maybe with a role after a comma, to the end of the paragraph.
 */
function dashByline(r: ReaderScope, lead: string, from: number, limit: number): Attribution | undefined {
  const { text, cast } = r;
  if (!/[–—]/u.test(lead)) return undefined;
  const rest = text.slice(from, limit).replace(/[.\s]+$/u, '');
  if (rest === '' || /[.!?;:“”"«»„]/u.test(rest.replace(/(?<!\p{L})\p{Lu}\.\s/gu, ''))) return undefined;
  if (wordTokens(rest, 0, rest.length).length > MAX_BYLINE_WORDS) return undefined;
  const mention = cast.mentionsIn({ start: from, end: from + rest.length })[0];
  const person = mention?.person;
  // A full name is enough: the byline itself says a person signs the words.
  const named =
    person !== undefined && (namedPerson(person) || (mention?.kind === 'full' && !person.organisation));
  if (mention === undefined || !named || mention.start !== from) return undefined;
  const after = text.slice(mention.end, from + rest.length);
  if (after.trim() !== '' && !/^\s*,/u.test(after)) return undefined;
  return bind(resolve(r, { kind: 'mention', mention }), WEIGHT.after, 'after');
}

function readBefore(r: ReaderScope, span: QuoteSpan, index: number): Attribution | undefined {
  const { context, text, lexicon, quotes, cjk } = r;
  const sentence = sentenceAt(context, span.open);
  const from = Math.max(sentence.start, span.open - 300);
  if (cjk !== undefined && CJK_SCRIPT.test(text.slice(Math.max(from, span.open - 3), span.open)))
    return cjkBefore(r, span, from);
  // Words inside earlier quotations in the sentence are the speaker's, not the attribution.
  const earlier: QuoteSpan[] = [];
  for (let k = index - 1; k >= 0; k--) {
    const quote = quotes[k];
    if (quote === undefined || quote.close < from) break;
    earlier.push(quote);
  }
  const inQuote = (token: Range): boolean =>
    earlier.some((quote) => quote.open < token.start && token.end <= quote.close);
  const sourced = patternSource(r, blankQuotes(text.slice(from, span.open), from, earlier), from);
  if (sourced !== undefined) return sourced;
  const tokens = wordTokens(text, from, span.open).filter((token) => !inQuote(token));
  let verb: VerbMatch | undefined;
  let verbIndex = -1;
  for (let t = 0; t < tokens.length; t++) {
    const match = verbAt(r, tokens, t);
    if (match === undefined) continue;
    t += match.length - 1;
    // "betonen die Unterzeichner den Angaben zufolge, „…“": the clause's own verb says who speaks.
    if (verb !== undefined && lexicon.postposedSources.has(match.phrase)) continue;
    verb = match;
    verbIndex = t - match.length + 1;
  }
  if (verb === undefined || tokens.length - (verbIndex + verb.length) > MAX_WORDS_FROM_VERB) return undefined;
  const voiced = context.english ? gerundVoice(r, verb) : undefined;
  if (voiced !== undefined) return bind(resolve(r, voiced), WEIGHT.beforeAdjacent, 'before');
  if (verb.pronoun !== undefined)
    return bind(
      resolve(r, { kind: 'pronoun', word: verb.pronoun, at: verb.start }),
      WEIGHT.beforeAdjacent,
      'before',
    );
  if (lexicon.sourceFirst.has(verb.phrase)) return readSource(r, verb, span);
  // "Los vecinos dijeron: «…»": several people; a body, or nobody.
  if (verb.plural === true) {
    const body = subjectStarts(text, from, verb, earlier)
      .filter((start) => text.slice(start, verb.start).trim() !== '')
      .map((start) => pluralSubject(verb, subjectBeforeVerb(r, { start, end: verb.start })))
      .find((referent) => referent !== undefined);
    return body === undefined
      ? { confidence: 0, via: 'before' }
      : bind(resolve(r, body), WEIGHT.beforeAdjacent, 'before');
  }
  for (const start of subjectStarts(text, from, verb, earlier)) {
    if (text.slice(start, verb.start).trim() === '') continue;
    const referent = subjectBeforeVerb(r, { start, end: verb.start });
    if (referent !== undefined)
      return bind(
        resolve(r, referent),
        verb.characterising ? WEIGHT.characterising : WEIGHT.beforeAdjacent,
        'before',
      );
  }
  if (verb.characterising) return undefined;
  // The verb before its subject: "Am Montag sagte Merkel: „…“", "dijo el ministro: «…»".
  const inverted = subjectAfterVerb(r, verb.end, span.open);
  if (inverted !== undefined && (!context.english || inverted.kind === 'mention'))
    return bind(resolve(r, inverted), WEIGHT.beforeInverted, 'before');
  // The sentence's subject: "Mr. Trump said he would consider Mr. Grenell but added, “…”".
  const subject = markedSubject(r, sentence, verb.start);
  if (subject !== undefined) return bind(resolve(r, subject), WEIGHT.beforeSubject, 'before');
  // "One user wrote: “…”": somebody's words; nobody is named.
  const somebody = tokens.length - (verbIndex + verb.length) <= 3;
  return droppedBefore(r, span, verb, verbIndex) ?? (somebody ? { confidence: 0, via: 'before' } : undefined);
}

/** "وأضاف: "…"", "Añadió: «…»": a verb alone opening the sentence, in a language that drops the pronoun. */
function droppedBefore(
  r: ReaderScope,
  span: QuoteSpan,
  verb: VerbMatch,
  verbIndex: number,
): Attribution | undefined {
  if (!r.lexicon.dropsSubject || verbIndex !== 0 || verb.plural === true) return undefined;
  if (!/^\s*[:：]\s*$/u.test(r.text.slice(verb.end, span.open))) return undefined;
  const found = resolvePronoun(r, '', verb.start);
  // "La ministra la defendió. Añadió: «…»": the sentence before has a role or someone else for its subject,
  // who may be the one adding; the verb alone names nobody then.
  const before = r.context.sentences[sentenceIndexAt(r.context, verb.start) - 1];
  const subject = before === undefined ? undefined : subjectOf(r, before);
  if (subject?.kind === 'role' || (subject?.kind === 'mention' && subject.mention.person !== found?.person))
    return { confidence: 0, via: 'before' };
  return bind(found, WEIGHT.beforeSubject, 'before');
}

/**
 * "Pour Jeanne Martin, « … »", "Pour lui, « … »": the source a pattern of the language names before the
 * quotation (`sourcePatterns`), a pronoun after the preposition included.
 */
function patternSource(r: ReaderScope, head: string, from: number): Attribution | undefined {
  const { lexicon } = r;
  for (const pattern of lexicon.sourcePatterns) {
    const match = pattern.exec(head);
    const group = match?.groups?.speaker;
    if (match === null || group === undefined) continue;
    const start = from + match.index + match[0].indexOf(group);
    const stressed = lexicon.stressedPronouns.get(group.trim().toLowerCase());
    const referent: Referent | undefined =
      stressed === undefined
        ? subjectBeforeVerb(r, { start, end: start + group.length }, true)
        : { kind: 'pronoun', word: stressed, at: start };
    if (referent !== undefined) return bind(resolve(r, referent), WEIGHT.source, 'source');
  }
  return undefined;
}

/**
 * The subject of the sentence up to `end`, unless it is a capitalised word opening the sentence that nothing
 * marks as a name and the article never uses in a full name ("People who know him said: “…”").
 */
function markedSubject(r: ReaderScope, sentence: Range, end: number): Referent | undefined {
  const subject = subjectOf(r, { start: sentence.start, end });
  const unmarked =
    subject?.kind === 'mention' &&
    subject.mention.kind === 'single' &&
    subject.mention.person?.human !== true &&
    // A surname of someone named in full elsewhere ("Clinton") is a name.
    !/\s/u.test(subject.mention.person?.name ?? '') &&
    subject.mention.start === sentence.start;
  return unmarked ? undefined : subject;
}

/**
 * "quoted Tom Berg as saying: “…”", "recalled Tom Berg telling her: “…”": a speech verb in its -ing form
 * right after a name (or the name and "as") is that person's, whoever the sentence is about.
 */
function gerundVoice(r: ReaderScope, verb: VerbMatch): Referent | undefined {
  const { text, cast } = r;
  if (!/ing$/u.test(verb.phrase.split(' ')[0] ?? '')) return undefined;
  const mention = cast
    .mentionsIn({ start: Math.max(0, verb.start - 80), end: verb.start })
    .findLast((candidate) => /^\s+(?:as\s+)?$/u.test(text.slice(candidate.end, verb.start)));
  const person = mention?.person;
  if (mention === undefined || person === undefined || person.organisation || mention.possessive)
    return undefined;
  return { kind: 'mention', mention };
}

/**
 * Where the subject of a verb before a quotation may start: after the last strong break before it (or a
 * quotation), then after each comma from the verb back to there.
 */
function subjectStarts(text: string, from: number, verb: Range, earlier: readonly QuoteSpan[]): number[] {
  let clauseStart = from;
  for (const quote of earlier)
    if (quote.close < verb.start) clauseStart = Math.max(clauseStart, quote.close + 1);
  const breakAt = Math.max(
    ...[';', ':', '—', '–', '('].map((mark) => text.lastIndexOf(mark, verb.start - 1)),
  );
  if (breakAt >= clauseStart) clauseStart = breakAt + 1;
  const starts = [clauseStart];
  for (
    let comma = text.lastIndexOf(',', verb.start - 1);
    comma >= clauseStart;
    comma = text.lastIndexOf(',', comma - 1)
  )
    starts.push(comma + 1);
  return starts;
}

/**
 * "According to the Spokesman-Review, “…”": after a source phrase, a definite article and capitalised words
 * that are no role and no person the article knows name a publication or a body, not an epithet.
 */
function namedSource(r: ReaderScope, from: number, limit: number): Referent | undefined {
  const { text, lexicon, roles, cast } = r;
  const rest = text.slice(from, limit);
  const stop = rest.search(CLAUSE_END);
  const end = from + (stop === -1 ? rest.length : stop);
  const tokens = wordTokens(text, from, end);
  const [article, ...name] = tokens;
  if (article === undefined || !lexicon.definiteArticles.has(article.lower)) return undefined;
  if (name.length === 0 || name.length > 3) return undefined;
  const plain = name.every(
    (token) =>
      firstLetterCase(token.word) === 'upper' &&
      !roles.isRoleWord(token.word) &&
      !lexicon.notNameWords.has(token.lower),
  );
  const first = name[0];
  const last = name[name.length - 1];
  if (!plain || first === undefined || last === undefined) return undefined;
  if (
    cast
      .mentionsIn({ start: first.start, end: last.end })
      .some(
        (mention) =>
          mention.person !== undefined &&
          !mention.person.organisation &&
          (namedPerson(mention.person) || /\s/u.test(mention.person.name)),
      )
  )
    return undefined;
  return { kind: 'named-organisation', name: text.slice(first.start, last.end) };
}

function readIntroduced(r: ReaderScope, span: QuoteSpan, index: number): Attribution | undefined {
  const { context, text, state } = r;
  const paragraph = context.paragraphs[span.paragraph];
  if (paragraph === undefined || text.slice(paragraph.start, span.open).trim() !== '') return undefined;
  const previous = context.paragraphs[paragraphBefore(context, span.paragraph)];
  if (previous === undefined || previous.start >= paragraph.start) return undefined;
  const head = text.slice(previous.start, previous.end).trimEnd();
  if (!/[:：]$/u.test(head)) return undefined;
  // “So said X on the video:” ¶ “…”: read as if the quotation stood right after the colon.
  const at = previous.start + head.length;
  const moved: QuoteSpan = { ...span, open: at, paragraph: paragraphAt(context.paragraphs, at - 1) };
  return state.before(moved, index) ?? state.colon(moved, index);
}

/**
 * « Depuis toujours, écrit-elle, je … »: French sets the attribution inside the marks, between commas or
 * before a full stop, and Spanish between dashes («Nosotros —dijo el ministro— vamos a …»). An inverted verb and its pronoun, or a speech verb and a name, after a comma inside
 * the quotation, with the quotation going on after it.
 */
function readIncise(r: ReaderScope, span: QuoteSpan): Attribution | undefined {
  const { text } = r;
  const tokens = wordTokens(text, span.inner.start, span.inner.end);
  for (let t = 1; t < tokens.length - 1; t++) {
    const token = tokens[t];
    const before = tokens[t - 1];
    // After a comma, or a dash (the Spanish raya: «Nosotros —dijo el ministro— vamos a …»).
    if (
      token === undefined ||
      before === undefined ||
      !/^(?:,|\s*[—–])\s*$/u.test(text.slice(before.end, token.start))
    )
      continue;
    const verb = verbAt(r, tokens, t);
    if (verb === undefined || verb.characterising) continue;
    const clauseEnd = /[,.;—–]/u.exec(text.slice(verb.end, span.inner.end));
    if (clauseEnd === null || verb.end + clauseEnd.index >= span.inner.end - 1) continue;
    return inciseSpeaker(r, verb, verb.end + clauseEnd.index);
  }
  return undefined;
}

/**
 * Who an incise names, from its verb to `end`: the pronoun of an inverted verb ("explique-t-elle"), a name
 * after the verb and maybe a role ("explique Claire Moulin", "dijo el ministro Luis Cano"; names inside
 * quotation marks are no mentions of the cast's, so they are looked up among all of them), or, in a language
 * that drops its pronouns, the person in view or the one speaking ("—afirmó—"). A verb in the plural names
 * nobody.
 */
function inciseSpeaker(r: ReaderScope, verb: VerbMatch, end: number): Attribution | undefined {
  const { text, lexicon, roles, cast } = r;
  const clause = text.slice(verb.end, end).trim();
  if (verb.pronoun !== undefined)
    return clause === ''
      ? bind(resolvePronoun(r, verb.pronoun, verb.start), WEIGHT.incise, 'after')
      : undefined;
  if (verb.plural === true) return { confidence: 0, via: 'after' };
  const mention = cast.mentions.find((candidate) => candidate.start >= verb.end && candidate.end <= end);
  const person = mention?.person;
  if (person !== undefined && mention !== undefined) {
    const between = text.slice(verb.end, mention.start).trim();
    if (between !== '' && !roles.isRolePhrase(between) && !onlyParticlesOrHonorific(r, between))
      return undefined;
    const weight = person.organisation ? WEIGHT.organisation : WEIGHT.named;
    return bind(fromPerson(person, weight), WEIGHT.incise, 'after');
  }
  // As "«…», afirmó." after the marks: the person in view, or the one speaking (see `resolvePronoun`).
  if (clause !== '' || !lexicon.dropsSubject) return undefined;
  return bind(resolvePronoun(r, '', verb.start), WEIGHT.incise, 'after');
}

function readColon(r: ReaderScope, span: QuoteSpan): Attribution | undefined {
  const { context, text, cjk } = r;
  const sentence = sentenceAt(context, span.open);
  const head = text.slice(sentence.start, span.open).trimEnd();
  // Chinese introduces a quotation after a comma as often as after a colon ("卢宇有着自己的看法，“…”").
  const mark = cjk !== undefined && /\p{Script=Han}/u.test(head.slice(-3)) ? /[:：，,]$/u : /[:：]$/u;
  if (!mark.test(head) || head.length < 3) return undefined;
  const label = labelSpeaker(r, sentence.start, sentence.start + head.length - 1);
  if (label !== undefined) return bind(label, WEIGHT.colon, 'colon');
  const subject =
    possessiveLead(r, head, sentence.start) ??
    subjectOf(r, { start: sentence.start, end: sentence.start + head.length - 1 });
  if (subject === undefined || subject.kind === 'organisation') return undefined;
  const candidate = resolve(r, subject);
  const person = candidate?.person;
  if (person === undefined || person.organisation || !namedPerson(person)) return undefined;
  return bind(candidate, WEIGHT.colon, 'colon');
}

/** "Sein Appell:", "Ihr Fazit:": a possessive and one noun before the colon stand for its person. */
function possessiveLead(r: ReaderScope, head: string, at: number): Referent | undefined {
  const words = /^\s*(\p{L}+)\s+\p{L}+\s*[:：]$/u.exec(head);
  const pronoun = r.lexicon.possessives.get(words?.[1]?.toLowerCase() ?? '');
  return pronoun === undefined ? undefined : { kind: 'pronoun', word: pronoun, at };
}

/** "Anna Nowak: „…”", "Анна Смирнова: «…»": the words before the colon are one person's name in full. */
function labelSpeaker(r: ReaderScope, start: number, end: number): Candidate | undefined {
  const range = trimRange(r.text, start, end);
  const mention = r.cast.mentionsIn(range).find((m) => m.start === range.start && m.end === range.end);
  const person = mention?.person;
  // Named in full as the label of what they say, and named elsewhere in the article too, or marked there as a
  // person: two capitalised words before a colon and nowhere else ("Fun Fact: “…”") are a heading.
  if (person === undefined || person.organisation || !/\s/u.test(person.name)) return undefined;
  const elsewhere = r.cast.mentions.some(
    (other) => other.person === person && other !== mention && !other.quoted,
  );
  return elsewhere || namedPerson(person) ? fromPerson(person, WEIGHT.named) : undefined;
}

/**
 * A quotation closed by a comma hands the sentence to its attribution, whatever the verb: “…,” laughs
 * Smith / „…“, freut sich Pascal Schiffels / “…”, dicta un comunicado del Departamento de Estado. The
 * clause is read only when it is short and names its subject: a name after the verb, or a name before it.
 */
function closingClause(
  r: ReaderScope,
  span: QuoteSpan,
  leadEnd: number,
  limit: number,
  tokens: readonly WordToken[],
): Attribution | undefined {
  const { text, lexicon } = r;
  const closedByComma =
    /,\s*$/u.test(text.slice(span.inner.start, span.inner.end)) || /^\s*,/u.test(text.slice(span.close + 1));
  const first = tokens[0];
  if (!closedByComma || first === undefined) return undefined;
  // The clause: up to the sentence's end or the next comma, and short.
  const rest = text.slice(leadEnd, limit);
  const stop = rest.search(/[,.;:!?(“”"«»„]/u);
  const clauseEnd = leadEnd + (stop === -1 ? rest.length : stop);
  const clause = tokens.filter((token) => token.end <= clauseEnd);
  if (clause.length < 2 || clause.length > 8) return undefined;
  const isVerbLike = (token: WordToken): boolean =>
    firstLetterCase(token.word) === 'lower' &&
    !lexicon.determiners.has(token.lower) &&
    !lexicon.notNameWords.has(token.lower) &&
    !lexicon.recipientMarkers.has(token.lower) &&
    !lexicon.particles.has(token.lower) &&
    !lexicon.pronouns.has(token.lower);
  let referent: Referent | undefined;
  if (isVerbLike(first)) {
    referent = subjectAfterVerb(r, first.end, clauseEnd);
    // “…,” grins a man in the crowd: somebody's words; the neighbours' speaker is not his.
    if (referent === undefined && lexicon.determiners.has(clause[1]?.lower ?? ''))
      return { confidence: 0, via: 'after', weak: true };
  } else {
    const verbIndex = clause.findIndex((token) => token.start > first.start && isVerbLike(token));
    const verb = clause[verbIndex];
    if (verb !== undefined && verbIndex <= 4)
      referent = subjectBeforeVerb(r, { start: leadEnd, end: verb.start });
  }
  if (referent === undefined) return undefined;
  // An unknown verb is weaker evidence than a verb of saying: the subject must be someone the article
  // marks as a person, or an organisation. Otherwise the quotation is somebody's, and nobody is named.
  const person = referent.kind === 'mention' ? referent.mention.person : undefined;
  const vouched =
    referent.kind === 'named-organisation' ||
    (referent.kind === 'mention' &&
      (referent.mention.kind === 'organisation' ||
        (person !== undefined && (person.organisation || namedPerson(person)))));
  if (!vouched) return { confidence: 0, via: 'after', weak: true };
  return bind(resolve(r, referent), WEIGHT.closingClause, 'after');
}

/**
 * Nothing follows a verb to the end of its sentence but, at most, whom it was said to ("a El Faro",
 * "dziennikarzom") and when ("w piątek", "wczoraj").
 */
function onlyListenerFollows(r: ReaderScope, from: number, limit: number): boolean {
  const { text, lexicon } = r;
  const rest = text.slice(from, limit);
  const end = rest.search(/[.!?…](?:\s|$)/u);
  const clause = (end === -1 ? rest : rest.slice(0, end)).trim();
  if (clause === '') return /^[\s.!?…]*$/u.test(rest.slice(0, end === -1 ? rest.length : end + 1));
  const words = wordTokens(clause, 0, clause.length);
  const aside = (word: WordToken): boolean =>
    lexicon.timeAdverbs.has(word.lower) ||
    lexicon.calendarWords.has(word.lower) ||
    lexicon.listenerNouns.has(word.lower) ||
    lexicon.asideLeads.has(word.lower);
  return (
    (words.length <= 6 &&
      (lexicon.recipientMarkers.has(words[0]?.lower ?? '') || words.every(aside)) &&
      !/[,;:“”"«»„]/u.test(clause)) ||
    onlyAdjunctFollows(r, clause, words)
  );
}

/**
 * "«…», afirmó en una ocasión.", "“…”, afirmou, durante o congresso.", "«…», aseguró ayer.": where and when,
 * opened by a comma, a preposition of where (`asideLeads`) or a word of when (`timeAdverbs`), with no role
 * and no capitalised word but a place after a preposition ("en Lima"): nobody is named after the verb.
 */
function onlyAdjunctFollows(r: ReaderScope, clause: string, words: readonly WordToken[]): boolean {
  const { lexicon, roles } = r;
  const first = words[0];
  if (first === undefined || /[“”"«»„:;]/u.test(clause)) return false;
  const opens =
    clause.startsWith(',') || lexicon.asideLeads.has(first.lower) || lexicon.timeAdverbs.has(first.lower);
  if (!opens) return false;
  const prepositions = [lexicon.asideLeads, lexicon.complementWords, lexicon.mediumPrepositions];
  let place = false;
  for (const [index, word] of words.entries()) {
    if (roles.roleNounsOf(word.lower).length > 0) return false;
    if (!/^\p{Lu}/u.test(word.word)) {
      place = false;
      continue;
    }
    const before = words[index - 1]?.lower ?? '';
    place = place || prepositions.some((set) => set.has(before));
    if (!place) return false;
  }
  return true;
}

/** The dot at `end` closes an abbreviation ("Rep.", "Mr.", "K."), not the clause. */
/**
 * "said Jeffrey Frankel, an economist at Harvard": the clause ends at the comma after the name; the dots of
 * "Mr." and initials, and a body's abbreviation in brackets ("der Bundesagentur für Arbeit (BA), Daniel
 * Terzenbach"), do not end it.
 */
function clauseEndAfter(r: ReaderScope, from: number, limit: number): number {
  const { text } = r;
  let end = from;
  while (end < limit && !CLAUSE_END.test(text[end] ?? '')) end++;
  for (;;) {
    const skip = text[end] === '.' && abbreviationBefore(r, end) ? 1 : bracketedAbbreviation(text, end);
    if (skip === 0) return end;
    end += skip;
    while (end < limit && !CLAUSE_END.test(text[end] ?? '')) end++;
  }
}

/** The length of a body's abbreviation in brackets at `at` ("(BA)", "(WHO)"), or 0. */
function bracketedAbbreviation(text: string, at: number): number {
  if (text[at] !== '(') return 0;
  return ABBREVIATION_AT.exec(text.slice(at, at + 12))?.[0].length ?? 0;
}

function abbreviationBefore(r: ReaderScope, end: number): boolean {
  const { text, lexicon } = r;
  const word = /(?:^|[\s(])([\p{L}]+)$/u.exec(text.slice(Math.max(0, end - 8), end))?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}$/u.test(word) ||
    lexicon.honorifics.has(`${lower}.`) ||
    lexicon.titles.has(lower) ||
    /^(?:Jr|Sr|St)$/u.test(word)
  );
}

/** The sentence ends within a few words after `at` (the attribution clause closes it). */
function sentenceEndsSoon(r: ReaderScope, at: number, limit: number): boolean {
  const { text } = r;
  const rest = text.slice(at, limit);
  const end = rest.search(/[.!?](?:\s|$)/u);
  const clause = end === -1 ? rest : rest.slice(0, end);
  return wordTokens(clause, 0, clause.length).length <= 8 && !/[“”"«»„]/u.test(clause);
}

/** The clause after a quotation is written in the script ("”Shapiro说。": a Latin name before a verb in it). */
function inScriptClause(after: string): boolean {
  return CJK_SCRIPT.test(/^[，,]?[^,.!?，。！？]{0,40}/u.exec(after)?.[0] ?? '');
}

function cjkAfter(r: ReaderScope, span: QuoteSpan, from: number, limit: number): Attribution | undefined {
  const { text, cjk } = r;
  if (cjk === undefined) return undefined;
  const clauseEnd = (at: number): number => {
    let end = at;
    while (end < limit && !/[，,、。！？；：“”「」]/u.test(text[end] ?? '')) end++;
    return end;
  };
  let start = from;
  let end = clauseEnd(start);
  // "“…”，媒体人黄章晋评价", "“…。”日前，书记黄艳娥说道": a comma, or a time word and its comma, first.
  for (
    let skip = 0;
    skip < 2 && /[，,、]/u.test(text[end] ?? '') && cjk.joins(text.slice(start, end));
    skip++
  ) {
    start = end + 1;
    end = clauseEnd(start);
  }
  const run = text.slice(start, end);
  for (const verb of cjk.verbs) {
    const at = run.lastIndexOf(verb);
    if (at === -1 || at + verb.length !== run.length) continue;
    const plain = cjk.plainName(run.slice(0, at));
    let speaker =
      cjk.speakerBefore(text, start + at, start) ??
      castSpeakerAt(r, start + at) ??
      (plain === undefined ? undefined : { name: plain });
    // "田中氏は「…」と述べた": only the quotative particle before the verb; the subject precedes the quotation.
    if (speaker === undefined && cjk.quotativeOnly(run.slice(0, at))) {
      const subject = cjkSubjectBefore(r, span);
      if (subject === 'unread') return bind(undefined, WEIGHT.after, 'after');
      speaker = subject;
    }
    return speaker === undefined ? undefined : bind(resolveCjk(r, speaker, span.open), WEIGHT.after, 'after');
  }
  return undefined;
}

/**
 * The subject before a quotation closed by a quotative particle: "田中氏は「…」", "田中氏は、「…」"; a subject
 * that names nobody is 'unread'; a quotation opening its sentence ("…演説。「…」と述べた") is the person in view's.
 */
function cjkSubjectBefore(r: ReaderScope, span: QuoteSpan): CjkSpeaker | 'unread' | undefined {
  const { text, cjk } = r;
  if (cjk === undefined) return undefined;
  const floor = r.context.paragraphs[span.paragraph]?.start ?? 0;
  const open = /[はがも][、，]$/u.test(text.slice(floor, span.open)) ? span.open - 1 : span.open;
  const speaker = cjk.speakerBefore(text, open, floor) ?? castSpeakerAt(r, open);
  if (speaker !== undefined) return speaker;
  if (/[はがも]$/u.test(text.slice(floor, open))) return 'unread';
  const sentence = sentenceAt(r.context, span.open);
  return text.slice(Math.max(sentence.start, floor), span.open).trim().length <= 4
    ? { pronoun: '' }
    : undefined;
}

function cjkBefore(r: ReaderScope, span: QuoteSpan, from: number): Attribution | undefined {
  const { text, lexicon, cjk } = r;
  if (cjk === undefined) return undefined;
  const head = text.slice(from, span.open).replace(/[\s：:，,]+$/u, '');
  for (const pattern of lexicon.sourcePatterns) {
    const speaker = pattern.exec(text.slice(from, span.open))?.groups?.speaker;
    if (speaker !== undefined) {
      const found = cjk.speakerBefore(speaker, speaker.length, 0) ?? { name: speaker };
      return bind(resolveCjk(r, found, span.open), WEIGHT.source, 'source');
    }
  }
  let best: { at: number; verb: string } | undefined;
  for (const verb of cjk.verbs) {
    const at = head.lastIndexOf(verb);
    if (at !== -1 && (best === undefined || at + verb.length > best.at + best.verb.length))
      best = { at, verb };
  }
  if (best === undefined) return undefined;
  const speaker = cjk.speakerBefore(text, from + best.at, from) ?? castSpeakerAt(r, from + best.at);
  if (speaker !== undefined) return bind(resolveCjk(r, speaker, span.open), WEIGHT.beforeAdjacent, 'before');
  return undefined;
}

/** A name of the cast right before a speech verb ("席尔霍尔茨补充说"), when the characters alone do not tell it. */
function castSpeakerAt(r: ReaderScope, verbStart: number): CjkSpeaker | undefined {
  const { text, cast } = r;
  const mention = cast.mentions.find(
    (candidate) =>
      candidate.person !== undefined &&
      candidate.end <= verbStart &&
      verbStart - candidate.end <= 4 &&
      (/^(?:[也还又则更]|进一步|[\p{Script=Han}]{0,3}地)?$/u.test(text.slice(candidate.end, verbStart)) ||
        r.cjk?.joins(text.slice(candidate.end, verbStart)) === true),
  );
  return mention === undefined ? undefined : { name: mention.name };
}

function resolveCjk(r: ReaderScope, speaker: CjkSpeaker, at: number): Candidate | undefined {
  const { cast } = r;
  if ('pronoun' in speaker) return resolvePronoun(r, speaker.pronoun, at);
  const mention = cast.mentions.find(
    (candidate) => candidate.name === speaker.name && candidate.person !== undefined,
  );
  const person = mention?.person;
  if (person !== undefined) return { person, speaker: person.name, confidence: WEIGHT.named };
  return { speaker: speaker.name, confidence: WEIGHT.unknownWord };
}

function bind(
  candidate: Candidate | undefined,
  weight: number,
  via: Attribution['via'],
): Attribution | undefined {
  // A clause whose subject cannot be told ("one user wrote", "a spokesman said"): the quotation is
  // somebody's, so it does not take a neighbour's speaker either.
  if (candidate === undefined) return { confidence: WEIGHT.ambiguous * weight * 0.5, via };
  const attribution: Attribution = { confidence: candidate.confidence * weight, via };
  if (candidate.speaker !== undefined) attribution.speaker = candidate.speaker;
  if (candidate.role !== undefined) attribution.role = candidate.role;
  if (candidate.person !== undefined) attribution.person = candidate.person;
  return attribution;
}

function fromPerson(person: Person, confidence: number, role?: string): Candidate {
  const candidate: Candidate = { person, speaker: person.name, confidence };
  const shown = role ?? person.role;
  if (shown !== undefined) candidate.role = shown;
  return candidate;
}

function resolve(r: ReaderScope, referent: Referent): Candidate | undefined {
  const { text, lexicon, roles } = r;
  switch (referent.kind) {
    case 'mention': {
      const { mention } = referent;
      if (lexicon.capitalisesNouns && referent.bare !== true) {
        // German capitalises nouns: "Parteimitglied", "Stuttgarter Sportdirektorin" are roles, not names.
        const last = mention.name.split(/\s+/u).at(-1) ?? '';
        const nameless =
          mention.person === undefined ||
          (mention.kind === 'full' &&
            roles.isRoleWord(last) &&
            !namedElsewhere(r, mention) &&
            !surnameOfRole(r, mention));
        if (nameless && !mention.ambiguous) {
          const nouns = roles.roleNounsOf(last);
          return nouns.length > 0 ? resolveRole(r, nouns, mention.start) : { confidence: WEIGHT.ambiguous };
        }
      }
      if (mention.person !== undefined)
        return fromPerson(
          mention.person,
          mention.person.organisation ? WEIGHT.organisation : WEIGHT.named,
          mention.role,
        );
      if (mention.ambiguous) return { confidence: WEIGHT.ambiguous };
      const candidate: Candidate = { speaker: mention.name, confidence: WEIGHT.unknownWord };
      const role =
        mention.role ??
        roles.roleBefore(text, mention.start, mention.end) ??
        roles.roleAfter(text, mention.end);
      if (role !== undefined) candidate.role = role;
      return candidate;
    }
    case 'pronoun':
      return resolvePronoun(r, referent.word, referent.at);
    case 'organisation':
      return resolveOrganisation(r, referent.at, referent.noun);
    case 'role':
      if (referent.indefinite === true) return { confidence: WEIGHT.ambiguous };
      if (referent.age !== undefined)
        return resolveAge(r, referent.at, referent.age, referent.epithet ?? 'any', referent.ageSpan);
      return resolveRole(r, referent.nouns, referent.at, referent.qualifier, referent.epithet);
    case 'named-organisation':
      return { speaker: referent.name, confidence: WEIGHT.organisation };
  }
}

/**
 * "Leiter Bernd Koch", "Thomas Richter": a surname spelled like a role ("Koch", "Richter", "Kaiser") after a
 * given name is a name when a role or an honorific stands before it, or when the word before is no
 * adjective of a place ("Stuttgarter"), no genitive ("Bayerns") and no inflected word ("Neue").
 */
function surnameOfRole(r: ReaderScope, mention: Mention): boolean {
  if (mention.role !== undefined || mention.honorific !== undefined) return true;
  const words = mention.name.split(/\s+/u);
  const given = words[0] ?? '';
  return (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(given) &&
    !/(?:er|[^u]s|e|en|em)$/u.test(given) &&
    !r.lexicon.notNameWords.has(given.toLowerCase())
  );
}

/** The mention's person is named elsewhere in another form (a full name used twice is a name). */
function namedElsewhere(r: ReaderScope, mention: Mention): boolean {
  const { cast } = r;
  return (
    mention.person !== undefined &&
    cast.mentions.some(
      (other) => other !== mention && other.person === mention.person && other.name !== mention.name,
    )
  );
}

/** "the coach": the one person in the article with that role; else the one named nearby with it. */
function resolveRole(
  r: ReaderScope,
  nouns: readonly string[],
  at: number,
  qualifier?: string,
  epithet?: Gender | 'any',
): Candidate | undefined {
  const { context, cast } = r;
  const head = nouns[nouns.length - 1];
  if (head === undefined) return undefined;
  let holders = cast.withRole(head).filter((person) => !person.organisation);
  // "la ministre" when the one minister named is a man: not him, and nobody else.
  if (holders.length > 0 && epithet !== undefined && epithet !== 'any') {
    holders = holders.filter((person) => person.gender === undefined || person.gender === epithet);
    if (holders.length === 0) return { confidence: WEIGHT.ambiguous };
  }
  if (holders.length === 0 && epithet !== undefined && qualifier === undefined) {
    // The one person in view first; the one of the epithet's kind in the article only when that fails.
    const inView = resolveEpithet(r, at, epithet, nouns);
    return inView?.person !== undefined ? inView : (resolveKind(r, at, epithet, nouns) ?? inView);
  }
  if (qualifier !== undefined) {
    // The holder whose role names the same body ("presidente de la Asamblea Legislativa").
    const word = qualifier.split(/\s+/u)[0]?.toLowerCase() ?? '';
    holders = holders.filter((person) =>
      cast.mentions.some(
        (mention) => mention.person === person && mention.role?.toLowerCase().includes(word) === true,
      ),
    );
  }
  if (holders.length === 1 && holders[0] !== undefined) return fromPerson(holders[0], WEIGHT.role);
  if (holders.length > 1) {
    const windowStart = context.paragraphs[Math.max(0, paragraphAt(context.paragraphs, at) - 1)]?.start ?? 0;
    const near = holders.filter((person) =>
      person.named.some((offset) => offset >= windowStart && offset < at),
    );
    if (near.length === 1 && near[0] !== undefined) return fromPerson(near[0], WEIGHT.roleNearby);
  }
  return { confidence: WEIGHT.ambiguous };
}

/**
 * "the singer" when nobody is called a singer: the one person named before whose role is of the same kind
 * ("the actress Emma Stone", `roleKinds`) and gender; with several, nobody; with none, undefined.
 */
function resolveKind(
  r: ReaderScope,
  at: number,
  gender: Gender | 'any',
  nouns: readonly string[],
): Candidate | undefined {
  const { lexicon, cast } = r;
  const kind = new Set(nouns.flatMap((noun) => [...(lexicon.roleKinds.get(noun) ?? [])]));
  if (kind.size === 0) return undefined;
  const fitting = cast.people.filter(
    (person) =>
      !person.organisation &&
      person.named.some((offset) => offset < at) &&
      [...person.roleNouns].some((noun) => kind.has(noun)) &&
      (gender === 'any' || person.gender === undefined || person.gender === gender),
  );
  const only = fitting.length === 1 ? fitting[0] : undefined;
  if (only !== undefined) return fromPerson(only, WEIGHT.roleKind);
  return fitting.length > 1 ? { confidence: WEIGHT.ambiguous } : undefined;
}

/**
 * "the 36-year-old said": the one person named before whose age the article gives as that ("Ryan Berg,
 * 36,"); with several, nobody; with none, the one person in view whose age it does not give.
 */
function resolveAge(
  r: ReaderScope,
  at: number,
  age: number,
  gender: Gender | 'any',
  span = 1,
): Candidate | undefined {
  const fits = (person: Person): boolean =>
    !person.organisation && (gender === 'any' || person.gender === undefined || person.gender === gender);
  const ofAge = (person: Person): boolean =>
    person.age !== undefined && person.age >= age && person.age < age + span;
  const aged = r.cast.people.filter(
    (person) => ofAge(person) && fits(person) && person.named.some((offset) => offset < at),
  );
  const only = aged.length === 1 ? aged[0] : undefined;
  if (only !== undefined) return fromPerson(only, WEIGHT.role);
  if (aged.length > 1) return { confidence: WEIGHT.ambiguous };
  // "Police arrested a 19-year-old …", "eine 45-Jährige": brought in without a name, it is that one.
  const introduced = wordTokens(r.text, pronounWindowStart(r.context, at), at).some(
    (token, index, all) =>
      r.lexicon.indefiniteArticles.has(token.lower) &&
      all.slice(index + 1, index + 4).some((next) => ageEpithet(r.lexicon, [next]) === age),
  );
  if (introduced) return { confidence: WEIGHT.ambiguous };
  // An age is said only of a person: whoever is named in full in view may be the one.
  return resolveEpithet(r, at, gender, [], (person) => person.age === undefined, true);
}

/**
 * "the Conservative MP", "der frühere Nationalspieler": a role nobody in the article holds, after a
 * definite article, stands for the one person (of that gender) named in view — the paragraph and the one
 * before, outside quotations. With anyone else in view, or nobody, it stands for nobody the reader can be
 * told.
 */
function resolveEpithet(
  r: ReaderScope,
  at: number,
  gender: Gender | 'any',
  nouns: readonly string[],
  admits: (person: Person) => boolean = () => true,
  onlyPeople = false,
): Candidate | undefined {
  const { context, text, lexicon, roles } = r;
  const windowStart = pronounWindowStart(context, at);
  // "ein Parteimitglied … das AfD-Mitglied": the role was brought in without a name; it is that one.
  const introduced = wordTokens(text, windowStart, at).some(
    (token, index, all) =>
      lexicon.indefiniteArticles.has(token.lower) &&
      all
        .slice(index + 1, index + 4)
        .some((next) => roles.roleNounsOf(next.word).some((noun) => nouns.includes(noun))),
  );
  if (introduced) return { confidence: WEIGHT.ambiguous };
  const inView = new Set<Person>();
  const unmarked = new Set<Person>();
  for (const mention of discourseMentions(context, { start: windowStart, end: at })) {
    if (mention.ambiguous) return { confidence: WEIGHT.ambiguous };
    const person = mention.person;
    if (person === undefined || person.organisation) continue;
    // People the article marks as people, or who just spoke ("erklärt Martin Kohl aus der Presseabteilung");
    // not online handles ("Frontal21"), which may be anything.
    const spoke = person === r.state.previousSpeaker?.speaker && /\s/u.test(person.name);
    if ((person.human || spoke) && !/[\p{N}_]|\p{Ll}\p{Lu}/u.test(person.name)) inView.add(person);
    // Admitting the one who spoke, admit the others named in full too (where only names are capitalised).
    else if (
      /\s/u.test(person.name) &&
      (!lexicon.capitalisesNouns || (onlyPeople && person.nounPhrase !== true))
    )
      unmarked.add(person);
  }
  for (const person of unmarked)
    if (onlyPeople || r.state.previousSpeaker?.speaker?.human === false) inView.add(person);
  const fitting = [...inView].filter(
    (person) =>
      admits(person) && (gender === 'any' || person.gender === undefined || person.gender === gender),
  );
  const only = fitting.length === 1 && inView.size === 1 ? fitting[0] : undefined;
  return only === undefined ? { confidence: WEIGHT.ambiguous } : fromPerson(only, WEIGHT.roleEpithet);
}

/**
 * "la congregación señaló", "l’association dénonce": the one organisation named before with that noun in its
 * name ("Congregación de las Hermanas del Carmen"); with several, nobody.
 */
function organisationOfKind(r: ReaderScope, at: number, noun: string): Candidate | undefined {
  const ofKind = r.cast.people.filter(
    (person) =>
      person.organisation &&
      person.named.some((offset) => offset < at) &&
      person.name
        .toLowerCase()
        .split(/[\s’'-]+/u)
        .includes(noun),
  );
  if (ofKind.length > 1) return { confidence: WEIGHT.ambiguous };
  const only = ofKind[0];
  return only === undefined ? undefined : fromPerson(only, WEIGHT.organisation);
}

/**
 * "it said", "the company said": the organisation that is the subject of this sentence or of one of the
 * three before it; else the one organisation of that kind (`organisationOfKind`); else the one organisation
 * named in this paragraph and the one before, if only one is.
 */
/** A capitalised word, or one after an elided article or particle ("l’Hérault", "d’Orléans"). */
const CAPITALISED_WORD = /^(?:\p{Ll}[’'])?\p{Lu}/u;

/**
 * "La préfecture de la Gironde … « … », a indiqué la préfecture": where only a body's place is capitalised,
 * the one body written in the paragraph and the one before as the noun it is called by, its linking words and
 * a capitalised name ("préfecture de la Gironde", "mairie d’Orléans"); two such bodies: nobody.
 */
function bodyWritten(r: ReaderScope, at: number, noun: string): Candidate | undefined {
  const { context, text, lexicon } = r;
  const windowStart = context.paragraphs[Math.max(0, paragraphAt(context.paragraphs, at) - 1)]?.start ?? 0;
  const tokens = wordTokens(text, windowStart, at);
  const adjacent = (k: number): boolean =>
    /^[\s\u00A0]+$/u.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.lower !== noun) return;
    let j = i + 1;
    const links = (k: number): boolean =>
      lexicon.complementWords.has(tokens[k]?.lower ?? '') ||
      lexicon.definiteArticles.has(tokens[k]?.lower ?? '');
    while (j < tokens.length && links(j) && adjacent(j)) j++;
    let k = j;
    while (k < tokens.length && k - j < 4 && adjacent(k) && CAPITALISED_WORD.test(tokens[k]?.word ?? '')) k++;
    const linked = j > i + 1 || /^\p{Ll}[’']/u.test(tokens[j]?.word ?? '');
    const last = tokens[k - 1];
    if (k > j && linked && last !== undefined) names.add(text.slice(token.start, last.end));
  });
  const [only] = names;
  if (names.size > 1) return { confidence: WEIGHT.ambiguous };
  return only === undefined ? undefined : { speaker: only, confidence: WEIGHT.organisationNearby };
}

/** "CISA added the flaw to its catalogue": an acronym opening the sentence before a word in lower case. */
function acronymSubject(r: ReaderScope, start: number, end: number): string | undefined {
  if (!r.lexicon.english) return undefined;
  const tokens = wordTokens(r.text, start, end);
  const first = r.lexicon.definiteArticles.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const word = tokens[first]?.word ?? '';
  const next = tokens[first + 1]?.word ?? '';
  if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(word) || !/^\p{Ll}/u.test(next)) return undefined;
  if (/[“”"«»„]/u.test(r.text.slice(start, tokens[first]?.start ?? start))) return undefined;
  return r.roles.isRoleWord(next) || r.lexicon.organisationNouns.has(next) ? undefined : word;
}

/** "Cybersecurity researchers have warned": an unknown word before a role noun qualifies it; it is no body. */
function qualifier(r: ReaderScope, mention: Mention): boolean {
  if (!r.lexicon.english) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(r.text.slice(mention.end, mention.end + 40))?.[1];
  return next !== undefined && r.roles.isRoleWord(next);
}

function resolveOrganisation(r: ReaderScope, at: number, noun?: string): Candidate | undefined {
  const { context } = r;
  const index = sentenceIndexAt(context, at);
  for (const k of [index, index - 1, index - 2, index - 3]) {
    const sentence = context.sentences[k];
    if (sentence === undefined) continue;
    const subject = subjectOf(r, { start: sentence.start, end: Math.min(sentence.end, at) });
    if (subject?.kind !== 'mention') {
      const acronym =
        noun === undefined ? undefined : acronymSubject(r, sentence.start, Math.min(sentence.end, at));
      if (acronym !== undefined) return { speaker: acronym, confidence: WEIGHT.organisationNearby };
      continue;
    }
    const { mention } = subject;
    if (mention.person?.organisation === true) return fromPerson(mention.person, WEIGHT.organisation);
    if (
      mention.person === undefined &&
      !mention.ambiguous &&
      mention.kind === 'single' &&
      !qualifier(r, mention)
    )
      return { speaker: mention.name, confidence: WEIGHT.unknownWord };
  }
  // "the statement said": only the body a sentence just before has for its subject issued it.
  if (noun !== undefined && r.lexicon.issuedNouns.has(noun)) return undefined;
  // "“…,” Commerzbank said. “…,” the bank added.": the one who just spoke, whose name ends in the noun.
  const previous = r.state.previousSpeaker;
  if (
    r.lexicon.english &&
    noun !== undefined &&
    previous !== undefined &&
    (previous.speaker.name.toLowerCase().split(/\s+/u).at(-1) ?? '').endsWith(noun) &&
    sameOrPreviousParagraph(
      context,
      paragraphAt(context.paragraphs, previous.at),
      paragraphAt(context.paragraphs, at),
    )
  )
    return fromPerson(previous.speaker, WEIGHT.organisation);
  const ofKind =
    noun === undefined ? undefined : (organisationOfKind(r, at, noun) ?? bodyWritten(r, at, noun));
  if (ofKind !== undefined) return ofKind;
  const windowStart = context.paragraphs[Math.max(0, paragraphAt(context.paragraphs, at) - 1)]?.start ?? 0;
  const named = new Set(
    discourseMentions(context, { start: windowStart, end: at })
      .map((mention) => mention.person)
      .filter((person): person is Person => person?.organisation === true),
  );
  const only = named.size === 1 ? [...named][0] : undefined;
  if (only !== undefined) return fromPerson(only, WEIGHT.organisationNearby);
  return undefined;
}

/**
 * The subject (or voice) of the sentence naming `lastNamed`, when it is one of the candidates. "Tom Berg met
 * Ms. Lindqvist. “…,” she said.": when the article gives the subject no gender and gives the pronoun's to
 * another person in that sentence, only the subject's position would make them the one: nobody.
 */
function lastSubject(
  r: ReaderScope,
  lastNamed: Mention,
  at: number,
  candidates: ReadonlySet<Person>,
  gender: Gender | undefined,
): Candidate | undefined {
  const { context, cast } = r;
  const sentence = context.sentences[sentenceIndexAt(context, lastNamed.start)];
  if (sentence === undefined) return undefined;
  const subject = subjectOf(r, { start: sentence.start, end: Math.min(sentence.end, at) });
  const mention = subject?.kind === 'mention' ? subject.mention : undefined;
  const person = mention?.person;
  if (mention !== undefined && person !== undefined && candidates.has(person)) {
    const rival =
      gender !== undefined &&
      person.gender === undefined &&
      cast
        .mentionsIn(sentence)
        .some(
          (other) =>
            other.start > mention.end &&
            other.person !== undefined &&
            other.person !== person &&
            other.person.gender === gender &&
            candidates.has(other.person),
        );
    return rival ? { confidence: WEIGHT.ambiguous } : fromPerson(person, WEIGHT.pronounSubject);
  }
  const voice = sentenceVoice(r, sentence, at);
  return voice !== undefined && candidates.has(voice) ? fromPerson(voice, WEIGHT.pronounSubject) : undefined;
}

/**
 * Who a pronoun stands for: the one person named (outside quotations) from the start of the previous
 * paragraph up to it who fits its gender; with several, the subject or voice of the last sentence that
 * names one of them, else the previous speaker if one of them, else nobody.
 */
function resolvePronoun(r: ReaderScope, word: string, at: number): Candidate | undefined {
  const { context, lexicon, cast, state } = r;
  const gender = lexicon.pronouns.get(word);
  const windowStart = pronounWindowStart(context, at);
  const fits = (person: Person): boolean =>
    !person.organisation &&
    (gender === undefined ||
      person.gender === gender ||
      (person.gender === undefined && person.genderUnclear !== true));
  const candidates = new Set<Person>();
  let lastNamed: Mention | undefined;
  let unknown = false;
  // "Vorsitzender Ulrich Beck und Kassierer Jan Ott", "Ana Gil y el alcalde Luis Roy": two who fit, joined as
  // equals; that one of them is marked as a person (by a role) does not make them the one.
  let joined = false;
  for (const mention of discourseMentions(context, { start: windowStart, end: at })) {
    // Someone the article names but the cast cannot tell apart ("Lee", when two people are called Lee).
    if (mention.ambiguous) unknown = true;
    if (mention.person === undefined || !fits(mention.person)) continue;
    candidates.add(mention.person);
    lastNamed = mention;
    if (joinedSubjects(r, mention)) joined = true;
  }
  const previous = state.previousSpeaker;
  if (previous !== undefined && previous.at >= windowStart && fits(previous.speaker))
    candidates.add(previous.speaker);
  if (candidates.size === 1 && !unknown) return onlyCandidate(r, [...candidates][0], at);
  if (candidates.size === 0) {
    // "S’il arrive à l’architecte de …, il jette …": the one holder of the role its sentence describes.
    const described = describedHolder(r, at, fits);
    if (described !== undefined) return fromPerson(described, WEIGHT.roleNearby);
    // Nobody in the last two paragraphs: the last person named who fits, if anyone, as a guess.
    for (let i = cast.mentions.length - 1; i >= 0; i--) {
      const mention = cast.mentions[i];
      if (mention === undefined || mention.start >= at || mention.quoted || mention.person === undefined)
        continue;
      if (fits(mention.person)) return fromPerson(mention.person, WEIGHT.pronounFar);
      break;
    }
    return undefined;
  }
  // The subject (or voice) of the last sentence before the pronoun that names one of them.
  const subject = lastNamed === undefined ? undefined : lastSubject(r, lastNamed, at, candidates, gender);
  if (subject !== undefined) return subject;
  // The conversation goes on: in the same paragraph, or nobody else who fits named since the previous speaker.
  if (
    previous !== undefined &&
    candidates.has(previous.speaker) &&
    !genderedSince(r, previous, at, gender) &&
    (paragraphAt(context.paragraphs, previous.at) === paragraphAt(context.paragraphs, at) ||
      !cast.mentionsIn({ start: previous.at, end: at }).some(
        (mention) =>
          mention.person !== undefined &&
          mention.person !== previous.speaker &&
          fits(mention.person) &&
          // Where nouns are capitalised, a run not marked as a person ("Phänomenale Erneuerung") is no one.
          (mention.person.human || !lexicon.capitalisesNouns),
      ))
  )
    return fromPerson(previous.speaker, WEIGHT.pronounPrevious);
  const only =
    lastNamed === undefined || gender === undefined
      ? undefined
      : onlyFitNamed(r, lastNamed, at, fits, gender);
  if (only !== undefined) return fromPerson(only, WEIGHT.pronounLastNamed);
  // "la ministra de Obras Públicas, Lucía Ramírez": of the capitalised runs in view, the one the article
  // marks as a person; who just spoke, named in full, is one too.
  const spoke = (person: Person): boolean => person === previous?.speaker && /\s/u.test(person.name);
  const humans = [...candidates].filter((person) => person.human || spoke(person));
  if (humans.length === 1 && humans[0] !== undefined && !unknown && !joined)
    return fromPerson(humans[0], WEIGHT.pronounHuman);
  const gendered = [...candidates].filter((person) => gender !== undefined && person.gender === gender);
  if (gendered.length === 1 && gendered[0] !== undefined && !joined)
    return fromPerson(gendered[0], WEIGHT.pronounGendered);
  return { confidence: WEIGHT.ambiguous };
}

/** The one person who fits a pronoun, unless a role holder the article never names has been its subject since. */
function onlyCandidate(r: ReaderScope, only: Person | undefined, at: number): Candidate | undefined {
  if (only === undefined) return undefined;
  return otherHolderSince(r, only, at)
    ? { confidence: WEIGHT.ambiguous }
    : fromPerson(only, WEIGHT.pronounOnly);
}

/**
 * "Le directeur, Paul Roy, a ouvert la séance. Le président de l’association a ensuite rappelé … « … »,
 * a-t-il dit.": since the person was last named, a sentence has had for subject a role the article never gives
 * them — someone else, unnamed, may be the one the pronoun stands for.
 */
function otherHolderSince(r: ReaderScope, person: Person, at: number): boolean {
  const { context } = r;
  const last = person.named.filter((offset) => offset < at).at(-1);
  if (last === undefined || person.roleNouns.size === 0) return false;
  const until = sentenceIndexAt(context, at);
  for (let i = sentenceIndexAt(context, last) + 1; i < until && i < sentenceIndexAt(context, last) + 5; i++) {
    const sentence = context.sentences[i];
    const subject = sentence === undefined ? undefined : subjectOf(r, sentence);
    if (
      subject?.kind === 'role' &&
      subject.indefinite !== true &&
      subject.nouns.length > 0 &&
      subject.nouns.every((noun) => !person.roleNouns.has(noun)) &&
      singularRole(r, subject.at, sentence?.end ?? at, subject.nouns)
    )
      return true;
  }
  return false;
}

/**
 * The role noun as written is one of the role's nouns, not a plural form read back to one ("Los vecinos",
 * "the residents"): a group is no one person a singular pronoun may stand for.
 */
function singularRole(r: ReaderScope, from: number, to: number, nouns: readonly string[]): boolean {
  const word = wordTokens(r.text, from, to).find((token) => r.roles.isRoleWord(token.lower));
  return word !== undefined && nouns.includes(word.lower);
}

/**
 * "Axel Hefer erklärte: „…“ Laut Finanzchefin Anna Rühl seien … „…“, sagte sie.": someone given as a source
 * ("laut", "according to") since the previous speaker spoke, whom the article gives the pronoun's gender,
 * where it gives the previous speaker none.
 */
function genderedSince(
  r: ReaderScope,
  previous: { speaker: Person; at: number },
  at: number,
  gender: Gender | undefined,
): boolean {
  if (gender === undefined || previous.speaker.gender !== undefined) return false;
  return r.cast.mentionsIn({ start: previous.at, end: at }).some(
    (mention) =>
      mention.person !== undefined &&
      mention.person !== previous.speaker &&
      !mention.quoted &&
      mention.person.gender === gender &&
      r.text
        .slice(Math.max(0, mention.start - 40), mention.start)
        .toLowerCase()
        .split(/\s+/u)
        .slice(-3)
        .some((word) => r.lexicon.sourceFirst.has(word)),
  );
}

/**
 * "Once Berg reached the harbour, Mr. Lind showed her the wall. “…,” she said.": the last sentence before the
 * pronoun that names anyone who fits it names one such person only (the others are of the other gender),
 * whom the article gives the pronoun's gender, and not as a possessor: the sentence is about them.
 */
function onlyFitNamed(
  r: ReaderScope,
  lastNamed: Mention,
  at: number,
  fits: (person: Person) => boolean,
  gender: Gender,
): Person | undefined {
  const { context, cast } = r;
  const sentence = context.sentences[sentenceIndexAt(context, lastNamed.start)];
  if (sentence === undefined) return undefined;
  const fitting = cast
    .mentionsIn({ start: sentence.start, end: Math.min(sentence.end, at) })
    .filter((mention) => mention.ambiguous || (mention.person !== undefined && fits(mention.person)));
  const people = new Set(fitting.map((mention) => mention.person));
  const person = lastNamed.person;
  const sure = fitting.every((mention) => !mention.possessive && !mention.ambiguous);
  return people.size === 1 && sure && person?.gender === gender ? person : undefined;
}

/**
 * The one person a pronoun's sentence describes by a role ("l’architecte", "the coach") before it: the
 * article gives that role to exactly that person, who fits the pronoun, and the sentence describes no
 * other role.
 */
function describedHolder(r: ReaderScope, at: number, fits: (person: Person) => boolean): Person | undefined {
  const { context, lexicon, roles, cast } = r;
  const sentence = sentenceAt(context, at);
  const holders = new Set<Person>();
  let determiner = false;
  for (const token of wordTokens(context.text, sentence.start, at)) {
    const elided = /^[ld]['’](\p{L}+)$/u.exec(token.lower)?.[1];
    const word = elided ?? token.lower;
    if ((determiner || elided !== undefined) && roles.isRoleWord(word)) {
      const nouns = roles.roleNounsOf(word);
      const people = nouns.flatMap((noun) => cast.withRole(noun)).filter((person) => !person.organisation);
      if (people.length !== 1 || !people.every(fits)) return undefined;
      for (const person of people) holders.add(person);
    }
    determiner = lexicon.definiteArticles.has(token.lower);
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}

/** The person a sentence gives the floor to: "…, Kohn said." / "Kohn said the…" (not its quotations). */
/** The person a role stands for, when the article gives that role to exactly one person. */
function resolvedPerson(r: ReaderScope, referent: Referent, lastSpeaker?: Person): Person | undefined {
  if (referent.kind !== 'role' || referent.indefinite === true) return undefined;
  const candidate = resolve(r, referent);
  const person = candidate?.person;
  // Only a role the article gives its holder ("der Virologe" of "Jonas Keller, Virologe"): an epithet for
  // whoever is in view is too weak a reading to pass the floor on, unless it is the one who spoke last.
  const held =
    candidate !== undefined &&
    (candidate.confidence >= WEIGHT.role || (person !== undefined && person === lastSpeaker));
  return person !== undefined && !person.organisation && held ? person : undefined;
}

function sentenceVoice(
  r: ReaderScope,
  sentence: Range,
  limit: number,
  lastSpeaker?: Person,
): Person | undefined {
  const { text, quotes } = r;
  const end = Math.min(sentence.end, limit);
  const tokens = wordTokens(text, sentence.start, end);
  for (let t = 0; t < tokens.length; t++) {
    const verb = verbAt(r, tokens, t);
    if (verb === undefined || verb.characterising) continue;
    const comma = text.lastIndexOf(',', verb.start);
    let start = comma >= sentence.start ? comma + 1 : sentence.start;
    // “Jesus … who is Ellen Fetter?” Rothman recalls: the subject starts after the quotation.
    for (const quote of quotes) if (quote.close < verb.start && quote.close >= start) start = quote.close + 1;
    const referent = t === 0 ? undefined : subjectBeforeVerb(r, { start, end: verb.start });
    if (referent?.kind === 'mention' && referent.mention.person !== undefined) return referent.mention.person;
    // "…, sagt der Virologe.", "…, the coach said.": a role or an epithet, when it resolves to one person.
    const sure = referent === undefined ? undefined : resolvedPerson(r, referent, lastSpeaker);
    if (sure !== undefined) return sure;
    if (
      t > 0 &&
      tokens[t - 1] !== undefined &&
      /,\s*$/u.test(text.slice(tokens[t - 1]?.end ?? 0, verb.start))
    ) {
      const after = subjectAfterVerb(r, verb.end, end);
      if (after?.kind === 'mention' && after.mention.person !== undefined) return after.mention.person;
      const person = after === undefined ? undefined : resolvedPerson(r, after, lastSpeaker);
      if (person !== undefined) return person;
    }
  }
  return undefined;
}

/** "Russian foreign minister Sergei Lavrov": a name glued to a role before another name describes it. */
function gluedName(r: ReaderScope, mentions: readonly Mention[], index: number): Mention | undefined {
  const { text, lexicon, roles } = r;
  let mention = mentions[index];
  for (let i = index + 1; mention !== undefined && i < mentions.length; i++) {
    const next = mentions[i];
    if (next === undefined || next.possessive) break;
    const between = text.slice(mention.end, next.start).trim();
    const words = between.toLowerCase().split(/\s+/u);
    if (
      between === '' ||
      /[,;:.!?()]/u.test(between) ||
      // "Gosling is going to star in the film Blade Runner": a clause, not a role glued to a name.
      words.length > 5 ||
      words.some((word) => lexicon.copulas.has(word) || lexicon.determiners.has(word)) ||
      !roles.isRolePhrase(between) ||
      lexicon.coordinators.has(between.split(/\s+/u)[0] ?? '')
    )
      break;
    mention = next;
  }
  return mention;
}

/**
 * The grammatical subject of a sentence: a name (not a possessor, "Peter Smith’s lawyer"), a pronoun or a
 * role ("The president also admitted…"), after at most a role, an honorific or a short lead ending in a
 * comma ("On Tuesday, Maria Gonzalez met Peter Smith.").
 */
function subjectOf(r: ReaderScope, sentence: Range): Referent | undefined {
  const { text, lexicon, roles, cast } = r;
  const tryAt = (start: number): Referent | undefined => {
    const rest = wordTokens(text, start, sentence.end);
    const token = rest[0];
    if (token === undefined) return undefined;
    if (lexicon.pronouns.has(token.lower)) {
      // "Il n’aura pas fallu 24 heures …", "Il faut …": an impersonal pronoun stands for nobody.
      const impersonal = rest
        .slice(1, 4)
        .some((word) => lexicon.impersonal.has(word.lower.replace(/^n['’]/u, '')));
      return impersonal ? undefined : { kind: 'pronoun', word: token.lower, at: token.start };
    }
    const mentions = cast.mentionsIn({ start, end: sentence.end }).filter((mention) => speakable(r, mention));
    const index = mentions.findIndex((candidate) => !candidate.possessive);
    let mention = mentions[index];
    if (mention !== undefined && !unknownLead(r, mention)) {
      const prefix = text.slice(start, mention.start).trim().replace(TRAILING_HONORIFIC, '').trim();
      // "el presidente de la Asamblea continuó": the role of a named body.
      const role = complementRole(r, prefix, mention);
      if (role !== undefined && roles.roleNounsOf(role).length > 0)
        return { kind: 'role', nouns: roles.roleNounsOf(role), at: start, qualifier: mention.name };
      // Chinese puts a description before the name with 的 ("英国剑桥大学的李博灏").
      const described =
        /[的]$/u.test(prefix) && !mentions.slice(0, index).some((other) => other.person !== undefined);
      if (
        (prefix === '' || described || onlyParticlesOrHonorific(r, prefix) || isRoleOnly(r, prefix)) &&
        !unknownAfterArticle(r, mention, prefix) &&
        complementRole(r, prefix, mention) === undefined
      ) {
        mention = gluedName(r, mentions, index) ?? mention;
        // "Sam Okoro and Alex Lind met…": two subjects, neither is the one.
        if (
          coordinatedAfter(r, text.slice(mention.end, mention.end + 40)) ||
          coordinated(r.context, mention, sentence.end)
        )
          return undefined;
        return { kind: 'mention', mention };
      }
    }
    // "The president also admitted…": a role phrase opening the sentence.
    const phrase: WordToken[] = [];
    for (const word of rest.slice(0, 6)) {
      phrase.push(word);
      if (roles.isRoleWord(word.word)) break;
    }
    const last = phrase[phrase.length - 1];
    if (
      last !== undefined &&
      roles.isRoleWord(last.word) &&
      lexicon.determiners.has(phrase[0]?.lower ?? '') &&
      phrase.length <= 5
    )
      return roleReferent(r, phrase, token.start, true);
    return undefined;
  };
  const direct = tryAt(sentence.start);
  if (direct !== undefined) return direct;
  // A short lead ending in a comma ("On Tuesday,", "对此，") or a colon ("But the spirit is contagious:"),
  // which names nobody: then the subject.
  const lead = /[,，:：]/u.exec(text.slice(sentence.start, sentence.end));
  if (lead === null) return undefined;
  const comma = sentence.start + lead.index;
  const leadText = text.slice(sentence.start, comma);
  if (/[“”"«»„]/u.test(leadText) || wordTokens(leadText, 0, leadText.length).length > MAX_LEAD_WORDS)
    return undefined;
  if (cast.mentionsIn({ start: sentence.start, end: comma }).some((mention) => mention.person !== undefined))
    return undefined;
  return tryAt(comma + 1);
}

/**
 * "« … », peut-on lire dans Le Monde": a phrase of reading (the language files' `publicationLeads`) and the
 * capitalised name of the publication right after it, over its particles ("El Diario de Hoy"). A lower-case
 * word after the phrase ("dans le communiqué") names no publication.
 */
function publicationAfter(context: AttributionContext, tokens: readonly WordToken[]): string | undefined {
  const { text, lexicon } = context;
  const words = lexicon.publicationLeads.find((lead) => lead.every((word, i) => tokens[i]?.lower === word));
  const start = words === undefined ? undefined : tokens[words.length];
  if (words === undefined || start === undefined) return undefined;
  let last: WordToken | undefined;
  for (let t = words.length; t < tokens.length; t++) {
    const token = tokens[t];
    const previous = tokens[t - 1];
    if (
      token === undefined ||
      previous === undefined ||
      !/^\s+$/u.test(text.slice(previous.end, token.start))
    )
      break;
    if (firstLetterCase(token.word) === 'upper') last = token;
    else if (
      last === undefined ||
      !lexicon.particles.has(token.lower) ||
      firstLetterCase(tokens[t + 1]?.word ?? '') !== 'upper'
    )
      break;
  }
  return last === undefined ? undefined : text.slice(start.start, last.end);
}

/** "and Ekholm" right after a name (the language files' `coordinators`): the name is one of several subjects. */
function coordinatedAfter(r: ReaderScope, after: string): boolean {
  const { lexicon, roles } = r;
  // "and Ekholm", "y el alcalde Pedro Gil", "and the coach", "i prezes klubu Jan Sroka": a second subject,
  // named or described.
  const match = /^\s*([^\s]+)\s+([^\s]+)/u.exec(after);
  if (match?.[1] === undefined || !lexicon.coordinators.has(match[1])) return false;
  const next = match[2] ?? '';
  return /^\p{Lu}/u.test(next) || lexicon.determiners.has(next.toLowerCase()) || roles.isRoleWord(next);
}

/**
 * A name joined to a second one as the subject of its sentence ("Ana Gil y el alcalde Luis Roy visitaron…",
 * maybe after a role). Where nouns are capitalised, any name joined to another: a name is marked as a
 * person's only now and then there, so a capitalised run joined to one is read as a second person too.
 */
function joinedSubjects(r: ReaderScope, mention: Mention): boolean {
  if (!coordinatedAfter(r, r.text.slice(mention.end, mention.end + 40))) return false;
  if (r.lexicon.capitalisesNouns) return true;
  const sentence = r.context.sentences[sentenceIndexAt(r.context, mention.start)];
  const prefix = r.text.slice(sentence?.start ?? mention.start, mention.start).trim();
  // A role of a few words before it ("El entrenador", "Trenerka"), not a clause that holds a role word.
  const short = prefix.split(/\s+/u).length <= MAX_ROLE_LEAD;
  return prefix === '' || (short && isRoleOnly(r, prefix)) || onlyParticlesOrHonorific(r, prefix);
}

/** The most words of a role before a name opening its sentence ("der neue Vorsitzende des Vereins"). */
const MAX_ROLE_LEAD = 5;

/** "Lindqvist and" before a name: the name is the second of several subjects. */
function endsWithCoordinator(lexicon: Lexicon, before: string): boolean {
  const last = /(?:^|\s)([^\s]+)$/u.exec(before)?.[1];
  return last !== undefined && lexicon.coordinators.has(last);
}

const locators = new WeakMap<readonly QuoteSpan[], (start: number, end: number) => boolean>();
function quoteLocatorFor(context: AttributionContext): (start: number, end: number) => boolean {
  let locate = locators.get(context.quotes);
  if (locate === undefined) {
    locate = quoteLocator(context.quotes);
    locators.set(context.quotes, locate);
  }
  return locate;
}

/**
 * A person the weak readings (a colon, the sentence before) may name: marked as a person, and named in full
 * or by a handle — a lone capitalised word opening a sentence ("New signs …") could be anything.
 */
function namedPerson(person: Person): boolean {
  return (
    person.human &&
    !person.organisation &&
    (/\s/u.test(person.name) ||
      /[\p{N}]|\p{Ll}\p{Lu}/u.test(person.name) ||
      /\p{Script=Han}/u.test(person.name))
  );
}

/** Fewer words than this in quotation marks are a term or a scare quote, not somebody speaking. */
const MIN_SPEECH_WORDS = 5;

/** Paragraphs that name nobody outside quotations are skipped when looking back for a pronoun's person. */
const MAX_SKIPPED_PARAGRAPHS = 3;

/**
 * "He said the Harbour Authority spends …": an English paragraph that opens with a pronoun goes on about the
 * person before it; the bodies it names do not hide that person. One that opens with a body ("The union
 * condemned the plan.") does.
 */
function pronounOpens(context: AttributionContext, range: Range): boolean {
  const first = wordTokens(context.text, range.start, Math.min(range.end, range.start + 20))[0];
  return context.lexicon.english && first !== undefined && context.lexicon.pronouns.has(first.lower);
}

/**
 * Where a pronoun looks back from: the start of the previous paragraph, or further back over paragraphs that
 * name nobody (a quotation running over several paragraphs).
 */
function pronounWindowStart(context: AttributionContext, at: number): number {
  let paragraph = Math.max(0, paragraphAt(context.paragraphs, at) - 1);
  for (let skipped = 0; paragraph > 0 && skipped < MAX_SKIPPED_PARAGRAPHS; skipped++) {
    const range = context.paragraphs[paragraph];
    if (
      range === undefined ||
      (!context.furniture.has(paragraph) &&
        context.cast
          .mentionsIn(range)
          .some(
            (mention) =>
              mention.person !== undefined && !(mention.person.organisation && pronounOpens(context, range)),
          ))
    )
      break;
    paragraph--;
  }
  return context.paragraphs[paragraph]?.start ?? 0;
}

/** The paragraph before `paragraph`, past captions and credits (at most two of them); -1 before the first. */
function paragraphBefore(context: AttributionContext, paragraph: number): number {
  let before = paragraph - 1;
  for (let skipped = 0; before > 0 && skipped < 2 && context.furniture.has(before); skipped++) before--;
  return before;
}

/** Whether `earlier` is the paragraph `paragraph` itself or the one before it (`paragraphBefore`). */
function sameOrPreviousParagraph(context: AttributionContext, earlier: number, paragraph: number): boolean {
  return earlier === paragraph || earlier === paragraphBefore(context, paragraph);
}

/** Mentions outside quotations and outside captions and credits. */
function discourseMentions(context: AttributionContext, range: Range): Mention[] {
  if (context.furniture.size === 0) return context.cast.mentionsIn(range);
  return context.cast
    .mentionsIn(range)
    .filter((mention) => !context.furniture.has(paragraphAt(context.paragraphs, mention.start)));
}

/** Blanks out the inside of earlier quotations (same length), so patterns do not read the speaker's words. */
function blankQuotes(slice: string, offset: number, quotes: readonly QuoteSpan[]): string {
  let out = slice;
  for (const quote of quotes) {
    const start = Math.max(0, quote.open - offset);
    const end = Math.min(out.length, quote.close + 1 - offset);
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * Quotations without a clause of their own take the speaker of their neighbours (see the module comment),
 * in text order so a chain of them ("X," he said. "Y." "Z.") carries the first speaker along.
 */
/** The state the inheriting passes share: who has a clause of their own, and how a speaker is taken. */
interface Inheritance {
  context: AttributionContext;
  found: (Attribution | undefined)[];
  /** The quotation has an attribution of its own (not inherited). */
  own: readonly boolean[];
  /** The quotation is five words or more: speech, not a term. */
  speech: readonly boolean[];
  reader: Reader;
}

function usable(attribution: Attribution | undefined): attribution is Attribution {
  return attribution !== undefined && (attribution.speaker !== undefined || attribution.person !== undefined);
}

/** Quotation `i` takes `from`'s speaker, weighed, unless it already has a surer one. */
function take(found: (Attribution | undefined)[], i: number, from: Attribution, weight: number): void {
  const current = found[i];
  const confidence = from.confidence * weight;
  if (current !== undefined && current.confidence >= confidence) return;
  found[i] = { ...from, confidence, via: 'inherited' };
}

function inheritAll(context: AttributionContext, found: (Attribution | undefined)[], reader: Reader): void {
  const { quotes, text } = context;
  const own = found.map((attribution) => attribution !== undefined && attribution.via !== 'inherited');
  // A phrase of a few words in quotation marks ("the « raisons »") is the reporter's term, not speech: it
  // takes nobody's voice, so it cannot pass one on either.
  const speech = quotes.map(
    (span) => roughWordCount(text.slice(span.inner.start, span.inner.end)) >= MIN_SPEECH_WORDS,
  );
  const state: Inheritance = { context, found, own, speech, reader };
  inheritContinued(state);
  inheritStatement(state);
  inheritInterview(state);
  inheritNeighbours(state);
  inheritVoices(state);
  inheritReported(state);
  inheritOneVoice(state);
}

/** Every paragraph of a statement quoted in full after a colon is its first paragraph's speaker's (discourse.ts). */
function inheritStatement({ context, found, own }: Inheritance): void {
  statementHeads(context).forEach((head, i) => {
    const source = found[head];
    if (head === -1 || own[i] || !usable(source) || source.confidence < SURE) return;
    take(found, i, source, WEIGHT.statement);
  });
}

/** The one voice of the piece: a quotation nobody else can have said is theirs (discourse.ts). */
function inheritOneVoice({ context, found, own, speech }: Inheritance): void {
  oneVoiceQuotes({
    ...context,
    found,
    own,
    speech,
    sure: SURE,
    sentenceAt: (offset) => sentenceAt(context, offset),
    paragraphBefore: (paragraph) => paragraphBefore(context, paragraph),
    // Words mentioned, not said (a term, an example, a list of names) are nobody's, the one voice's neither.
    said: (k) => {
      const span = context.quotes[k];
      return span !== undefined && !mentioned(context, span, k) && !listedTerm(context, k);
    },
  }).forEach((person, i) => {
    if (person === undefined) return;
    found[i] = { person, speaker: person.name, confidence: WEIGHT.oneVoice, via: 'inherited' };
    if (person.role !== undefined) found[i].role = person.role;
  });
}

/**
 * German reported speech: a sentence in the subjunctive of reported speech ("Gottesdienst sei „…“", "Er habe
 * großes Vertrauen „…“", "Es gehe darum, „…“"; the language files' `reportedSpeechMarkers`) goes on giving
 * the last speaker's words. A quotation there with no speaker of its own takes the speaker of the nearest
 * quotation before it whose speaker is sure, in the same paragraph or the one before, when nobody else is
 * named between and its sentence has no speech verb and no pronoun of the other gender.
 */
function inheritReported({ context, found, speech }: Inheritance): void {
  const { quotes, text, lexicon } = context;
  if (lexicon.reportedSpeechMarkers.size === 0) return;
  quotes.forEach((span, i) => {
    if (usable(found[i]) && (found[i]?.confidence ?? 0) >= SURE) return;
    const j = lastSureBefore(found, speech, i);
    const source = j === -1 ? undefined : found[j];
    const before = quotes[j];
    const person = source?.person;
    if (source === undefined || before === undefined || person === undefined || !namedPerson(person)) return;
    if (!sameOrPreviousParagraph(context, before.paragraph, span.paragraph)) return;
    const sentence = sentenceAt(context, span.open);
    const words = wordTokens(
      blankQuotes(text.slice(sentence.start, sentence.end), sentence.start, quotes),
      0,
      sentence.end - sentence.start,
    );
    if (!words.some((word) => lexicon.reportedSpeechMarkers.has(word.lower))) return;
    if (
      words.some((word) => lexicon.speechWords.has(word.lower) || lexicon.characterisingVerbs.has(word.lower))
    )
      return;
    const otherGender = (word: WordToken): boolean => {
      const gender = lexicon.pronouns.get(word.lower);
      return gender !== undefined && person.gender !== undefined && gender !== person.gender;
    };
    if (words.some(otherGender)) return;
    const others = context.cast
      .mentionsIn({ start: before.close + 1, end: sentence.end })
      .some(
        (mention) =>
          !mention.quoted &&
          mention.person !== undefined &&
          mention.person !== person &&
          (mention.person.human || mention.kind !== 'single' || !lexicon.capitalisesNouns),
      );
    if (others) return;
    found[i] = { ...source, confidence: source.confidence * WEIGHT.reported, via: 'inherited' };
  });
}

/** The nearest quotation before `i` of five words or more whose speaker is sure, or -1. */
function lastSureBefore(
  found: readonly (Attribution | undefined)[],
  speech: readonly boolean[],
  i: number,
): number {
  for (let j = i - 1; j >= 0; j--) {
    const attribution = found[j];
    if (speech[j] === true && usable(attribution) && attribution.confidence >= SURE) return j;
  }
  return -1;
}

/** An answer in an interview, with no speaker of its own, is the interviewee's (interview.ts). */
function inheritInterview({ context, found, own, speech }: Inheritance): void {
  interviewAnswers(context).forEach((person, i) => {
    const current = found[i];
    if (person === undefined || own[i] || !speech[i] || (current !== undefined && current.confidence >= SURE))
      return;
    found[i] = { person, speaker: person.name, confidence: WEIGHT.interviewAnswer, via: 'inherited' };
    if (person.role !== undefined) found[i].role = person.role;
  });
}

/** A quotation running on into the next paragraph is the same quotation: one speaker for both halves. */
function inheritContinued({ context, found, own }: Inheritance): void {
  const { quotes } = context;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const span = quotes[i];
    const next = found[i + 1];
    if (span?.continued && !own[i] && usable(next) && quotes[i + 1]?.paragraph === span.paragraph + 1)
      take(found, i, next, WEIGHT.paragraphContinued);
  }
  for (let i = 1; i < quotes.length; i++) {
    const span = quotes[i];
    const before = quotes[i - 1];
    const previous = found[i - 1];
    if (span === undefined || before === undefined || own[i] || !usable(previous)) continue;
    if (before.continued && before.paragraph === span.paragraph - 1)
      take(found, i, previous, WEIGHT.paragraphContinued);
  }
}

/** The same or the next sentence as an attributed quotation, or the paragraph after its speaker's. */
function inheritNeighbours({ context, found, own, speech }: Inheritance): void {
  const { quotes, text } = context;
  const sentenceOf = (offset: number): number => sentenceIndexAt(context, offset);
  for (let i = 0; i < quotes.length; i++) {
    const span = quotes[i];
    if (span === undefined || own[i] || !speech[i]) continue;
    const here = sentenceOf(span.open);
    const startsSentence = opensSentence(context, span);
    const previousSpan = quotes[i - 1];
    const previous = found[i - 1];
    const next = quotes[i + 1];
    const nextFound = found[i + 1];
    // The same sentence as an attributed quotation, or the sentence right after one in the paragraph.
    if (previousSpan !== undefined && usable(previous) && previousSpan.paragraph === span.paragraph) {
      const gap = here - sentenceOf(previousSpan.close);
      // Another voice named in between (not in the speaker's own clause: "said Michael Litt, CEO of Vidyard").
      if (gap === 0 && !namesBetween(context, previousSpan.close, span.open, previous))
        take(found, i, previous, WEIGHT.sameSentence);
      else if (gap === 1 && startsSentence) take(found, i, previous, WEIGHT.previousSentence);
      // A fragment quoted in the sentence right after the speaker spoke, nobody else named before it.
      else if (gap === 1 && !namesBetween(context, sentenceAt(context, span.open).start, span.open, previous))
        take(found, i, previous, WEIGHT.fragmentAfter);
    }
    // "“X.” “Y,” she said.": the sentence right before an attributed one.
    if (
      next !== undefined &&
      usable(nextFound) &&
      own[i + 1] &&
      nextFound.via === 'after' &&
      next.paragraph === span.paragraph &&
      startsSentence &&
      opensSentence(context, next)
    ) {
      const gap = sentenceOf(next.open) - here;
      if (gap <= 1 && !namesBetween(context, span.close, next.open, nextFound))
        take(found, i, nextFound, WEIGHT.nextSentence);
    }
    // A paragraph opening with a quotation continues the last attributed quotation of the paragraph before,
    // when nobody else is named after it there.
    const paragraph = context.paragraphs[span.paragraph];
    const opensParagraph = paragraph !== undefined && text.slice(paragraph.start, span.open).trim() === '';
    if (opensParagraph && found[i] === undefined) {
      // Captions and credits between the two paragraphs do not count.
      const before = paragraphBefore(context, span.paragraph);
      for (let k = i - 1; k >= 0; k--) {
        const candidate = quotes[k];
        if (candidate === undefined || candidate.paragraph < before) break;
        const attribution = found[k];
        if (!usable(attribution) || context.furniture.has(candidate.paragraph)) continue;
        const end = context.paragraphs[before]?.end ?? candidate.close;
        if (candidate.paragraph === before && !namesBetween(context, candidate.close, end, attribution))
          take(found, i, attribution, WEIGHT.paragraphOpening);
        break;
      }
    }
  }
}

/** The voice of the sentence before a quotation that stands as its own sentence, or the floor kept. */
function inheritVoices({ context, found, own, speech, reader }: Inheritance): void {
  const { quotes, text } = context;
  const sentenceOf = (offset: number): number => sentenceIndexAt(context, offset);
  // Who speaks for sure through a clause of their own, and who spoke last (in this paragraph or the one before).
  const sure = new Set(
    found.flatMap((attribution, k) =>
      own[k] && attribution?.person !== undefined && attribution.confidence >= SURE
        ? [attribution.person]
        : [],
    ),
  );
  const lastSpeaker = (i: number): Person | undefined => {
    const span = quotes[i];
    const before = quotes[i - 1];
    const previous = found[i - 1];
    if (span === undefined || before === undefined || previous === undefined || previous.confidence < SURE)
      return undefined;
    return sameOrPreviousParagraph(context, before.paragraph, span.paragraph) ? previous.person : undefined;
  };
  // Who holds the floor: the sure speaker of the last quotation of five words or more, in this paragraph or
  // the one before (a term in quotation marks between does not take it).
  const floorHolder = (i: number): Person | undefined => {
    const span = quotes[i];
    if (span === undefined) return undefined;
    const before = paragraphBefore(context, span.paragraph);
    for (let k = i - 1; k >= 0; k--) {
      const quote = quotes[k];
      if (quote === undefined || (quote.paragraph !== span.paragraph && quote.paragraph !== before))
        return undefined;
      if (!speech[k]) continue;
      const attribution = found[k];
      const holder =
        attribution !== undefined && attribution.confidence >= SURE ? attribution.person : undefined;
      // Nobody else named since, not even by a name the cast cannot vouch for as a person's ("Tom Berg"; in
      // a language that capitalises nouns, only names the cast marks as people's).
      const others = context.cast
        .mentionsIn({ start: quote.close, end: span.open })
        .some(
          (mention) =>
            mention.person !== undefined &&
            mention.person !== holder &&
            !mention.person.organisation &&
            (mention.person.human || (mention.kind !== 'single' && !context.lexicon.capitalisesNouns)),
        );
      return others ? undefined : holder;
    }
    return undefined;
  };
  // The voice of the sentence right before a quotation that stands as its own sentence.
  for (let i = 0; i < quotes.length; i++) {
    const span = quotes[i];
    if (span === undefined || found[i] !== undefined || !opensSentence(context, span)) continue;
    const here = sentenceOf(span.open);
    const paragraph = context.paragraphs[span.paragraph];
    const opensParagraph = paragraph !== undefined && text.slice(paragraph.start, span.open).trim() === '';
    // Across a paragraph break only from the paragraph's first quotation, and only from the paragraph before
    // (past captions and credits).
    const previousSentence = opensParagraph
      ? context.sentences[sentenceOf(context.paragraphs[paragraphBefore(context, span.paragraph)]?.end ?? 0)]
      : context.sentences[here - 1];
    if (previousSentence === undefined || previousSentence.start >= span.open) continue;
    if (!opensParagraph && paragraphAt(context.paragraphs, previousSentence.start) !== span.paragraph)
      continue;
    const voice = voiceOf(context, previousSentence, span.open, reader, lastSpeaker(i), sure, floorHolder(i));
    if (voice !== undefined) found[i] = voice;
    else if (!opensParagraph) keepFloor(context, found, i, previousSentence);
  }
}

/**
 * The floor stays with the last speaker: a quotation standing as its own sentence after one sentence of the
 * reporter's ("Der frühere Nationalspieler ist zuversichtlich. „…“"), when the quotation before it (in the same
 * paragraph or the one before) has a sure speaker, the sentence between names the speaker or calls them by a
 * role, and nothing between the two names anyone else, speaks (a verb of saying, a pronoun) or quotes.
 */
function keepFloor(
  context: AttributionContext,
  found: (Attribution | undefined)[],
  i: number,
  previousSentence: Range,
): void {
  const { quotes, text, lexicon } = context;
  const span = quotes[i];
  const before = quotes[i - 1];
  const previous = found[i - 1];
  if (span === undefined || before === undefined || previous === undefined) return;
  const person = previous.person;
  // A person marked as one and named in full; and not in a script without capitals, where names between
  // the two could not be seen.
  if (person === undefined || !namedPerson(person) || previous.confidence < SURE) return;
  if (lexicon.cjk !== undefined) return;
  if (!sameOrPreviousParagraph(context, before.paragraph, span.paragraph)) return;
  if (roughWordCount(text.slice(before.inner.start, before.inner.end)) < MIN_SPEECH_WORDS) return;
  // Between the two: the rest of the speaker's paragraph (its own clause) and the one sentence before.
  const paragraphEnd = context.paragraphs[before.paragraph]?.end ?? before.close;
  const tail = {
    start: before.close + 1,
    end: before.paragraph === span.paragraph ? span.open : paragraphEnd,
  };
  if (before.paragraph !== span.paragraph) {
    // The speaker's paragraph ends with the quotation or its clause; the sentence before opens this one.
    const paragraph = context.paragraphs[span.paragraph];
    if (paragraph === undefined || previousSentence.start > paragraph.start + 1) return;
    const rest = text.slice(tail.start, tail.end);
    if (/[.!?…]\s+\p{Lu}/u.test(rest)) return;
  } else if (previousSentence.start < before.close) return;
  const between = text.slice(previousSentence.start, span.open);
  if (/[“”"«»„‘’‚‹›「」]/u.test(between)) return;
  const words = wordTokens(between, 0, between.length);
  if (words.some((word) => speaksOrPoints(lexicon, word.lower))) return;
  const others = (range: Range): boolean =>
    context.cast
      .mentionsIn(range)
      .some(
        (mention) =>
          mention.person !== undefined &&
          mention.person !== person &&
          mention.person.name !== previous.speaker &&
          (mention.person.human || mention.kind !== 'single' || !lexicon.capitalisesNouns),
      );
  if (others(tail) || others({ start: previousSentence.start, end: span.open })) return;
  // "Lindqvist und Ekholm sehen das genauso.": the sentence is about several people, not the speaker alone.
  if (
    context.cast
      .mentionsIn({ start: previousSentence.start, end: span.open })
      .some((mention) => coordinated(context, mention, span.open))
  )
    return;
  // The sentence is about the speaker: it names them, or calls them by a role ("the mayor", "der frühere
  // Nationalspieler"). A sentence about others ("Critics disagreed.") may hand the floor to them.
  const named = context.cast
    .mentionsIn({ start: previousSentence.start, end: span.open })
    .some((mention) => mention.person === person);
  const called = words.some(
    (word, w) =>
      context.roles.roleNounsOf(word.word).length > 0 &&
      [words[w - 1], words[w - 2]].some((lead) => lead !== undefined && lexicon.determiners.has(lead.lower)),
  );
  if (!named && !called && !interruption(context, before, span, previousSentence, words)) return;
  // Where only names are capitalised, a capitalised word that is not the speaker's may be another voice the
  // cast does not know ("Web Football.London to vidí podobně.").
  const own = new Set(person.name.toLowerCase().split(/\s+/u));
  if (
    !lexicon.capitalisesNouns &&
    words.slice(1).some((word) => /^\p{Lu}/u.test(word.word) && !own.has(word.lower))
  )
    return;
  found[i] = { ...previous, confidence: previous.confidence * WEIGHT.floorKept, via: 'inherited' };
}

/**
 * The reporter breaks in between two quotations of one paragraph with one sentence of their own that names
 * nobody and opens with a word that joins it to what was said ("“…,” Berg says. But one thing never changes.
 * “…”", "Doch eines bleibt. „…“"): the floor stays with the speaker. A sentence opening with anything else
 * ("Critics disagreed.") may be about others and hands the floor to nobody. The caller has checked that
 * nothing between speaks, points to a person or names anyone else.
 */
function interruption(
  context: AttributionContext,
  before: QuoteSpan,
  span: QuoteSpan,
  sentence: Range,
  words: readonly WordToken[],
): boolean {
  if (before.paragraph !== span.paragraph) return false;
  const first = words[0];
  if (first === undefined || !context.lexicon.dependentOpeners.has(first.lower)) return false;
  // The speaker's own clause may close a sentence between ("…,” Berg says."); no more than that.
  const clause = context.text.slice(before.close + 1, sentence.start);
  return (clause.match(/[.!?…]+(?=\s|$)/gu) ?? []).length <= 1;
}

/** A verb of saying or characterising, or a pronoun: a word that brings in a voice of its own. */
function speaksOrPoints(lexicon: Lexicon, word: string): boolean {
  return (
    lexicon.speechWords.has(word) ||
    lexicon.characterisingVerbs.has(word) ||
    lexicon.pronouns.has(word) ||
    lexicon.organisationPronouns.has(word)
  );
}

/**
 * The mention is the first of several people joined into one subject: "Lindqvist and Ekholm", "Lindqvist,
 * Berg and Ekholm", "Lindqvist with Ekholm", "Lindqvist und Ekholm", "李明和王芳" (the language's conjunctions).
 * A sentence about them all is about no one of them.
 */
function coordinated(context: AttributionContext, mention: Mention, end: number): boolean {
  const { text, lexicon, roles } = context;
  const joins = (between: string): boolean => {
    const words = between.replace(/^,\s*/u, '').replace(/\s+/gu, ' ').toLowerCase();
    if (lexicon.conjunctions.has(words)) return true;
    // "Coach Mark Tilney and captain Joe Ross": a second subject described by its role.
    const [first = '', ...rest] = words.split(' ');
    return lexicon.conjunctions.has(first) && rest.length <= 3 && roles.isRolePhrase(rest.join(' '));
  };
  // "Anna Berg, sénatrice du Nord, et Léa Roy": a role in apposition stands between the joined names.
  let from =
    mention.end +
    (/^\s*,\s*\p{Ll}[^,.;:!?“”"«»„]{1,80},/u.exec(text.slice(mention.end, end))?.[0].length ?? 0);
  for (const next of context.cast.mentionsIn({ start: from, end })) {
    const between = text.slice(from, next.start).trim();
    if (joins(between) && inJoinedCase(lexicon, between, next.name)) return true;
    // A list: "Lindqvist, Berg and Ekholm".
    if (between !== ',' && between !== '、') break;
    from = next.end;
  }
  // A name the cast does not know, where only names are capitalised: "Lindqvist and Ekholm".
  if (lexicon.capitalisesNouns || lexicon.cjk !== undefined) return false;
  const after = /^\s*(,?\s*[^\s,.;:!?“”"«»„]+(?:\s+[\p{Ll}]+){0,2}?)\s+(\p{Lu}\p{L}*)/u.exec(
    text.slice(from, Math.min(end, from + 40)),
  );
  return (
    after?.[1] !== undefined && joins(after[1].trim()) && inJoinedCase(lexicon, after[1], after[2] ?? '')
  );
}

/** The name after a conjunction of `comitativeEndings` is in the case that joins it ("z Janem", not "z Orlenu"). */
function inJoinedCase(lexicon: Lexicon, between: string, name: string): boolean {
  const endings = lexicon.comitativeEndings.get(between.replace(/^,\s*/u, '').trim().toLowerCase());
  if (endings === undefined) return true;
  return name.split(/\s+/u).some((word) => endings.some((ending) => word.toLowerCase().endsWith(ending)));
}

/**
 * Someone other than the speaker is named (outside quotations) between two offsets: another voice may have
 * come in. The speaker's own attribution ("…,” said Martin Indyk, a former ambassador. “…”) does not count.
 */
function namesBetween(
  context: AttributionContext,
  start: number,
  end: number,
  speaker?: Attribution,
): boolean {
  // "« … », écrit-elle. S’il …, il jette : « … »": a pronoun of the other gender is someone else.
  const gender = speaker?.person?.gender;
  const otherPronoun =
    gender !== undefined &&
    wordTokens(context.text, start, end).some((token) => {
      const pronoun = context.lexicon.pronouns.get(token.lower);
      return pronoun !== undefined && pronoun !== gender;
    });
  if (otherPronoun) return true;
  return context.cast.mentionsIn({ start, end }).some(
    (mention) =>
      mention.person !== undefined &&
      !mention.person.organisation &&
      // "the François-Xavier Bagnoud Center for Health and Human Rights": capitalised words nothing marks
      // as a person's name are not another voice.
      (mention.person.human || mention.kind === 'titled') &&
      mention.person !== speaker?.person &&
      mention.person.name !== speaker?.speaker,
  );
}

/**
 * Who the sentence before a quotation gives the floor to, when the quotation has no clause and no quoted
 * neighbour: the subject of that sentence, if it is a person (never an organisation: it speaks only through
 * an explicit verb).
 */
function voiceOf(
  context: AttributionContext,
  sentence: Range,
  at: number,
  reader: Reader,
  lastSpeaker?: Person,
  sure: ReadonlySet<Person> = new Set(),
  floorHolder?: Person,
): Attribution | undefined {
  const { text, cast } = context;
  // "The shelter will stay open, Moreau said. “I suspect …”": the sentence's own attribution ("…, sagt der
  // Virologe." when the virologist is the one who holds the floor).
  const speaker = reader.voice(sentence, sentence.end, floorHolder);
  if (speaker !== undefined && !speaker.organisation) {
    return voiceFor(speaker, WEIGHT.named * WEIGHT.voiceClause);
  }
  // "Charles Schultze, chairman of …, once summed up …" / "Kaplan sold …" / "However, he defended …".
  const start = sentence.start;
  const quoted = quoteLocatorFor(context);
  const words = wordTokens(text, sentence.start, sentence.end).filter(
    (word) => !quoted(word.start, word.end),
  );
  const mentions = cast.mentionsIn(sentence).filter((mention) => !mention.possessive);
  const first = mentions[0];
  const firstWord = words[0];
  if (firstWord === undefined) return undefined;
  const commaMatch = /[,，]/u.exec(text.slice(sentence.start, sentence.end));
  const comma = commaMatch === null ? -1 : sentence.start + commaMatch.index;
  const leadOk = (end: number): boolean => {
    const lead = text.slice(sentence.start, end);
    return !/[“”"«»„]/u.test(lead) && wordTokens(lead, 0, lead.length).length <= MAX_LEAD_WORDS;
  };
  if (first !== undefined) {
    const prefix = text.slice(start, first.start).trim();
    const afterLead =
      comma !== -1 && comma < first.start && leadOk(comma)
        ? text.slice(comma + 1, first.start).trim()
        : undefined;
    const clean = (value: string): boolean =>
      value === '' || /的$/u.test(value) || context.roles.isRolePhrase(value.replace(/[,—–-]+$/u, '').trim());
    if (clean(prefix) || (afterLead !== undefined && clean(afterLead))) {
      const person = first.person;
      if (person === undefined || person.organisation || first.ambiguous) return undefined;
      // A name nothing marks as a person's could be a thing's ("Energy Control", "Whangārei Harbour").
      if (!namedPerson(person)) return undefined;
      // "Lindqvist and Ekholm see it the same way.": several subjects, none of them the one.
      if (coordinated(context, first, sentence.end)) return undefined;
      // Right after someone else spoke, a sentence about another person hands them the floor only when they
      // are a speaker in their own right: "“…,” said Lindqvist. Ekholm sees it the same way. “…”".
      if (lastSpeaker !== undefined && person !== lastSpeaker && !sure.has(person)) return undefined;
      return voiceFor(person, WEIGHT.named * WEIGHT.voiceSubject);
    }
  }
  // "However, he defended his decision …": a pronoun subject, resolved like any other.
  const afterComma =
    comma !== -1 && comma < sentence.end && leadOk(comma)
      ? words.find((word) => word.start > comma)
      : undefined;
  if (
    firstWord.start !==
    sentence.start + (text.slice(sentence.start).length - text.slice(sentence.start).trimStart().length)
  )
    return undefined;
  // "And yet he couldn’t find anything…": a conjunction and an adverb may open the sentence.
  const opener = words.slice(0, 3).find((word) => context.lexicon.pronouns.has(word.lower));
  const openerOk =
    opener !== undefined &&
    words.slice(0, words.indexOf(opener)).every((word) => context.lexicon.dependentOpeners.has(word.lower));
  const pronoun = [firstWord, afterComma, openerOk ? opener : undefined].find(
    (word) => word !== undefined && context.lexicon.pronouns.has(word.lower),
  );
  if (pronoun === undefined || at < pronoun.start) return undefined;
  const candidate = reader.pronoun(pronoun.lower, pronoun.start);
  const person = candidate?.person;
  if (person === undefined || candidate === undefined || candidate.confidence < SURE) return undefined;
  return voiceFor(person, candidate.confidence * WEIGHT.voiceSubject);
}

/** The attribution a sentence's voice gives: the person, and the role the article gives them. */
function voiceFor(person: Person, confidence: number): Attribution {
  const attribution: Attribution = { person, speaker: person.name, confidence, via: 'voice' };
  if (person.role !== undefined) attribution.role = person.role;
  return attribution;
}
