import { type DBSchema, type IDBPDatabase, type IDBPTransaction, unwrap, wrap } from 'idb';
import { localized } from '../localized';
import { type IndexWithRecords, LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from './db-name';
import { LibraryError, toLibraryError } from './errors';
import type { LibraryContent, LibraryItem, LibraryRow, LibraryState } from './types';
import { libraryUrl, urlKey } from './url';

/** A raw request's result (idb's `wrap` only knows the request types it was built with). */
function requestResult<T>(
  request: Pick<IDBRequest<T>, 'onsuccess' | 'onerror' | 'result' | 'error'>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export { LIBRARY_DB_NAME, LIBRARY_DB_VERSION } from './db-name';

interface LibrarySchema extends DBSchema {
  items: {
    key: string;
    value: LibraryRow;
    indexes: { savedAt: number; site: string; state: string; tags: string; url: string; updatedAt: number };
  };
  contents: {
    key: string;
    value: LibraryContent;
  };
}

const STORES = ['items', 'contents'] as const;
type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<LibrarySchema, ['items', 'contents'], Mode>;

/** What `listPage` shows: one page of the library, sorted and filtered. */
interface ListQuery {
  sort?: 'savedAt' | 'title' | 'site';
  dir?: 'asc' | 'desc';
  filter?: { state?: LibraryState; favourite?: boolean; tag?: string; site?: string };
  offset?: number;
  limit?: number;
}

/** The library database: every method resolves or rejects with a `LibraryError`. */
export interface Library {
  put(item: LibraryItem): Promise<void>;
  /**
   * Writes the item only when one with its id is still there (read and write in one transaction): a
   * background fetch must not bring back an item deleted meanwhile. Resolves to whether it wrote.
   */
  putIfPresent(item: LibraryItem): Promise<boolean>;
  /** All items in one transaction: either every item is written or none is. */
  putMany(items: readonly LibraryItem[], onProgress?: (done: number, total: number) => void): Promise<void>;
  get(id: string): Promise<LibraryItem | undefined>;
  /** The rows (no content) of these ids that exist, in the order asked: what a page re-reads on a change. */
  rows(ids: readonly string[]): Promise<LibraryRow[]>;
  /** The items with these ids that exist, in the order asked. */
  getMany(ids: readonly string[]): Promise<LibraryItem[]>;
  getByUrl(url: string): Promise<LibraryItem | undefined>;
  delete(ids: readonly string[]): Promise<void>;
  /** Merges `patch` into the item (`id` cannot change); rejects with code 'not-found' when it is missing. */
  update(id: string, patch: Partial<Omit<LibraryItem, 'id'>>): Promise<LibraryItem>;
  /** Every item with its content: heavy (exports, tests); lists read `listRows`. */
  all(): Promise<LibraryItem[]>;
  /**
   * Rows (items without content), in id order: all of them, or `limit` rows after the id `after`, so a
   * caller can read 10,000 rows in slices that never hold the main thread long.
   */
  listRows(range?: { after?: string; limit?: number }): Promise<LibraryRow[]>;
  /** The `limit` most recently saved rows, newest first: the first screen of the list. */
  recentRows(limit: number): Promise<LibraryRow[]>;
  /** The text of each of these items (null when it has none; missing ids are left out). */
  texts(ids: readonly string[]): Promise<Map<string, string | null>>;
  count(): Promise<number>;
  listPage(query?: ListQuery): Promise<{ items: LibraryItem[]; total: number }>;
  clear(): Promise<void>;
  /** Clears the library and writes `items` in one transaction (an import that replaces everything). */
  replaceAll(items: readonly LibraryItem[]): Promise<void>;
  /** The origin's storage use and quota, or null where the browser does not say. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  close(): void;
}

/** An item split into what the list reads and its content. */
function splitItem(item: LibraryItem): { row: LibraryRow; content: LibraryContent } {
  const { contentHtml, text, ...row } = item;
  return { row, content: { id: item.id, contentHtml: contentHtml ?? null, text: text ?? null } };
}

function joinItem(row: LibraryRow, content: LibraryContent | undefined): LibraryItem {
  return { ...row, contentHtml: content?.contentHtml ?? null, text: content?.text ?? null };
}

function upgradeFromVersion(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    const store = db.createObjectStore('items', { keyPath: 'id' });
    store.createIndex('savedAt', 'savedAt');
    store.createIndex('site', 'site');
    store.createIndex('state', 'state');
    store.createIndex('tags', 'tags', { multiEntry: true });
    store.createIndex('url', 'url');
  }
  if (oldVersion < 2) tx.objectStore('items').createIndex('updatedAt', 'updatedAt');
  if (oldVersion < 3) db.createObjectStore('contents', { keyPath: 'id' });
  if (oldVersion < 1 || oldVersion >= 3) return;
  // One pass over the old records (two cursors on one store could overwrite each other's updates):
  // version 1 records get updatedAt (the new index would skip them) and cards; version 2 records (and
  // the upgraded version 1 ones) move their content to `contents`.
  const items = tx.objectStore('items');
  const contents = tx.objectStore('contents');
  const cursorRequest = items.openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    const value = cursor.value as Partial<LibraryItem> & { id: string; savedAt: number };
    const { contentHtml = null, text = null, ...row } = value;
    if (oldVersion < 2) {
      row.updatedAt = value.updatedAt ?? value.savedAt;
      row.cards = value.cards ?? [];
    }
    if (contentHtml !== null || text !== null) contents.put({ id: value.id, contentHtml, text });
    cursor.update(row);
    cursor.continue();
  };
}

function openDatabase(name: string, factory: IDBFactory): Promise<IDBPDatabase<LibrarySchema>> {
  const request = factory.open(name, LIBRARY_DB_VERSION);
  request.onupgradeneeded = (event) => {
    if (request.transaction) upgradeFromVersion(request.result, request.transaction, event.oldVersion);
  };
  return wrap(request) as Promise<IDBPDatabase<LibrarySchema>>;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(sort: NonNullable<ListQuery['sort']>): (a: LibraryRow, b: LibraryRow) => number {
  if (sort === 'title') return (a, b) => collator.compare(a.title, b.title);
  if (sort === 'site') return (a, b) => collator.compare(a.site, b.site) || b.savedAt - a.savedAt;
  return (a, b) => a.savedAt - b.savedAt;
}

function noop(): void {}

/** Items written per chunk of a batch (see `writeAll`). */
const WRITE_CHUNK = 250;

/** What a committed write did: the ids it wrote and deleted, and for an update, the fields it changed. */
export interface LibraryChange {
  written: string[];
  removed: string[];
  /** Set by `clear` and `replaceAll`: the whole library changed (`removed` still lists what went). */
  all?: boolean;
  /** Only for `update`: the patched fields (a reading-progress update is not a change to the list). */
  fields?: string[];
}

/** Told after every committed write. */
interface LibraryHooks {
  onCommit?(change: LibraryChange): void;
}

/** The open database and who is told of its commits. */
interface Connection {
  db: IDBPDatabase<LibrarySchema>;
  hooks: LibraryHooks;
}

async function inTransaction<T, Mode extends IDBTransactionMode>(
  { db, hooks }: Connection,
  mode: Mode,
  run: (tx: Tx<Mode>, change: LibraryChange) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(STORES, mode) as Tx<Mode>;
  const change: LibraryChange = { written: [], removed: [] };
  try {
    const result = await run(tx, change);
    await tx.done;
    if (mode === 'readwrite') {
      try {
        hooks.onCommit?.(change);
      } catch {
        // A listener's failure is not the write's.
      }
    }
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    await tx.done.catch(noop);
    throw toLibraryError(error);
  }
}

/** Writes the item's row and content (or removes stale content) in `tx`, noting its id in `change`. */
function writeItem(tx: Tx<'readwrite'>, change: LibraryChange, item: LibraryItem): Promise<unknown> {
  change.written.push(item.id);
  const { row, content } = splitItem(item);
  const rowWrite = tx.objectStore('items').put(row);
  const contentWrite =
    content.contentHtml === null && content.text === null
      ? tx.objectStore('contents').delete(item.id)
      : tx.objectStore('contents').put(content);
  return Promise.all([rowWrite, contentWrite]);
}

/**
 * Writes `items` in `tx`, `WRITE_CHUNK` at a time: the next chunk is issued when the last one is
 * written, from inside the transaction (it stays open while requests are pending), so one transaction
 * still holds the whole batch, but the page gets to paint between chunks instead of freezing while
 * 10,000 items are cloned in one task.
 */
async function writeAll(
  tx: Tx<'readwrite'>,
  change: LibraryChange,
  items: readonly LibraryItem[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  let done = 0;
  for (let start = 0; start < items.length; start += WRITE_CHUNK) {
    const writes: Promise<unknown>[] = [];
    for (const item of items.slice(start, start + WRITE_CHUNK)) {
      const write = writeItem(tx, change, item).then(() => {
        done += 1;
        onProgress?.(done, items.length);
      });
      // The first failure aborts the transaction and the rest reject too; only the first one matters.
      write.catch(noop);
      writes.push(write);
    }
    await Promise.all(writes);
  }
}

async function readItem(tx: Tx<IDBTransactionMode>, id: string): Promise<LibraryItem | undefined> {
  const [row, content] = await Promise.all([
    tx.objectStore('items').get(id),
    tx.objectStore('contents').get(id),
  ]);
  return row ? joinItem(row, content) : undefined;
}

async function putIfPresent(tx: Tx<'readwrite'>, change: LibraryChange, item: LibraryItem): Promise<boolean> {
  if ((await tx.objectStore('items').getKey(item.id)) === undefined) return false;
  await writeItem(tx, change, item);
  return true;
}

async function readMany(tx: Tx<'readonly'>, ids: readonly string[]): Promise<LibraryItem[]> {
  const found = await Promise.all(ids.map((id) => readItem(tx, id)));
  return found.filter((item): item is LibraryItem => item !== undefined);
}

async function readRows(tx: Tx<'readonly'>, ids: readonly string[]): Promise<LibraryRow[]> {
  const store = tx.objectStore('items');
  const found = await Promise.all(ids.map((id) => store.get(id)));
  return found.filter((row): row is LibraryRow => row !== undefined);
}

async function readByUrl(tx: Tx<'readonly'>, url: string): Promise<LibraryItem | undefined> {
  const key = urlKey(url);
  const cleaned = libraryUrl(url);
  if (key === null || cleaned === null) return undefined;
  const direct = await readItem(tx, key);
  if (direct) return direct;
  const row = await tx.objectStore('items').index('url').get(cleaned);
  return row ? joinItem(row, await tx.objectStore('contents').get(row.id)) : undefined;
}

function deleteItems(tx: Tx<'readwrite'>, change: LibraryChange, ids: readonly string[]): Promise<unknown> {
  change.removed.push(...ids);
  return Promise.all(
    ids.flatMap((id) => [tx.objectStore('items').delete(id), tx.objectStore('contents').delete(id)]),
  );
}

async function updateItem(
  tx: Tx<'readwrite'>,
  change: LibraryChange,
  id: string,
  patch: Partial<Omit<LibraryItem, 'id'>>,
): Promise<LibraryItem> {
  change.fields = Object.keys(patch);
  const current = await readItem(tx, id);
  if (!current)
    throw new LibraryError('not-found', 'This article is no longer in your library.', {
      localized: localized('libraryErrorGone'),
    });
  const next: LibraryItem = { ...current, ...patch, id };
  if ('contentHtml' in patch || 'text' in patch) await writeItem(tx, change, next);
  else {
    change.written.push(id);
    await tx.objectStore('items').put(splitItem(next).row);
  }
  return next;
}

async function readAll(tx: Tx<'readonly'>): Promise<LibraryItem[]> {
  const [rows, contents] = await Promise.all([
    tx.objectStore('items').getAll(),
    tx.objectStore('contents').getAll(),
  ]);
  const byId = new Map(contents.map((content) => [content.id, content]));
  return rows.map((row) => joinItem(row, byId.get(row.id)));
}

async function readRecentRows(tx: Tx<'readonly'>, limit: number): Promise<LibraryRow[]> {
  const index = tx.objectStore('items').index('savedAt');
  const raw = unwrap(index) as IndexWithRecords;
  // One request where the browser has `getAllRecords` (Chrome 141+); a cursor costs one round trip a row.
  if (typeof raw.getAllRecords === 'function') {
    const records = await requestResult(raw.getAllRecords({ count: limit, direction: 'prev' }));
    return records.map((record) => record.value as LibraryRow);
  }
  const rows: LibraryRow[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

async function readTexts(tx: Tx<'readonly'>, ids: readonly string[]): Promise<Map<string, string | null>> {
  const store = tx.objectStore('contents');
  const rowStore = tx.objectStore('items');
  const found = await Promise.all(ids.map((id) => Promise.all([rowStore.getKey(id), store.get(id)])));
  const out = new Map<string, string | null>();
  for (const [key, content] of found) if (key !== undefined) out.set(key, content?.text ?? null);
  return out;
}

async function readPage(
  tx: Tx<'readonly'>,
  { sort = 'savedAt', dir = 'desc', filter = {}, offset = 0, limit = 50 }: ListQuery = {},
): Promise<{ items: LibraryItem[]; total: number }> {
  // Narrow with the most selective index there is, then filter and sort in memory: at 10,000 rows
  // that is a few milliseconds, and it keeps every sort/filter combination correct.
  const store = tx.objectStore('items');
  let candidates: LibraryRow[];
  if (filter.tag !== undefined) candidates = await store.index('tags').getAll(filter.tag);
  else if (filter.site !== undefined) candidates = await store.index('site').getAll(filter.site);
  else if (filter.state !== undefined) candidates = await store.index('state').getAll(filter.state);
  else candidates = await store.getAll();
  const matching = candidates.filter(
    (item) =>
      (filter.state === undefined || item.state === filter.state) &&
      (filter.favourite === undefined || item.favourite === filter.favourite) &&
      (filter.site === undefined || item.site === filter.site) &&
      (filter.tag === undefined || item.tags.includes(filter.tag)),
  );
  const compare = compareBy(sort);
  const sign = dir === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const page = matching.slice(offset, offset + limit);
  const contents = await Promise.all(page.map((row) => tx.objectStore('contents').get(row.id)));
  return { items: page.map((row, index) => joinItem(row, contents[index])), total: matching.length };
}

async function clearAll(tx: Tx<'readwrite'>, change: LibraryChange): Promise<void> {
  change.all = true;
  change.removed.push(...(await tx.objectStore('items').getAllKeys()));
  await Promise.all([tx.objectStore('items').clear(), tx.objectStore('contents').clear()]);
}

async function replaceAll(
  tx: Tx<'readwrite'>,
  change: LibraryChange,
  items: readonly LibraryItem[],
): Promise<void> {
  change.all = true;
  const kept = new Set(items.map((item) => item.id));
  for (const id of await tx.objectStore('items').getAllKeys()) if (!kept.has(id)) change.removed.push(id);
  await Promise.all([tx.objectStore('items').clear(), tx.objectStore('contents').clear()]);
  await writeAll(tx, change, items);
}

async function estimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.estimate !== 'function') return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}

/**
 * Opens (creating or upgrading) the library database. `factory` is the IndexedDB to use: the browser's by
 * default, fake-indexeddb's in tests.
 */
export async function openLibrary(
  name: string = LIBRARY_DB_NAME,
  factory: IDBFactory = globalThis.indexedDB,
  hooks: LibraryHooks = {},
): Promise<Library> {
  let db: IDBPDatabase<LibrarySchema>;
  try {
    db = await openDatabase(name, factory);
  } catch (error) {
    throw toLibraryError(error);
  }
  // Another tab (an updated extension page) wants a newer version: let it, instead of blocking it.
  db.addEventListener('versionchange', () => db.close());
  const connection: Connection = { db, hooks };
  const read = <T>(run: (tx: Tx<'readonly'>) => Promise<T>) => inTransaction(connection, 'readonly', run);
  const write = <T>(run: (tx: Tx<'readwrite'>, change: LibraryChange) => Promise<T>) =>
    inTransaction(connection, 'readwrite', run);

  return {
    put: (item) => write((tx, change) => writeItem(tx, change, item)).then(noop),
    putIfPresent: (item) => write((tx, change) => putIfPresent(tx, change, item)),
    putMany: (items, onProgress) => write((tx, change) => writeAll(tx, change, items, onProgress)).then(noop),
    get: (id) => read((tx) => readItem(tx, id)),
    getMany: (ids) => read((tx) => readMany(tx, ids)),
    rows: (ids) => read((tx) => readRows(tx, ids)),
    getByUrl: (url) => read((tx) => readByUrl(tx, url)),
    delete: (ids) => write((tx, change) => deleteItems(tx, change, ids)).then(noop),
    update: (id, patch) => write((tx, change) => updateItem(tx, change, id, patch)),
    all: () => read(readAll),
    listRows: ({ after, limit } = {}) =>
      read((tx) =>
        tx
          .objectStore('items')
          .getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), limit),
      ),
    recentRows: (limit) => read((tx) => readRecentRows(tx, limit)),
    texts: (ids) => read((tx) => readTexts(tx, ids)),
    count: () => read((tx) => tx.objectStore('items').count()),
    listPage: (query) => read((tx) => readPage(tx, query)),
    clear: () => write(clearAll),
    replaceAll: (items) => write((tx, change) => replaceAll(tx, change, items)),
    estimate,
    close: () => db.close(),
  };
}
