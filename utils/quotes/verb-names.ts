/**
 * Names in a script without capitals (Arabic): a name is the words right after a speech verb ("وقال أحمد حسن"),
 * past the honorifics ("الدكتور") and a role with its complement written with the article or in quotation
 * marks ("وقال رئيس “الجمعية الفلكية” المهندس ماجد أبو زاهرة"), up to the punctuation, a word with a
 * preposition joined to it, a word of the role list or of `notNames`. A name is two or three words (a
 * particle such as "أبو" counts with the word after it); its last word alone refers back to it ("وقال
 * العلواني" after "أحمد العلواني"). Anything else names nobody: a wrong name is worse than none.
 */
import type { LanguageData } from './lang/types';
import type { Lexicon } from './lexicon';

const MAX_NAME_WORDS = 3;
/** A word, and the punctuation after it that ends the run. */
const WORD = /[^\s،,:؛;.«»"“”!?؟()]+|[،,:؛;.«»"“”!?؟()]/gu;

/** Every name the article gives right after a speech verb. */
export function verbNames(text: string, lexicon: Lexicon, data: LanguageData): Set<string> {
  const rules = data.namesAfterVerbs;
  const names = new Set<string>();
  if (rules === undefined) return names;
  const words = text.match(WORD) ?? [];
  const roles = new Set([...data.roleNouns, ...data.titles, ...data.roleModifiers]);
  const honorifics = new Set(Object.keys(data.honorifics));
  const particles = new Set(data.particles);
  const stop = new Set([...rules.notNames, ...data.notNameWords, ...data.calendarWords]);
  for (let i = 0; i < words.length; i++) {
    if (!lexicon.speechVerbs.has(words[i] ?? '')) continue;
    let k = i + 1;
    // Honorifics and a role with its complement: "الدكتور", "رئيس الديوان", "رئيس “الجمعية …”".
    for (let moved = true; moved; ) {
      moved = false;
      const word = words[k] ?? '';
      if (honorifics.has(word) || roles.has(word)) {
        k++;
        moved = true;
        while ((words[k] ?? '').startsWith(rules.article) && !honorifics.has(words[k] ?? '')) k++;
      } else if (word === '“' || word === '"') {
        const close = closingMark(words, k);
        if (close === -1) break;
        k = close + 1;
        moved = true;
      }
    }
    const name: string[] = [];
    for (; name.length < MAX_NAME_WORDS + 1; k++) {
      const word = words[k] ?? '';
      if (!/^\p{L}/u.test(word) || stop.has(word) || roles.has(word) || honorifics.has(word)) break;
      if (rules.prefixes.some((prefix) => word.startsWith(prefix))) break;
      if (name.length === 0 && word.startsWith(rules.article)) break;
      name.push(word);
      if (particles.has(word)) continue;
      if (name.length >= MAX_NAME_WORDS) break;
    }
    const counted =
      name.filter((word) => !particles.has(word)).length + (particles.has(name[0] ?? '') ? 1 : 0);
    if (counted >= 2 && !particles.has(name[name.length - 1] ?? '')) names.add(name.join(' '));
  }
  return names;
}

/** The most words a role's complement in quotation marks holds. */
const MAX_QUOTED_COMPLEMENT = 8;

/** The closing mark of the quotation marks opened at `open`, within `MAX_QUOTED_COMPLEMENT` words, or -1. */
function closingMark(words: readonly string[], open: number): number {
  for (let at = open + 1; at <= open + MAX_QUOTED_COMPLEMENT && at < words.length; at++)
    if (words[at] === '”' || words[at] === '"') return at;
  return -1;
}

/** The last word of a name, by which the article refers back to it ("حسن" for "أحمد حسن"). */
export function lastWord(name: string): string {
  return name.split(' ').at(-1) ?? name;
}
