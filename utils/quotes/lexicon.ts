/**
 * The words the engine reads for one article, merged from the language files in `lang/` (one per language):
 * the article's own language plus English (English quotations and attributions turn up in every language's
 * press), or English, German, French and Spanish when the language is unknown and the text does not tell.
 * Merged once per language and cached.
 */
import { escapeRegExp } from '../article/words';
import { LANGUAGES } from './lang';
import { de } from './lang/de';
import { en } from './lang/en';
import { es } from './lang/es';
import { fr } from './lang/fr';
import type { CjkData, Gender, LanguageData } from './lang/types';

/** What the engine reads, merged over the languages in play. */
export interface Lexicon {
  languages: readonly LanguageData[];
  speechVerbs: ReadonlyMap<string, readonly string[][]>;
  characterisingVerbs: ReadonlySet<string>;
  pluralSpeechVerbs: ReadonlySet<string>;
  /** `LanguageData.splitVerbs`: the words that may close each finite part ("gab" → "zu", "an", …). */
  splitVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  sourceFirst: ReadonlySet<string>;
  postposedSources: ReadonlySet<string>;
  /** `LanguageData.afterQuoteVerbs`. */
  afterQuoteVerbs: ReadonlySet<string>;
  /** `LanguageData.mediumPrepositions`. */
  mediumPrepositions: ReadonlySet<string>;
  /** `LanguageData.adverbSuffix` of the article's language, if any. */
  adverbSuffix: string | undefined;
  sourcePatterns: readonly RegExp[];
  continuationPatterns: readonly RegExp[];
  pronouns: ReadonlyMap<string, Gender>;
  organisationPronouns: ReadonlySet<string>;
  /** Pronouns after a preposition, with the subject pronoun they stand for (`LanguageData.stressedPronouns`). */
  stressedPronouns: ReadonlyMap<string, string>;
  genderCues: ReadonlyMap<string, Gender>;
  honorifics: ReadonlyMap<string, Gender | null>;
  titles: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  genderedNouns: ReadonlyMap<string, Gender>;
  roleModifiers: ReadonlySet<string>;
  /** Every role noun to the role nouns of its kinds, itself included (`LanguageData.roleKinds`). */
  roleKinds: ReadonlyMap<string, ReadonlySet<string>>;
  ageEpithets: ReadonlySet<string>;
  /** `LanguageData.agePhrases` as one pattern, read right after a name; the age is its one matched group. */
  ageAfterName: RegExp | undefined;
  /** `LanguageData.decadeEpithets`: the noun to the decade's first year. */
  decadeEpithets: ReadonlyMap<string, number>;
  articleGenders: ReadonlyMap<string, Gender>;
  commonGenderNouns: ReadonlySet<string>;
  spokespersonNouns: ReadonlySet<string>;
  listenerVerbs: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  definiteArticles: ReadonlySet<string>;
  indefiniteArticles: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  personRelatives: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  notNameWords: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  placePrefixes: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  clauseLeads: ReadonlySet<string>;
  resumptives: ReadonlySet<string>;
  possessives: ReadonlyMap<string, string>;
  /** The article's language has no articles (`LanguageData.articleless`). */
  articleless: boolean;
  /** `LanguageData.publicationLeads`, each split into its words. */
  publicationLeads: readonly (readonly string[])[];
  recipientMarkers: ReadonlySet<string>;
  listenerNouns: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
  timeAdverbs: ReadonlySet<string>;
  asideLeads: ReadonlySet<string>;
  conversationPhrases: readonly string[];
  comitativeEndings: ReadonlyMap<string, readonly string[]>;
  caseEndings: readonly (readonly [string, string])[];
  /** See `LanguageData.feminineSurnameEndings`. */
  feminineSurnameEndings: readonly string[];
  quotingVerbs: ReadonlySet<string>;
  complementWords: ReadonlySet<string>;
  objectPrepositions: ReadonlySet<string>;
  /** The article's own language sets speech off by dashes (`LanguageData.dashSpeech`). */
  dashSpeech: boolean;
  /** The article's own language's (`LanguageData.reportedSpeechMarkers`). */
  reportedSpeechMarkers: ReadonlySet<string>;
  /**
   * The article's own language is English: the rules read off English wire copy (a reporter's "says X", a body
   * glued before a role, "the bank added") hold there and are kept there.
   */
  english: boolean;
  /** The article's own language capitalises its nouns (see `LanguageData.capitalisesNouns`). */
  capitalisesNouns: boolean;
  /**
   * Where nouns are capitalised, the articles (fused ones too) of the article's own language: capitalised
   * words right after one are a noun phrase ("im Zug Fahrkarten"), not a name.
   */
  nounArticles: ReadonlySet<string>;
  impersonal: ReadonlySet<string>;
  dropsSubject: boolean;
  mentionNouns: ReadonlySet<string>;
  /** The mention nouns of languages that compound (`LanguageData.compoundsNouns`), as word endings. */
  mentionHeads: readonly string[];
  nameNouns: ReadonlySet<string>;
  /** The name nouns of languages that compound, as word endings ("Enquete-Kommission"). */
  nameHeads: readonly string[];
  organisationNouns: ReadonlySet<string>;
  issuedNouns: ReadonlySet<string>;
  dependentOpeners: ReadonlySet<string>;
  danglingPronouns: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  invertedStems: ReadonlySet<string>;
  /** Inverted auxiliaries whose participle follows (see `LanguageData.invertedAuxiliaries`). */
  invertedAuxiliaries: ReadonlySet<string>;
  /** Reflexive pronouns before an inverted verb (see `LanguageData.reflexivePronouns`). */
  reflexivePronouns: ReadonlySet<string>;
  /** Endings of plural speech verbs (see `LanguageData.pluralVerbEndings`). */
  pluralVerbEndings: readonly string[];
  /** The single words of every speech verb (for "a role never holds a speech verb"). */
  speechWords: ReadonlySet<string>;
  cjk: CjkData | undefined;
}

