import { describe, expect, it } from 'vitest';
import { displayHost, formatDate } from '@/utils/format';

describe('formatDate', () => {
  it.each([
    ['2022-01-28T09:15:00.000Z', 'en-GB', '28 Jan 2022'],
    ['2022-01-28T09:15:00.000Z', 'en-US', 'Jan 28, 2022'],
    ['2022-01-28T09:15:00.000Z', 'de', '28.01.2022'],
    [null, 'en', null],
    ['not a date', 'en', null],
  ])('%s in %s → %s', (iso, locale, shown) => {
    expect(formatDate(iso, locale)).toBe(shown);
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
