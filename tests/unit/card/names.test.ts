import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sizeName, themeName } from '@/components/card-names';
import { CARD_SIZES, THEMES } from '@/utils/card';
import { installUiLanguage } from '../support/i18n';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the studio names themes and sizes in the UI language', () => {
  it('English: the names the card module keeps', () => {
    installUiLanguage('en');
    expect(THEMES.map((theme) => themeName(theme.id))).toEqual(THEMES.map((theme) => theme.label));
    expect(CARD_SIZES.map((size) => sizeName(size.id))).toEqual(CARD_SIZES.map((size) => size.label));
  });

  it.each([
    ['de', 'Dunkel', 'Hochformat 4:5'],
    ['fr', 'Sombre', 'Carré'],
    ['uk', 'Темна', 'Квадрат'],
  ])('%s', (language, dark, size) => {
    installUiLanguage(language);
    expect(themeName('dark')).toBe(dark);
    expect([sizeName('portrait'), sizeName('square')]).toContain(size);
  });
});