const cache = new Map<string, Lexicon>();

/** The primary subtag of a language tag, lower case ("en-GB" → "en", "zh_Hans" → "zh"). */
export function primaryLanguage(lang: string | null | undefined): string | undefined {
  if (typeof lang !== 'string') return undefined;
  const primary = lang.trim().toLowerCase().split(/[-_]/u)[0];
  return primary === '' ? undefined : primary;
}

/**
 * The lexicon for an article: the language its text is written in when that is clear (mostly Han
 * characters: Chinese; else the language whose function words it uses most, by a clear margin), else its
 * declared language when the engine knows it, else English with the other Latin-script languages the engine
 * knows best. The text outranks the declaration: sites declare one language in a template for pages
 * written in another (a German report on a page declared `en`, a Spanish one declared `en`).
 */
/** A verb of saying of one word in some language's list ("denunció", "powiedział"), not only part of a phrase. */
export function oneWordSpeechVerb(lexicon: Lexicon, word: string): boolean {
  return (lexicon.speechVerbs.get(word) ?? []).some((words) => words.length === 1);
}

export function lexiconFor(lang: string | null | undefined, text = ''): Lexicon {
  const declared = primaryLanguage(lang);
  const guessed = guessLanguage(text);
  const primary =
    guessed !== undefined && guessed in LANGUAGES
      ? guessed
      : declared !== undefined && declared in LANGUAGES
        ? declared
        : undefined;
  const key = primary !== undefined && primary in LANGUAGES ? primary : '*';
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const own = key === '*' ? undefined : LANGUAGES[key];
  const languages = own === undefined ? [en, de, fr, es] : own.code === 'en' ? [en] : [own, en];
  const lexicon = merge(languages);
  cache.set(key, lexicon);
  return lexicon;
}

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LATIN_WORD = /[\p{Script=Latin}]+/gu;
/** Enough text to tell a language by; the start of an article is as good as the rest. */
const SAMPLE = 6000;

