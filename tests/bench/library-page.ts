/**
 * The page half of `npm run bench:library`, bundled and evaluated in an extension page: makes the
 * benchmark's items where they are written (IndexedDB `pullquote-library`, stores `items` and `contents`, in chunks of
 * one transaction each) and the articles the save benchmark sends.
 */
import { makeArticle, makeItem } from './library-data';

export interface FillResult {
  items: number;
  textBytes: number;
  htmlBytes: number;
  ms: number;
}

function openDb(): Promise<IDBDatabase> {
  // No version: the library page made the database (and its schema) already.
  const request = indexedDB.open('pullquote-library');
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

async function fill(count: number, now: number, chunk = 500): Promise<FillResult> {
  const t0 = performance.now();
  const db = await openDb();
  let textBytes = 0;
  let htmlBytes = 0;
  try {
    for (let start = 0; start < count; start += chunk) {
      // Schema 3: the row in `items`, its content in `contents` (as `openLibrary` writes them).
      const tx = db.transaction(['items', 'contents'], 'readwrite');
      const store = tx.objectStore('items');
      const contents = tx.objectStore('contents');
      for (let index = start; index < Math.min(count, start + chunk); index++) {
        const { contentHtml, text, ...row } = makeItem(index, now);
        textBytes += text?.length ?? 0;
        htmlBytes += contentHtml?.length ?? 0;
        store.put(row);
        if (contentHtml !== null || text !== null) contents.put({ id: row.id, contentHtml, text });
      }
      await done(tx);
    }
  } finally {
    db.close();
  }
  return { items: count, textBytes, htmlBytes, ms: performance.now() - t0 };
}

async function clear(): Promise<void> {
  const db = await openDb();
  try {
    const tx = db.transaction(['items', 'contents'], 'readwrite');
    tx.objectStore('items').clear();
    tx.objectStore('contents').clear();
    await done(tx);
  } finally {
    db.close();
  }
}

async function count(): Promise<number> {
  const db = await openDb();
  try {
    const request = db.transaction('items').objectStore('items').count();
    return await new Promise<number>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export interface SaveTimes {
  save: number[];
  lookup: number[];
  warmSave: number;
  warmLookup: number;
  articleBytes: number;
}

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/** Round trips of `librarySave` (new articles) interleaved with `libraryLookup` (a read, no write). */
async function saves(runs: number): Promise<SaveTimes> {
  const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
  const send = async (message: unknown) => {
    const t0 = performance.now();
    const answer = (await runtime.sendMessage(message)) as { error?: string } | undefined;
    const ms = performance.now() - t0;
    if (!answer || typeof answer.error === 'string') {
      throw new Error(`${JSON.stringify(message).slice(0, 60)}: ${answer?.error ?? 'no answer'}`);
    }
    return ms;
  };
  // Warm-up, not counted: wakes the worker and opens its database connection.
  const warm = makeArticle(10_000);
  const warmLookup = await send({
    channel: 'pagesToBackground',
    type: 'libraryLookup',
    payload: { url: warm.url },
  });
  const warmSave = await send({
    channel: 'pagesToBackground',
    type: 'librarySave',
    payload: { article: warm, pageUrl: warm.url },
  });
  const save: number[] = [];
  const lookup: number[] = [];
  let articleBytes = 0;
  for (let i = 0; i < runs; i++) {
    const article = makeArticle(i);
    articleBytes += article.contentHtml.length;
    lookup.push(
      await send({ channel: 'pagesToBackground', type: 'libraryLookup', payload: { url: article.url } }),
    );
    save.push(
      await send({
        channel: 'pagesToBackground',
        type: 'librarySave',
        payload: { article, pageUrl: `${article.url}?utm_source=newsletter` },
      }),
    );
  }
  return { save, lookup, warmSave, warmLookup, articleBytes: articleBytes / runs };
}

export interface LibraryBenchPage {
  fill: typeof fill;
  clear: typeof clear;
  count: typeof count;
  saves: typeof saves;
}

(globalThis as unknown as { __pullquoteLibraryBench: LibraryBenchPage }).__pullquoteLibraryBench = {
  fill,
  clear,
  count,
  saves,
};
