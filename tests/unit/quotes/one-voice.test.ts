/**
 * The one voice of the piece (discourse.ts): in an article whose every attributed quotation is one person's, a
 * quotation with no attribution of its own is theirs when nothing near it brings in anybody else. Each row is a
 * minimal text written for this test: [kind, lang, text, quotation, speaker].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, string, string | undefined];

const PROFILE = [
  '“I learned to knead before I could read,” says Maja Lind, who grew up above her parents’ bakery.',
  'The shop opened in 1968 and has changed little since then.',
  '“My mother never let me skip a single morning,” Lind says.',
  'Today the bakery sells four hundred loaves a day.',
];
const LAST = 'We still bake everything in the old oven behind the shop.';

const rows: Row[] = [
  [
    'a profile: the quotation after a paragraph naming nobody is the one voice’s',
    'en',
    [...PROFILE, `“${LAST}”`].join('\n\n'),
    LAST,
    'Maja Lind',
  ],
  [
    'German: a portrait quoting one person only',
    'de',
    [
      '„Ich habe kneten gelernt, bevor ich lesen konnte“, sagt Maja Lind, die über der Bäckerei ihrer Eltern aufwuchs.',
      'Der Laden öffnete 1968 und hat sich seitdem kaum verändert.',
      '„Meine Mutter ließ mich keinen einzigen Morgen auslassen“, sagt Lind.',
      'Heute verkauft die Bäckerei vierhundert Brote am Tag.',
      '„Wir backen noch immer alles im alten Ofen hinter dem Laden.“',
    ].join('\n\n'),
    'Wir backen noch immer alles im alten Ofen hinter dem Laden.',
    'Maja Lind',
  ],
  [
    'another person named in the paragraph before: nobody is named',
    'en',
    [...PROFILE.slice(0, 3), 'Today her cousin Erik Holm runs the till.', `“${LAST}”`].join('\n\n'),
    LAST,
    undefined,
  ],
  [
    'another speaker quoted elsewhere in the article: the piece has two voices, nobody is named',
    'en',
    [
      PROFILE[0],
      '“Their rye bread is the best in the whole city,” said Erik Holm, a customer.',
      ...PROFILE.slice(1),
      `“${LAST}”`,
    ].join('\n\n'),
    LAST,
    undefined,
  ],
  [
    'a speech verb with nobody named as its subject: somebody else speaks, nobody is named',
    'en',
    [...PROFILE, `One regular wrote in the guest book: “${LAST}”`].join('\n\n'),
    LAST,
    undefined,
  ],
  [
    'one sure quotation of theirs only: nobody is named',
    'en',
    [PROFILE[0], PROFILE[1], PROFILE[3], `“${LAST}”`].join('\n\n'),
    LAST,
    undefined,
  ],
];

describe('the one voice of the piece', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, speaker) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).find(
      (candidate) => candidate.text === quotation,
    );
    expect(found, `"${quotation}" is suggested as a direct quotation`).toBeDefined();
    expect(found?.speaker).toBe(speaker);
  });
});
