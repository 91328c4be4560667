/**
 * The article's cast: who it names, so that "Mr Kuleba said" resolves to "Dmytro Kuleba", "he said" to the
 * right man, and two people who share a surname stay two people.
 *
 * A name is a run of capitalised words ("Dmitry Peskov", "Charles de Gaulle", "C. Eugene Steuerle"), with
 * sentence-opening words, titles, honorifics and speech verbs split off ("Replied Stephen" → "Stephen",
 * "President Joe Biden" → "Joe Biden"), or an online handle ("elmo666", "ScreamMyName"). Runs holding an
 * organisation or place word ("Food Standards Agency", "White House") are organisations. One word ("Kuleba",
 * "Fiona", "Lee") refers to the person whose surname or given name it is, when exactly one person fits or the
 * article's own conventions tell which (see `resolveSingles`); otherwise it stays unresolved.
 *
 * Gender is what the article says: honorifics ("Mr", "Frau"), gendered roles ("her mother", "spokeswoman")
 * and the pronouns used of a person named alone in a sentence.
 */

import type { Gender } from './lang/types';
import { type Lexicon, oneWordSpeechVerb } from './lexicon';
import type { QuoteSpan } from './quotation-marks';
import type { Roles } from './roles';
import type { Paragraph, Range } from './text-ranges';

export type { Gender } from './lang/types';

export interface Person {
  /** The name as the article gives it in full ("Dmytro Kuleba"), or the single word if it never does. */
  name: string;
  surname: string;
  /** The first word of a full name that is not an initial ("Eugene" in "C. Eugene Steuerle"). */
  given?: string;
  /** The first role the article gives this person. */
  role?: string;
  /** Every role noun the article gives this person, lower case ("spokesman", "coach"). */
  roleNouns: Set<string>;
  gender?: Gender;
  /** The age the article gives with the name ("Ryan Berg, 36,", "Anna Keller (36)", "the 36-year-old actor Ryan Berg"). */
  age?: number;
  /** The pronouns used of this person disagree ("elle" twice, "il" once): no gendered pronoun is sure of them. */
  genderUnclear?: boolean;
  organisation: boolean;
  /** Something says this is a person (an honorific, a gender, a human role, a known given name, a handle). */
  human: boolean;
  /**
   * Named only right after an article, where nouns are capitalised ("am Steuer Filme", "im Zug Fahrkarten"):
   * a noun phrase more likely than a name.
   */
  nounPhrase?: boolean;
  /** Referred to by the given name alone outside quotations ("says Te Kaurinui"). */
  calledByGivenName: boolean;
  /** Offsets of the mentions that name this person in full or by given name. */
  named: number[];
}

export interface Mention extends Range {
  /** The name as written, without title or possessive ("Kuleba" for "Mr Kuleba's"). */
  name: string;
  kind: 'full' | 'titled' | 'single' | 'handle' | 'organisation';
  person: Person | undefined;
  /** A single word that several people share, and nothing tells which one is meant. */
  ambiguous: boolean;
  /** The role written around this mention. */
  role?: string;
  honorific?: string;
  /** "Peter Smith’s lawyer": the name is a possessor, not the subject. */
  possessive: boolean;
  /** Inside a quotation: a name the speaker says, never the speaker. */
  quoted: boolean;
}

export interface Cast {
  mentions: readonly Mention[];
  people: readonly Person[];
  /** Mentions lying entirely inside `range`, outside quotations, in text order. */
  mentionsIn(range: Range): Mention[];
  /** People whose role holds this role noun ("coach" → the coach). */
  withRole(noun: string): Person[];
  /** The mention starting exactly at `offset`, if any. */
  mentionAt(offset: number): Mention | undefined;
  /**
   * Makes a single word that speaks through a clause ("Bassi said") a member of the cast, so its other
   * mentions count when a pronoun looks for its person. Returns the person, or undefined for an ambiguous word.
   */
  promote(name: string): Person | undefined;
}

export interface CastInput {
  text: string;
  paragraphs: readonly Paragraph[];
  /** All sentences in text order. */
  sentences: readonly Range[];
  quotes: readonly QuoteSpan[];
  lexicon: Lexicon;
  roles: Roles;
}

