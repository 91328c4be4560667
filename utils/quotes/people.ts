/**
 * The people an article names, so that "Mr Kuleba said" resolves to "Dmytro Kuleba" and "he said" to the
 * person most recently named.
 *
 * A name is a run of capitalised words ("Dmitry Peskov", "Charles de Gaulle", "Jean-Yves Le Drian"), with
 * sentence-opening words, capitalised titles ("President", "Foreign Minister") and honorifics ("Mr", "Frau",
 * "M.") split off. Runs holding a place or organisation word ("Black Sea", "White House") are not people.
 * One capitalised word ("Kuleba", "Nato", "Russia") is a surname reference when the article names someone
 * with that surname, and otherwise only names a speaker when a speech verb sits right next to it.
 */
import {
  CALENDAR_WORDS,
  HONORIFICS,
  NOT_NAME_WORDS,
  PERSON_PRONOUNS,
  PLACE_OR_ORGANISATION_WORDS,
  PLACE_PREFIXES,
  TITLE_WORDS,
} from './lexicon';
import type { QuoteSpan } from './quotes';
import { isRoleWord, roleAfter, roleBefore } from './roles';
import type { Range } from './text';

export type Gender = 'm' | 'f';

export interface Person {
  /** The name as the article gives it in full ("Dmytro Kuleba"), or the bare surname if it never does. */
  name: string;
  surname: string;
  /** The first role the article gives this person. */
  role?: string;
  gender?: Gender;
}

export interface Mention extends Range {
  /** The name as written, without title or possessive ("Kuleba" for "Mr Kuleba's"). */
  name: string;
  kind: 'full' | 'titled' | 'single';
  /** The person named: always set for full and titled mentions, set for a single word only if it is a known surname. */
  person: Person | undefined;
  /** The role written around this mention (for a single word, see `roleOf`). */
  role?: string;
  /** Inside a quotation: a name the speaker says, never the speaker. */
  quoted: boolean;
}

export interface People {
  /** Mentions lying entirely inside `range`, outside quotations. */
  mentionsIn(range: Range): Mention[];
  /** The person most recently named before `offset` (outside quotations) who fits the pronoun's gender. */
  personBefore(offset: number, pronoun: string): Person | undefined;
  /** The mention of `personBefore(offset, pronoun)`: where that person was last named. */
  mentionBefore(offset: number, pronoun: string): Mention | undefined;
  /** The person most recently named before `offset` whose role holds `roleWord` ("the spokesman" → Peskov). */
  personWithRole(offset: number, roleWord: string): Person | undefined;
}

