import { describe, expect, it } from 'vitest';
import { type MessageType, parseMessage, responseGuards } from '@/utils/messages';

const article = {
  url: 'https://example.com/story',
  title: 'A story',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  contentHtml: '<p>Hi</p>',
  text: 'Hi',
  wordCount: 1,
  readingMinutes: 1,
};

describe('parseMessage: consent and library requests', () => {
  it.each<[MessageType, unknown]>([
    ['consentStatus', { tabId: 0 }],
    ['consentStatus', { tabId: 42 }],
    ['consentChoose', { site: 'example.com', choice: 'reject' }],
    ['consentChoose', { site: 'example.co.uk', choice: 'accept', tabId: 3 }],
    ['consentChoose', { site: '127.0.0.1', choice: 'accept' }],
    ['consentChoose', { site: '[::1]', choice: 'reject' }],
    ['consentChoose', { site: 'xn--bcher-kva.de', choice: 'reject' }],
    ['consentChoose', { site: 'localhost', choice: 'reject' }],
    ['consentForget', { site: 'example.com' }],
    ['consentPause', { site: 'example.com', paused: true }],
    ['consentPause', { site: 'example.com', paused: false }],
    ['consentList', {}],
    ['consentImport', { sites: {} }],
    ['consentImport', { sites: { 'example.com': { choice: 'reject', decidedAt: 1 } } }],
    ['consentClear', {}],
    ['consentSetPrefs', { prefs: { defaultChoice: 'reject', sync: true } }],
    ['librarySave', { article, pageUrl: 'https://example.com/story' }],
    ['librarySave', { article, pageUrl: 'https://example.com/story?utm_source=x', tabId: 9 }],
    ['libraryLookup', { url: 'https://example.com/story' }],
    ['libraryLookup', { url: '' }],
    ['libraryFetchPending', {}],
    ['libraryFetchPending', { ids: [] }],
    ['libraryFetchPending', { ids: ['https://example.com/a', 'https://example.com/b'] }],
  ])('accepts %s %j', (type, data) => {
    const message = { channel: 'pagesToBackground', type, payload: data };
    expect(parseMessage(message)).toEqual(message);
  });

  it.each<[MessageType, unknown]>([
    ['consentStatus', undefined],
    ['consentStatus', {}],
    ['consentStatus', { tabId: -1 }],
    ['consentStatus', { tabId: 1.5 }],
    ['consentStatus', { tabId: '1' }],
    ['consentChoose', { site: 'example.com' }],
    ['consentChoose', { site: 'example.com', choice: 'settings' }],
    ['consentChoose', { site: 'example.com', choice: 'Reject' }],
    ['consentChoose', { choice: 'reject' }],
    ['consentChoose', { site: 'Example.com', choice: 'reject' }],
    ['consentChoose', { site: 'https://example.com/', choice: 'reject' }],
    ['consentChoose', { site: 'exa mple.com', choice: 'reject' }],
    ['consentChoose', { site: '', choice: 'reject' }],
    ['consentChoose', { site: `${'a'.repeat(250)}.com`, choice: 'reject' }],
    ['consentChoose', { site: 'example.com', choice: 'reject', tabId: -2 }],
    ['consentChoose', { site: 'example.com', choice: 'reject', tabId: null }],
    ['consentChoose', { site: 'example.com', choice: 'reject', tabId: '3' }],
    ['consentChoose', { site: 42, choice: 'reject' }],
    ['consentForget', {}],
    ['consentForget', { site: ['example.com'] }],
    ['consentForget', { site: '../etc' }],
    ['consentPause', { site: 'example.com' }],
    ['consentPause', { site: 'example.com', paused: 'true' }],
    ['consentPause', { site: 'example.com', paused: 1 }],
    ['consentList', { anything: 1 }],
    ['consentList', []],
    ['consentList', null],
    ['consentImport', {}],
    ['consentImport', { sites: [] }],
    ['consentImport', { sites: 'example.com' }],
    ['consentImport', { sites: null }],
    ['consentClear', { all: true }],
    ['consentClear', undefined],
    ['consentSetPrefs', {}],
    ['consentSetPrefs', { prefs: 'reject' }],
    ['consentSetPrefs', { prefs: [] }],
    ['librarySave', { article }],
    ['librarySave', { pageUrl: 'https://example.com/' }],
    ['librarySave', { article: 'html', pageUrl: 'https://example.com/' }],
    ['librarySave', { article: [article], pageUrl: 'https://example.com/' }],
    ['librarySave', { article, pageUrl: 5 }],
    ['librarySave', { article, pageUrl: 'https://example.com/', tabId: -1 }],
    ['librarySave', { article, pageUrl: 'https://example.com/', tabId: '9' }],
    ['libraryLookup', {}],
    ['libraryLookup', { url: 5 }],
    ['libraryLookup', { url: null }],
    ['libraryFetchPending', null],
    ['libraryFetchPending', { ids: 'https://example.com/a' }],
    ['libraryFetchPending', { ids: ['ok', 5] }],
    ['libraryFetchPending', { ids: [null] }],
    ['libraryFetchPending', { ids: {} }],
  ])('rejects %s %j', (type, data) => {
    expect(parseMessage({ channel: 'pagesToBackground', type, payload: data })).toBeNull();
  });

  it('rejects a fetch list longer than 100,000 ids and accepts one of exactly 100,000', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `https://example.com/${i}`);
    expect(
      parseMessage({ channel: 'pagesToBackground', type: 'libraryFetchPending', payload: { ids } }),
    ).not.toBeNull();
    expect(
      parseMessage({
        channel: 'pagesToBackground',
        type: 'libraryFetchPending',
        payload: { ids: [...ids, 'one more'] },
      }),
    ).toBeNull();
  });

  it('accepts a site key of exactly 253 characters', () => {
    const site = `${'a'.repeat(249)}.com`;
    expect(site).toHaveLength(253);
    expect(
      parseMessage({ channel: 'pagesToBackground', type: 'consentForget', payload: { site } }),
    ).not.toBeNull();
  });
});

