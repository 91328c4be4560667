import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '@/utils/article/types';
import { ENGLISH_ALT_TEXT } from '@/utils/card';
import { parseImport as parseConsentImport } from '@/utils/consent/transfer';
import { errorText, localizedText } from '@/utils/i18n';
import { LibraryError, toLibraryError } from '@/utils/library/errors';
import { parseImport } from '@/utils/library/formats';
import { itemFromArticle } from '@/utils/library/item';
import { LocalizedError, localizedOf } from '@/utils/localized';
import { MessageError } from '@/utils/messages';
import { createRouter, type Handlers } from '@/utils/router';
import { fixture } from './library/helpers';
import { englishMessage, installEnglishI18n } from './support/i18n';

const NOW = 1_800_000_000_000;

// Files that each fail one parser check; the English text the parser writes must be what the catalogue
// says for the key and values it hands on (so a translation says the same thing).
const failingImports: Array<[string, Uint8Array | string]> = [
  ['pocket-bad-url.csv', fixture('pocket-bad-url.csv')],
  ['pocket-unterminated.csv', fixture('pocket-unterminated.csv')],
  ['pocket-bad-time.csv', fixture('pocket-bad-time.csv')],
  ['instapaper-bad-tags.csv', fixture('instapaper-bad-tags.csv')],
  ['wrong-header.csv', fixture('wrong-header.csv')],
  ['notes.txt', 'just some words'],
  ['lib.json', '{"format":"pullquote-library","version":7,"items":[]}'],
  ['lib.json', '{"format":"pullquote-library","version":1}'],
  ['lib.json', '{"format":"pullquote-library","version":1,"items":[{"id":"x"}]}'],
  ['lib.json', '{"format":"pullquote-library","version":1,"items":[], '],
  ['export.zip', zipSync({ 'notes.txt': new Uint8Array([104, 105]) })],
  ['export.zip', zipSync({ 'metadata_0_to_1.json': new TextEncoder().encode('not json') })],
  ['export.zip', zipSync({ 'metadata_0_to_1.json': new TextEncoder().encode('{"a":1}') })],
  ['export.zip', zipSync({ 'metadata_0_to_1.json': new TextEncoder().encode('[{"url":"about:blank"}]') })],
];

describe('import failures carry a catalogue message', () => {
  it.each(failingImports.map(([name, data], index) => [index, name, data] as const))(
    'failure %i (%s) reads the same from the English catalogue',
    (_index, name, data) => {
      const result = parseImport(name, data, { now: NOW });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.localized).toBeDefined();
      if (!result.localized) return;
      expect(englishMessage(result.localized.key, [...(result.localized.params ?? [])])).toBe(result.error);
    },
  );
});

describe('consent import failures carry a catalogue message', () => {
  const consentExport = (rest: string) => `{"format":"pullquote-consent",${rest}}`;

  it.each([
    ['hello'],
    ['[1, 2]'],
    ['{"format":"something-else","version":1}'],
    [consentExport('"version":3,"sites":{}')],
    [consentExport('"version":"one","sites":{}')],
    [consentExport('"version":1,"sites":{}')],
    [consentExport('"version":1,"sites":{"a.com":{"choice":"maybe"},"b.com":{"choice":"perhaps"}}')],
  ])('%s reads the same from the English catalogue', (text) => {
    const result = parseConsentImport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(englishMessage(result.localized.key, [...(result.localized.params ?? [])])).toBe(result.error);
  });

  it('one unreadable entry has a message of its own', () => {
    const result = parseConsentImport(consentExport('"version":1,"sites":{"a.com":{"choice":"maybe"}}'));
    expect(result.ok === false && result.localized).toEqual({ key: 'consentImportNoneValidOne' });
  });
});

describe('card alt text', () => {
  it('the English catalogue says what the pure default says', () => {
    expect(englishMessage('cardAltLabel')).toBe(ENGLISH_ALT_TEXT.label);
    expect(englishMessage('cardAltFrom')).toBe(ENGLISH_ALT_TEXT.from);
    expect(englishMessage('cardAltQuoted', 'x')).toBe(ENGLISH_ALT_TEXT.quoted('x'));
  });
});

describe('library errors carry a catalogue message', () => {
  it('a full disk and a refused value name their message', () => {
    expect(localizedOf(toLibraryError({ name: 'QuotaExceededError' }))).toEqual({ key: 'libraryErrorQuota' });
    expect(localizedOf(toLibraryError({ name: 'DataCloneError' }))).toEqual({
      key: 'libraryErrorInvalidData',
    });
    const other = toLibraryError(new Error('disk on fire'));
    expect(englishMessage('libraryErrorUpdate', ['disk on fire'])).toBe(other.message);
    expect(englishMessage('libraryErrorUpdatePlain')).toBe(toLibraryError(null).message);
  });

  it('saving a non-web address says so in the catalogue’s words', () => {
    let error: unknown;
    try {
      itemFromArticle({ url: 'ftp://example.test/file' } as Article, NOW);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LibraryError);
    expect(localizedOf(error)).toEqual({ key: 'libraryErrorNotWebPage' });
    expect(englishMessage('libraryErrorNotWebPage')).toBe((error as Error).message);
  });
});

describe('the background hands the message on to the page', () => {
  it('the router answers with the key and values, and a MessageError keeps them', async () => {
    const handlers = {
      librarySave: async () => {
        throw new LocalizedError({ key: 'libraryErrorUnreadable', params: ['no-access'] }, "can't read");
      },
    } as unknown as Handlers;
    const runtime = { id: 'pq', getURL: (path: string) => `chrome-extension://pq${path}` };
    const route = createRouter(handlers, runtime);
    const answer = (await route(
      {
        channel: 'pagesToBackground',
        type: 'librarySave',
        payload: { article: {}, pageUrl: 'https://example.test/' },
      },
      { id: 'pq', url: 'chrome-extension://pq/popup.html' },
    )) as { error: string; localized: unknown };
    expect(answer).toEqual({
      error: "can't read",
      localized: { key: 'libraryErrorUnreadable', params: ['no-access'] },
    });
    expect(localizedOf(new MessageError(answer.error, localizedOf(answer)))).toEqual(answer.localized);
  });
});

describe('at the UI edge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installEnglishI18n();
  });

  it('an error with a catalogue message is shown in the UI language', () => {
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      key === 'libraryErrorUnreadable'
        ? `Unlesbar (${String(subs)})`
        : '') as typeof fakeBrowser.i18n.getMessage;
    expect(errorText(new LocalizedError({ key: 'libraryErrorUnreadable', params: ['x'] }, 'English'))).toBe(
      'Unlesbar (x)',
    );
  });

  it('other errors show their own text', () => {
    expect(errorText(new Error('plain'))).toBe('plain');
    expect(errorText('text')).toBe('text');
    expect(localizedText({ key: 'libraryErrorGone' })).toBe('This article is no longer in your library.');
  });
});
