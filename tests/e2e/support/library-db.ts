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
 * the content in `contents`). `row` overrides fields of the stored row, even with values no version of
 * Pullquote writes (a broken row).
 */
export async function storeRawArticle({
  html,
  id,
  row = {},
}: {
  html: string;
  id: string;
  row?: Record<string, unknown>;
}): Promise<void> {
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
    ...row,
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Runs inside the reader page: what is left in the shown article of everything that could run, load or
 * restyle (each count must be 0), and the article's direction.
 */
export function readerLeftovers() {
  const body = document.querySelector('[data-testid=reader-body]');
  const all = body ? Array.from(body.querySelectorAll('*')) : [];
  return {
    scripts: document.querySelectorAll('script:not([src])').length,
    frames: all.filter((e) =>
      /^(iframe|frame|frameset|object|embed|form|input|button|textarea|meta|base|link|style|svg|math|video)$/i.test(
        e.tagName,
      ),
    ).length,
    handlers: all.filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
    styles: all.filter((e) => e.hasAttribute('style')).length,
    badLinks: all.filter((e) => /^\s*(javascript|vbscript|data):/i.test(e.getAttribute('href') ?? '')).length,
    remoteImages: all.filter((e) => e.tagName === 'IMG' && /^https?:/i.test(e.getAttribute('src') ?? ''))
      .length,
    base: document.querySelectorAll('base').length,
    dir: document.querySelector('[data-testid=reader-article]')?.getAttribute('dir'),
  };
}

/** `readerLeftovers` of a safe reader showing the (right-to-left) hostile page. */
export const NOTHING_LEFT = {
  scripts: 0,
  frames: 0,
  handlers: 0,
  styles: 0,
  badLinks: 0,
  remoteImages: 0,
  base: 0,
  dir: 'rtl',
} as const;

/**
 * Runs inside a library page: every stored article as the tests check it, its row (`items`) joined with
 * the word count of its text (`contents`), schema 3.
 */
export async function storedArticles(): Promise<
  Array<{
    id: string;
    url: string;
    title: string;
    tags: unknown;
    state: unknown;
    fetchState: unknown;
    words: number;
  }>
> {
  const request = indexedDB.open('pullquote-library');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const readAll = (store: string) =>
    new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      const get = db.transaction(store).objectStore(store).getAll();
      get.onsuccess = () => resolve(get.result as Array<Record<string, unknown>>);
      get.onerror = () => reject(get.error);
    });
  const texts = new Map((await readAll('contents')).map((c) => [String(c.id), String(c.text ?? '')]));
  const rows = (await readAll('items')).map((row) => ({
    id: String(row.id),
    url: String(row.url),
    title: String(row.title),
    tags: row.tags,
    state: row.state,
    fetchState: row.fetchState,
    words: (texts.get(String(row.id)) ?? '').split(/\s+/).filter(Boolean).length,
  }));
  db.close();
  return rows;
}
