import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_READER_PREFS,
  loadReaderPrefs,
  normalizeReaderPrefs,
  readerPrefsItem,
  saveReaderPrefs,
} from '@/utils/reading/reader-prefs';

describe('normalizeReaderPrefs', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_READER_PREFS],
    ['not an object', 'serif', DEFAULT_READER_PREFS],
    ['null', null, DEFAULT_READER_PREFS],
    ['an array', [1, 2], DEFAULT_READER_PREFS],
  ])('%s: the defaults', (_name, value, expected) => {
    expect(normalizeReaderPrefs(value)).toEqual(expected);
  });

  it('keeps valid values', () => {
    const prefs = {
      font: 'sans',
      size: 22,
      lineHeight: 1.8,
      width: 60,
      theme: 'sepia',
      remoteImages: true,
    } as const;
    expect(normalizeReaderPrefs(prefs)).toEqual(prefs);
  });

  it.each([
    ['size too small', { size: 2 }, { size: 14 }],
    ['size too large', { size: 400 }, { size: 28 }],
    ['size as a numeric string', { size: '20' }, { size: 20 }],
    ['size NaN', { size: Number.NaN }, { size: DEFAULT_READER_PREFS.size }],
    ['size Infinity', { size: Number.POSITIVE_INFINITY }, { size: DEFAULT_READER_PREFS.size }],
    ['size empty string', { size: '' }, { size: DEFAULT_READER_PREFS.size }],
    ['line height float noise', { lineHeight: 1.6000000000000003 }, { lineHeight: 1.6 }],
    ['line height too tight', { lineHeight: 0.5 }, { lineHeight: 1.2 }],
    ['width too wide', { width: 200 }, { width: 90 }],
    ['unknown font', { font: 'comic' }, { font: 'serif' }],
    ['unknown theme', { theme: 'neon' }, { theme: 'system' }],
    ['images: only true enables', { remoteImages: 'yes' }, { remoteImages: false }],
  ])('%s', (_name, input, expectedPatch) => {
    expect(normalizeReaderPrefs(input)).toEqual({ ...DEFAULT_READER_PREFS, ...expectedPatch });
  });

  it('drops unknown keys', () => {
    expect(Object.keys(normalizeReaderPrefs({ extra: 1 })).sort()).toEqual(
      ['font', 'lineHeight', 'remoteImages', 'size', 'theme', 'width'].sort(),
    );
  });
});

describe('stored reader prefs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to serif, system theme and no remote images', async () => {
    const prefs = await loadReaderPrefs();
    expect(prefs).toEqual(DEFAULT_READER_PREFS);
    expect(prefs.theme).toBe('system');
    expect(prefs.remoteImages).toBe(false);
  });

  it('round-trips through storage.local, normalized on the way in and out', async () => {
    await saveReaderPrefs({ ...DEFAULT_READER_PREFS, size: 99, theme: 'dark' });
    expect((await fakeBrowser.storage.local.get('readerPrefs')).readerPrefs).toMatchObject({
      size: 28,
      theme: 'dark',
    });
    await readerPrefsItem.setValue({ ...DEFAULT_READER_PREFS, font: 'bogus' as 'serif' });
    expect((await loadReaderPrefs()).font).toBe('serif');
  });
});
