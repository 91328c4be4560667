import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_DB_VERSION, type Library, openLibrary } from '@/utils/library/db';
import { LibraryError } from '@/utils/library/errors';
import type { LibraryItemV1, LibraryItemV2 } from '@/utils/library/types';
import { installGetAllRecords, makeItem } from './helpers';

const opened: Library[] = [];
async function freshLibrary(): Promise<Library> {
  const library = await openLibrary('test-library', new IDBFactory());
  opened.push(library);
  return library;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const library of opened.splice(0)) library.close();
});

const a = makeItem({
  url: 'https://example.com/a',
  title: 'Alpha',
  site: 'example.com',
  savedAt: 3,
  tags: ['x'],
});
const b = makeItem({
  url: 'https://example.org/b',
  title: 'bravo',
  site: 'example.org',
  savedAt: 1,
  state: 'archived',
});
const c = makeItem({
  url: 'https://example.com/c',
  title: 'Charlie',
  site: 'example.com',
  savedAt: 2,
  tags: ['x', 'y'],
  favourite: true,
});

describe('openLibrary', () => {
  it('stores, reads, counts and deletes items', async () => {
    const library = await freshLibrary();
    await library.put(a);
    await library.putMany([b, c]);
    expect(await library.count()).toBe(3);
    expect(await library.get(a.id)).toEqual(a);
    expect(await library.get('https://nowhere.example/')).toBeUndefined();
    await library.delete([a.id, b.id]);
    expect((await library.all()).map((item) => item.id)).toEqual([c.id]);
  });

  it('finds an item by any URL of the same page', async () => {
    const library = await freshLibrary();
    await library.put(a);
    expect(await library.getByUrl('https://www.example.com/a/?utm_source=x#frag')).toEqual(a);
    expect(await library.getByUrl('https://example.com/other')).toBeUndefined();
    expect(await library.getByUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('reports progress for every item of a batch', async () => {
    const library = await freshLibrary();
    const progress: [number, number][] = [];
    await library.putMany([a, b, c], (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('updates an item, keeping its id, and says when it is gone', async () => {
    const library = await freshLibrary();
    await library.put(a);
    const updated = await library.update(a.id, { progress: 0.4, tags: ['z'] });
    expect(updated).toEqual({ ...a, progress: 0.4, tags: ['z'] });
    expect(await library.get(a.id)).toEqual(updated);
    await expect(library.update('https://missing.example/', { progress: 1 })).rejects.toMatchObject({
      name: 'LibraryError',
      code: 'not-found',
    });
  });

  it('clears and replaces everything', async () => {
    const library = await freshLibrary();
    await library.putMany([a, b]);
    await library.replaceAll([c]);
    expect(await library.all()).toEqual([c]);
    await library.clear();
    expect(await library.count()).toBe(0);
  });
});

describe('listPage', () => {
  const cases: [string, Parameters<Library['listPage']>[0], string[], number][] = [
    ['newest first by default', {}, [a.id, c.id, b.id], 3],
    ['oldest first', { sort: 'savedAt', dir: 'asc' }, [b.id, c.id, a.id], 3],
    ['title A→Z ignoring case', { sort: 'title', dir: 'asc' }, [a.id, b.id, c.id], 3],
    ['title Z→A', { sort: 'title', dir: 'desc' }, [c.id, b.id, a.id], 3],
    ['site, newest first within a site', { sort: 'site', dir: 'asc' }, [a.id, c.id, b.id], 3],
    ['unread only', { filter: { state: 'unread' } }, [a.id, c.id], 2],
    ['archived only', { filter: { state: 'archived' } }, [b.id], 1],
    ['favourites', { filter: { favourite: true } }, [c.id], 1],
    ['not favourites', { filter: { favourite: false } }, [a.id, b.id], 2],
    ['by tag', { filter: { tag: 'x' } }, [a.id, c.id], 2],
    ['by tag and favourite', { filter: { tag: 'x', favourite: false } }, [a.id], 1],
    ['by site', { filter: { site: 'example.org' } }, [b.id], 1],
    ['by tag nobody has', { filter: { tag: 'nope' } }, [], 0],
    ['a page', { offset: 1, limit: 1 }, [c.id], 3],
    ['past the end', { offset: 5, limit: 10 }, [], 3],
  ];
  it.each(cases)('%s', async (_label, query, ids, total) => {
    const library = await freshLibrary();
    await library.putMany([a, b, c]);
    const page = await library.listPage(query);
    expect(page.items.map((item) => item.id)).toEqual(ids);
    expect(page.total).toBe(total);
  });
});

describe('failed writes', () => {
  it('a batch with an item IndexedDB cannot store leaves the library as it was', async () => {
    const library = await freshLibrary();
    await library.put(a);
    const unstorable = { ...b, title: (() => 'x') as unknown as string };
    const failure = library.putMany([c, unstorable]);
    await expect(failure).rejects.toBeInstanceOf(LibraryError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid' });
    expect(await library.all()).toEqual([a]);
  });

  it('a full disk becomes a quota error and nothing of the batch is written', async () => {
    const library = await freshLibrary();
    await library.putMany([a]);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const failure = library.putMany([b, c]);
    await expect(failure).rejects.toMatchObject({ name: 'LibraryError', code: 'quota' });
    await expect(failure).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect(await library.all()).toEqual([a]);
  });

  it('a failed replaceAll keeps the old contents (the clear is rolled back too)', async () => {
    const library = await freshLibrary();
    await library.putMany([a, b]);
    await expect(
      library.replaceAll([
        c,
        { ...c, id: 'https://example.com/d', tags: [Symbol('x')] as unknown as string[] },
      ]),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await library.all()).map((item) => item.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe('rows and content apart (schema 3)', () => {
  const withText = makeItem({
    url: 'https://example.com/text',
    savedAt: 5,
    contentHtml: '<p>Body words</p>',
    text: 'Body words',
    fetchState: 'ok',
  });

  it('lists rows without content, in id order and in slices', async () => {
    const library = await freshLibrary();
    await library.putMany([a, b, c, withText]);
    const rows = await library.listRows();
    expect(rows.map((row) => row.id)).toEqual([a.id, c.id, withText.id, b.id].sort());
    for (const row of rows) {
      expect(row).not.toHaveProperty('contentHtml');
      expect(row).not.toHaveProperty('text');
    }
    const { contentHtml: _h, text: _t, ...row } = withText;
    expect(rows.find((r) => r.id === withText.id)).toEqual(row);
    const first = await library.listRows({ limit: 2 });
    const rest = await library.listRows({ after: first[1]?.id, limit: 10 });
    expect([...first, ...rest].map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('reads the newest rows in one getAllRecords request where the browser has it', async () => {
    const library = await freshLibrary();
    await library.putMany([a, b, c, withText]);
    const { calls, remove } = installGetAllRecords();
    try {
      expect((await library.recentRows(2)).map((row) => row.id)).toEqual([withText.id, a.id]);
      expect(calls).toEqual([{ count: 2, direction: 'prev' }]);
    } finally {
      remove();
    }
  });

  it('gives the newest rows first, and the texts of the ids asked', async () => {
    const library = await freshLibrary();
    await library.putMany([a, b, c, withText]);
    expect((await library.recentRows(2)).map((row) => row.id)).toEqual([withText.id, a.id]);
    expect((await library.recentRows(10)).map((row) => row.id)).toEqual([withText.id, a.id, c.id, b.id]);
    const texts = await library.texts([withText.id, a.id, 'https://missing.example/']);
    expect([...texts]).toEqual([
      [withText.id, 'Body words'],
      [a.id, null],
    ]);
    expect(await library.getMany([withText.id, 'https://missing.example/', a.id])).toEqual([withText, a]);
  });

  it('every write keeps row and content together: put, update, delete, clear', async () => {
    const library = await freshLibrary();
    await library.put(withText);
    expect(await library.get(withText.id)).toEqual(withText);
    expect(await library.update(withText.id, { state: 'archived' })).toEqual({
      ...withText,
      state: 'archived',
    });
    expect(await library.get(withText.id)).toEqual({ ...withText, state: 'archived' });
    await library.update(withText.id, { text: 'New words', contentHtml: null });
    expect(await library.texts([withText.id])).toEqual(new Map([[withText.id, 'New words']]));
    // Content removed with the item: a new item at the same id starts without it.
    await library.delete([withText.id]);
    await library.put({ ...withText, contentHtml: null, text: null });
    expect(await library.get(withText.id)).toMatchObject({ contentHtml: null, text: null });
    await library.put(withText);
    await library.clear();
    await library.put({ ...withText, contentHtml: null, text: null });
    expect(await library.texts([withText.id])).toEqual(new Map([[withText.id, null]]));
  });

  it('a failed batch leaves neither rows nor contents behind', async () => {
    const library = await freshLibrary();
    const unstorable = { ...b, title: (() => 'x') as unknown as string };
    await expect(library.putMany([withText, unstorable])).rejects.toMatchObject({ code: 'invalid' });
    expect(await library.count()).toBe(0);
    await library.put({ ...withText, contentHtml: null, text: null });
    expect(await library.get(withText.id)).toMatchObject({ contentHtml: null, text: null });
  });
});

describe('estimate', () => {
  it('is null where the browser does not say', async () => {
    const library = await freshLibrary();
    vi.stubGlobal('navigator', {});
    expect(await library.estimate()).toBeNull();
  });

  it('passes on usage and quota', async () => {
    const library = await freshLibrary();
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 10, quota: 100 }) } });
    expect(await library.estimate()).toEqual({ usage: 10, quota: 100 });
  });
});

describe('schema upgrade from version 1', () => {
  it('keeps every item, backfills updatedAt and cards, and adds the updatedAt index', async () => {
    expect(LIBRARY_DB_VERSION).toBe(3);
    const name = 'upgrade-from-v1';
    // Version 1 exactly as the first release created it.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const store = db.createObjectStore('items', { keyPath: 'id' });
        store.createIndex('savedAt', 'savedAt');
        store.createIndex('site', 'site');
        store.createIndex('state', 'state');
        store.createIndex('tags', 'tags', { multiEntry: true });
        store.createIndex('url', 'url');
      },
    });
    const {
      updatedAt: _u1,
      cards: _c1,
      ...oldA
    } = makeItem({ url: 'https://example.com/old-a', savedAt: 111 });
    const {
      updatedAt: _u2,
      cards: _c2,
      ...oldB
    } = makeItem({
      url: 'https://example.com/old-b',
      savedAt: 222,
      tags: ['kept'],
      quotes: [{ text: 'q', createdAt: 5 }],
    });
    const records: LibraryItemV1[] = [oldA, oldB];
    for (const record of records) await v1.put('items', record);
    v1.close();

    const library = await openLibrary(name, indexedDB);
    opened.push(library);
    expect(await library.get(oldA.id)).toEqual({ ...oldA, updatedAt: 111, cards: [] });
    expect(await library.get(oldB.id)).toEqual({ ...oldB, updatedAt: 222, cards: [] });
    library.close();

    const raw = await openDB(name, 3);
    expect([...raw.transaction('items').store.indexNames].sort()).toEqual(
      ['savedAt', 'site', 'state', 'tags', 'updatedAt', 'url'].sort(),
    );
    expect(await raw.getAllKeysFromIndex('items', 'updatedAt', IDBKeyRange.lowerBound(200))).toEqual([
      oldB.id,
    ]);
    expect(await raw.getAllFromIndex('items', 'tags', 'kept')).toHaveLength(1);
    raw.close();
  });

  it('creates a new database at the current version', async () => {
    const factory = new IDBFactory();
    const library = await openLibrary('brand-new', factory);
    library.close();
    const databases = await factory.databases();
    expect(databases).toContainEqual({ name: 'brand-new', version: 3 });
  });
});

describe('schema upgrade from version 2', () => {
  it('moves content to the contents store, keeps every field and index, and lists rows only', async () => {
    const name = 'upgrade-from-v2';
    // Version 2 exactly as it was released: one store with the content in each record.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const store = db.createObjectStore('items', { keyPath: 'id' });
        store.createIndex('savedAt', 'savedAt');
        store.createIndex('site', 'site');
        store.createIndex('state', 'state');
        store.createIndex('tags', 'tags', { multiEntry: true });
        store.createIndex('url', 'url');
        store.createIndex('updatedAt', 'updatedAt');
      },
    });
    const full: LibraryItemV2 = makeItem({
      url: 'https://example.com/full',
      savedAt: 300,
      updatedAt: 310,
      contentHtml: '<p>Full text here</p>',
      text: 'Full text here',
      fetchState: 'ok',
      tags: ['t'],
      cards: [{ quote: 'q', theme: 'ink', size: 'square', createdAt: 1 }],
    });
    const pending: LibraryItemV2 = makeItem({ url: 'https://example.com/pending', savedAt: 100 });
    for (const record of [full, pending]) await v2.put('items', record);
    v2.close();

    const library = await openLibrary(name, indexedDB);
    opened.push(library);
    expect(await library.get(full.id)).toEqual(full);
    expect(await library.get(pending.id)).toEqual(pending);
    expect((await library.all()).sort((x, y) => x.savedAt - y.savedAt)).toEqual([pending, full]);
    expect(await library.texts([full.id, pending.id])).toEqual(
      new Map([
        [full.id, 'Full text here'],
        [pending.id, null],
      ]),
    );
    expect((await library.recentRows(1)).map((row) => row.id)).toEqual([full.id]);
    library.close();

    const raw = await openDB(name, 3);
    expect([...raw.objectStoreNames].sort()).toEqual(['contents', 'items']);
    expect([...raw.transaction('items').store.indexNames].sort()).toEqual(
      ['savedAt', 'site', 'state', 'tags', 'updatedAt', 'url'].sort(),
    );
    const rows = await raw.getAll('items');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).not.toHaveProperty('contentHtml');
      expect(row).not.toHaveProperty('text');
    }
    expect(await raw.getAll('contents')).toEqual([
      { id: full.id, contentHtml: '<p>Full text here</p>', text: 'Full text here' },
    ]);
    expect(await raw.getAllFromIndex('items', 'tags', 't')).toHaveLength(1);
    raw.close();
  });
});
