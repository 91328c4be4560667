/**
 * Two names joined as equals (the language files' `coordinators`: "and", "und", "et", "y", "a") make a
 * subject that is neither person alone: the quotation gets no speaker. Each row: [lang, text, quotation].
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../utils/quotes/lang';
import { article, speakers, suggest } from './helpers';

const rows: [string, string, string][] = [
  [
    'en',
    '“The harbour will be dredged before the summer,” said Maria Lindqvist and Tomas Ekholm.',
    'The harbour will be dredged before the summer',
  ],
  [
    'de',
    '„Der Hafen wird noch vor dem Sommer ausgebaggert“, sagten Maria Lindqvist und Tomas Ekholm.',
    'Der Hafen wird noch vor dem Sommer ausgebaggert',
  ],
  [
    'fr',
    '« Le port sera dragué avant le début de l’été », ont déclaré Maria Lindqvist et Tomas Ekholm.',
    'Le port sera dragué avant le début de l’été',
  ],
  [
    'es',
    '“El puerto será dragado antes del verano próximo”, dijeron Maria Lindqvist y Tomas Ekholm.',
    'El puerto será dragado antes del verano próximo',
  ],
  [
    'cs',
    '„Přístav bude vybagrován ještě před letní sezonou,“ řekli Maria Lindqvistová a Tomáš Ekholm.',
    'Přístav bude vybagrován ještě před letní sezonou',
  ],
];

describe('names joined as equals', () => {
  it.each(rows)('%s: %s', (lang, text, quote) => {
    const found = speakers(suggest(article(text, lang))).find(([candidate]) => candidate === quote);
    expect(found).toBeDefined();
    expect(found?.[1]).toBeUndefined();
  });

  it('every language’s coordinators are among its conjunctions', () => {
    for (const language of Object.values(LANGUAGES))
      for (const word of language.coordinators) expect(language.conjunctions).toContain(word);
  });
});
