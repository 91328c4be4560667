import type { Article } from '../article/types';
import { LocalizedError, localized } from '../localized';
import type { CaptureResult } from '../page/capture';
import { trustedArticleUrl } from '../page/same-site';
import type { Library } from './db';
import { LibraryError } from './errors';
import { FAILED_KEPT, type FetchProgress } from './fetch-progress';
import { itemFromArticle, stubItem } from './item';
import type { LibraryItem } from './types';
import { libraryUrl, urlKey } from './url';

/** The browser around the saver, so it runs the same under unit tests. */
export interface SaverApi {
  library(): Promise<Library>;
  capture(tabId: number): Promise<CaptureResult>;
  /** Readability on a page's HTML, in a document (offscreen in Chrome, the background page in Firefox). */
  extract(html: string, url: string): Promise<Article | null>;
  /** GET a page as HTML; throws an Error whose message a reader can act on. */
  fetchPage(url: string): Promise<{ html: string; url: string }>;
  /** The page URL a reader saved from (its key) → the saved item's id, when the two differ. */
  getAlias(key: string): Promise<string | null>;
  setAlias(key: string, id: string): Promise<void>;
  getProgress(): Promise<FetchProgress>;
  setProgress(progress: FetchProgress): Promise<void>;
  now(): number;
  /**
   * Runs `fn` once after `ms` on the same clock as `now` (default: the global timer). Tests whose clock
   * stands still pass their own, so a slow machine cannot add a progress write the test did not ask for.
   */
  setTimer?(fn: () => void, ms: number): { cancel(): void };
  /**
   * A failed fetch as the reader reads it, kept on the item: in the UI language where the world has one
   * (utils/i18n `errorText`); the error's English message when absent.
   */
  errorText?(error: unknown): string;
}

/** How many links are fetched at once: polite to sites, quick enough for an imported list. */
export const FETCH_CONCURRENCY = 4;

/** At most one progress write per this many ms while fetching (plus the first and the last). */
export const PROGRESS_INTERVAL_MS = 250;

const noArticle = () =>
  new LocalizedError(localized('libraryErrorNoArticle'), 'No article was found on this page.');

function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.title === 'string' &&
    typeof a.url === 'string' &&
    typeof a.text === 'string' &&
    typeof a.contentHtml === 'string' &&
    a.title.length < 2000 &&
    a.contentHtml.length < 20_000_000
  );
}

/**
 * Saving for later, in the background: the popup's article, the current tab, a link. Saving the same
 * canonical URL again updates the item in place; fetching runs for items without content, with progress
 * the library page shows, and survives the worker being stopped (pending items stay pending).
 */
