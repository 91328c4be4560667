/**
 * Roles around a name: "Kremlin spokesman Dmitry Peskov", "the governor, Daniel Okafor,",
 * "Maria Gonzalez, the chief executive". Roles are kept as the article words them.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { isSpace } from './text';

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
/** Characters that end the clause a role can belong to (not ’: "the Kremlin’s spokesman" is one clause). */
const CLAUSE_BOUNDARY = /[,;:.!?()[\]“”"«»„‹›「」『』—–\n]/u;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'le',
  'la',
  'les',
  'un',
  'une',
  'l’',
  "l'",
]);
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
]);
/**
 * The words of the speech verbs, for "a role never holds a speech verb". Short words of multi-word verbs
 * ("a" of "a déclaré", "to" of "according to", "on", "out") are left out: roles hold them ("a spokesman").
 */
const SPEECH_WORDS: ReadonlySet<string> = new Set(
  Object.values(SPEECH_VERBS).flatMap((verbs) =>
    verbs.flatMap((verb) => {
      const parts = verb.split(' ');
      return parts.length === 1 ? parts : parts.filter((part) => part.length > 2 && part !== 'out');
    }),
  ),
);
/** Role nouns of six letters or more also match as the end of a longer word (see `isRoleWord`). */
const ROLE_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const LONG_ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUNS.filter((noun) => noun.length >= 6));
const LONG_ROLE_LENGTHS = [...new Set([...LONG_ROLE_NOUNS].map((noun) => noun.length))];

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0]);
}

/**
 * A role noun as a whole word, or as the end of a longer word for nouns of six letters or more: that catches
 * German compounds ("Regierungssprecher") and hyphenated forms ("vice-president") without "speaking"
 * matching "king". An optional plural s. Set lookups, not a regex: this runs for every capitalised word.
 */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  for (const form of lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower]) {
    if (ROLE_SET.has(form)) return true;
    for (const length of LONG_ROLE_LENGTHS) {
      if (form.length > length && LONG_ROLE_NOUNS.has(form.slice(-length))) return true;
    }
  }
  return false;
}

/** A short phrase that names a role: holds a role noun and no speech verb ("the chief executive"). */
export function isRolePhrase(phrase: string): boolean {
  const list = words(phrase);
  if (list.length === 0 || list.length > 10) return false;
  if (list.some((word) => SPEECH_WORDS.has(word.toLowerCase()))) return false;
  const first = list[0] ?? '';
  if (/(?:ing|ed)$/u.test(first) && !isRoleWord(first) && !ROLE_MODIFIERS.has(first.toLowerCase()))
    return false;
  return list.some(isRoleWord);
}

/**
 * The role written just before a name: an appositive ("the governor, Daniel Okafor,") or a descriptor
 * glued to it ("Kremlin spokesman Dmitry Peskov", "US secretary of state Antony Blinken").
 */
export function roleBefore(text: string, nameStart: number, nameEnd: number): string | undefined {
  let end = nameStart;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (text[end - 1] === ',') {
    // An appositive only when the name is closed by a comma or ends the sentence ("…, a dit la maire, Marie
    // Dupont."); otherwise the comma ends an unrelated clause ("In Paris, Marie Dupont met…").
    if (!/^\s*(?:[,.;!?]|$)/u.test(text.slice(nameEnd, nameEnd + 4))) return undefined;
    const clauseEnd = end - 1;
    let start = clauseEnd;
    while (start > 0 && clauseEnd - start < 120 && !CLAUSE_BOUNDARY.test(text[start - 1] ?? '')) start--;
    // "another foreign ministry official" leans on an earlier sentence; the role is what follows "another".
    const clause = withoutLead(text.slice(start, clauseEnd).trim());
    const first = words(clause)[0]?.toLowerCase() ?? '';
    const opensLikeRole = DETERMINERS.has(first) || isRoleWord(first) || ROLE_MODIFIERS.has(first);
    return opensLikeRole && isRolePhrase(clause) ? clause : undefined;
  }
  return descriptorBefore(text, nameStart);
}

/** Words that attach a complement to a role noun ("secretary of state", "porte-parole du Kremlin"). */
const COMPLEMENT: ReadonlySet<string> = new Set(['of', 'for', 'the', 'de', 'du', 'des', 'von']);

interface Word {
  word: string;
  lower: string;
  start: number;
}

/** Characters of a word for the backward walk; a dot ends it ("U.S." and "Mr." are boundaries). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

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

/**
 * The clause before an appositive may start with the verb ("…», a dit la maire, Marie Dupont") or with a
 * word that leans on an earlier sentence ("another foreign ministry official"): the role is what follows.
 */
function withoutLead(clause: string): string {
  let rest = clause;
  for (;;) {
    const [first = '', second = ''] = words(rest).map((word) => word.toLowerCase());
    const lead =
      SPEECH_WORDS.has(first) ||
      ['another', 'also', 'and'].includes(first) ||
      (first === 'a' && SPEECH_WORDS.has(second));
    if (!lead) return rest;
    rest = rest.slice(rest.toLowerCase().indexOf(first) + first.length).trim();
  }
}

function descriptorBefore(text: string, end: number): string | undefined {
  // Walk back from the name over words that can make up a role, stopping at punctuation or any other word.
  const taken: Word[] = [];
  let from = end;
  for (let previous = wordBefore(text, from); previous !== undefined && taken.length < 7; ) {
    const before = wordBefore(text, previous.start);
    const ofThe = previous.lower === 'the' && (before?.lower === 'of' || before?.lower === 'for');
    const fits =
      ofThe ||
      isRoleWord(previous.word) ||
      ROLE_MODIFIERS.has(previous.lower) ||
      (UPPER_START.test(previous.word) &&
        !NOT_IN_ROLE.has(previous.lower) &&
        !SPEECH_WORDS.has(previous.lower));
    if (!fits) break;
    taken.unshift(previous);
    from = previous.start;
    previous = before;
  }
  // "of state" alone is no role: drop leading connectors, then require the phrase to end in its role noun,
  // possibly followed by an "of …" complement ("secretary of state").
  while (taken.length > 0 && COMPLEMENT.has(taken[0]?.lower ?? '')) taken.shift();
  let lastRole = -1;
  taken.forEach((token, index) => {
    if (isRoleWord(token.word)) lastRole = index;
  });
  if (lastRole === -1) return undefined;
  const tail = taken[lastRole + 1]?.lower;
  if (tail !== undefined && !COMPLEMENT.has(tail)) return undefined;
  const first = taken[0];
  return first === undefined ? undefined : text.slice(first.start, end).trim();
}

/** The appositive role after a name: "Maria Gonzalez, the chief executive, said". */
export function roleAfter(text: string, nameEnd: number): string | undefined {
  const match = /^,\s+([^,.;:!?()[\]“”"«»„‹›「」『』—–\n]{1,100})/u.exec(text.slice(nameEnd, nameEnd + 110));
  const phrase = match?.[1]?.trim();
  if (phrase === undefined) return undefined;
  const first = words(phrase)[0] ?? '';
  const lower = first.toLowerCase();
  const opensLikeRole =
    DETERMINERS.has(lower) || isRoleWord(first) || ROLE_MODIFIERS.has(lower) || UPPER_START.test(first);
  return opensLikeRole && isRolePhrase(phrase) ? phrase : undefined;
}