/** The language a text is written in, when that is clear from a sample of it; undefined when it is not. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  const han = sample.match(HAN)?.length ?? 0;
  const words = sample.toLowerCase().match(LATIN_WORD) ?? [];
  // Kana are Japanese only: a text mostly in Han characters with kana among them is Japanese, not Chinese.
  const kana = sample.match(KANA)?.length ?? 0;
  if (han + kana >= 20 && han + kana > 2 * words.length) return kana >= 10 ? 'ja' : 'zh';
  if (words.length < 30) return undefined;
  const counts = Object.values(LANGUAGES)
    .filter((language) => language.cjk === undefined)
    .map((language) => {
      const own = new Set([...language.determiners, ...language.notNameWords]);
      return { code: language.code, hits: words.filter((word) => own.has(word)).length };
    })
    .sort((a, b) => b.hits - a.hits);
  const [best, second] = counts;
  if (best === undefined || best.hits < 10) return undefined;
  return second === undefined || best.hits >= 1.3 * second.hits ? best.code : undefined;
}

/** Speech verbs by their first word, each list longest first ("a déclaré" before a shorter "a …"). */
function speechVerbsByFirstWord(verbs: Iterable<string>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const verb of verbs) {
    const words = verb.split(' ');
    const first = words[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** "gab … zu", "gab … an": each finite part with the words that may close it. */
function splitVerbs(entries: Iterable<string>): Map<string, Set<string>> {
  const byFirst = new Map<string, Set<string>>();
  for (const entry of entries) {
    const [first = '', last = ''] = entry.split(' … ');
    byFirst.set(first, (byFirst.get(first) ?? new Set()).add(last));
  }
  return byFirst;
}

/** Indefinite articles, less the article's own definite ones: Portuguese "a" is "the" ("a ministra"), not English "a". */
function indefiniteArticles(languages: readonly LanguageData[]): Set<string> {
  const own = new Set(languages[0]?.definiteArticles ?? []);
  return new Set(
    languages.flatMap((language) => language.indefiniteArticles ?? []).filter((word) => !own.has(word)),
  );
}

/** Mention and name nouns, and the heads compounds end in where a language compounds (`LanguageData.compoundsNouns`). */
function namingNouns(
  languages: readonly LanguageData[],
): Pick<Lexicon, 'mentionNouns' | 'mentionHeads' | 'nameNouns' | 'nameHeads'> {
  const compounding = languages.filter((language) => language.compoundsNouns === true);
  return {
    mentionNouns: new Set(languages.flatMap((language) => language.mentionNouns ?? [])),
    mentionHeads: compounding.flatMap((language) => language.mentionNouns ?? []),
    nameNouns: new Set(languages.flatMap((language) => language.nameNouns ?? [])),
    nameHeads: compounding.flatMap((language) => language.nameNouns ?? []),
  };
}

/**
 * What roles are read with: kinds of role, ages, articles that tell a gender and the nouns they tell it of,
 * spokespeople and the verbs that name a listener.
 */
function roleData(
  languages: readonly LanguageData[],
): Pick<
  Lexicon,
  | 'roleNouns'
  | 'roleKinds'
  | 'ageEpithets'
  | 'ageAfterName'
  | 'decadeEpithets'
  | 'articleGenders'
  | 'commonGenderNouns'
  | 'spokespersonNouns'
  | 'issuedNouns'
  | 'listenerVerbs'
  | 'listenerNouns'
  | 'demonstratives'
  | 'timeAdverbs'
  | 'asideLeads'
  | 'conversationPhrases'
  | 'comitativeEndings'
  | 'caseEndings'
  | 'feminineSurnameEndings'
  | 'quotingVerbs'
> {
  const articleGenders = new Map<string, Gender>();
  for (const language of languages)
    for (const [article, gender] of Object.entries(language.articleGenders ?? {}))
      if (!articleGenders.has(article)) articleGenders.set(article, gender);
  return {
    // The nouns of every kind of role are role nouns too.
    roleNouns: new Set(
      languages.flatMap((language) => [
        ...language.roleNouns,
        ...Object.values(language.roleKinds ?? {}).flat(),
      ]),
    ),
    roleKinds: roleKinds(languages),
    ageEpithets: new Set(languages.flatMap((language) => language.ageEpithets ?? [])),
    ageAfterName: agePattern(languages.flatMap((language) => language.agePhrases ?? [])),
    decadeEpithets: new Map(languages.flatMap((language) => Object.entries(language.decadeEpithets ?? {}))),
    articleGenders,
    commonGenderNouns: new Set(languages.flatMap((language) => language.commonGenderNouns ?? [])),
    spokespersonNouns: new Set(languages.flatMap((language) => language.spokespersonNouns ?? [])),
    issuedNouns: new Set(languages.flatMap((language) => language.issuedNouns ?? [])),
    listenerVerbs: new Set(languages.flatMap((language) => language.listenerVerbs ?? [])),
    listenerNouns: new Set(languages.flatMap((language) => language.listenerNouns ?? [])),
    demonstratives: new Set(languages.flatMap((language) => language.demonstratives ?? [])),
    timeAdverbs: new Set(languages.flatMap((language) => language.timeAdverbs ?? [])),
    asideLeads: new Set(languages.flatMap((language) => language.asideLeads ?? [])),
    conversationPhrases: [...new Set(languages.flatMap((language) => language.conversationPhrases ?? []))],
    comitativeEndings: new Map(
      languages.flatMap((language) => Object.entries(language.comitativeEndings ?? {})),
    ),
    caseEndings: languages.flatMap((language) => language.caseEndings ?? []),
    feminineSurnameEndings: languages.flatMap((language) => language.feminineSurnameEndings ?? []),
    quotingVerbs: new Set(languages.flatMap((language) => language.quotingVerbs ?? [])),
  };
}

/** Each role noun to the nouns that share a kind with it ("singer" → "singer", "actress", "star", …). */
function roleKinds(languages: readonly LanguageData[]): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const language of languages)
    for (const nouns of Object.values(language.roleKinds ?? {}))
      for (const noun of nouns) {
        const mates = kinds.get(noun) ?? new Set<string>();
        for (const mate of nouns) mates.add(mate);
        kinds.set(noun, mates);
      }
  return kinds;
}

