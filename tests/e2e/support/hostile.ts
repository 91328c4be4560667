import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

/** The library's id (and URL) of the hostile saved page both browsers' reader tests open. */
export const HOSTILE_ID = 'http://evil.example/hostile';

/** A page full of scripts, handlers, frames, forms and remote resources (tests/fixtures/library). */
export function hostileHtml(): string {
  return readFileSync(path.join(repoRoot, 'tests/fixtures/library/hostile.html'), 'utf8');
}

/**
 * Runs inside the library page (passed to `evaluate`, so it uses nothing from outside itself): stores a page
 * as an import (an Omnivore content file) would, its HTML unsanitized, in schema 3 (the row in `items`,
 * the content in `contents`).
 */
export async function storeRawArticle({ html, id }: { html: string; id: string }): Promise<void> {
  const request = indexedDB.open('pullquote-library');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const now = Date.now();
  const tx = db.transaction(['items', 'contents'], 'readwrite');
  tx.objectStore('contents').put({ id, contentHtml: html, text: 'Headline survives' });
  tx.objectStore('items').put({
    id,
    url: id,
    title: 'Hostile page',
    site: 'evil.example',
    byline: null,
    lang: 'ar',
    dir: 'rtl',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 40,
    savedAt: now,
    updatedAt: now,
    tags: [],
    state: 'unread',
    favourite: false,
    progress: 0,
    quotes: [],
    cards: [],
    fetchState: 'ok',
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