const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle)\.?|M\.`;
const NAME_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{L}\p{M}]*?\p{Ll}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?:['’]s)?`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = '(?:van|von|der|den|de|da|di|du|del|della|la|le|bin|ibn|al|el|ter|ten|dos)';
const TOKEN = `(?:${HONORIFIC}|${NAME_WORD}|${INITIAL})`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])${TOKEN}(?:[ \u00A0](?:${PARTICLE}[ \u00A0])*${TOKEN})*(?![\p{L}\p{M}\p{N}])`,
  'gu',
);
const POSSESSIVE = /['’]s$/u;
/** Searching further back than this many mentions for a pronoun's antecedent is guessing. */
const LOOKBACK = 60;

interface Token {
  word: string;
  start: number;
}

export function findPeople(text: string, quotes: readonly QuoteSpan[]): People {
  const found: Mention[] = [];
  const people = new Map<string, Person>();
  /** Full mentions per surname, in text order, for resolving "Mr Kuleba" and "Kuleba". */
  const bySurname = new Map<string, { start: number; person: Person }[]>();
  /** Genders from honorifics on surname references, applied once the reference is resolved. */
  const genders = new Map<Mention, Gender>();
  let quoteIndex = 0;

  for (const match of text.matchAll(MENTION)) {
    const tokens = splitTokens(match[0], match.index);
    let honorific: string | undefined;
    let gender: Gender | undefined;
    // Sentence-opening words, titles and honorifics come first: peel them off.
    while (tokens.length > 0) {
      const lower = (tokens[0]?.word ?? '').toLowerCase();
      if (HONORIFICS.has(lower)) {
        honorific = lower;
        gender = HONORIFICS.get(lower);
      } else if (
        !(NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || isRoleWord(lower)) &&
        !(CALENDAR_WORDS.has(lower) && tokens.length > 1)
      ) {
        break;
      }
      tokens.shift();
    }
    // A capitalised role inside the run ends what comes before it: "Kremlin Spokesman Dmitry Peskov",
    // "Grüne Politiker Anton Hofreiter". The last word is kept: it may be a surname ("Judge").
    for (let i = tokens.length - 2; i >= 0; i--) {
      const lower = tokens[i]?.word.toLowerCase() ?? '';
      if (isRoleWord(lower) || TITLE_WORDS.has(lower)) {
        tokens.splice(0, i + 1);
        break;
      }
    }
    const last = tokens[tokens.length - 1];
    if (last === undefined || tokens.every((token) => /^\p{Lu}\.$/u.test(token.word))) continue;
    const start = tokens[0]?.start ?? last.start;
    const end = last.start + last.word.replace(POSSESSIVE, '').length;
    const name = text.slice(start, end);
    const names = tokens.map((token) => token.word.replace(POSSESSIVE, '').toLowerCase());
    const capitalised = tokens.filter((token) => /^\p{Lu}/u.test(token.word)).length;
    let kind: Mention['kind'];
    if (capitalised >= 2) {
      if (names.some((word) => PLACE_OR_ORGANISATION_WORDS.has(word)) || PLACE_PREFIXES.has(names[0] ?? ''))
        continue;
      kind = 'full';
    } else {
      kind = honorific === undefined ? 'single' : 'titled';
    }

    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.close ?? 0) < start) quoteIndex++;
    const quote = quotes[quoteIndex];
    const quoted = quote !== undefined && quote.open < start && end <= quote.close;
    // Single words are many ("Russia", "Kremlin") and rarely speakers: their role is read when needed (`roleOf`).
    const role = kind === 'single' ? undefined : (roleBefore(text, start, end) ?? roleAfter(text, end));
    const mention: Mention = { start, end, name, kind, person: undefined, quoted };
    if (role !== undefined) mention.role = role;

    if (kind === 'full') {
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      let person = people.get(name);
      if (person === undefined) {
        person = { name, surname };
        people.set(name, person);
        const list = bySurname.get(surname) ?? [];
        list.push({ start, person });
        bySurname.set(surname, list);
      } else {
        bySurname.get(surname)?.push({ start, person });
      }
      if (person.role === undefined && role !== undefined) person.role = role;
      if (person.gender === undefined && gender !== undefined) person.gender = gender;
      mention.person = person;
    }
    found.push(mention);
    if (kind === 'titled' && gender !== undefined) genders.set(mention, gender);
  }

  // Surname references: the person last named in full with that surname, else the first named after.
  for (const mention of found) {
    if (mention.kind === 'full') continue;
    const candidates = bySurname.get(mention.name);
    let person: Person | undefined;
    if (candidates !== undefined) {
      let low = 0;
      let high = candidates.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((candidates[middle]?.start ?? 0) < mention.start) low = middle + 1;
        else high = middle;
      }
      person = (candidates[low - 1] ?? candidates[0])?.person;
    }
    if (person === undefined && mention.kind === 'titled') {
      const key = `\u0000${mention.name}`;
      person = people.get(key) ?? { name: mention.name, surname: mention.name };
      people.set(key, person);
    }
    if (person === undefined) continue;
    mention.person = person;
    const gender = genders.get(mention);
    if (person.gender === undefined && gender !== undefined) person.gender = gender;
    if (person.role === undefined && mention.role !== undefined) person.role = mention.role;
  }

  // A lone day or month ("Montag", "May") is kept above only in case it is a surname; it is not one here.
  const mentions = found.filter(
    (mention) => mention.person !== undefined || !CALENDAR_WORDS.has(mention.name.toLowerCase()),
  );

  /** The mention, outside quotations, of the person most recently named who fits the pronoun. */
  const mentionBefore = (offset: number, pronoun: string): Mention | undefined => {
    const from = firstAtOrAfter(mentions, offset) - 1;
    for (let i = from; i >= 0 && from - i < LOOKBACK; i--) {
      const mention = mentions[i];
      if (mention === undefined || mention.quoted || mention.person === undefined) continue;
      if (!fitsPronoun(mention.person, pronoun)) continue;
      return mention;
    }
    return undefined;
  };

  return {
    mentionsIn(range) {
      const found: Mention[] = [];
      for (let i = firstAtOrAfter(mentions, range.start); i < mentions.length; i++) {
        const mention = mentions[i];
        if (mention === undefined || mention.start >= range.end) break;
        if (mention.end <= range.end && !mention.quoted) found.push(mention);
      }
      return found;
    },
    personBefore(offset, pronoun) {
      return mentionBefore(offset, pronoun)?.person;
    },
    mentionBefore,
    personWithRole(offset, roleWord) {
      const wanted = roleWord.toLowerCase();
      const from = firstAtOrAfter(mentions, offset) - 1;
      for (let i = from; i >= 0 && from - i < LOOKBACK * 3; i--) {
        const role = mentions[i]?.person?.role?.toLowerCase();
        if (role?.includes(wanted)) return mentions[i]?.person;
      }
      return undefined;
    },
  };
}

/** The person may be meant by the pronoun: gender unknown, or the pronoun's. */
export function fitsPronoun(person: Person, pronoun: string): boolean {
  const wanted = PERSON_PRONOUNS.get(pronoun.toLowerCase());
  return wanted === undefined || person.gender === undefined || person.gender === wanted;
}

/** The role written around a mention, else the person's. */
export function roleOf(text: string, mention: Mention): string | undefined {
  const own =
    mention.kind === 'single'
      ? (roleBefore(text, mention.start, mention.end) ?? roleAfter(text, mention.end))
      : mention.role;
  return own ?? mention.person?.role;
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