/** Letters of the scripts that write names with capitals (not Han, kana or Hangul, which have no case). */
const L = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{M}]`;
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle|Sr|Sra|Dra|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|St)\.|M\.`;
const NAME_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}${L}*?\p{Ll}${L}*(?:-${L}+)*(?:['’]s?)?`;
/**
 * Two letters, letters or underscores, a digit, then letters, digits or underscores: `L{2,}[L_]*[0-9]+[L0-9_]*`
 * written so that a word without a digit fails in one backtrack per letter rather than one per pair of letters.
 */
const HANDLE = `${L}{2}[${L.slice(1, -1)}_]*[0-9][${L.slice(1, -1)}0-9_]*`;
const INITIAL = String.raw`\p{Lu}\.`;
/** "der" and "den" only after "van"/"von" ("von der Leyen"): alone they are German articles ("Anwälte der Partei"). */
const PARTICLE =
  '(?:(?:van|von)[ \u00A0](?:der|den)|van|von|de|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|dos|das|do|zu)';
/** Every token of a name run starts with a capital: the engine skips the rest of the text at once. */
const TOKEN = `(?:${HONORIFIC}|${NAME_WORD}|${INITIAL})`;
// Every token starts with a capital: the lookahead lets the engine skip to the next one before the lookbehind.
const MENTION = new RegExp(
  String.raw`(?=\p{Lu})(?<!${L}|[0-9@#/.])${TOKEN}(?:[ \u00A0](?:${PARTICLE}[ \u00A0])*${TOKEN})*(?!${L}|[0-9])`,
  'gu',
);
const POSSESSIVE = /['’]s?$/u;
const LOWER_LETTER = /^\p{Ll}$/u;
/**
 * What joins an organisation's name to the rest of it ("Department of Conservation", "Banco de España",
 * "Congregación de las Hermanas", "Associação dos Moradores").
 */
const ORGANISATION_LINK =
  /^[ \u00A0](?:(?:of|de|da|do)(?:[ \u00A0](?:the|la|las|los|l['’]))?|for|del|des|du|der|für|dos|das)[ \u00A0]?$/u;
const IS_HANDLE = new RegExp(`^${HANDLE}$`, 'u');
/** Handles ("elmo666", "jayk1984") on their own: letters and digits, which a name run never holds. */
const HANDLES = new RegExp(`(?<!${L}|[0-9_@#/.])${HANDLE}(?!${L}|[0-9_])`, 'gu');
/** A run of non-space characters holding a digit: where a handle can be (it holds one, and no space). */
const WITH_DIGIT = /(?<!\S)\S*?[0-9]\S*/g;
const IS_INITIAL = /^\p{Lu}\.$/u;
/** A camel-case handle ("ScreamMyName", "PlutoPete"): a person's name never has two capitals inside one word but "Mc"/"Mac"/"De" names. */
const CAMEL = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,}$/u;
const NAME_PREFIX_CAMEL = /^(?:Mc|Mac|De|Di|Da|Le|La|Van|Von|O)\p{Lu}/u;
/** People named more than this many paragraphs back are not what a single word refers to by recency. */
const RECENT_PARAGRAPHS = 2;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

interface Token {
  word: string;
  start: number;
}

/** What building the cast shares: the article's words and the mentions and people found so far. */
interface CastBuild {
  text: string;
  lexicon: Lexicon;
  roles: Roles;
  people: Map<string, Person>;
  /** The people (not organisations) in `people`, by lower-case surname, in the order `people` first lists them. */
  bySurname: Map<string, Person[]>;
  /** A key of `people` was given another person: `bySurname` no longer follows `people`'s order. */
  rekeyed: boolean;
  mentions: Mention[];
  quoteOf: (start: number, end: number) => boolean;
}

export function buildCast(input: CastInput): Cast {
  const { text, lexicon, roles } = input;
  const mentions: Mention[] = [];
  const people = new Map<string, Person>();
  const quoteOf = quoteLocator(input.quotes);
  const build: CastBuild = {
    text,
    lexicon,
    roles,
    people,
    bySurname: new Map(),
    rekeyed: false,
    mentions,
    quoteOf,
  };
  for (const match of nameRuns(text, lexicon)) addRun(build, match);
  const cast = [...new Set(people.values())];
  // Role nouns first: they tell apart people who share a surname.
  for (const mention of mentions) {
    if (mention.person === undefined || mention.role === undefined) continue;
    for (const noun of roles.roleNounsOf(mention.role)) mention.person.roleNouns.add(noun);
  }
  givenNameReferences(mentions, cast);
  resolveSingles(mentions, cast, input.paragraphs, text, roles, lexicon);
  learnFromMentions(input, mentions);
  return castOf(mentions, cast);
}

function newPerson(name: string, tokens: readonly string[], organisation: boolean): Person {
  const words = tokens.filter((token) => !IS_INITIAL.test(token));
  const surname = words[words.length - 1] ?? name;
  const given = words.length >= 2 ? words[0] : undefined;
  const person: Person = {
    name,
    surname,
    roleNouns: new Set(),
    organisation,
    human: false,
    calledByGivenName: false,
    named: [],
  };
  if (given !== undefined) person.given = given;
  return person;
}

function addMention(build: CastBuild, tokens: Token[]): void {
  const { text, lexicon, roles, people, mentions, quoteOf } = build;
  const honorific = peelLeading(lexicon, roles, tokens);
  // "John Smith Jr.": the suffix is no surname.
  while (tokens.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/u.test(tokens[tokens.length - 1]?.word ?? ''))
    tokens.pop();
  const last = tokens[tokens.length - 1];
  if (last === undefined || tokens.every((token) => IS_INITIAL.test(token.word))) return;
  const start = tokens[0]?.start ?? last.start;
  const possessive = POSSESSIVE.test(last.word) && !/^\p{Lu}['’]/u.test(last.word.slice(-2));
  const end = last.start + (possessive ? last.word.replace(POSSESSIVE, '').length : last.word.length);
  const name = text.slice(start, end);
  const words = name.split(/[ \u00A0]+/u).filter((word) => !lexicon.particles.has(word));
  const lowers = words.map((word) => word.toLowerCase());
  const kind = namesOrganisation(build, start, lowers)
    ? 'organisation'
    : mentionKind(lexicon, name, words, lowers, honorific);
  const quoted = quoteOf(start, end);
  const mention: Mention = {
    start,
    end,
    name,
    kind,
    person: undefined,
    ambiguous: false,
    possessive,
    quoted,
  };
  if (honorific !== undefined) mention.honorific = honorific;
  if (kind !== 'single') {
    const role = roles.roleBefore(text, start, end) ?? roles.roleAfter(text, end);
    if (role !== undefined) mention.role = role;
  }
  if (kind === 'full' || kind === 'organisation' || kind === 'handle') {
    // "L’Association": the body is called "Association" on a card.
    const called = kind === 'organisation' ? name.replace(/^[LlDd]['’]/u, '') : name;
    const person =
      samePerson(build, called, words, kind) ?? newPerson(called, words, kind === 'organisation');
    if (kind === 'handle') person.human = true;
    const articled = lexicon.nounArticles.has(wordBefore(text, start));
    if (person.named.length === 0 || person.nounPhrase === true) person.nounPhrase = articled;
    const key = name.toLowerCase();
    const before = people.get(key);
    if (before === undefined && !person.organisation)
      addTo(build.bySurname, person.surname.toLowerCase(), person);
    else if (before !== undefined && before !== person) build.rekeyed = true;
    people.set(key, person);
    if (!quoted) person.named.push(start);
    mention.person = person;
  }
  mentions.push(mention);
}

/**
 * A body's name: a run after an organisation noun ("a empresa Alfa Obras"), or a single capitalised
 * organisation word that is no sentence's first word ("a écrit à l’Association des commerçants",
 * "L’Association des maires"): French capitalises only the first word of a body's name.
 */
function namesOrganisation(build: CastBuild, start: number, lowers: readonly string[]): boolean {
  const { lexicon, text, roles } = build;
  // German capitalises every noun: a capitalised noun is no name.
  if (lexicon.capitalisesNouns) return false;
  // "a empresa Alfa Obras", "la constructora Vial Sur": the noun of a body before its name.
  const noun = wordBefore(text, start);
  // "a este diario Luis Cano": the body is the demonstrative's, the name after it someone else's.
  const demonstrative = lexicon.demonstratives.has(wordBefore(text, start - noun.length - 1));
  if (noun !== '' && lexicon.organisationNouns.has(noun) && !roles.isRoleWord(noun) && !demonstrative)
    return true;
  if (lowers.length !== 1) return false;
  const word = lowers[0] ?? '';
  if (!lexicon.organisationWords.has(word.replace(/^[ld]['’]/u, ''))) return false;
  return (
    /^[ld]['’]/u.test(word) ||
    /(?:\p{Ll}|,)\s+$|(?:^|\s)[LlDd]['’]$/u.test(text.slice(Math.max(0, start - 3), start))
  );
}

/** The lower-case word right before `at` across one space ("empresa" in "a empresa Alfa"), or ''. */
function wordBefore(text: string, at: number): string {
  const end = at - 1;
  if (text[end] !== ' ' && text[end] !== '\u00A0') return '';
  let start = end;
  while (start > 0 && start > end - 30 && LOWER_LETTER.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

/** Sentence-opening words, titles, honorifics, roles and verbs before a name, peeled off; the honorific among them. */
function peelLeading(lexicon: Lexicon, roles: Roles, tokens: Token[]): string | undefined {
  let honorific: string | undefined;
  let verb = false;
  // Sentence-opening words, titles, honorifics and verbs come first: peel them off.
  while (tokens.length > 0) {
    const lower = (tokens[0]?.word ?? '').toLowerCase();
    verb = lexicon.speechWords.has(lower);
    if (lexicon.honorifics.has(lower)) honorific = lower;
    else if (
      !(
        lexicon.notNameWords.has(lower) ||
        lexicon.titles.has(lower.replace(/\.$/u, '')) ||
        roles.isRoleWord(lower) ||
        lexicon.speechWords.has(lower) ||
        lexicon.organisationPronouns.has(lower) ||
        lexicon.pronouns.has(lower)
      ) &&
      !(lexicon.calendarWords.has(lower) && tokens.length > 1) &&
      // "le ministre de l’Intérieur Gérald Darmanin": the portfolio ends the role before the name.
      !(lexicon.portfolios.has(lower.replace(/^[ld]['’]/u, '')) && tokens.length > 2)
    )
      break;
    tokens.shift();
  }
  // "nach den Worten von Ruth Zeller", "nach Angaben von Keller": a particle after the words of a verb, or
  // before a given name and a surname, is a preposition.
  const [particle, given, surname] = tokens;
  if (
    particle !== undefined &&
    lexicon.particles.has(particle.word) &&
    (verb || [given, surname].every((token) => token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.word)))
  )
    tokens.shift();
  // A capitalised role inside the run ends what comes before it: "Kremlin Spokesman Dmitry Peskov". The
  // last word is kept: it may be a surname ("Judge"). Not in an organisation's name ("Congregación de las
  // Hermanas del Carmen").
  for (let i = tokens.length - 2; i >= 0; i--) {
    const lower = tokens[i]?.word.toLowerCase() ?? '';
    if (tokens.slice(0, i).some((token) => lexicon.organisationWords.has(token.word.toLowerCase()))) break;
    if (
      roles.isRoleWord(lower) ||
      lexicon.titles.has(lower.replace(/\.$/u, '')) ||
      lexicon.honorifics.has(lower)
    ) {
      if (lexicon.honorifics.has(lower)) honorific = lower;
      tokens.splice(0, i + 1);
      break;
    }
  }
  return honorific;
}

/** A full name, an organisation or place, an online handle, a titled or a single word. */
function mentionKind(
  lexicon: Lexicon,
  name: string,
  words: readonly string[],
  lowers: readonly string[],
  honorific: string | undefined,
): Mention['kind'] {
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) && !IS_INITIAL.test(word)).length;
  // "J. Smith", and "Pascal A.", a given name and the initial of a surname withheld (court reports).
  const initialled = words.length === 2 && IS_INITIAL.test(words[1] ?? '');
  if (
    capitalised >= 2 ||
    (capitalised === 1 && words.length >= 2 && IS_INITIAL.test(words[0] ?? '')) ||
    (capitalised === 1 && initialled)
  )
    return lowers.some((word) => lexicon.organisationWords.has(word)) ||
      lexicon.placePrefixes.has((lowers[0] ?? '').replace(/\.$/u, ''))
      ? 'organisation'
      : 'full';
  // A handle holds a digit: most names skip its pattern.
  if ((/[0-9]/u.test(name) && IS_HANDLE.test(name)) || (CAMEL.test(name) && !NAME_PREFIX_CAMEL.test(name)))
    return 'handle';
  return honorific === undefined ? 'single' : 'titled';
}

/** Runs of capitalised words (and handles), an organisation's name carried on through "of". */
function nameRuns(text: string, lexicon: Lexicon): { 0: string; index: number }[] {
  const found: { 0: string; index: number }[] = [...text.matchAll(MENTION)];
  if (/[0-9]/u.test(text)) {
    for (const run of text.matchAll(WITH_DIGIT))
      for (const match of run[0].matchAll(HANDLES))
        found.push({ 0: match[0], index: run.index + match.index });
    found.sort((a, b) => a.index - b.index);
  }
  // "New Zealand Department" + "of" + "Conservation": an organisation's name goes on through "of".
  const runs: { 0: string; index: number }[] = [];
  for (const match of found) {
    const previous = runs[runs.length - 1];
    if (previous !== undefined) {
      const end = previous.index + previous[0].length;
      const between = text.slice(end, match.index);
      if (
        ORGANISATION_LINK.test(between) &&
        previous[0]
          .toLowerCase()
          .split(/[ \u00A0]+/u)
          .some((word) => lexicon.organisationWords.has(word))
      ) {
        runs[runs.length - 1] = {
          0: text.slice(previous.index, match.index + match[0].length),
          index: previous.index,
        };
        continue;
      }
    }
    runs.push({ 0: match[0], index: match.index });
  }
  return runs;
}

/**
 * "explique à Ouest-France Benoît Lemoine", "a dit à France Info Anna Roy": after a speech verb and the word
 * that names whom it was said to, a run of three capitalised words or more is the medium, then the speaker's
 * given name and surname. How many of its words are the medium's.
 */
function listenerWords(build: CastBuild, at: number, tokens: readonly Token[]): number {
  const { text, lexicon } = build;
  if (tokens.length < 3) return 0;
  const marker = wordBefore(text, at);
  if (!lexicon.recipientMarkers.has(marker)) return 0;
  return lexicon.speechWords.has(wordBefore(text, at - marker.length - 1)) ? tokens.length - 2 : 0;
}

/** One run of capitalised words: its names and, after a particle, the organisation it ends in. */
function addRun(build: CastBuild, match: { 0: string; index: number }): void {
  const { lexicon } = build;
  let tokens = splitTokens(match[0], match.index);
  // "Aneta Kowal von der Universität Warschau": a particle before an organisation ends the name there
  // ("von der Leyen" goes on); what follows is the organisation.
  const cut = tokens.findIndex(
    (token, i) =>
      // A given name and a surname before it ("Departamento de Estado" is one name).
      i > 1 &&
      !tokens
        .slice(0, i)
        .some(
          (before) =>
            lexicon.organisationWords.has(before.word.toLowerCase()) ||
            lexicon.organisationNouns.has(before.word.toLowerCase()),
        ) &&
      /^\p{Ll}/u.test(token.word) &&
      tokens
        .slice(i + 1, i + 3)
        .some((next) => /^\p{Lu}/u.test(next.word) && lexicon.organisationWords.has(next.word.toLowerCase())),
  );
  const named = cut > 0 ? tokens.slice(cut).findIndex((token) => /^\p{Lu}/u.test(token.word)) : -1;
  const organisation = cut > 0 && named !== -1 ? tokens.slice(cut + named) : [];
  if (cut > 0) tokens = tokens.slice(0, cut);
  // "RedMonk’s Stephens": a possessive ends one name and the next begins. An article of the page's language
  // that is none of its particles ends it too ("so fasst Lang das Jahr zusammen": Portuguese "das" is
  // a particle, German "das" an article).
  const primary = lexicon.languages[0];
  let from = listenerWords(build, match.index, tokens);
  if (from > 0) addMention(build, tokens.slice(0, from));
  tokens.forEach((token, i) => {
    // The medium's words before the speaker's name (`listenerWords`) were already cut off.
    if (i < from) return;
    if (i < tokens.length - 1 && POSSESSIVE.test(token.word) && /['’]s$/u.test(token.word)) {
      addMention(build, tokens.slice(from, i + 1));
      from = i + 1;
    } else if (
      i > 0 &&
      primary?.determiners.includes(token.word) === true &&
      !primary.particles.includes(token.word)
    ) {
      addMention(build, tokens.slice(from, i));
      from = i + 1;
    }
  });
  addMention(build, tokens.slice(from + mediumLength(build, tokens.slice(from))));
  if (organisation.length > 0) addMention(build, organisation);
}

/**
 * "declaró a EFE Luis Cano", "afirmou à agência Lusa Luís Ferreira": the medium something was said to,
 * glued to the speaker's name after it, is not part of the name. It is the leading words in capitals, or,
 * after a listener noun, one word (and the body words after it: "agencia Europa Press"), when a name of
 * two words or more remains. Returns how many words name the medium (0 when they do not).
 */
function mediumLength(build: CastBuild, tokens: readonly Token[]): number {
  const { text, lexicon } = build;
  const first = tokens[0];
  if (first === undefined || tokens.length < 3 || lexicon.listenerNouns.size === 0) return 0;
  const before = text
    .slice(Math.max(0, first.start - 40), first.start)
    .toLowerCase()
    .split(/\s+/u);
  before.pop();
  const last = before.at(-1) ?? '';
  const marked = before.slice(-4).some((word) => lexicon.recipientMarkers.has(word));
  if (!marked || !(lexicon.recipientMarkers.has(last) || lexicon.listenerNouns.has(last))) return 0;
  let length = 0;
  while (length < tokens.length && /^[\p{Lu}\p{N}]{2,}$/u.test(tokens[length]?.word ?? '')) length++;
  if (length === 0 && lexicon.listenerNouns.has(last)) {
    length = 1;
    while (lexicon.organisationWords.has(tokens[length]?.word.toLowerCase() ?? '')) length++;
  }
  return tokens.length - length >= 2 ? length : 0;
}

/** What the mentions say about their person: roles, honorifics, gendered roles. */
function learnFromMentions(input: CastInput, mentions: readonly Mention[]): void {
  const { text, lexicon, roles } = input;
  for (const mention of mentions) {
    const person = mention.person;
    if (person === undefined) continue;
    if (!person.human && !mention.quoted && bodyInApposition(input, mention.end)) person.organisation = true;
    const role = mention.kind === 'single' ? roleOfSingle(roles, text, mention) : mention.role;
    if (role !== undefined) {
      mention.role = role;
      if (person.role === undefined) person.role = role;
      for (const noun of roles.roleNounsOf(role)) person.roleNouns.add(noun);
      if (!person.organisation) person.human = true;
      const gender = roles.genderOfRole(role);
      if (gender !== undefined && person.gender === undefined) person.gender = gender;
    }
    const age = mention.quoted || person.organisation ? undefined : ageWith(input, mention);
    if (age !== undefined) {
      person.human = true;
      person.age ??= age;
    }
    for (const noun of predicateRoles(input, mention)) {
      person.roleNouns.add(noun);
      person.human = true;
    }
    // "Anna Lindqvist, who chairs the board,": a relative pronoun said only of people.
    const relative = /^\s*,\s*(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 12))?.[1];
    if (relative !== undefined && lexicon.personRelatives.has(relative.toLowerCase()) && !person.organisation)
      person.human = true;
    if (mention.honorific !== undefined) {
      person.human = true;
      const gender = lexicon.honorifics.get(mention.honorific);
      if (gender !== null && gender !== undefined && person.gender === undefined) person.gender = gender;
    }
  }
  shareRoles(input, mentions);
  for (const mention of mentions)
    if (
      mention.person !== undefined &&
      speaksInFull(input, mentions, mention) &&
      aloneInSentence(input, mentions, mention)
    )
      mention.person.human = true;
  learnGenders(input, mentions);
}

/** Nobody else is named in full in the sentence of `mention` ("Ana Ruiz habló con Luis Cano" names two). */
function aloneInSentence(input: CastInput, mentions: readonly Mention[], mention: Mention): boolean {
  const sentence = input.sentences.find((range) => range.start <= mention.start && mention.start < range.end);
  if (sentence === undefined) return false;
  return !mentions.some(
    (other) =>
      other !== mention &&
      other.person !== mention.person &&
      other.person?.organisation !== true &&
      other.kind === 'full' &&
      other.start >= sentence.start &&
      other.start < sentence.end,
  );
}

/**
 * "Marco Flores denunció …", "Roberto Burneo, presidente del JNE precisó:": a full name, no body's, set
 * before a verb of saying in the singular (maybe after a role set off by a comma) is a person's. Not where
 * nouns are capitalised, nor after an article ("la Casa Blanca dijo"). Without the role, only a name the
 * article also calls by its last word alone ("Flores"), as it calls people and not bodies ("Cruz Roja
 * denunció …" is no person's).
 */
function speaksInFull(input: CastInput, mentions: readonly Mention[], mention: Mention): boolean {
  const { text, lexicon, roles } = input;
  const person = mention.person;
  if (mention.kind !== 'full' || mention.quoted || person?.organisation !== false || lexicon.capitalisesNouns)
    return false;
  const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[1] ?? '';
  if (lexicon.definiteArticles.has(before.toLowerCase())) return false;
  const rest = text.slice(mention.end, mention.end + 80);
  const words = [...rest.matchAll(/\p{L}+/gu)].slice(0, 8);
  const verbAt = words.findIndex((word) => singularSpeechVerb(lexicon, word[0]));
  const verb = words[verbAt];
  if (verb === undefined) return false;
  const between = rest.slice(0, verb.index).trim();
  if (between.startsWith(',')) return roles.isRolePhrase(between.slice(1));
  return between === '' && mentions.some((other) => other.person === person && other.kind === 'single');
}

/** A verb of saying of one word, in the singular ("denunció", "precisó"). */
function singularSpeechVerb(lexicon: Lexicon, word: string): boolean {
  return oneWordSpeechVerb(lexicon, word) && !lexicon.pluralSpeechVerbs.has(word);
}

/**
 * "Die Bauunternehmer Karl Ebert und Fritz Lohmann", "the architects Anna Berg and Tom Ek": a role before
 * names joined as equals is each one's, so "der Bauunternehmer" alone is neither.
 */
function shareRoles(input: CastInput, mentions: readonly Mention[]): void {
  const { text, lexicon, roles } = input;
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1];
    const role = mention.role;
    if (role === undefined || next?.person === undefined || next.person === mention.person) return;
    if (mention.kind !== 'full' || next.kind !== 'full' || next.role !== undefined) return;
    const between = text.slice(mention.end, next.start).trim().toLowerCase();
    if (!lexicon.coordinators.has(between)) return;
    for (const noun of roles.roleNounsOf(role)) next.person.roleNouns.add(noun);
  });
}

/**
 * "SBM Intel, a Lagos research firm,", "Alfa Obras, la constructora,": an article, a few words and an
 * organisation's noun, and no role, in apposition after the name: the name is a body's.
 */
function bodyInApposition(input: CastInput, end: number): boolean {
  const { text, lexicon, roles } = input;
  const phrase = /^\s*,\s*([^,.;:!?()“”"«»„\n]{1,60}),/u.exec(text.slice(end, end + 70))?.[1];
  const words = phrase?.trim().split(/\s+/u) ?? [];
  const first = words[0]?.toLowerCase() ?? '';
  const last = words.at(-1)?.toLowerCase() ?? '';
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    lexicon.determiners.has(first) &&
    lexicon.organisationNouns.has(last) &&
    !words.some((word) => roles.isRoleWord(word))
  );
}

/** An age after a name: ", 36," "(36)", ", 36 ans," ", 36 años,", "(36 Jahre)". */
const AGE_AFTER = /^\s*(?:,\s*|\()(\d{1,3})(?:\s+\p{L}{2,5})?\s*(?:[,)]|\.(?:\s|$))/u;

/**
 * The age the article gives with a name: after it (`AGE_AFTER`), or as an epithet before it in the same
 * clause ("the 36-year-old actor Ryan Berg", "der 36-jährige Schauspieler Ryan Berg"; `ageEpithets`).
 */
function ageWith(input: CastInput, mention: Mention): number | undefined {
  const { text, lexicon, roles } = input;
  const after = AGE_AFTER.exec(text.slice(mention.end, mention.end + 20))?.[1];
  if (after !== undefined) return Number(after);
  // "Luis Cano, de 58 años,", "Luís Costa tem 58 anos": the language's phrases of age.
  const phrase = lexicon.ageAfterName?.exec(text.slice(mention.end, mention.end + 30));
  const said = phrase?.slice(1).find((group) => group !== undefined);
  if (said !== undefined) return Number(said);
  if (lexicon.ageEpithets.size === 0) return undefined;
  const before = /(\d{1,3})-([\p{L}-]+)((?:\s+[\p{L}-]+){0,3})\s+$/u.exec(
    text.slice(Math.max(0, mention.start - 60), mention.start),
  );
  // Only roles stand between the age and the name ("the 36-year-old actor Ryan Berg"): "a 19-year-old after
  // Ryan Berg called" is somebody else's age.
  const between = (before?.[3] ?? '').trim().split(/\s+/u).filter(Boolean);
  const onlyRoles = between.every(
    (word) => roles.isRoleWord(word.toLowerCase()) || lexicon.roleModifiers.has(word.toLowerCase()),
  );
  return before?.[1] !== undefined && onlyRoles && lexicon.ageEpithets.has(before[2]?.toLowerCase() ?? '')
    ? Number(before[1])
    : undefined;
}

/**
 * What a sentence says a person is: "Park Minwoo est un architecte aisé", "Ana Ruiz es una abogada" — a
 * copula and an indefinite article right after the full name, then a role within three words.
 */
function predicateRoles(input: CastInput, mention: Mention): string[] {
  const { text, lexicon, roles } = input;
  if (mention.kind !== 'full' || mention.quoted || lexicon.copulas.size === 0) return [];
  const words = text
    .slice(mention.end, mention.end + 60)
    .split(/[.,;:!?()\n]/u)[0]
    ?.trim()
    .split(/\s+/u);
  const [copula, article, ...rest] = words ?? [];
  if (copula === undefined || article === undefined) return [];
  if (!lexicon.copulas.has(copula.toLowerCase()) || !lexicon.indefiniteArticles.has(article.toLowerCase()))
    return [];
  return rest.slice(0, 3).flatMap((word) => roles.roleNounsOf(word));
}

/** The cast's face: its mentions in text order and its people. */
function castOf(mentions: Mention[], cast: Person[]): Cast {
  const byStart = mentions;
  return {
    mentions,
    people: cast,
    mentionsIn(range) {
      const found: Mention[] = [];
      for (let i = firstAtOrAfter(byStart, range.start); i < byStart.length; i++) {
        const mention = byStart[i];
        if (mention === undefined || mention.start >= range.end) break;
        if (mention.end <= range.end && !mention.quoted) found.push(mention);
      }
      return found;
    },
    withRole(noun) {
      const wanted = noun.toLowerCase();
      return cast.filter((person) => person.roleNouns.has(wanted));
    },
    mentionAt(offset) {
      const mention = byStart[firstAtOrAfter(byStart, offset)];
      return mention?.start === offset ? mention : undefined;
    },
    promote(name) {
      return promote(mentions, cast, name);
    },
  };
}

function promote(mentions: readonly Mention[], cast: Person[], name: string): Person | undefined {
  const existing = cast.find((person) => person.name === name);
  if (existing !== undefined) return existing;
  const same = mentions.filter((mention) => mention.kind === 'single' && mention.name === name);
  if (same.length === 0 || same.some((mention) => mention.ambiguous || mention.person !== undefined))
    return undefined;
  const person: Person = {
    name,
    surname: name,
    roleNouns: new Set(),
    organisation: false,
    human: true,
    calledByGivenName: false,
    named: [],
  };
  for (const mention of same) {
    mention.person = person;
    if (!mention.quoted) person.named.push(mention.start);
  }
  cast.push(person);
  return person;
}

/**
 * "says Te Kaurinui" after "Te Kaurinui Parata": a name that is the start of another person's full name is
 * that person called by their given names, the way an article tells apart relatives who share a surname.
 */
function givenNameReferences(mentions: Mention[], cast: Person[]): void {
  // Every leading run of words of every longer name ("te kaurinui" of "Te Kaurinui Robert Parata").
  const byPrefix = new Map<string, Person[]>();
  for (const person of cast) {
    if (person.organisation) continue;
    const words = person.name.toLowerCase().split(/\s+/u);
    for (let length = 1; length < words.length; length++) {
      const key = words.slice(0, length).join(' ');
      const list = byPrefix.get(key) ?? [];
      if (!list.includes(person)) list.push(person);
      byPrefix.set(key, list);
    }
  }
  for (const mention of mentions) {
    const person = mention.person;
    if (mention.kind !== 'full' || person === undefined || person.organisation) continue;
    const longer = (byPrefix.get(person.name.toLowerCase()) ?? []).filter((other) => other !== person);
    const target = longer[0];
    if (longer.length !== 1 || target === undefined) continue;
    mention.person = target;
    if (!mention.quoted) {
      target.calledByGivenName = true;
      target.named.push(mention.start);
    }
  }
}

/**
 * One word names the person whose surname or given name it is ("Kuleba", "Fiona", "Lee" of "Lee Jae-myung").
 * When several people fit:
 * 1. a surname beats a given name;
 * 2. of people who share a surname, those the article calls by their given name alone are not the ones it
 *    calls by the surname (the newsroom convention for telling relatives apart);
 * 3. else the one named, in full or by given name, in this paragraph or the two before, if the others were not;
 * 4. else nobody: the mention stays ambiguous.
 */
function resolveSingles(
  mentions: readonly Mention[],
  cast: readonly Person[],
  paragraphs: readonly Paragraph[],
  text: string,
  roles: Roles,
  lexicon: Lexicon,
): void {
  const { bySurname, byGiven } = nameIndex(mentions, cast);
  for (const mention of mentions) {
    if (mention.kind !== 'single' && mention.kind !== 'titled') continue;
    const key = mention.name.toLowerCase();
    let candidates = bySurname.get(key) ?? [];
    // A given name refers back to someone already named in full ("Australian authorities" before "the
    // Australian Transaction Reports Centre" is nobody's): read off English wire copy, kept to English.
    if (candidates.length === 0 && mention.kind === 'single') {
      candidates = byGiven.get(key) ?? [];
      const before = candidates.some((person) => person.named.some((at) => at < mention.start));
      if (!before && lexicon.english) candidates = [];
    }
    if (candidates.length === 0 && !ownFeminineForm(lexicon, text, mention, key))
      candidates = inflectedSurname(lexicon, bySurname, key);
    if (candidates.length > 1) {
      const bySurnameOnly = candidates.filter((person) => !person.calledByGivenName);
      if (bySurnameOnly.length >= 1 && bySurnameOnly.length < candidates.length) candidates = bySurnameOnly;
    }
    // "Lee, the Democratic Party leader,": the one of them the article gives that role.
    if (candidates.length > 1) {
      const role = roles.roleBefore(text, mention.start, mention.end) ?? roles.roleAfter(text, mention.end);
      const nouns = role === undefined ? [] : roles.roleNounsOf(role);
      const holders = candidates.filter((person) => nouns.some((noun) => person.roleNouns.has(noun)));
      if (holders.length === 1) candidates = holders;
    }
    // A surname refers to someone the article has already introduced.
    if (candidates.length > 1) {
      const introduced = candidates.filter((person) => person.named.some((at) => at < mention.start));
      if (introduced.length >= 1) candidates = introduced;
    }
    if (candidates.length > 1) {
      const paragraph = paragraphIndexAt(paragraphs, mention.start);
      const windowStart = paragraphs[Math.max(0, paragraph - RECENT_PARAGRAPHS)]?.start ?? 0;
      const recent = candidates.filter((person) =>
        person.named.some((at) => at >= windowStart && at < mention.start),
      );
      if (recent.length === 1) candidates = recent;
    }
    if (candidates.length === 1) {
      const person = candidates[0];
      mention.person = person;
      if (
        person !== undefined &&
        mention.kind === 'single' &&
        key === person.given?.toLowerCase() &&
        !mention.quoted
      )
        person.named.push(mention.start);
    } else if (candidates.length > 1) {
      mention.ambiguous = true;
    } else if (mention.kind === 'titled') {
      // "Mr Kuleba" never named in full: a person all the same.
      const person: Person = {
        name: text.slice(mention.start, mention.end),
        surname: mention.name,
        roleNouns: new Set(),
        organisation: false,
        human: true,
        calledByGivenName: false,
        named: [mention.start],
      };
      mention.person = person;
      (cast as Person[]).push(person);
      addTo(bySurname, key, person);
    }
  }
}

/** The nominatives a word of a name may stand for in another case (`caseEndings`): "kowalskiego" → "kowalski". */
export function nominatives(lexicon: Lexicon, lower: string): string[] {
  const found: string[] = [];
  for (const [ending, nominative] of lexicon.caseEndings) {
    if (lower.length - ending.length >= 3 && lower.endsWith(ending))
      found.push(lower.slice(0, lower.length - ending.length) + nominative);
  }
  return found;
}

/** The one person whose surname a word is in another case ("Petrova" of "Ivan Petrov"), or nobody. */
/**
 * "сказала Смирнова", "uvedla Nováková": a form a woman's surname has in the nominative, not after a phrase
 * that governs another case ("по словам Смирнова", "według Nowakowa", "цитирует … Смирнова").
 */
function ownFeminineForm(lexicon: Lexicon, text: string, mention: Mention, key: string): boolean {
  if (!lexicon.feminineSurnameEndings.some((ending) => key.endsWith(ending))) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start).toLowerCase();
  const governed = [...lexicon.sourceFirst, ...lexicon.quotingVerbs].some((phrase) =>
    before.includes(phrase),
  );
  return !governed;
}

function inflectedSurname(lexicon: Lexicon, bySurname: ReadonlyMap<string, Person[]>, key: string): Person[] {
  const people = new Set(nominatives(lexicon, key).flatMap((base) => bySurname.get(base) ?? []));
  return people.size === 1 ? [...people] : [];
}

/**
 * The people by surname and by given name (a name before a particle counts as a surname), and who the article
 * calls by the given name alone.
 */
function nameIndex(
  mentions: readonly Mention[],
  cast: readonly Person[],
): { bySurname: Map<string, Person[]>; byGiven: Map<string, Person[]> } {
  const bySurname = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  for (const person of cast) {
    if (person.organisation) continue;
    addTo(bySurname, person.surname.toLowerCase(), person);
    if (person.given !== undefined) addTo(byGiven, person.given.toLowerCase(), person);
    // "Ulrich Müller von LobbyControl", "Luiz Inácio Lula da Silva": after two names or more, the name
    // before a particle is one the article may call the person by ("Müller", "Lula").
    const words = person.name.split(/[ \u00A0]+/u);
    const particle = words.findIndex((word, index) => index >= 2 && /^\p{Ll}/u.test(word));
    const before = particle === -1 ? undefined : words[particle - 1];
    if (before !== undefined && /^\p{Lu}/u.test(before)) addTo(bySurname, before.toLowerCase(), person);
  }
  // Who is called by the given name alone (outside quotations, and not also somebody's surname).
  for (const mention of mentions) {
    if (mention.kind !== 'single' || mention.quoted) continue;
    const key = mention.name.toLowerCase();
    if (bySurname.has(key)) continue;
    const given = byGiven.get(key);
    if (given?.length === 1 && given[0] !== undefined) given[0].calledByGivenName = true;
  }
  return { bySurname, byGiven };
}

function addTo(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key) ?? [];
  if (!list.includes(person)) list.push(person);
  map.set(key, list);
}

/**
 * The person a full name refers to when the article already named them: the same given name and surname
 * ("Edward Lorenz" after "Edward Norton Lorenz"), or the same name with a stray word before it ("Enter Stuart
 * R. Kaplan" after "Stuart R. Kaplan", a heading run into the name).
 */
function samePerson(
  build: CastBuild,
  name: string,
  words: readonly string[],
  kind: Mention['kind'],
): Person | undefined {
  const { people } = build;
  const exact = people.get(name.toLowerCase());
  if (exact !== undefined || kind !== 'full') return exact;
  const inflected = inflectedName(build, words);
  if (inflected !== undefined) return inflected;
  const given = words.find((word) => !IS_INITIAL.test(word))?.toLowerCase();
  const surname = words[words.length - 1]?.toLowerCase();
  const lower = name.toLowerCase();
  // Only people of that surname can match: the index lists them in `people`'s order.
  const candidates = build.rekeyed ? people.values() : (build.bySurname.get(surname ?? '') ?? []);
  for (const person of candidates) {
    if (person.organisation) continue;
    const other = person.name.toLowerCase();
    if (person.surname.toLowerCase() !== surname) continue;
    if (person.given?.toLowerCase() === given) return person;
    if (lower.endsWith(` ${other}`) || other.endsWith(` ${lower}`)) return person;
  }
  return undefined;
}

/**
 * "Ивана Петрова" after "Иван Петров": the one person whose given name and surname the last two words are in
 * another case (a medium's name may run into them: "РИА Новости Ивана Петрова").
 */
function inflectedName(build: CastBuild, words: readonly string[]): Person | undefined {
  const [given, surname] = words.slice(-2).map((word) => word.toLowerCase());
  if (given === undefined || surname === undefined) return undefined;
  const givens = new Set([given, ...nominatives(build.lexicon, given)]);
  const found = new Set(
    nominatives(build.lexicon, surname).flatMap((base) =>
      (build.bySurname.get(base) ?? []).filter(
        (person) => !person.organisation && givens.has(person.given?.toLowerCase() ?? ''),
      ),
    ),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** The role written around a single-word mention ("Lee, the Democratic Party leader,"). */
function roleOfSingle(roles: Roles, text: string, mention: Mention): string | undefined {
  return roles.roleBefore(text, mention.start, mention.end) ?? roles.roleAfter(text, mention.end);
}

/**
 * Genders from the pronouns used of a person named alone: in a sentence that names exactly one person outside
 * quotations (or, when it names nobody, right after one that does), "he", "his", "him" count for him and "she",
 * "her" for her. A clear majority decides; the honorifics and roles read before are kept.
 */
function learnGenders(input: CastInput, mentions: readonly Mention[]): void {
  const { text, lexicon } = input;
  if (lexicon.genderCues.size === 0) return;
  const votes = new Map<Person, [number, number]>();
  const quoteOf = quoteLocator(input.quotes);
  let mentionIndex = 0;
  let previous: Person | undefined;
  for (const sentence of input.sentences) {
    while (mentionIndex < mentions.length && (mentions[mentionIndex]?.start ?? 0) < sentence.start)
      mentionIndex++;
    const named = new Set<Person>();
    let first: Mention | undefined;
    for (let i = mentionIndex; i < mentions.length; i++) {
      const mention = mentions[i];
      if (mention === undefined || mention.start >= sentence.end) break;
      if (mention.quoted || mention.person === undefined || mention.person.organisation) continue;
      named.add(mention.person);
      first ??= mention;
    }
    // The one person named, as the sentence's subject (nothing but a role or an honorific before them).
    const subject =
      named.size === 1 && first !== undefined && isSubjectPosition(input, sentence.start, first)
        ? first.person
        : undefined;
    // A sentence that names nobody but describes someone ("S’il arrive à l’architecte …, il …") is about
    // that someone: its pronouns, and those of the sentences after it, vote for nobody.
    if (named.size === 0 && previous !== undefined && describesSomeone(input, sentence, quoteOf))
      previous = undefined;
    const votedFor = subject ?? (named.size === 0 ? previous : undefined);
    if (votedFor !== undefined) {
      const slice = text.slice(sentence.start, sentence.end);
      for (const match of slice.matchAll(WORD)) {
        const at = sentence.start + match.index;
        const gender = lexicon.genderCues.get(match[0].toLowerCase());
        if (gender === undefined || quoteOf(at, at + match[0].length)) continue;
        // A pronoun before the name in its sentence may point back to someone else.
        if (subject !== undefined && first !== undefined && at < first.start) continue;
        const count = votes.get(votedFor) ?? [0, 0];
        count[gender === 'm' ? 0 : 1]++;
        votes.set(votedFor, count);
      }
    }
    previous = named.size === 0 ? previous : subject;
  }
  for (const [person, [male, female]] of votes) {
    person.human = true;
    if (person.gender !== undefined) continue;
    if (male >= 1 && male >= 3 * female) person.gender = 'm';
    else if (female >= 1 && female >= 3 * male) person.gender = 'f';
    else person.genderUnclear = true;
  }
  for (const mention of mentions)
    if (mention.person !== undefined && mention.kind === 'handle') mention.person.human = true;
}

/** A determiner and a role noun ("the coach", "l’architecte", "el oficial") outside quotations. */
function describesSomeone(
  input: CastInput,
  sentence: Range,
  quoteOf: (start: number, end: number) => boolean,
): boolean {
  const { text, lexicon, roles } = input;
  let determiner = false;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    const elided = lower[1] === '’' || lower[1] === "'" ? /^[ld]['’](\p{L}+)$/u.exec(lower)?.[1] : undefined;
    if ((determiner || elided !== undefined) && roles.isRoleWord(elided ?? lower)) {
      const at = sentence.start + match.index;
      if (!quoteOf(at, at + match[0].length)) return true;
    }
    determiner = lexicon.determiners.has(lower);
  }
  return false;
}

/** The mention opens its sentence, or follows only a role, an honorific or a determiner. */
function isSubjectPosition(input: CastInput, sentenceStart: number, mention: Mention): boolean {
  const prefix = input.text.slice(sentenceStart, mention.start).trim();
  if (prefix === '') return true;
  const words = prefix.split(/\s+/u);
  return words.length <= 6 && input.roles.isRolePhrase(prefix.replace(/[,—–-]+$/u, ''));
}

/** Is [start, end) inside a quotation? Queries in any order; quotes are in text order. */
export function quoteLocator(quotes: readonly QuoteSpan[]): (start: number, end: number) => boolean {
  return (start, end) => {
    let low = 0;
    let high = quotes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((quotes[middle]?.close ?? 0) < start) low = middle + 1;
      else high = middle;
    }
    const quote = quotes[low];
    return quote !== undefined && quote.open < start && end <= quote.close;
  };
}

function splitTokens(run: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const word of run.split(/[ \u00A0]/)) {
    if (word !== '') tokens.push({ word, start: offset + start });
    start += word.length + 1;
  }
  return tokens;
}

function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((paragraphs[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Index of the first mention starting at or after `offset` (mentions are in text order). */
function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
