/**
 * The floor stays with the last speaker: a quotation standing as its own sentence after one sentence of the
 * reporter's takes the speaker of the quotation before it, when nothing between the two names anyone else,
 * speaks or quotes. Each row is a minimal text written for this test: [kind, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const rows: Row[] = [
  [
    'one sentence about the speaker between two of her quotations',
    'en',
    '“We will open the new bridge before the winter,” said Anna Lindqvist, the mayor. The bridge means a lot to Lindqvist. “Nobody in this town will have to take the ferry again.”',
    'Nobody in this town will have to take the ferry again.',
    'Anna Lindqvist',
  ],
  [
    'German: a sentence naming the speaker again in a phrase, in the next paragraph',
    'de',
    '„Wir werden die Halle füllen und die Mannschaft tragen“, sagt Peter Albrecht, Präsident des Vereins.\n\nDie Vorfreude bei Albrecht auf das Spiel ist gross. „Der Pokal ist genau für solche Geschichten da, das wissen alle hier.“',
    'Der Pokal ist genau für solche Geschichten da, das wissen alle hier.',
    'Peter Albrecht',
  ],
  [
    'a sentence about others between the two may hand them the floor: nobody is named',
    'en',
    '“We will open the new bridge before the winter,” said Anna Lindqvist, the mayor. Critics disagreed. “Nobody in this town will have to take the ferry again.”',
    'Nobody in this town will have to take the ferry again.',
    undefined,
  ],
  [
    'another person named in between takes the floor: nobody is named',
    'en',
    '“We will open the new bridge before the winter,” said Anna Lindqvist, the mayor. Her rival Tomas Berg disagrees. “Nobody in this town will have to take the ferry again.”',
    'Nobody in this town will have to take the ferry again.',
    undefined,
  ],
  [
    'a capitalised name the cast does not know, where only names are capitalised: nobody is named',
    'en',
    '“We will open the new bridge before the winter,” said Anna Lindqvist, the mayor. The bridge means a lot to Lindqvist and to Riverwatch.org. “Nobody in this town will have to take the ferry again.”',
    'Nobody in this town will have to take the ferry again.',
    undefined,
  ],
  [
    'the reporter breaks in with a sentence joined to what was said, naming nobody: the floor stays',
    'en',
    'Tove Berg runs the bakery on the square. “The kitchen opens at six every single morning,” Berg says. But one thing never changes in the kitchen. “We bake the rye bread first, every day.”',
    'We bake the rye bread first, every day.',
    'Tove Berg',
  ],
  [
    'German: the reporter breaks in with "Doch …" between two quotations of one paragraph',
    'de',
    '„Die Küche öffnet jeden Morgen um sechs Uhr“, sagt Tove Berg. Doch eines ändert sich in der Küche nie. „Wir backen zuerst das Roggenbrot, jeden Tag.“',
    'Wir backen zuerst das Roggenbrot, jeden Tag.',
    'Tove Berg',
  ],
  [
    'French: the reporter breaks in with "Mais …" between two quotations of one paragraph',
    'fr',
    '« La cuisine ouvre tous les matins à six heures », explique Claire Moulin. Mais une chose ne change jamais dans la cuisine. « Nous cuisons le pain de seigle en premier, chaque jour. »',
    'Nous cuisons le pain de seigle en premier, chaque jour.',
    'Claire Moulin',
  ],
  [
    'two sentences of the reporter between the quotations: nobody is named',
    'en',
    '“The kitchen opens at six every single morning,” says Tove Berg. The square is busy by seven. But one thing never changes. “We bake the rye bread first, every day.”',
    'We bake the rye bread first, every day.',
    undefined,
  ],
  [
    'the interruption opens the next paragraph: nobody is named',
    'en',
    '“The kitchen opens at six every single morning,” says Tove Berg.\n\nBut one thing never changes. “We bake the rye bread first, every day.”',
    'We bake the rye bread first, every day.',
    undefined,
  ],
];

describe('the floor stays with the last speaker', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});
