/**
 * A publication as a quotation's source: "« … », peut-on lire dans Le Monde" names the paper the words were
 * read in (the language files' `publicationLeads`). Each row: [pattern, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const FR = 'la commune a dépensé deux fois son budget pour les fêtes';
const ES = 'el puerto cerrará dos semanas por las obras del muelle';
const PT = 'a ponte ficará fechada durante todo o mês de agosto';

const rows: Row[] = [
  [
    'fr: peut-on lire dans LE NOM',
    'fr',
    `Le maire a démissionné. « ${FR} », peut-on lire dans Le Courrier.`,
    FR,
    'Le Courrier',
  ],
  [
    'fr: on peut lire sur NOM DE NOM',
    'fr',
    `Le maire a démissionné. « ${FR} », on peut lire sur Radio Vallée de Loire.`,
    FR,
    'Radio Vallée de Loire',
  ],
  [
    'fr: peut-on lire dans le communiqué names no paper',
    'fr',
    `Le maire a démissionné. « ${FR} », peut-on lire dans le communiqué.`,
    FR,
    undefined,
  ],
  [
    'es: se lee en EL NOMBRE',
    'es',
    `El alcalde habló. “${ES}”, se lee en El Diario del Sur.`,
    ES,
    'El Diario del Sur',
  ],
  ['pt: lê-se no NOME', 'pt', `O prefeito falou. “${PT}”, lê-se no Jornal da Serra.`, PT, 'Jornal da Serra'],
  [
    'en: according to the NAME, before the quotation',
    'en',
    'According to the Harbour-Gazette, “the ferry will stop running after the storm season ends.”',
    'the ferry will stop running after the storm season ends.',
    'Harbour-Gazette',
  ],
  [
    'en: according to the ROLE names no publication',
    'en',
    'Maria Lindqvist and Tom Berg met. According to the Conservative MP, “the ferry will stop running after the storm season ends.”',
    'the ferry will stop running after the storm season ends.',
    undefined,
  ],
];

describe('a publication the quotation was read in', () => {
  it.each(rows)('%s', (_pattern, lang, text, quote, speaker) => {
    expect(speakers(suggest(article(text, lang)))).toEqual([[quote, speaker, undefined]]);
  });
});
