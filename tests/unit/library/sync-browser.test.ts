import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONSENT_SYNC_BYTES } from '@/utils/consent/sync';
import { noteLibraryChange } from '@/utils/library/browser-library';
import { type Library, openLibrary } from '@/utils/library/db';
import { DEFAULT_SYNC_BUDGET, fromSyncShards, fromSyncTombstones, SYNC_LIMITS } from '@/utils/library/sync';
import { startLibrarySync } from '@/utils/library/sync-browser';
import {
  libraryRevisionItem,
  librarySyncItem,
  librarySyncStatusItem,
  libraryTombstonesItem,
} from '@/utils/library/sync-storage';
import { makeItem } from './helpers';

let library: Library;
let names = 0;

/** The library as the background sees it: every committed write noted for sync. */
async function open(): Promise<Library> {
  return openLibrary(`sync-${++names}`, new IDBFactory(), {
    onCommit: (change) => void noteLibraryChange(change),
  });
}

/** Lets the storage watchers, the push delay and the writes they start run out. */
async function settle(ms = 2000) {
  for (let waited = 0; waited < ms; waited += 100) {
    await vi.advanceTimersByTimeAsync(100);
  }
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  library = await open();
});

afterEach(() => {
  library.close();
  vi.useRealTimers();
});

describe('startLibrarySync', () => {
  it('does nothing while sync is off', async () => {
    startLibrarySync(async () => library);
    await library.put(makeItem({ url: 'https://example.com/a' }));
    await settle();
    expect(await browser.storage.sync.get(null)).toEqual({});
    expect(await libraryRevisionItem.getValue()).toBe(0);
  });

  it('pushes the list (never the content) when turned on and after each change, and records deletions', async () => {
    await library.put(
      makeItem({
        url: 'https://example.com/a',
        title: 'A',
        text: 'secret body',
        contentHtml: '<p>secret body</p>',
      }),
    );
    startLibrarySync(async () => library);
    await librarySyncItem.setValue({ enabled: true });
    await settle();
    let record = await browser.storage.sync.get(null);
    expect(fromSyncShards(record, Date.now()).map((item) => item.title)).toEqual(['A']);
    expect(JSON.stringify(record)).not.toContain('secret');

    await library.put(makeItem({ url: 'https://example.com/b', title: 'B', savedAt: 1_800_000_000_000 }));
    await library.delete(['https://example.com/a']);
    await settle();
    record = await browser.storage.sync.get(null);
    expect(fromSyncShards(record, Date.now()).map((item) => item.title)).toEqual(['B']);
    expect(Object.keys(fromSyncTombstones(record, Date.now()))).toEqual(['https://example.com/a']);
    expect(await librarySyncStatusItem.getValue()).toMatchObject({ synced: 1, dropped: 0, error: null });
  });

  it('takes in another device: new pages as pending stubs, newer state, and its deletions', async () => {
    // Times within the last hour: deletions older than 60 days are forgotten.
    const t = (minutes: number) => Date.now() - 3_600_000 + minutes * 60_000;
    const kept = makeItem({
      url: 'https://example.com/kept',
      title: 'Kept',
      updatedAt: t(1),
      fetchState: 'ok',
    });
    const doomed = makeItem({ url: 'https://example.com/doomed', title: 'Doomed', updatedAt: t(1) });
    await library.putMany([kept, doomed]);
    await librarySyncItem.setValue({ enabled: true });
    startLibrarySync(async () => library);
    await settle();
    // The other device writes its list: kept archived later, doomed deleted, one new page.
    await browser.storage.sync.set({
      'library:0': [
        ['https://example.com/doomed', '', 0, t(5), 2],
        ['https://example.com/new', 'New one', t(3), t(3), 0, 'later'],
        ['https://example.com/kept', 'Kept', t(1), t(4), 1],
      ],
    });
    await settle();
    const rows = await library.listRows();
    expect(rows.map((row) => [row.id, row.state, row.fetchState])).toEqual([
      ['https://example.com/kept', 'archived', 'ok'],
      ['https://example.com/new', 'unread', 'pending'],
    ]);
    expect((await library.get('https://example.com/new'))?.tags).toEqual(['later']);
    expect(Object.keys(await libraryTombstonesItem.getValue())).toContain('https://example.com/doomed');
    // And this device's push keeps the deletion, so a third device drops the page too.
    expect(Object.keys(fromSyncTombstones(await browser.storage.sync.get(null), Date.now()))).toContain(
      'https://example.com/doomed',
    );
  });

  it('a reading-progress update is not a change to the synced list', async () => {
    await library.put(makeItem({ url: 'https://example.com/a' }));
    await librarySyncItem.setValue({ enabled: true });
    const before = await libraryRevisionItem.getValue();
    await library.update('https://example.com/a', { progress: 0.5 });
    await settle(200);
    expect(await libraryRevisionItem.getValue()).toBe(before);
    await library.update('https://example.com/a', { state: 'archived' });
    await settle(200);
    expect(await libraryRevisionItem.getValue()).toBeGreaterThan(before);
  });

  it('leaves room in storage.sync for the cookie choices and settings', () => {
    expect(DEFAULT_SYNC_BUDGET.totalBytes + CONSENT_SYNC_BYTES).toBeLessThanOrEqual(
      SYNC_LIMITS.totalBytes - 1024,
    );
  });
});
