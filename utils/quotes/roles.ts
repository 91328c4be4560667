/**
 * Roles around a name: "Kremlin spokesman Dmitry Peskov", "the governor, Daniel Okafor,",
 * "Maria Gonzalez, the chief executive", "her mother, Fiona,". Roles are kept as the article words them.
 */

import type { Gender } from './lang/types';
import type { Lexicon } from './lexicon';
import { isSpace } from './text-ranges';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
/** Characters that end the clause a role can belong to (not ’: "the Kremlin’s spokesman" is one clause). */
const CLAUSE_BOUNDARY = /[,;:.!?()[\]“”"«»„‹›「」『』—–\n]/u;
/** A body's abbreviation in brackets: "(BA)", "(WHO)", "(MLUK)". */
const ABBREVIATION = String.raw`\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)`;
/** An abbreviation in brackets ending a phrase (" (BA)"). */
const ABBREVIATION_BEFORE = new RegExp(String.raw`\s*${ABBREVIATION}$`, 'u');
/** An abbreviation in brackets opening a text ("(BA), Daniel Hart"). */
export const ABBREVIATION_AT = new RegExp(`^${ABBREVIATION}`, 'u');
/** Words a role written before a name is never made of: where it stops. */
const NOT_IN_ROLE = new Set([
  'the',
  'a',
  'an',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einen',
  'le',
  'la',
  'les',
  'un',
  'une',
  'el',
  'los',
  'las',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'by',
  'with',
  'to',
  'from',
  'as',
  'when',
  'while',
  'after',
  'before',
  'in',
  'on',
  'at',
  'however',
  'meanwhile',
  'earlier',
  'later',
  'then',
  'also',
  'referring',
  'quoting',
  'according',
  'asked',
  'if',
  'because',
  'since',
]);
/** Words that attach a complement to a role noun ("secretary of state", "porte-parole du Kremlin"). */
const COMPLEMENT: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'de',
  'du',
  'des',
  'von',
  'del',
  'da',
  'do',
]);
/** Characters of a word for the backward walk; a dot ends it ("U.S." and "Mr." are boundaries). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

interface Word {
  word: string;
  lower: string;
  start: number;
}

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0]);
}

export interface Roles {
  /** A role noun as a whole word, or the end of a word of six letters or more ("Regierungssprecher", "vice-president"). */
  isRoleWord(word: string): boolean;
  /** A short phrase naming a role: holds a role noun and no speech verb ("the chief executive"). */
  isRolePhrase(phrase: string): boolean;
  /** The role written just before a name: an appositive ("the governor, Daniel Okafor,") or a descriptor ("Kremlin spokesman"). */
  roleBefore(text: string, nameStart: number, nameEnd: number): string | undefined;
  /** The appositive role after a name: "Maria Gonzalez, the chief executive, said". */
  roleAfter(text: string, nameEnd: number): string | undefined;
  /** The gender a role tells ("her mother", "spokeswoman", "Sprecherin"), if any. */
  genderOfRole(role: string): Gender | undefined;
  /** The role nouns of a phrase, lower case ("the young English star" → ["star"]). */
  roleNounsOf(phrase: string): string[];
}

/**
 * "der Vorstand der Bundesagentur für Arbeit (BA), Daniel Terzenbach": the body's abbreviation in brackets
 * before the comma is part of the role; the role ends before it.
 */
function withoutAbbreviation(text: string, end: number): number {
  const abbreviation = ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, end - 16), end));
  return abbreviation === null ? end : end - abbreviation[0].length;
}

