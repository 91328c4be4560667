/**
 * Two people joined as equals in the sentence before a quotation whose verb names no one ("«…», dijo.", "„…” –
 * powiedział."): a careful reader cannot tell which of them spoke, even when only one of them is introduced by
 * a role. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers, suggest } from './helpers';

const said = (text: string, lang: string): [string, string | undefined][] =>
  speakers(suggest(article(text, lang))).map(([quote, speaker]) => [quote, speaker]);

describe('a dropped subject after two people joined as equals', () => {
  it.each([
    [
      'es: a name, then "y" and a role before the second name',
      'es',
      'Rosa Vidal y el concejal Pedro Gil visitaron ayer la obra del mercado.\n\n«La reforma terminará antes de que acabe el verano», dijo.',
      'La reforma terminará antes de que acabe el verano',
    ],
    [
      'pl: a role and a name, then "i" and a role before the second name',
      'pl',
      'Trenerka Maria Lis i prezeska klubu Ewa Sowa spotkały się w piątek z kibicami.\n\n„Ten sezon był dla nas bardzo trudny, ale się nie poddamy” – powiedziała.',
      'Ten sezon był dla nas bardzo trudny, ale się nie poddamy',
    ],
  ])('%s: nobody', (_case, lang, text, quotation) => {
    expect(said(text, lang)).toEqual([[quotation, undefined]]);
  });

  it('en: two people joined as the objects of a clause are no joined subjects', () => {
    const text =
      'Coach Tom Reyes has a busy spring ahead. What the coach enjoys most is time at home with Ana Gil and their two sons.\n\n' +
      '"Coming home to them after a long trip is the best part of my week," he said.';
    expect(said(text, 'en')).toEqual([
      ['Coming home to them after a long trip is the best part of my week', 'Tom Reyes'],
    ]);
  });

  it('es: one person named in the sentence before is still the one', () => {
    const text =
      'El concejal Pedro Gil visitó ayer la obra del mercado.\n\n«La reforma terminará antes de que acabe el verano», dijo.';
    expect(said(text, 'es')).toEqual([['La reforma terminará antes de que acabe el verano', 'Pedro Gil']]);
  });
});
