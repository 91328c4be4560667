/**
 * A statement quoted in full (discourse.ts `statementHeads`): a sentence introduces it with a colon, and it is
 * set off in paragraphs of its own, each wholly a quotation. Every paragraph is the introduced speaker's, however
 * long the statement. Each row is a minimal text written for this test: [kind, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const LINES = [
  'I have served this town for twelve years with all my heart.',
  'The last months have been the hardest of my life, and my family needs me now.',
  'I thank every volunteer who stood by me in the flood year.',
  'The council will choose my successor in the spring, and I trust them.',
  'Goodbye to all of you, and thank you for everything.',
  'Take care of the river and of each other, always.',
  'Please keep the library open on Sundays for the children.',
];
const LAST = LINES[LINES.length - 1] ?? '';
const statement = (lead: string, open = '“', close = '”'): string =>
  [lead, ...LINES.map((line) => `${open}${line}${close}`), 'The council meets on Friday.'].join('\n\n');

const rows: Row[] = [
  [
    'the seventh paragraph of a statement introduced with a colon is still the speaker’s',
    'en',
    statement('Anna Lindqvist, the mayor, has resigned. In a statement on Monday, Lindqvist wrote:'),
    LAST,
    'Anna Lindqvist',
  ],
  [
    'German: a statement on Instagram, in paragraphs of its own',
    'de',
    [
      'Die Bürgermeisterin Anna Lindqvist ist zurückgetreten. Auf Instagram schrieb Lindqvist:',
      '„Ich habe dieser Stadt zwölf Jahre lang mit ganzem Herzen gedient.“',
      '„Die letzten Monate waren die schwersten meines Lebens, meine Familie braucht mich.“',
      '„Ich danke allen Freiwilligen, die im Jahr der Flut an meiner Seite standen.“',
      '„Der Rat wird im Frühjahr über meine Nachfolge entscheiden, und ich vertraue ihm.“',
      '„Auf Wiedersehen, und danke für alles, was ihr für mich getan habt.“',
      '„Passt auf den Fluss auf und aufeinander, jeden Tag und immer.“',
      '„Haltet die Bibliothek sonntags für die Kinder offen, bitte.“',
    ].join('\n\n'),
    'Haltet die Bibliothek sonntags für die Kinder offen, bitte.',
    'Anna Lindqvist',
  ],
  [
    'an introduction that names nobody gives the run no speaker',
    'en',
    statement('Anna Lindqvist, the mayor, has resigned. Messages poured in all day:'),
    LAST,
    undefined,
  ],
];

describe('a statement quoted in full after a colon', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});
