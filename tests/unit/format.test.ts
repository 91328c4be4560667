import { describe, expect, it } from 'vitest';
import { displayHost } from '@/utils/format';
import { formatTime } from '@/utils/time';

describe('formatTime', () => {
  it.each([
    ['2022-01-28T09:15:00.000Z', 'en-GB', '28 Jan 2022'],
    ['2022-01-28T09:15:00.000Z', 'en-US', 'Jan 28, 2022'],
    ['2022-01-28T09:15:00.000Z', 'de', '28.01.2022'],
    [null, 'en', null],
    ['not a date', 'en', null],
  ])('%s in %s → %s', (iso, locale, shown) => {
    expect(formatTime(iso, locale)).toBe(shown);
  });

  it.each([
    ['longDate', 'en-GB', '28 January 2022'],
    ['dateTime', 'en-GB', '28 Jan 2022, 09:15'],
    ['dayMonth', 'en-GB', '28 Jan'],
    ['time', 'en-GB', '09:15'],
    ['longDate', 'de', '28. Januar 2022'],
  ] as const)('style %s in %s → %s', (style, locale, shown) => {
    // Local time: the style, not the test machine's time zone, decides what is shown.
    expect(formatTime(new Date(2022, 0, 28, 9, 15), locale, style)).toBe(shown);
  });
});

describe('displayHost', () => {
  it.each([
    ['https://www.theguardian.com/world/x', 'theguardian.com'],
    ['http://news.example.test:8080/a', 'news.example.test'],
    ['garbage', 'garbage'],
  ])('%s → %s', (url, host) => {
    expect(displayHost(url)).toBe(host);
  });
});