export function createSaver(api: SaverApi) {
  const describe = (error: unknown) =>
    api.errorText ? api.errorText(error) : error instanceof Error ? error.message : String(error);
  /**
   * Save an extracted article. `pageUrl` is the address it was read from: when the article's canonical
   * URL differs (tracking parameters, an AMP or mobile copy), the page is remembered as the same item. A
   * canonical on another site is not believed: the article is saved under the page's own address, so no
   * page can replace another site's saved article (issue 15, finding 3).
   */
  async function saveArticle(extracted: unknown, pageUrl?: string): Promise<LibraryItem> {
    if (!isArticle(extracted))
      throw new LibraryError('invalid', 'That is not an article Pullquote can save.', {
        localized: localized('libraryErrorNotArticle'),
      });
    const article = pageUrl ? { ...extracted, url: trustedArticleUrl(extracted.url, pageUrl) } : extracted;
    const library = await api.library();
    const url = libraryUrl(article.url);
    const existing = url ? await library.get(urlKey(url) ?? '') : undefined;
    const item = itemFromArticle(article, api.now(), existing);
    await library.put(item);
    const pageKey = pageUrl ? urlKey(pageUrl) : null;
    if (pageKey && pageKey !== item.id) await api.setAlias(pageKey, item.id);
    return item;
  }

  async function saveTab(tabId: number): Promise<LibraryItem> {
    const captured = await api.capture(tabId);
    if (!captured.ok) {
      throw new LibraryError('invalid', `This page can't be read (${captured.detail ?? captured.reason}).`, {
        localized: localized('libraryErrorUnreadable', [captured.detail ?? captured.reason]),
      });
    }
    const article = await api.extract(captured.snapshot.html, captured.snapshot.url);
    if (!article) {
      // Not an article: keep the link so nothing the reader asked for is lost.
      return saveStub(captured.snapshot.url, captured.snapshot.title, describe(noArticle()));
    }
    return saveArticle(article, captured.snapshot.url);
  }

  async function saveStub(url: string, title: string | null, failure?: string): Promise<LibraryItem> {
    const library = await api.library();
    const stub = stubItem({ url, title }, api.now());
    if (!stub) {
      throw new LibraryError('invalid', 'Only web pages (http or https addresses) can be saved.', {
        localized: localized('libraryErrorNotWebPage'),
      });
    }
    const existing = await library.get(stub.id);
    if (existing) return existing;
    const item: LibraryItem = failure ? { ...stub, fetchState: 'failed', fetchError: failure } : stub;
    await library.put(item);
    return item;
  }

  /**
   * Fetch and extract one pending item; the item is updated either way, never removed, and never brought
   * back: one deleted while its page was fetched stays deleted (issue 15, finding 5). Never rejects.
   */
  async function fetchOne(library: Library, item: LibraryItem): Promise<string | null> {
    try {
      const page = await api.fetchPage(item.url);
      const article = await api.extract(page.html, page.url);
      if (!article) throw noArticle();
      const fresh = itemFromArticle({ ...article, url: item.url }, api.now(), item);
      await library.putIfPresent({
        ...fresh,
        savedAt: item.savedAt,
        fetchState: 'ok',
        fetchError: undefined,
      });
      return null;
    } catch (error) {
      const message = describe(error);
      await library.update(item.id, { fetchState: 'failed', fetchError: message }).catch(() => {
        // Deleted meanwhile (or the write failed): the failure is still counted in the progress.
      });
      return message;
    }
  }

  // One queue per worker lifetime: a second request while fetching joins the queue and the same progress.
  const queue: LibraryItem[] = [];
  // Taken off the queue and being fetched now: still 'pending' in the database until they finish.
  const inFlight = new Set<string>();
  let progress: { running: boolean; total: number; done: number } | null = null;
  // Every failure of this run, oldest first (a Map keeps insertion order): only the last FAILED_KEPT are
  // written, so each write stays small however many links fail.
  const failures = new Map<string, { id: string; url: string; error: string }>();
  let running: Promise<void> | null = null;
  let lastReport = Number.NEGATIVE_INFINITY;
  let trailing: { cancel(): void } | null = null;
  const setTimer =
    api.setTimer ??
    ((fn: () => void, ms: number) => {
      const id = setTimeout(fn, ms);
      return { cancel: () => clearTimeout(id) };
    });
  // Writes in order, one at a time: a later snapshot never lands before an earlier one.
  let writing: Promise<void> = Promise.resolve();

  function snapshot(): FetchProgress | null {
    if (!progress) return null;
    const all = [...failures.values()];
    return { ...progress, failed: all.slice(-FAILED_KEPT), failedCount: all.length, at: api.now() };
  }

  function write(): Promise<void> {
    trailing?.cancel();
    trailing = null;
    lastReport = api.now();
    writing = writing.then(async () => {
      const next = snapshot();
      if (next) await api.setProgress(next);
    });
    return writing;
  }

  /**
   * Writes the progress: at once when `now` (start, end) or when the last write is `PROGRESS_INTERVAL_MS`
   * old, else once after that (a 10,000 link import is ~40 writes a second at most 4, not 10,000).
   */
  function report(now = false): Promise<void> {
    if (now || api.now() - lastReport >= PROGRESS_INTERVAL_MS) return write();
    trailing ??= setTimer(() => void write().catch(() => {}), PROGRESS_INTERVAL_MS);
    return Promise.resolve();
  }

  async function drain(library: Library): Promise<void> {
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        inFlight.add(item.id);
        const failure = await fetchOne(library, item).finally(() => inFlight.delete(item.id));
        if (!progress) continue;
        progress.done += 1;
        if (failure) failures.set(item.id, { id: item.id, url: item.url, error: failure });
        await report().catch(() => {});
      }
    };
    // Every worker finishes before the run does (Promise.all would settle at the first failure).
    await Promise.allSettled(Array.from({ length: FETCH_CONCURRENCY }, worker));
  }

  async function fetchPending(ids?: readonly string[]): Promise<void> {
    const library = await api.library();
    const candidates = ids
      ? (await Promise.all(ids.map((id) => library.get(id)))).filter((item): item is LibraryItem => !!item)
      : // Rows only: the pending ones have no content, and reading everyone's would take seconds.
        (await library.listRows())
          .filter((row) => row.fetchState === 'pending')
          .map((row): LibraryItem => ({ ...row, contentHtml: null, text: null }));
    const queued = new Set(queue.map((item) => item.id));
    const fresh = candidates.filter(
      (item) => item.fetchState !== 'ok' && !queued.has(item.id) && !inFlight.has(item.id),
    );
    if (fresh.length === 0) return running ?? undefined;
    const retried = new Set(fresh.map((item) => item.id));
    if (!running || !progress) {
      progress = { running: true, total: 0, done: 0 };
      failures.clear();
    }
    progress.total += fresh.length;
    for (const id of retried) failures.delete(id);
    queue.push(...fresh);
    await report(true);
    if (!running) {
      const run = async (): Promise<void> => {
        try {
          // Again for items queued while the last workers were finishing.
          do await drain(library);
          while (queue.length > 0);
        } finally {
          // Whatever happened, the run is over: a run that never ended would hold every later fetch.
          queue.length = 0;
          running = null;
          if (progress) progress.running = false;
          await report(true).catch(() => {});
        }
      };
      running = run();
    }
    return running;
  }

  return {
    saveArticle,
    saveTab,
    /** "Save link": kept at once as a pending item, its content fetched right after. */
    async saveLink(url: string): Promise<LibraryItem> {
      const item = await saveStub(url, null);
      if (item.fetchState === 'pending') void fetchPending([item.id]).catch(() => {});
      return item;
    },
    fetchPending,
    /** A worker stopped mid-fetch left items pending: carry on where it was. */
    async resume(): Promise<void> {
      const progress = await api.getProgress();
      if (progress.running) {
        await api.setProgress({ ...progress, running: false });
        await fetchPending();
      }
    },
    async lookup(url: string): Promise<{ saved: boolean; id: string | null }> {
      const clean = libraryUrl(url);
      const id = clean ? urlKey(clean) : null;
      if (!id) return { saved: false, id: null };
      const library = await api.library();
      if (await library.get(id)) return { saved: true, id };
      const alias = await api.getAlias(id);
      const item = alias ? await library.get(alias) : undefined;
      return { saved: item !== undefined, id: item ? item.id : null };
    },
  };
}

export type Saver = ReturnType<typeof createSaver>;
