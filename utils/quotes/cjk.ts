/**
 * Names in scripts without spaces or capitals (Chinese): a speaker is the run of characters right before a
 * speech verb ("卢宇说", "发言人丹尼尔·霍特(Daniel Huot)表示", "全国政协委员张近东提出"), cut after the last
 * role noun or "的", with adverbs ("也", "恳切地") dropped. What is left is a name when it is a transliterated
 * foreign name (with a middle dot), a Latin word ("Nasa"), a pronoun, or two to four characters starting with a
 * common family name. The names found that way make the cast; their other occurrences are its mentions.
 */

import type { CjkData } from './lang/types';
import type { Lexicon } from './lexicon';
import type { Cast, Mention, Person } from './people';
import type { QuoteSpan } from './quotation-marks';
import type { Range } from './text-ranges';

/** A pronoun, or a name as written. */
export type CjkSpeaker = { pronoun: string } | { name: string };

const PUNCTUATION = /[，,。．.！!？?；;：:、“”"「」『』‘’（）()《》【】\s—…]/u;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const LATIN_TAIL = /[A-Za-z][A-Za-z.'’-]*$/u;
/** Capitalised Latin words at the end of a run, not glued to a Latin word before them ("官Jeremy Hull"). */
const LATIN_NAME =
  /(?<![\p{Script=Latin}'’.-])(?:\p{Lu}[\p{Script=Latin}'’.-]*\s){0,3}\p{Lu}[\p{Script=Latin}'’-]*$/u;
/** Middle dots of transliterated names, and the "?" a lost one often becomes. */
const NAME_DOT = /[·•・‧?]/u;
const NAME_DOT_CHARS = '·•・‧?=＝';
const DOTTED_NAME = /\p{Script=Han}{1,6}(?:[·•・‧?]\p{Script=Han}{1,8})+/gu;
/** A Latin name in brackets right after a Chinese one: the same person ("戴夫·汉森（Dave Hanson）"). */
const LATIN_ALIAS = /^[（(]([A-Z][\p{Script=Latin}.'’ -]{1,60})[)）]/u;
const PARENTHETICAL_TAIL = /[（(][^（()）]*[)）]$/u;
/** Katakana words joined by middle dots: a foreign name in Japanese ("チャールズ・ニックス"). */
const KANA_WORD = '[\\p{Script=Katakana}ー]{2,}';
const KANA_NAME = new RegExp(`^${KANA_WORD}(?:[・=＝]${KANA_WORD})*$`, 'u');
const DOTTED_KANA_NAME = new RegExp(`${KANA_WORD}(?:[・=＝]${KANA_WORD})+`, 'gu');
/** Closing quotation marks: a quotative particle right after one belongs to the quotation, not the speaker. */
const CLOSING_MARK = /[」』”"]/u;
/** A short name in one script: kanji, hiragana ("さがら") or katakana. */
const PERSON_WORD = /^(?:\p{Script=Han}{1,4}|\p{Script=Hiragana}{2,5}|[\p{Script=Katakana}ー]{2,10})$/u;

export interface CjkReader {
  /** Speech verbs, longest first. */
  verbs: readonly string[];
  /** A transliterated name without the role or description glued before it ("发言人丹尼尔·霍特" → "丹尼尔·霍特"). */
  trimName(run: string): string | undefined;
  /** The speaker named by the run of text right before a speech verb, if any. */
  speakerBefore(text: string, verbStart: number, floor: number): CjkSpeaker | undefined;
  /** Foreign names are written in katakana (`CjkData.kanaNames`). */
  kana: boolean;
  /** Only adverbs and subject particles: what may stand between a speaker and the verb ("也", "は"). */
  joins(gap: string): boolean;
  /** Only a quotative particle ("と" in "「…」と述べた"): the speaker is the subject before the quotation. */
  quotativeOnly(run: string): boolean;
  /** A foreign name written without a middle dot right after a quotation ("”德沃金说。"), if `run` can be one. */
  plainName(run: string): string | undefined;
  /** Names written with an honorific anywhere ("宇佐美氏が", Japanese `personSuffixes`). */
  honoured(text: string): string[];
}

export function cjkReader(lexicon: Lexicon, data: CjkData): CjkReader {
  const verbs = [
    ...new Set(lexicon.languages.flatMap((language) => (language.cjk ? language.speechVerbs : []))),
  ].sort((a, b) => b.length - a.length);
  const surnames = new Set(data.surnames);
  const roleSuffixes = [...data.roleSuffixes].sort((a, b) => b.length - a.length);
  const adverbs = [...data.adverbs, ...(data.subjectParticles ?? [])].sort((a, b) => b.length - a.length);
  const linkers = data.linkers ?? ['的'];
  const quotatives = data.quotativeParticles ?? [];
  const afterRole = (run: string): string => {
    let cut = Math.max(0, ...linkers.map((linker) => run.lastIndexOf(linker) + linker.length));
    for (const suffix of roleSuffixes) {
      const at = run.lastIndexOf(suffix);
      if (at !== -1 && at + suffix.length > cut && at + suffix.length < run.length) cut = at + suffix.length;
    }
    return run.slice(cut);
  };
  const trimName = (run: string): string | undefined => {
    const name = afterRole(run);
    if (data.kanaNames === true && KANA_NAME.test(name)) return name;
    const parts = name.split(NAME_DOT).filter(Boolean);
    const given = parts[0] ?? '';
    if (parts.length < 2 || !parts.every((part) => HAN.test(part))) return undefined;
    // A transliterated given name is two to four characters: what comes before belongs to the sentence. One
    // spelling of the dot ("?" is a dot lost to an encoding).
    const spelled = parts.join('·');
    return given.length > 4 ? spelled.slice(given.length - 4) : spelled;
  };
  const named = nameReader(data, afterRole, surnames);
  const frames = data.frameOpeners ?? [];
  const honoured = honouredReader(data);
  const speakerOf = speakerReader(lexicon, data, (run) => named(run, trimName));
  const plain = new Set(data.plainSubjects ?? []);
  const plainEndings = [...(data.plainEndings ?? '')];
  return {
    verbs,
    trimName,
    kana: data.kanaNames === true,
    joins: (gap) => gap === '' || withoutAdverbs(`_${gap}`, adverbs) === '_',
    quotativeOnly: (run) => quotativeOnly(withoutAdverbs(run, adverbs), quotatives),
    speakerBefore(text, verbStart, floor) {
      // "Nehme 说": the space before the verb is no boundary of the speaker.
      let runEnd = verbStart;
      while (runEnd > floor && text[runEnd - 1] === ' ') runEnd--;
      let start = runStart(text, runEnd, floor);
      // A parenthetical ("(Daniel Huot)") may hold punctuation of its own: take it whole.
      let run = text.slice(start, runEnd);
      if (/[)）]$/u.test(text.slice(Math.max(floor, runEnd - 40), runEnd))) {
        const open = Math.max(text.lastIndexOf('(', runEnd), text.lastIndexOf('（', runEnd));
        if (open > floor) {
          start = runStart(text, open, floor, 30);
          run = text.slice(start, runEnd);
        }
      }
      // Adverbs between the speaker and the verb: "也", "进一步", "恳切地".
      run = withoutAdverbs(run, adverbs);
      run = run.replace(PARENTHETICAL_TAIL, '');
      // "「…」と田中氏は語った": the particle closing the quotation is not the speaker's.
      const quotative = quotatives.find((particle) => run.startsWith(particle));
      if (quotative !== undefined && CLOSING_MARK.test(text[start - 1] ?? ''))
        run = run.slice(quotative.length);
      // "韩国总理韩德洙当天就此事表示", "黄艳娥在接受采访时说": the subject before what it did first.
      const frame = framed(run, frames);
      const subject = frame === undefined ? '' : withoutAdverbs(frame.trim(), adverbs);
      const framedSpeaker = subject === '' || adverbs.includes(subject) ? undefined : speakerOf(subject);
      return framedSpeaker ?? speakerOf(run);
    },
    honoured,
    plainName(run) {
      if (!/^\p{Script=Han}{2,4}$/u.test(run) || plain.has(run) || plainEndings.includes(run.slice(-1)))
        return undefined;
      if (lexicon.pronouns.has(run.slice(0, 1)) || roleSuffixes.some((role) => run.endsWith(role)))
        return undefined;
      return run;
    },
  };
}

/** The speaker a run right before the verb names: a pronoun, a Latin name, or a name of the script. */
function speakerReader(
  lexicon: Lexicon,
  data: CjkData,
  named: (run: string) => CjkSpeaker | undefined,
): (words: string) => CjkSpeaker | undefined {
  const nameSuffixes = [...(data.nameSuffixes ?? [])].sort((a, b) => b.length - a.length);
  return (words) => {
    const run = words.trim();
    if (run.length > 1 && lexicon.pronouns.has(run) && !/^\p{Script=Latin}/u.test(run))
      return { pronoun: run };
    if (lexicon.pronouns.has(run.slice(-1)) && (run.length === 1 || !HAN.test(run.slice(-2, -1))))
      return { pronoun: run.slice(-1) };
    if (run.length === 1 && lexicon.pronouns.has(run)) return { pronoun: run };
    const latin = LATIN_TAIL.exec(run);
    if (latin !== null && latin.index === 0) return { name: latin[0] };
    // "首席产品官Jeremy Hull", "エンジニアであるWes Steyn氏": a capitalised Latin name after a role in the script.
    const suffix = nameSuffixes.find((candidate) => run.endsWith(candidate));
    const glued = LATIN_NAME.exec(suffix === undefined ? run : run.slice(0, -suffix.length).trim());
    if (glued !== null && /\p{Ll}/u.test(glued[0])) return { name: glued[0] };
    return named(run);
  };
}

/** Names written with an honorific anywhere in a text ("宇佐美氏が"; `personSuffixes`). */
function honouredReader(data: CjkData): (text: string) => string[] {
  const suffixes = data.personSuffixes ?? [];
  if (suffixes.length === 0) return () => [];
  const sameOne = data.sameOne ?? '';
  const notHonoured = new Set(data.notHonoured ?? []);
  // A whole word before the honorific: kanji not glued to more kanji, hiragana or katakana alike.
  const pattern = new RegExp(
    `((?<!\\p{Script=Han})\\p{Script=Han}{1,3}[\\p{Script=Katakana}ー]{2,6}|(?<!\\p{Script=Han})\\p{Script=Han}{2,4}|(?<!\\p{Script=Hiragana})\\p{Script=Hiragana}{2,5}|(?<![\\p{Script=Katakana}ー・])[\\p{Script=Katakana}ー]{2,10})(?:${suffixes.join('|')})(?=[はがもの、，。」（(])`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(pattern)]
      .map((match) => match[1] ?? '')
      .filter((name) => name !== sameOne && !notHonoured.has(name));
}

/**
 * The name a run ends with, cut after the last role noun or linker ("的", "の") and without an honorific after
 * it ("田中氏"): a transliterated name, a katakana name, or a family name with a given name of its length (alone
 * when an honorific follows it).
 */
function nameReader(
  data: CjkData,
  afterRole: (run: string) => string,
  surnames: ReadonlySet<string>,
): (run: string, trimName: (run: string) => string | undefined) => CjkSpeaker | undefined {
  const suffixes = [...(data.nameSuffixes ?? [])].sort((a, b) => b.length - a.length);
  const givenLength = data.givenNameLength ?? 2;
  const honorifics = new Set(data.personSuffixes ?? []);
  const notNames = new Set(data.notHonoured ?? []);
  const sameOne = data.sameOne ?? '';
  return (run, trimName) => {
    let name = afterRole(run);
    const suffix = suffixes.find((candidate) => name.endsWith(candidate) && name.length > candidate.length);
    if (suffix !== undefined) name = afterRole(name.slice(0, -suffix.length));
    // "本庶氏", "さがら氏", "同氏": an honorific makes any short name a person's; "同" is the one just named.
    if (suffix !== undefined && honorifics.has(suffix)) {
      if (name === sameOne) return { pronoun: name + suffix };
      if (PERSON_WORD.test(name) && !notNames.has(name)) return { name };
    }
    if (data.kanaNames === true && KANA_NAME.test(name))
      return suffix !== undefined || NAME_DOT.test(name) ? { name } : undefined;
    if (NAME_DOT.test(name)) {
      const trimmed = trimName(name);
      return trimmed === undefined ? undefined : { name: trimmed };
    }
    if (name.length < 1 || name.length > 3 + givenLength || !HAN.test(name)) return undefined;
    const family =
      [3, 2, 1].find((length) => length <= name.length && surnames.has(name.slice(0, length))) ?? 0;
    if (family === 0 || name.length - family > givenLength) return undefined;
    if (name.length === family && suffix === undefined) return undefined;
    return { name };
  };
}

/**
 * Where the run before `end` starts: back to punctuation, at most `reach` characters. A space between two Latin
 * letters belongs to a name ("Jeremy Hull"); a "?" between two Han characters is a lost middle dot.
 */
function runStart(text: string, end: number, floor: number, reach = 48): number {
  let start = end;
  while (start > floor && end - start < reach) {
    const char = text[start - 1] ?? '';
    // Spaces set Latin words off in the script ("Gartner 分析师 Chris Saunderson 在…"): no boundary either.
    const latinSpace =
      char === ' ' &&
      (/[\p{Script=Latin}.]/u.test(text[start - 2] ?? '') || /\p{Script=Latin}/u.test(text[start] ?? ''));
    if (PUNCTUATION.test(char) && !lostDot(text, start - 1) && !latinSpace) break;
    start--;
  }
  return start;
}

/** The subject before the first word opening what it did ("黄艳娥在接受采访时" → "黄艳娥"), if any. */
function framed(run: string, frames: readonly string[]): string | undefined {
  let cut = -1;
  for (const frame of frames) {
    const at = run.indexOf(frame, 1);
    if (at !== -1 && (cut === -1 || at < cut)) cut = at;
  }
  return cut === -1 ? undefined : run.slice(0, cut);
}

/** "「…」と手応えを強調した": the particle, alone or with the verb's object ("と怒りを表明"), leaves the subject before. */
function quotativeOnly(gap: string, quotatives: readonly string[]): boolean {
  return quotatives.includes(gap) || quotatives.some((particle) => objectAfter(gap, particle));
}

/** A quotative particle and a short object of the verb after it, "と手応えを". */
function objectAfter(gap: string, particle: string): boolean {
  return (
    gap.startsWith(particle) &&
    gap.endsWith('を') &&
    /^[^、。「」\s]{1,6}$/u.test(gap.slice(particle.length, -1))
  );
}

/** A run without the adverbs at its end ("也", "进一步", "恳切地"), however many there are. */
function withoutAdverbs(text: string, adverbs: readonly string[]): string {
  let run = text;
  for (let changed = true; changed; ) {
    changed = false;
    const manner = /[\p{Script=Han}]{1,3}地$/u.exec(run);
    if (manner !== null && run.length > manner[0].length) {
      run = run.slice(0, -manner[0].length);
      changed = true;
    }
    for (const adverb of adverbs) {
      if (run.endsWith(adverb) && run.length > adverb.length) {
        run = run.slice(0, -adverb.length);
        changed = true;
      }
    }
  }
  return run;
}

/** A "?" between two Han characters is a middle dot lost to an encoding ("斯蒂芬妮?席尔霍尔茨"). */
function lostDot(text: string, at: number): boolean {
  return text[at] === '?' && HAN.test(text[at - 1] ?? '') && HAN.test(text[at + 1] ?? '');
}

/** The part of a transliterated name after its last middle dot ("戴夫·汉森" → "汉森"), or the name. */
export function cjkSurname(name: string): string {
  const parts = name.split(NAME_DOT).filter(Boolean);
  return parts[parts.length - 1] ?? name;
}

/**
 * The cast of a CJK article: every name a speech verb follows, and each of their occurrences outside
 * quotations as mentions (a transliterated name's last part counts: "汉森" for "戴夫·汉森").
 */
export function cjkCast(text: string, quotes: readonly QuoteSpan[], reader: CjkReader, latin: Cast): Cast {
  return namesCast(text, quotes, cjkNames(text, quotes, reader), latin, cjkSurname, false);
}

/**
 * The cast of an article whose names are found by other means than capitals (`cjkNames`, Arabic names after
 * speech verbs), merged with the cast of its Latin names. `surnameOf` gives the part that alone refers back to
 * a name; `bounded`: mentions are whole words (the script puts spaces between words).
 */
export function namesCast(
  text: string,
  quotes: readonly QuoteSpan[],
  names: ReadonlySet<string>,
  latin: Cast,
  surnameOf: (name: string) => string,
  bounded: boolean,
): Cast {
  const people = new Map<string, Person>();
  const keys: [string, Person][] = [];
  for (const name of names) {
    const surname = surnameOf(name);
    const person: Person = {
      name,
      surname,
      roleNouns: new Set(),
      organisation: false,
      human: true,
      calledByGivenName: false,
      named: [],
    };
    people.set(name, person);
    keys.push([name, person]);
    if (surname !== name && !names.has(surname)) keys.push([surname, person]);
  }
  // Longest key first, so "戴夫·汉森" is one mention and not also "汉森".
  keys.sort((a, b) => b[0].length - a[0].length);
  const inQuote = (at: number): boolean => inQuotes(quotes, at);
  const taken: Mention[] = [];
  const covered = (start: number, end: number): boolean =>
    taken.some((mention) => mention.start < end && start < mention.end);
  for (const [key, person] of keys) {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
      if (covered(at, at + key.length)) continue;
      if (bounded && (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[at + key.length] ?? ''))) continue;
      const quoted = inQuote(at);
      taken.push({
        start: at,
        end: at + key.length,
        name: key,
        kind: key === person.name ? 'full' : 'single',
        person,
        ambiguous: false,
        possessive: false,
        quoted,
      });
      if (!quoted) person.named.push(at);
    }
  }
  // The Latin form in brackets is the same person, not another one.
  for (const mention of taken) {
    const alias = LATIN_ALIAS.exec(text.slice(mention.end, mention.end + 64));
    if (alias === null || mention.kind !== 'full') continue;
    const from = mention.end + 1;
    for (const other of latin.mentions) {
      if (other.start >= from && other.end <= from + (alias[1]?.length ?? 0)) {
        other.person = mention.person;
        other.ambiguous = false;
      }
    }
  }
  const mentions = [...taken, ...latin.mentions].sort((a, b) => a.start - b.start);
  const all = [...people.values(), ...latin.people];
  return {
    mentions,
    people: all,
    mentionsIn(range: Range) {
      return mentions.filter(
        (mention) => mention.start >= range.start && mention.end <= range.end && !mention.quoted,
      );
    },
    withRole: latin.withRole,
    mentionAt(offset) {
      return mentions.find((mention) => mention.start === offset);
    },
    promote: latin.promote,
  };
}

/** Every name a speech verb follows, and every transliterated name outside quotations. */
function cjkNames(text: string, quotes: readonly QuoteSpan[], reader: CjkReader): Set<string> {
  const names = new Set<string>();
  for (const verb of reader.verbs) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + verb.length)) {
      const speaker = reader.speakerBefore(text, at, Math.max(0, at - 60));
      if (speaker !== undefined && 'name' in speaker && !LATIN_TAIL.test(speaker.name))
        names.add(speaker.name);
    }
  }
  // "”德沃金说。": a foreign name written without a middle dot, right after a quotation and before the verb.
  for (const quote of quotes) {
    const run =
      /^[^，,。！？；：“”「」\s]{2,12}/u.exec(text.slice(quote.close + 1, quote.close + 13))?.[0] ?? '';
    const verb = reader.verbs.find((candidate) => run.endsWith(candidate));
    const name = verb === undefined ? undefined : reader.plainName(run.slice(0, -verb.length));
    if (name !== undefined) names.add(name);
  }
  // Transliterated names anywhere ("戴夫·汉森（Dave Hanson）"): later "汉森" and "他" can point back to them.
  for (const match of [
    ...text.matchAll(DOTTED_NAME),
    ...(reader.kana ? text.matchAll(DOTTED_KANA_NAME) : []),
  ]) {
    if (inQuotes(quotes, match.index)) continue;
    // "杰森·彭博告诉我": the verb after a transliterated name is no part of it.
    const dot = Math.max(...[...NAME_DOT_CHARS].map((char) => match[0].lastIndexOf(char)));
    const tail = match[0].slice(dot + 1);
    const verbAt = Math.min(
      ...reader.verbs.map((verb) => tail.indexOf(verb)).filter((at) => at > 0),
      tail.length,
    );
    const name = reader.trimName(match[0].slice(0, dot + 1 + verbAt));
    if (name !== undefined) names.add(name);
  }
  // "バイデン氏" after "ジョー・バイデン" is the same person: an honoured name is new only when no name ends in it.
  for (const name of reader.honoured(text))
    if (![...names].some((known) => cjkSurname(known) === name)) names.add(name);
  return names;
}

function inQuotes(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((quote) => quote.open < at && at < quote.close);
}
