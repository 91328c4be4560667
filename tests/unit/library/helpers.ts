import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WindowLike } from 'dompurify';
import type { Article } from '@/utils/article/types';
import type { LibraryItem } from '@/utils/library/types';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/library');

/** A fixture file as text (or bytes with `binary`). */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, name)));
}

/** A complete library item; `overrides` win. The id follows the URL the way urlKey would for simple URLs. */
export function makeItem(overrides: Partial<LibraryItem> & { url: string }): LibraryItem {
  const withoutWww = overrides.url.replace(/^(https?:\/\/)www\./, '$1');
  const id =
    overrides.id ?? (new URL(withoutWww).pathname === '/' ? withoutWww : withoutWww.replace(/\/$/, ''));
  return {
    id,
    title: 'A title',
    site: 'example.com',
    byline: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    contentHtml: null,
    text: null,
    wordCount: 0,
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    tags: [],
    state: 'unread',
    favourite: false,
    progress: 0,
    quotes: [],
    cards: [],
    fetchState: 'pending',
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.example.com/story/?utm_source=x#top',
    title: 'The story',
    byline: 'Ada Writer',
    siteName: 'Example News',
    publishedTime: '2024-01-02T03:04:05.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'An excerpt.',
    leadImage: 'https://www.example.com/lead.jpg',
    contentHtml: '<p>Hello world.</p>',
    text: 'Hello world.',
    wordCount: 2,
    readingMinutes: 1,
    ...overrides,
  };
}

/**
 * happy-dom's window with one fix so DOMPurify works in it: DOMPurify reads node names through the
 * `Node.prototype.nodeName` getter, which in happy-dom returns '' (subclasses override it), so every tag
 * looks unknown and nothing is sanitized. `sanitizeArticleHtml` refuses such a window (tested below); this
 * one answers with the node's real name. Real browsers are covered by the e2e reader tests.
 */
export function purifiableWindow(): WindowLike {
  const RealNode = window.Node;
  const FixedNode = function FixedNode() {} as unknown as typeof Node;
  FixedNode.prototype = Object.create(RealNode.prototype, {
    nodeName: {
      get(this: Node) {
        return this.nodeName;
      },
    },
  });
  Object.defineProperty(FixedNode, Symbol.hasInstance, {
    value: (value: unknown) => value instanceof RealNode,
  });
  return new Proxy(window, {
    get: (target, key) => (key === 'Node' ? FixedNode : Reflect.get(target, key)),
  }) as unknown as WindowLike;
}

type WithRecords = IDBIndex & { getAllRecords?: unknown };

/**
 * fake-indexeddb has no `getAllRecords` (Chrome 141+): this stand-in on IDBIndex answers from `getAll`, like an
 * IDBRequest (`result`, then `onsuccess`), so the order and slicing the tests check come from the code under
 * test. Returns the options of every call and a function that removes the stand-in.
 */
export function installGetAllRecords(): { calls: unknown[]; remove(): void } {
  const proto = globalThis.IDBIndex.prototype as WithRecords;
  const calls: unknown[] = [];
  proto.getAllRecords = function (this: IDBIndex, options: { count: number; direction: string }) {
    calls.push(options);
    const request = this.getAll();
    const out: { result?: unknown; error: null; onsuccess: (() => void) | null; onerror: null } = {
      error: null,
      onsuccess: null,
      onerror: null,
    };
    request.addEventListener('success', () => {
      const values = [...(request.result as Array<{ id: string }>)];
      if (options.direction === 'prev') values.reverse();
      out.result = values.slice(0, options.count).map((value) => ({ key: 0, primaryKey: value.id, value }));
      out.onsuccess?.();
    });
    return out;
  };
  return {
    calls,
    remove: () => {
      delete proto.getAllRecords;
    },
  };
}
