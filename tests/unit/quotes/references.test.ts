/**
 * A quotation cited as a reference, with its source and year in brackets after it ("“…” (Review 03/2021)"),
 * is a title, whoever the article quotes around it. Beside it, a year in brackets inside a quotation, which
 * must stay. Every sentence is written for this test. Rows: [kind, lang, text, passage, is it suggested?].
 */
import { describe, expect, it } from 'vitest';
import { article, suggest } from './helpers';

type Row = [string, string, string, string, boolean];

const BODY_EN = 'The city is building a new bridge over the river that will cost 40 million dollars.';

const rows: Row[] = [
  [
    'en: a title cited with its source and issue',
    'en',
    `${BODY_EN}\n\n“Freedom is the strongest engine of any economy” (Harbour Review 03/2021)\n\n${BODY_EN}`,
    'Freedom is the strongest engine of any economy',
    false,
  ],
  [
    'en: a cited title after a named speaker is still a reference',
    'en',
    `${BODY_EN}\n\nAnna Lindqvist said: “We will open the new bridge before the winter” (Harbour Review, 2021).`,
    'We will open the new bridge before the winter',
    false,
  ],
  [
    'en: a year in brackets inside the quotation leaves it a quotation',
    'en',
    `${BODY_EN}\n\n“We will open the new bridge before the winter (of 2021),” Anna Lindqvist said.`,
    'We will open the new bridge before the winter (of 2021)',
    true,
  ],
];

describe('a title cited as a reference', () => {
  it.each(rows)('%s', (_kind, lang, text, passage, suggested) => {
    const found = suggest(article(text, lang), { limit: 50 }).some((candidate) => candidate.text === passage);
    expect(found).toBe(suggested);
  });
});