/** "de # años" → /^\s*,?\s*(?:de (\d{1,3}) años)(?!\p{L})/u: each phrase, "#" the number. */
function agePattern(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const alternatives = phrases.map((phrase) =>
    phrase
      .split(' ')
      .map((word) => (word === '#' ? '(\\d{1,3})' : escapeRegExp(word)))
      .join('\\s+'),
  );
  return new RegExp(`^\\s*,?\\s*(?:${alternatives.join('|')})(?!\\p{L})`, 'iu');
}

/**
 * The words of the speech verbs, for telling a role or a name from the verb after it. Short words of
 * multi-word verbs ("a" of "a déclaré", "to" of "according to") are common in roles, and so are their articles
 * and prepositions ("nach den Worten von"): only the rest count.
 */
function speechWordsOf(languages: readonly LanguageData[]): Set<string> {
  const speechWords = new Set<string>();
  for (const language of languages) {
    const common = new Set([
      ...language.determiners,
      ...(language.indefiniteArticles ?? []),
      ...language.particles,
      ...(language.complementWords ?? []),
      ...(language.objectPrepositions ?? []),
    ]);
    for (const verb of [
      ...language.speechVerbs,
      ...(language.pluralSpeechVerbs ?? []),
      ...(language.characterisingVerbs ?? []),
    ]) {
      const parts = verb.split(' ');
      const kept =
        parts.length === 1
          ? parts
          : parts.filter((word) => word.length > 2 && word !== 'out' && !common.has(word));
      for (const part of kept) speechWords.add(part);
    }
  }
  return speechWords;
}

function nounArticles(language: LanguageData | undefined): Set<string> {
  if (language?.capitalisesNouns !== true) return new Set();
  return new Set([
    ...(language.definiteArticles ?? []),
    ...(language.indefiniteArticles ?? []),
    ...(language.fusedArticles ?? []),
  ]);
}

/** What names a source or carries speech on: its patterns and the pronouns that stand after a preposition. */
function sourceData(
  languages: readonly LanguageData[],
): Pick<Lexicon, 'sourcePatterns' | 'continuationPatterns' | 'stressedPronouns'> {
  return {
    sourcePatterns: languages.flatMap((language) => language.sourcePatterns ?? []),
    continuationPatterns: languages.flatMap((language) => language.continuationPatterns ?? []),
    stressedPronouns: new Map(
      languages.flatMap((language) => Object.entries(language.stressedPronouns ?? {})),
    ),
  };
}