export function rolesFor(lexicon: Lexicon): Roles {
  const { isRoleWord, roleNounOf } = roleMatchers(lexicon);
  const isRolePhrase = (phrase: string): boolean => {
    const list = words(phrase);
    if (list.length === 0 || list.length > 14) return false;
    if (
      list.some(
        (word) =>
          lexicon.speechWords.has(word.toLowerCase()) || lexicon.complementizers.has(word.toLowerCase()),
      )
    )
      return false;
    const first = list[0] ?? '';
    // "Asked about…", "Speaking on…" open a clause, not a role ("Pakistan-based developer" does).
    if (
      /(?:ing|ed)$/u.test(first) &&
      !first.includes('-') &&
      !isRoleWord(first) &&
      !lexicon.roleModifiers.has(first.toLowerCase())
    )
      return false;
    return list.some(isRoleWord);
  };
  return {
    isRoleWord,
    isRolePhrase,
    roleBefore(text, nameStart, nameEnd) {
      let end = nameStart;
      while (end > 0 && isSpace(text[end - 1])) end--;
      if (text[end - 1] === ',') {
        // An appositive only when the name is closed by a comma or ends the sentence ("…, a dit la maire,
        // Marie Dupont."); otherwise the comma ends an unrelated clause ("In Paris, Marie Dupont met…").
        if (!/^\s*(?:[,.;!?]|$)/u.test(text.slice(nameEnd, nameEnd + 4))) return undefined;
        const clauseEnd = withoutAbbreviation(text, end - 1);
        let start = clauseEnd;
        while (start > 0 && clauseEnd - start < 120 && !CLAUSE_BOUNDARY.test(text[start - 1] ?? '')) start--;
        let clause = withoutLead(lexicon, text.slice(start, clauseEnd).trim());
        const first = words(clause)[0]?.toLowerCase() ?? '';
        if (!(lexicon.determiners.has(first) || isRoleWord(first) || lexicon.roleModifiers.has(first))) {
          // "…, met the other coach, Ivo Dukic": the role is the noun phrase that ends the clause.
          const list = clause.split(/\s+/u);
          const at = list.findLastIndex((word) => lexicon.determiners.has(word.toLowerCase()));
          if (at <= 0) return undefined;
          clause = list.slice(at).join(' ');
        }
        return isRolePhrase(clause) ? clause : undefined;
      }
      return descriptorBefore(lexicon, isRoleWord, text, nameStart);
    },
    roleAfter(text, nameEnd) {
      const match = /^,\s+([^,.;:!?()[\]“”"«»„‹›「」『』—–\n]{1,100})/u.exec(
        text.slice(nameEnd, nameEnd + 110),
      );
      const phrase = match?.[1]?.trim();
      if (phrase === undefined) return undefined;
      const first = words(phrase)[0] ?? '';
      const lower = first.toLowerCase();
      const opensLikeRole =
        lexicon.determiners.has(lower) ||
        isRoleWord(first) ||
        lexicon.roleModifiers.has(lower) ||
        UPPER_START.test(first);
      return opensLikeRole && isRolePhrase(phrase) ? phrase : undefined;
    },
    genderOfRole(role) {
      for (const word of words(role).reverse()) {
        const lower = word.toLowerCase();
        const gender = lexicon.genderedNouns.get(lower) ?? lexicon.genderedNouns.get(roleNounOf(lower) ?? '');
        if (gender !== undefined) return gender;
      }
      return undefined;
    },
    roleNounsOf(phrase) {
      return words(phrase)
        .map(roleNounOf)
        .filter((noun): noun is string => noun !== undefined);
    },
  };
}

/** Whether a word is a role noun, and which: as itself or hidden in a longer word (see `forms`). */
function roleMatchers(lexicon: Lexicon): {
  isRoleWord: (word: string) => boolean;
  roleNounOf: (word: string) => string | undefined;
} {
  const roleSet = lexicon.roleNouns;
  const longRoles = new Set([...roleSet].filter((noun) => noun.length >= 6));
  const longLengths = [...new Set([...longRoles].map((noun) => noun.length))];
  /**
   * The forms of a word a role noun may hide in: itself, its plural or genitive without "-s", a declined
   * adjectival noun without "-n" ("Vorsitzenden"), and the last part of a hyphenated compound ("AfD-Chefs").
   */
  const forms = (word: string): string[] => {
    const lower = word.toLowerCase();
    const list = [lower];
    const hyphen = lower.lastIndexOf('-');
    if (hyphen > 0 && hyphen < lower.length - 2) list.push(lower.slice(hyphen + 1));
    // "president-elect", "minister-designate": the role before a modifier.
    const [head = '', ...tail] = lower.split('-');
    if (tail.length > 0 && tail.every((part) => lexicon.roleModifiers.has(part))) list.push(head);
    for (const form of [...list]) {
      if (form.endsWith('s')) list.push(form.slice(0, -1));
      if (form.length > 6 && form.endsWith('en')) list.push(form.slice(0, -1));
    }
    return list;
  };
  // The same words come back for every name in the article: each is looked up once.
  const roleNouns = new Map<string, string | undefined>();
  const roleNounOf = (word: string): string | undefined => {
    if (roleNouns.has(word)) return roleNouns.get(word);
    let noun: string | undefined;
    for (const form of forms(word)) {
      if (roleSet.has(form)) noun = form;
      else
        for (const length of longLengths)
          if (form.length > length && longRoles.has(form.slice(-length))) {
            noun = form.slice(-length);
            break;
          }
      if (noun !== undefined) break;
    }
    roleNouns.set(word, noun);
    return noun;
  };
  const isRoleWord = (word: string): boolean => roleNounOf(word) !== undefined;
  return { isRoleWord, roleNounOf };
}

/**
 * The clause without the speech verb (a noun-like one too: "tranche la ministre, …") and the small words before
 * its role ("also", "another").
 */
function withoutLead(lexicon: Lexicon, clause: string): string {
  let rest = clause;
  for (;;) {
    const [first = '', second = ''] = words(rest).map((word) => word.toLowerCase());
    const lead =
      lexicon.speechWords.has(first) ||
      lexicon.afterQuoteVerbs.has(first) ||
      ['another', 'also', 'and'].includes(first) ||
      (first === 'a' && lexicon.speechWords.has(second));
    if (!lead) return rest;
    rest = rest.slice(rest.toLowerCase().indexOf(first) + first.length).trim();
  }
}

/** A role written right before a name, without a comma: "Ravens GM" of "Ravens GM Ozzie Newsome". */
function descriptorBefore(
  lexicon: Lexicon,
  isRoleWord: (word: string) => boolean,
  text: string,
  end: number,
): string | undefined {
  const taken: Word[] = [];
  for (let previous = wordBefore(text, end); previous !== undefined && taken.length < 7; ) {
    const before = wordBefore(text, previous.start);
    const ofThe = previous.lower === 'the' && (before?.lower === 'of' || before?.lower === 'for');
    // "le ministre grec des Finances", "ministre de l’Intérieur": an adjective after the role noun, and a
    // body's name written with its elided article.
    const fits =
      ofThe ||
      isRoleWord(previous.word) ||
      lexicon.roleModifiers.has(previous.lower) ||
      (before !== undefined &&
        isRoleWord(before.word) &&
        /^\p{Ll}+$/u.test(previous.word) &&
        COMPLEMENT.has(taken[0]?.lower ?? '')) ||
      (UPPER_START.test(previous.word.replace(/^[ld]['’]/u, '')) &&
        !NOT_IN_ROLE.has(previous.lower) &&
        !lexicon.notNameWords.has(previous.lower) &&
        !lexicon.speechWords.has(previous.lower));
    if (!fits) break;
    taken.unshift(previous);
    previous = before;
  }
  while (taken.length > 0 && COMPLEMENT.has(taken[0]?.lower ?? '')) taken.shift();
  // "the president of the Assembly": a role ending in "of the" is the role of the name after it (a body),
  // not that name's role.
  const lastTaken = taken[taken.length - 1]?.lower ?? '';
  if (COMPLEMENT.has(lastTaken) || lexicon.complementWords.has(lastTaken)) return undefined;
  let lastRole = -1;
  taken.forEach((token, index) => {
    if (isRoleWord(token.word)) lastRole = index;
  });
  if (lastRole === -1) return undefined;
  // Past the adjectives after the role noun ("ministre grec des Finances").
  let after = lastRole + 1;
  while (/^\p{Ll}+$/u.test(taken[after]?.word ?? '') && !COMPLEMENT.has(taken[after]?.lower ?? '')) after++;
  const tail = taken[after]?.lower;
  if (tail !== undefined && !COMPLEMENT.has(tail)) return undefined;
  const first = taken[0];
  return first === undefined ? undefined : text.slice(first.start, end).trim();
}

/**
 * The word before the one starting at `end`, when only spaces separate them; undefined at punctuation or
 * the start of the text.
 */
function wordBefore(text: string, end: number): Word | undefined {
  let wordEnd = end;
  while (wordEnd > 0 && (text[wordEnd - 1] === ' ' || text[wordEnd - 1] === '\u00A0')) wordEnd--;
  if (wordEnd === end || wordEnd === 0 || !WORD_CHAR.test(text[wordEnd - 1] ?? '')) return undefined;
  let start = wordEnd;
  while (start > 0 && wordEnd - start < 40 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, wordEnd);
  return { word, lower: word.toLowerCase(), start };
}
