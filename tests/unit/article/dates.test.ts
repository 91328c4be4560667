/** Dates as pages write them, in the languages Pullquote's readers read (utils/article/dates.ts). */
import { describe, expect, it } from 'vitest';
import { findDate, findDates, mayHoldDateLabel } from '../../../utils/article/dates';

const NOON = (day: string): string => `${day}T12:00:00.000Z`;

describe('findDate', () => {
  it.each([
    // English, month first, with and without the day's suffix and the comma.
    ['December 12, 2016', 'en', NOON('2016-12-12')],
    ['Dec. 22, 2016', 'en', NOON('2016-12-22')],
    ['Apr 27th, 2020', 'en', NOON('2020-04-27')],
    ['March 9 2017', 'en', NOON('2017-03-09')],
    ['Sept. 3, 2019', 'en', NOON('2019-09-03')],
    // Day first: English, German, French, Spanish, Italian, Portuguese, Polish (genitive), Dutch.
    ['1 June 2019', 'en', NOON('2019-06-01')],
    ['22. Dezember 2016', 'de', NOON('2016-12-22')],
    ['3. März 2020', 'de', NOON('2020-03-03')],
    ['le 1er juin 2019', 'fr', NOON('2019-06-01')],
    ['12 déc. 2016', 'fr', NOON('2016-12-12')],
    ['3 de enero de 2020', 'es', NOON('2020-01-03')],
    ['5 maggio 2021', 'it', NOON('2021-05-05')],
    ['7 de março de 2018', 'pt', NOON('2018-03-07')],
    ['15 marca 2021', 'pl', NOON('2021-03-15')],
    ['9 mei 2022', 'nl', NOON('2022-05-09')],
    // Japanese and Chinese: 年月日, full-width digits too.
    ['2016年12月12日', 'ja', NOON('2016-12-12')],
    ['２０１９年３月１５日', 'ja', NOON('2019-03-15')],
    ['2019年3月15日 09:43', 'zh', NOON('2019-03-15')],
    ['2019년 4월 21일', 'ko', NOON('2019-04-21')],
    // Numeric: year first; dots day first; slashes month first in US English, day first elsewhere.
    ['2019.03.05', 'ja', NOON('2019-03-05')],
    ['2019/3/5', null, NOON('2019-03-05')],
    ['05.02.2020', 'de', NOON('2020-02-05')],
    ['9/21/2016', 'en-US', NOON('2016-09-21')],
    ['3/4/2020', 'en-US', NOON('2020-03-04')],
    ['3/4/2020', 'en-GB', NOON('2020-04-03')],
    ['3/4/2020', 'fr', NOON('2020-04-03')],
    ['21/09/2016', 'en-US', NOON('2016-09-21')],
    // A time with a zone is that instant; without a zone only the day counts (the page's zone is unknown).
    ['Dec 15, 2016 2:57 PM UTC', 'en', '2016-12-15T14:57:00.000Z'],
    ['11/28/2016 11:00 AM PT', 'en', '2016-11-28T19:00:00.000Z'],
    ['1 June 2019 at 08:34 PM EDT', 'en', '2019-06-02T00:34:00.000Z'],
    ['2016-10-13 17:00:00 -0400', null, '2016-10-13T21:00:00.000Z'],
    ['2020-04-27T04:00:00+09:00', null, '2020-04-26T19:00:00.000Z'],
    ['Dec. 22, 2016, 6:47 p.m.', 'en', NOON('2016-12-22')],
    ['05.02.2020, 14:05 Uhr', 'de', NOON('2020-02-05')],
    ['2019年04月21日 12時00分更新', 'ja', NOON('2019-04-21')],
    // No date: impossible days, phone numbers, years alone, relative times.
    ['February 30, 2020', 'en', null],
    ['Call 0800-123-4567', 'en', null],
    ['Since 2019', 'en', null],
    ['6 years ago', 'en', null],
    ['14,358 views', 'en', null],
  ])('%j (%s)', (text, lang, iso) => {
    expect(findDate(text, lang)?.iso ?? null).toBe(iso);
  });
});

describe('findDates labels', () => {
  it.each([
    ['Updated on December 12, 2016', ['updated']],
    ['Published: Dec. 22, 2016', ['published']],
    ['Veröffentlicht am 22. Dezember 2016', ['published']],
    ['Mis à jour le 3 janvier 2020', ['updated']],
    ['Actualizado el 3 de enero de 2020', ['updated']],
    ['2019年04月21日 12時00分更新', ['updated']],
    ['2019年3月15日发布', ['published']],
    ['配信開始日 2019/3/5', ['published']],
    ['Published May 1, 2020, updated May 2, 2020', ['published', 'updated']],
    ['March 9, 2017', [null]],
  ])('%j', (text, labels) => {
    expect(findDates(text, 'en').map((date) => date.label)).toEqual(labels);
  });

  it.each([
    ['Updated on December 12, 2016', true],
    ['Veröffentlicht am 22. Dezember 2016', true],
    ['2019年04月21日 12時00分更新', true],
    ['2019年3月15日发布', true],
    // Full-width letters read as the label they spell, as findDates reads them.
    ['ＵＰＤＡＴＥＤ 2019/3/5', true],
    ['March 9, 2017', false],
    ['9 mars 2017 · 4 min de lecture', false],
  ])('mayHoldDateLabel(%j) is %j, and agrees with the labels findDates gives', (text, expected) => {
    expect(mayHoldDateLabel(text)).toBe(expected);
    const labelled = findDates(text, 'en').some((date) => date.label !== null);
    expect(!labelled || mayHoldDateLabel(text)).toBe(true);
  });

  it('gives where each date is written, so a byline can cut it out', () => {
    const text = 'Editor December 20, 2016 at 10:00 EST';
    const [date] = findDates(text);
    expect(text.slice(date?.start, date?.end)).toBe('December 20, 2016 at 10:00 EST');
  });
});
