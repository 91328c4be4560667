/**
 * Languages that write ordinals with a full stop ("die 2. Liga", "3. května", the language files'
 * `ordinalDot`): that full stop ends no sentence, so the sentence before a quotation is read whole.
 */
import { describe, expect, it } from 'vitest';
import { sentenceRanges, sentenceSplitter } from '../../../utils/quotes/text-ranges';
import { article, speakers, suggest } from './helpers';

function sentences(text: string, lang: string, ordinalDot: boolean): string[] {
  return sentenceRanges(text, { start: 0, end: text.length }, sentenceSplitter(lang), ordinalDot).map(
    (range) => text.slice(range.start, range.end),
  );
}

describe('an ordinal’s full stop', () => {
  it.each([
    [
      'de',
      'Sie spielt in der 2. Liga. Das Team ist jung.',
      ['Sie spielt in der 2. Liga.', 'Das Team ist jung.'],
    ],
    [
      'de',
      'Am 14. März beginnt die Saison. Alle sind bereit.',
      ['Am 14. März beginnt die Saison.', 'Alle sind bereit.'],
    ],
    ['cs', 'Sezona začne 3. května. Tým je připraven.', ['Sezona začne 3. května.', 'Tým je připraven.']],
    ['de', 'Er wurde 2019. Dann zog er um.', ['Er wurde 2019.', 'Dann zog er um.']],
  ])('%s: %s', (lang, text, expected) => {
    expect(sentences(text, lang, true)).toEqual(expected);
  });

  it('ends a sentence in a language that does not write ordinals so', () => {
    expect(sentences('The score was 2. Then it rained.', 'en', false)).toEqual([
      'The score was 2.',
      'Then it rained.',
    ]);
  });

  const floor: [string, string][] = [
    ['de', 'Der frühere Trainer freut sich auf die 3. Liga.'],
    ['de', 'Der frühere Kapitän ist am 1. Spieltag dabei.'],
  ];
  it.each(floor)('%s: the floor stays with the speaker across “%s”', (lang, between) => {
    const first = 'Ich habe die Mannschaft lange beobachtet und freue mich sehr';
    const second = 'Ich wünsche dem Team viel Erfolg in der neuen Saison';
    const text = `„${first}“, erklärt Jonas Albrecht.\n\n${between} „${second}.“`;
    expect(speakers(suggest(article(text, lang)))).toEqual([
      [first, 'Jonas Albrecht', undefined],
      [`${second}.`, 'Jonas Albrecht', undefined],
    ]);
  });
});
