/**
 * An epithet in the sentence before a quotation ("…, sagt die Ingenieurin.", "…, the former minister said.")
 * passes the floor on only when it stands for the one who spoke last, with nobody else named since.
 * Each row: [pattern, lang, text, the second quotation, its speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const EN1 = 'We will reopen the bridge before the winter comes';
const EN2 = 'The steel arrived from the mill last week.';
const DE1 = 'Wir öffnen die Brücke noch vor dem Winter wieder';
const DE2 = 'Der Stahl kam schon letzte Woche aus dem Werk.';

const rows: Row[] = [
  [
    'en: ", the former minister said." after her quotation',
    'en',
    `“${EN1},” said Maria Lindqvist, the city engineer. Repairs start soon, the former minister said. “${EN2}”`,
    EN2,
    'Maria Lindqvist',
  ],
  [
    'en: someone else named since takes the epithet from her',
    'en',
    `“${EN1},” said Maria Lindqvist, the city engineer. Tom Berg visited the site. Repairs start soon, the former minister said. “${EN2}”`,
    EN2,
    undefined,
  ],
  [
    'de: ", sagt die Ingenieurin." after a term in quotation marks',
    'de',
    `„${DE1}“, sagt Maria Lindqvist. Die Brücke sei ein „echtes Nadelöhr“, sagt die Ingenieurin. „${DE2}“`,
    DE2,
    'Maria Lindqvist',
  ],
  [
    'de: no quotation before, no floor to keep',
    'de',
    `Maria Lindqvist leitet das Amt. Die Arbeiten beginnen bald, sagt die Ingenieurin. „${DE2}“`,
    DE2,
    undefined,
  ],
  [
    'pl: "– podsumowuje publicysta." with one person in view (no articles)',
    'pl',
    `„Rodzice potrzebują czasu i spokoju po takiej stracie” – zwraca uwagę Kamil Sikora, stały autor działu.\n\n„Każda taka strata ma ogromne znaczenie dla rodziny.” – podsumowuje publicysta.`,
    'Każda taka strata ma ogromne znaczenie dla rodziny.',
    'Kamil Sikora',
  ],
  [
    'pl: a bare role with two people in view names nobody',
    'pl',
    `„Rodzice potrzebują czasu i spokoju po takiej stracie” – mówi Kamil Sikora, który rozmawiał z Anną Nowak.\n\n„Każda taka strata ma ogromne znaczenie dla rodziny.” – podsumowuje publicysta.`,
    'Każda taka strata ma ogromne znaczenie dla rodziny.',
    undefined,
  ],
  [
    'es: ", dijo el gremialista" (a role noun of unions)',
    'es',
    `El presidente del sindicato, Álvaro Reinaldo, habló con la prensa. “Hubiésemos preferido no tener razón sobre este acuerdo”, dijo el gremialista.`,
    'Hubiésemos preferido no tener razón sobre este acuerdo',
    'Álvaro Reinaldo',
  ],
];

describe('an epithet for the one who spoke last', () => {
  it.each(rows)('%s', (_pattern, lang, text, quote, speaker) => {
    const found = speakers(suggest(article(text, lang))).find(([candidate]) => candidate === quote);
    expect(found?.[1]).toBe(speaker);
    expect(found).toBeDefined();
  });
});