function merge(languages: readonly LanguageData[]): Lexicon {
  const set = (pick: (language: LanguageData) => readonly string[] | undefined): Set<string> =>
    new Set(languages.flatMap((language) => pick(language) ?? []));
  const map = <T>(pick: (language: LanguageData) => Readonly<Record<string, T>>): Map<string, T> => {
    const merged = new Map<string, T>();
    // The article's own language first: its reading of a shared word wins.
    for (const language of languages)
      for (const [word, value] of Object.entries(pick(language)))
        if (!merged.has(word)) merged.set(word, value);
    return merged;
  };
  const speechVerbs = speechVerbsByFirstWord(
    set((language) => [...language.speechVerbs, ...(language.pluralSpeechVerbs ?? [])]),
  );
  const speechWords = speechWordsOf(languages);
  return {
    languages,
    speechVerbs,
    characterisingVerbs: set((language) => language.characterisingVerbs),
    pluralSpeechVerbs: set((language) => language.pluralSpeechVerbs),
    splitVerbs: splitVerbs(set((language) => language.splitVerbs)),
    sourceFirst: set((language) => language.sourceFirst),
    postposedSources: set((language) => language.postposedSources),
    afterQuoteVerbs: set((language) => language.afterQuoteVerbs),
    mediumPrepositions: set((language) => language.mediumPrepositions),
    adverbSuffix: languages[0]?.adverbSuffix,
    ...sourceData(languages),
    pronouns: map((language) => language.pronouns),
    organisationPronouns: set((language) => language.organisationPronouns),
    genderCues: map((language) => language.genderCues),
    honorifics: map((language) => language.honorifics),
    titles: set((language) => language.titles),
    genderedNouns: map((language) => language.genderedNouns),
    roleModifiers: set((language) => language.roleModifiers),
    ...roleData(languages),
    determiners: set((language) => language.determiners),
    definiteArticles: set((language) => language.definiteArticles),
    indefiniteArticles: indefiniteArticles(languages),
    copulas: set((language) => language.copulas),
    personRelatives: set((language) => language.personRelatives),
    complementizers: set((language) => language.complementizers),
    notNameWords: set((language) => language.notNameWords),
    calendarWords: set((language) => language.calendarWords),
    organisationWords: set((language) => language.organisationWords),
    portfolios: set((language) => language.portfolios),
    placePrefixes: set((language) => language.placePrefixes),
    particles: set((language) => language.particles),
    auxiliaries: set((language) => language.auxiliaries),
    clauseLeads: set((language) => language.clauseLeads),
    resumptives: set((language) => language.resumptives),
    possessives: map((language) => language.possessives ?? {}),
    articleless: languages[0]?.articleless === true,
    publicationLeads: [...set((language) => language.publicationLeads)].map((phrase) => phrase.split(' ')),
    recipientMarkers: set((language) => language.recipientMarkers),
    complementWords: set((language) => language.complementWords),
    objectPrepositions: set((language) => language.objectPrepositions),
    dashSpeech: languages[0]?.dashSpeech === true,
    reportedSpeechMarkers: new Set(languages[0]?.reportedSpeechMarkers ?? []),
    capitalisesNouns: languages[0]?.capitalisesNouns === true,
    english: languages[0]?.code === 'en',
    nounArticles: nounArticles(languages[0]),
    impersonal: set((language) => language.impersonal),
    dropsSubject: languages.some((language) => language.dropsSubject === true),
    ...namingNouns(languages),
    organisationNouns: set((language) => language.organisationNouns),
    dependentOpeners: set((language) => language.dependentOpeners),
    danglingPronouns: set((language) => language.danglingPronouns),
    conjunctions: set((language) => language.conjunctions),
    // Every language's: a name joined to another ("Lindqvist a Ekholm") is read as such in any article, as
    // names and their joins cross languages in quotations and lists.
    coordinators: new Set(Object.values(LANGUAGES).flatMap((language) => language.coordinators)),
    invertedStems: set((language) => language.invertedStems),
    invertedAuxiliaries: set((language) => language.invertedAuxiliaries),
    reflexivePronouns: set((language) => language.reflexivePronouns),
    pluralVerbEndings: languages.flatMap((language) => language.pluralVerbEndings ?? []),
    speechWords,
    cjk: languages.find((language) => language.cjk !== undefined)?.cjk,
  };
}
