/**
 * The cast: who a quotation is from when the article names the person with a long apposition, calls them by
 * an epithet, a pronoun among several people, or speaks for an organisation through a spokesperson.
 * Each row: [pattern, lang, text, the quotation, its speaker (undefined: nobody)].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

function check(rows: readonly Row[]): void {
  it.each(rows)('%s', (_pattern, lang, text, quote, speaker) => {
    const found = speakers(suggest(article(text, lang))).find(([candidate]) => candidate === quote);
    expect(found).toBeDefined();
    expect(found?.[1]).toBe(speaker);
  });
}

const EN = 'We found the old harbour wall under the car park';
const DE = 'Wir haben die alte Hafenmauer unter dem Parkplatz gefunden';
const FR = 'Nous avons trouvé le vieux mur du port sous le parking';

describe('a name after the quotation, a long apposition, then the verb', () => {
  check([
    [
      'en: “…,” Name, a doctoral student in … at the University of …, told …',
      'en',
      `The dig ended in May. “${EN},” Robin Berg, a doctoral student in Classical Archaeology and Ancient History at the University of Uppsala and head of the dig, told the Local.`,
      EN,
      'Robin Berg',
    ],
    [
      'de: „…“, Name, Doktorandin an der Universität …, sagte',
      'de',
      `Die Grabung endete im Mai. „${DE}“, Anna Keller, Doktorandin an der Universität Leipzig und Leiterin der Grabung, sagte der Zeitung.`,
      DE,
      'Anna Keller',
    ],
    [
      'fr: « … », Name, doctorante à l’université de …, a-t-elle expliqué',
      'fr',
      `Les fouilles ont pris fin en mai. « ${FR} », Claire Moulin, doctorante à l’université de Lyon et responsable du chantier, a-t-elle expliqué.`,
      FR,
      'Claire Moulin',
    ],
    [
      'en: an apposition that is no role is no clause of the quotation',
      'en',
      `The dig ended in May. “${EN},” Robin Berg, Tom Ek and Ola Lind, who dug all summer in the rain and the wind, said.`,
      EN,
      undefined,
    ],
  ]);
});