describe('responseGuards: consent and library answers', () => {
  const prefs = { defaultChoice: 'none', sync: false };
  it.each<[MessageType, unknown, boolean]>([
    ['consentStatus', { site: 'example.com', decision: null, tab: null, prefs }, true],
    ['consentStatus', { site: null, decision: null, tab: null, prefs }, true],
    ['consentStatus', { site: 5, prefs }, false],
    ['consentStatus', { site: 'example.com' }, false],
    ['consentStatus', { error: 'x' }, false],
    ['consentChoose', { ok: true }, true],
    ['consentChoose', { ok: false }, false],
    ['consentChoose', undefined, false],
    ['consentForget', { ok: true }, true],
    ['consentPause', { ok: 'yes' }, false],
    ['consentImport', { ok: true }, true],
    ['consentClear', {}, false],
    ['consentSetPrefs', { ok: true }, true],
    ['consentList', { sites: {}, prefs }, true],
    ['consentList', { sites: [], prefs }, false],
    ['consentList', { sites: {} }, false],
    ['librarySave', { ok: true, id: 'https://example.com/story' }, true],
    ['librarySave', { ok: true }, false],
    ['librarySave', { ok: false, id: 'x' }, false],
    ['libraryLookup', { saved: true, id: 'https://example.com/story' }, true],
    ['libraryLookup', { saved: false, id: null }, true],
    ['libraryLookup', { saved: 'no', id: null }, false],
    ['libraryLookup', null, false],
    ['libraryFetchPending', { ok: true }, true],
    ['libraryFetchPending', [], false],
  ])('%s %j → %s', (type, value, valid) => {
    expect(responseGuards[type](value)).toBe(valid);
  });
});
