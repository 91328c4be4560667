/**
 * Words mentioned, not said: an example phrase, a term or a title in quotation marks after a noun of mention
 * ("the phrase “…”") or after a colon closing a lead-in that names nobody and says nothing of speech, with no
 * attribution of its own, is no direct quotation. Each row is a minimal sentence written for this test.
 * Rows: [kind, lang, text, quotation, is it a direct quotation?].
 */
import { describe, expect, it } from 'vitest';
import { article, directQuotes, suggest } from './helpers';

type Row = [string, string | null, string, string, boolean];

const rows: Row[] = [
  [
    'an example phrase after a noun of mention',
    'en',
    'Guides warn against the phrase “you must be so brave every single day” when meeting a patient.',
    'you must be so brave every single day',
    false,
  ],
  [
    'a question given as an example of what not to ask',
    'en',
    'Avoid opening with the question “how long have you been unable to walk?” at a first meeting.',
    'how long have you been unable to walk?',
    false,
  ],
  [
    'an example after a colon whose lead-in names nobody and says nothing of speech',
    'en',
    'Serving a meal is easier with a simple method: “bread on the left, soup in the middle, tea on the right”.',
    'bread on the left, soup in the middle, tea on the right',
    false,
  ],
  [
    'a German term after "Begriff"',
    'de',
    'Viele Menschen empfinden den Begriff „an den Rollstuhl gefesselt und ans Haus gebunden“ als abwertend.',
    'an den Rollstuhl gefesselt und ans Haus gebunden',
    false,
  ],
  [
    'a Polish question after "pytanie"',
    'pl',
    'Dla wielu osób bardzo trudne będzie pytanie „od kiedy pan nie chodzi o własnych siłach?” przy pierwszym spotkaniu.',
    'od kiedy pan nie chodzi o własnych siłach?',
    false,
  ],
  [
    'a colon after a speech verb still introduces a quotation',
    'en',
    'The mayor of the town, Anna Lindqvist, said on Monday: “We will open the new bridge before the winter.”',
    'We will open the new bridge before the winter.',
    true,
  ],
  [
    'a colon after a person introduces a quotation even without a speech verb',
    'en',
    'Anna Lindqvist was blunt about the delay: “We will open the new bridge before the winter.”',
    'We will open the new bridge before the winter.',
    true,
  ],
  [
    'a colon after an unnamed person (a role noun) still introduces a quotation',
    'en',
    'One respondent was blunt about the delay: “We will open the new bridge before the winter.”',
    'We will open the new bridge before the winter.',
    true,
  ],
  [
    'a phrase attributed by its own clause is a quotation, whatever noun precedes it',
    'en',
    'Anna Lindqvist repeated the phrase “we will open the new bridge before the winter,” she said.',
    'we will open the new bridge before the winter',
    true,
  ],
];

describe('words mentioned are not quotations', () => {
  it.each(rows)('%s', (_kind, lang, text, quotation, direct) => {
    const found = directQuotes(suggest(article(text, lang), { limit: 50 })).some(
      (candidate) => candidate.text === quotation,
    );
    expect(found).toBe(direct);
  });
});
