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
