// @vitest-environment node
/** The small string rules behind dates, titles, bylines and word counts. */
import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  toIsoDate,
  unescapeHtmlEntities,
  withoutSiteName,
} from '../../../utils/article/strings';
import { countWords, readingMinutes } from '../../../utils/article/words';

describe('toIsoDate', () => {
  it.each([
    ['2022-01-28T10:15:00+01:00', '2022-01-28T09:15:00.000Z'],
    ['2022-01-28T10:15:00+0100', '2022-01-28T09:15:00.000Z'],
    ['2022-01-28T09:15:00Z', '2022-01-28T09:15:00.000Z'],
    // A day alone is noon UTC: that same day in every time zone from UTC−11 to UTC+11.
    ['2022-01-28', '2022-01-28T12:00:00.000Z'],
    // No time zone: a timestamp is read as UTC, anything else as its day, never as the machine's local time.
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07.000Z'],
    ['2017-11-24T18:42:20.314667', '2017-11-24T18:42:20.314Z'],
    ['05/08/2014 07:01:00', '2014-05-08T12:00:00.000Z'],
    ['December 12, 2016', '2016-12-12T12:00:00.000Z'],
    ['Fri, 28 Jan 2022 09:15:00 GMT', '2022-01-28T09:15:00.000Z'],
    ['  2019-08-27T13:10:28-05:00 ', '2019-08-27T18:10:28.000Z'],
    ['last Tuesday', null],
    ['1', null], // V8 reads it as the year 2001
    ['1643361300', null], // a Unix timestamp is no date string
    ['0000-01-01', null],
    ['', null],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['Park approved | The Daily Ledger', 'The Daily Ledger', 'Park approved'],
    ['Park approved - The Daily Ledger', 'the daily ledger', 'Park approved'],
    ['Park approved — Ledger', 'Ledger', 'Park approved'],
    ['The Daily Ledger: Park approved', 'The Daily Ledger', 'Park approved'],
    ['Park approved | Opinion | The Daily Ledger', 'The Daily Ledger', 'Park approved | Opinion'],
    ['Park approved - a long fight', 'The Daily Ledger', 'Park approved - a long fight'],
    ['The Daily Ledger', 'The Daily Ledger', 'The Daily Ledger'],
    ['Park approved | Ledger', null, 'Park approved | Ledger'],
  ])('%j without %j', (title, site, expected) => {
    expect(withoutSiteName(title, site)).toBe(expected);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Joshua Sokol', null, 'Joshua Sokol'],
    ['by: Jane Doe', null, 'Jane Doe'],
    ['Par Sébastien Farcis', null, 'Sébastien Farcis'],
    ['unocero - Alberto Ávila', 'unocero', 'Alberto Ávila'],
    ['Byron Smith', null, 'Byron Smith'],
    ['By', null, 'By'],
    [null, 'Site', null],
  ])('%j', (byline, site, expected) => {
    expect(cleanByline(byline, site)).toBe(expected);
  });
});

describe('unescapeHtmlEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&quot;quoted&quot; &lt;b&gt;', '"quoted" <b>'],
    ['&#8211; &#x2014;', '– —'],
    ['&#0; &#xD800;', '\ufffd \ufffd'],
    ['no entities', 'no entities'],
  ])('%j', (value, expected) => {
    expect(unescapeHtmlEntities(value)).toBe(expected);
  });
});

describe('countWords and readingMinutes', () => {
  it.each([
    ['The quick brown fox.', 4],
    ['Don’t stop — keep going | now', 5],
    ['3.5 percent of 2,000 people', 5],
    ['', 0],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each(['我们今天在公园里散步', '東京で会議が開かれた'])('finds words inside %j', (text) => {
    // The exact split comes from ICU's dictionary and varies by version: more than one word (a whitespace
    // split sees one), fewer than one per character.
    expect(countWords(text)).toBeGreaterThan(1);
    expect(countWords(text)).toBeLessThan(text.length);
  });

  it.each([
    [0, 1],
    [230, 1],
    [345, 2],
    [2300, 10],
  ])('%i words read in %i minutes', (words, minutes) => {
    const text = Array.from({ length: words }, () => 'word').join(' ');
    expect(readingMinutes(text, countWords(text))).toBe(minutes);
  });

  it('times CJK text at 500 characters a minute', () => {
    const text = '公'.repeat(2500);
    expect(readingMinutes(text, countWords(text))).toBe(5);
  });
});
