/**
 * Strings in code quoted on a page (utils/quotes/not-speech.ts, `inCode`): a program's message in a call, a
 * test's name, a commit message after a command-line option are nobody's words. Next to them, prose quotations
 * in brackets and after a dash survive. Every line is written for this test. Rows: [kind, text, quotation, is
 * it a direct quotation?].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string, string, boolean];

const rows: Row[] = [
  [
    "a program's message in a call",
    'The handler logs a warning when the upload fails:\n\nlogger.warn("The upload could not be finished in time, retrying");',
    'The upload could not be finished in time, retrying',
    false,
  ],
  [
    "a test's name",
    'Our first test checks the default:\n\ntest("returns an empty basket for a new customer", () => {',
    'returns an empty basket for a new customer',
    false,
  ],
  [
    'a commit message after an option',
    'Then record the fix:\n\n$ git commit -a -m "repair the broken login form on small screens"',
    'repair the broken login form on small screens',
    false,
  ],
  [
    'a quotation in brackets in prose survives',
    'The mayor was in a good mood (“We will open the new bridge in May,” she told reporters) and left early.',
    'We will open the new bridge in May,',
    true,
  ],
  [
    'a quotation after a dash in prose survives',
    'Anna Berg did not hesitate - "We will open the new bridge in May," she told reporters on Monday.',
    'We will open the new bridge in May,',
    true,
  ],
];

describe('strings in code are no quotations', () => {
  it.each(rows)('%s', (_kind, text, quotation, direct) => {
    const found = directQuotes(suggest(article(text, 'en'), { limit: 50 })).some(
      (candidate) => candidate.text === quotation || candidate.text === quotation.replace(/,$/u, ''),
    );
    expect(found).toBe(direct);
  });
});
