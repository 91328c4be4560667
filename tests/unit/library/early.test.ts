import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '@/utils/library/db';
import { readEarlyRows } from '@/utils/library/early';
import { installGetAllRecords, makeItem } from './helpers';

let stand: { remove(): void } | null = null;

afterEach(() => {
  stand?.remove();
  stand = null;
});

describe('readEarlyRows', () => {
  it('reads the newest rows and the count from the current schema', async () => {
    stand = installGetAllRecords();
    const factory = new IDBFactory();
    const library = await openLibrary('early', factory);
    await library.putMany([
      makeItem({ url: 'https://example.com/old', savedAt: 1 }),
      makeItem({ url: 'https://example.com/new', savedAt: 3, text: 'body', contentHtml: '<p>body</p>' }),
      makeItem({ url: 'https://example.com/mid', savedAt: 2 }),
    ]);
    library.close();
    const early = await readEarlyRows(2, factory, 'early');
    // More items than the first screen: the page counts them itself.
    expect(early?.count).toBeNull();
    expect(early?.rows.map((row) => row.id)).toEqual(['https://example.com/new', 'https://example.com/mid']);
    // Rows only: the content lives in its own store.
    expect(early?.rows[0]).not.toHaveProperty('text');
    const all = await readEarlyRows(40, factory, 'early');
    expect(all?.count).toBe(3);
    expect(all?.rows).toHaveLength(3);
  });

  it('never creates the database: null when there is none', async () => {
    stand = installGetAllRecords();
    const factory = new IDBFactory();
    expect(await readEarlyRows(40, factory, 'none')).toBeNull();
    expect((await factory.databases()).map((db) => db.name)).not.toContain('none');
  });

  it('never upgrades an older schema: null, and the page’s own open upgrades it', async () => {
    stand = installGetAllRecords();
    // idb's openDB uses the global factory.
    const factory = globalThis.indexedDB;
    const v2 = await openDB('old', 2, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      },
    });
    v2.close();
    expect(await readEarlyRows(40, factory, 'old')).toBeNull();
    expect((await factory.databases()).find((db) => db.name === 'old')?.version).toBe(2);
  });

  it('is null where the browser has no getAllRecords (the page reads the rows itself)', async () => {
    const factory = new IDBFactory();
    (await openLibrary('plain', factory)).close();
    expect(await readEarlyRows(40, factory, 'plain')).toBeNull();
  });
});
