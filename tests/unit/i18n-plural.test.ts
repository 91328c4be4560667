import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatNumber, messageLanguage, tPlural, uiDirection, uiLanguage } from '@/utils/i18n';
import { installUiLanguage } from './support/i18n';

/**
 * tPlural against the real catalogues: the expected strings are the grammar of each language (which form
 * a count takes), written out by hand.
 */

beforeEach(() => {
  fakeBrowser.reset();
});

describe('Ukrainian: one (1, 21…), few (2–4, 22…), many (0, 5–20, 25…)', () => {
  beforeEach(() => installUiLanguage('uk'));

  it.each([
    [1, '1 збережена стаття'],
    [2, '2 збережені статті'],
    [5, '5 збережених статей'],
    [11, '11 збережених статей'],
    [21, '21 збережена стаття'],
    [22, '22 збережені статті'],
    [25, '25 збережених статей'],
    [0, '0 збережених статей'],
    [112, '112 збережених статей'],
  ])('%i saved articles', (count, text) => {
    expect(tPlural('libraryCount', count)).toBe(text);
  });

  it.each([
    [1, 'застосовано 1 раз'],
    [2, 'застосовано 2 рази'],
    [5, 'застосовано 5 разів'],
    [11, 'застосовано 11 разів'],
    [21, 'застосовано 21 раз'],
    [22, 'застосовано 22 рази'],
    [25, 'застосовано 25 разів'],
  ])('applied %i times', (count, text) => {
    expect(tPlural('consentApplied', count)).toBe(text);
  });

  it('a fraction takes "other", written with a decimal comma', () => {
    expect(tPlural('readingTime', 1.5)).toBe('1,5 хвилини читання');
  });
});

describe('Arabic: zero, one, two, few (3–10), many (11–99), other (100–102…)', () => {
  beforeEach(() => installUiLanguage('ar'));
  // Digits as this platform writes Arabic (Latin or Arabic-Indic, by ICU version); the words are the test.
  const n = (value: number) => new Intl.NumberFormat('ar').format(value);

  it.each([
    [0, () => 'لا توجد مقالات محفوظة'],
    [1, () => 'مقال محفوظ واحد'],
    [2, () => 'مقالان محفوظان'],
    [3, () => `${n(3)} مقالات محفوظة`],
    [11, () => `${n(11)} مقالًا محفوظًا`],
    [100, () => `${n(100)} مقال محفوظ`],
    [103, () => `${n(103)} مقالات محفوظة`],
  ])('%i saved articles', (count, text) => {
    expect(tPlural('libraryCount', count)).toBe(text());
  });

  it.each([
    [1, () => 'طُبِّق مرة واحدة'],
    [2, () => 'طُبِّق مرتين'],
    [3, () => `طُبِّق ${n(3)} مرات`],
    [11, () => `طُبِّق ${n(11)} مرة`],
    [100, () => `طُبِّق ${n(100)} مرة`],
  ])('applied %i times', (count, text) => {
    expect(tPlural('consentApplied', count)).toBe(text());
  });
});

describe('English', () => {
  beforeEach(() => installUiLanguage('en-US'));

  it('one and other', () => {
    expect(tPlural('libraryCount', 1)).toBe('1 saved article');
    expect(tPlural('libraryCount', 2)).toBe('2 saved articles');
    expect(tPlural('libraryCount', 0)).toBe('0 saved articles');
    expect(tPlural('consentApplied', 1)).toBe('applied once');
    expect(tPlural('consentApplied', 2)).toBe('applied 2 times');
  });

  it('passes further values on as $2…', () => {
    expect(tPlural('optionsLibrarySyncStatus', 1, ['today'])).toBe('1 article in sync, last updated today.');
    expect(tPlural('optionsLibrarySyncStatus', 1234, ['today'])).toBe(
      '1,234 articles in sync, last updated today.',
    );
  });
});

describe('a UI language without a catalogue', () => {
  it('uses the English rules and number format of the English messages the browser falls back to', () => {
    // Russian would take "one" for 21 and "few" for 2; the English messages need "other".
    installUiLanguage('ru');
    expect(messageLanguage()).toBe('en');
    expect(tPlural('libraryCount', 21)).toBe('21 saved articles');
    expect(tPlural('libraryCount', 2)).toBe('2 saved articles');
    expect(tPlural('libraryCount', 1)).toBe('1 saved article');
    expect(tPlural('libraryCount', 1234)).toBe('1,234 saved articles');
    // Portuguese puts 0 in "one".
    installUiLanguage('pt-BR');
    expect(tPlural('libraryCount', 0)).toBe('0 saved articles');
    expect(uiLanguage()).toBe('en');
  });

  it('a regional UI language keeps its region for formatting when the catalogue is its language', () => {
    installUiLanguage('de-CH');
    expect(messageLanguage()).toBe('de');
    expect(uiLanguage()).toBe('de-CH');
    expect(tPlural('libraryCount', 1)).toBe('1 gespeicherter Artikel');
    expect(tPlural('libraryCount', 3)).toBe('3 gespeicherte Artikel');
    expect(formatNumber(1234)).toBe(new Intl.NumberFormat('de-CH').format(1234));
  });
});

describe('a catalogue that lacks a form', () => {
  it('falls back to <base>_other', () => {
    installUiLanguage('uk');
    const ukrainian = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      key === 'libraryCount_few' ? '' : ukrainian(key as 'libraryCount_other', subs)) as typeof ukrainian;
    expect(tPlural('libraryCount', 3)).toBe('3 збереженої статті');
    expect(tPlural('libraryCount', 5)).toBe('5 збережених статей');
  });
});

describe('the pages’ direction follows the messages shown, not the browser’s UI language', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['uk', 'ltr'],
    ['en-GB', 'ltr'],
    // Hebrew and Persian have no catalogue: the English messages are shown, left to right.
    ['he', 'ltr'],
    ['fa', 'ltr'],
  ])('%s UI → %s', (language, direction) => {
    installUiLanguage(language);
    expect(uiDirection()).toBe(direction);
  });
});
