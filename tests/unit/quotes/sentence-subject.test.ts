/**
 * The sentence before a quotation that has no clause of its own gives it a speaker only when it is about one
 * person: never when it names several people as its subject ("Lindqvist and Ekholm", "Lindqvist, Berg and
 * Ekholm", "Lindqvist with Ekholm", in each language's conjunctions), and never, right after someone else
 * spoke, when it is about another person who is not a speaker in their own right (issue 14: no name beats a
 * wrong one). Each row is a minimal text written for this test: [kind, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const EN_SAID = '“We will open the new bridge before the winter,” said Anna Lindqvist, the mayor.';
const EN_NEXT = '“Nobody in this town will have to take the ferry again.”';
const EN_QUOTE = 'Nobody in this town will have to take the ferry again.';
const DE_SAID =
  '„Wir werden die neue Brücke vor dem Winter öffnen“, sagt Anna Lindqvist, die Bürgermeisterin.';
const DE_NEXT = '„Niemand in dieser Stadt muss dann noch die Fähre nehmen.“';
const DE_QUOTE = 'Niemand in dieser Stadt muss dann noch die Fähre nehmen.';
const FR_SAID = '« Nous ouvrirons le nouveau pont avant l’hiver », a déclaré Anna Lindqvist, la maire.';
const FR_NEXT = '« Personne dans cette ville ne devra plus prendre le bac. »';
const FR_QUOTE = 'Personne dans cette ville ne devra plus prendre le bac.';
const ES_SAID = '«Abriremos el nuevo puente antes del invierno», dijo Anna Lindqvist, la alcaldesa.';
const ES_NEXT = '«Nadie en esta ciudad tendrá que tomar el ferry otra vez.»';
const ES_QUOTE = 'Nadie en esta ciudad tendrá que tomar el ferry otra vez.';

const rows: Row[] = [
  // Several people as the subject: nobody.
  [
    'English: "A and B"',
    'en',
    `${EN_SAID} Lindqvist and Ekholm see it the same way. ${EN_NEXT}`,
    EN_QUOTE,
    undefined,
  ],
  [
    'English: "A, B and C"',
    'en',
    `${EN_SAID} Lindqvist, Berg and Ekholm see it the same way. ${EN_NEXT}`,
    EN_QUOTE,
    undefined,
  ],
  [
    'English: "A with B"',
    'en',
    `${EN_SAID} Lindqvist with Ekholm see it the same way. ${EN_NEXT}`,
    EN_QUOTE,
    undefined,
  ],
  [
    'German: "A und B"',
    'de',
    `${DE_SAID} Lindqvist und Ekholm sehen das genauso. ${DE_NEXT}`,
    DE_QUOTE,
    undefined,
  ],
  [
    'German: "A mit B"',
    'de',
    `${DE_SAID} Lindqvist mit Ekholm sehen das genauso. ${DE_NEXT}`,
    DE_QUOTE,
    undefined,
  ],
  [
    'French: "A et B"',
    'fr',
    `${FR_SAID} Lindqvist et Ekholm voient les choses de la même façon. ${FR_NEXT}`,
    FR_QUOTE,
    undefined,
  ],
  [
    'French: "A, B et C"',
    'fr',
    `${FR_SAID} Lindqvist, Berg et Ekholm voient les choses de la même façon. ${FR_NEXT}`,
    FR_QUOTE,
    undefined,
  ],
  [
    'Spanish: "A y B"',
    'es',
    `${ES_SAID} Lindqvist y Ekholm lo ven de la misma manera. ${ES_NEXT}`,
    ES_QUOTE,
    undefined,
  ],
  [
    'Spanish: "A con B"',
    'es',
    `${ES_SAID} Lindqvist con Ekholm lo ven de la misma manera. ${ES_NEXT}`,
    ES_QUOTE,
    undefined,
  ],
  // Another person, right after someone spoke, who never speaks for sure: nobody.
  [
    'English: a sentence about someone else right after the mayor spoke',
    'en',
    `${EN_SAID} Erik Ekholm, a local fisherman, has crossed by ferry for thirty years. ${EN_NEXT}`,
    EN_QUOTE,
    undefined,
  ],
  [
    'French: a sentence about someone else right after the mayor spoke',
    'fr',
    `${FR_SAID} Le député Erik Ekholm prend le bac depuis trente ans. ${FR_NEXT}`,
    FR_QUOTE,
    undefined,
  ],
  [
    'Spanish: a sentence about someone else right after the mayor spoke',
    'es',
    `${ES_SAID} El diputado Erik Ekholm toma el ferry desde hace treinta años. ${ES_NEXT}`,
    ES_QUOTE,
    undefined,
  ],
  // One person as the subject still speaks.
  [
    'English: the speaker alone',
    'en',
    `${EN_SAID} Lindqvist sees it the same way. ${EN_NEXT}`,
    EN_QUOTE,
    'Anna Lindqvist',
  ],
  [
    'English: one person, nobody speaking before',
    'en',
    `Anna Lindqvist, the mayor, opened the bridge on Monday. ${EN_NEXT}`,
    EN_QUOTE,
    'Anna Lindqvist',
  ],
  [
    'English: another person who speaks for sure elsewhere in the article',
    'en',
    `${EN_SAID} Erik Ekholm, a local fisherman, has crossed by ferry for thirty years. ${EN_NEXT}\n\n“The ferry was never late,” Ekholm said.`,
    EN_QUOTE,
    'Erik Ekholm',
  ],
  [
    'German: one person, nobody speaking before',
    'de',
    `Anna Lindqvist, die Bürgermeisterin, hat am Montag die Brücke eröffnet. ${DE_NEXT}`,
    DE_QUOTE,
    'Anna Lindqvist',
  ],
  [
    'French: one person, nobody speaking before',
    'fr',
    `Anna Lindqvist, la maire, a inauguré le pont lundi. ${FR_NEXT}`,
    FR_QUOTE,
    'Anna Lindqvist',
  ],
  [
    'Spanish: one person, nobody speaking before',
    'es',
    `Anna Lindqvist, la alcaldesa, inauguró el puente el lunes. ${ES_NEXT}`,
    ES_QUOTE,
    'Anna Lindqvist',
  ],
];

describe('the subject of the sentence before a quotation', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});
