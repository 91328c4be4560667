import type { Article } from '../article/types';
import { LocalizedError, localized } from '../localized';
import type { CaptureResult } from '../page/capture';
import { trustedArticleUrl } from '../page/same-site';
import type { Library } from './db';
import { LibraryError } from './errors';
import type { FetchProgress } from './fetch-progress';
import { itemFromArticle, stubItem } from './item';
import { PendingFetcher } from './pending-fetcher';
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

export { FETCH_CONCURRENCY, PROGRESS_INTERVAL_MS } from './pending-fetcher';

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

function describeWith(api: SaverApi): (error: unknown) => string {
  return (error) =>
    api.errorText ? api.errorText(error) : error instanceof Error ? error.message : String(error);
}

/**
 * Save an extracted article. `pageUrl` is the address it was read from: when the article's canonical
 * URL differs (tracking parameters, an AMP or mobile copy), the page is remembered as the same item. A
 * canonical on another site is not believed: the article is saved under the page's own address, so no
 * page can replace another site's saved article (issue 15, finding 3).
 */
async function saveArticle(api: SaverApi, extracted: unknown, pageUrl?: string): Promise<LibraryItem> {
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

async function saveTab(api: SaverApi, tabId: number): Promise<LibraryItem> {
  const captured = await api.capture(tabId);
  if (!captured.ok) {
    throw new LibraryError('invalid', `This page can't be read (${captured.detail ?? captured.reason}).`, {
      localized: localized('libraryErrorUnreadable', [captured.detail ?? captured.reason]),
    });
  }
  const article = await api.extract(captured.snapshot.html, captured.snapshot.url);
  if (!article) {
    // Not an article: keep the link so nothing the reader asked for is lost.
    return saveStub(api, captured.snapshot.url, captured.snapshot.title, describeWith(api)(noArticle()));
  }
  return saveArticle(api, article, captured.snapshot.url);
}

async function saveStub(
  api: SaverApi,
  url: string,
  title: string | null,
  failure?: string,
): Promise<LibraryItem> {
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

async function lookup(api: SaverApi, url: string): Promise<{ saved: boolean; id: string | null }> {
  const clean = libraryUrl(url);
  const id = clean ? urlKey(clean) : null;
  if (!id) return { saved: false, id: null };
  const library = await api.library();
  if (await library.get(id)) return { saved: true, id };
  const alias = await api.getAlias(id);
  const item = alias ? await library.get(alias) : undefined;
  return { saved: item !== undefined, id: item ? item.id : null };
}

/**
 * Fetch and extract one pending item; the item is updated either way, never removed, and never brought
 * back: one deleted while its page was fetched stays deleted (issue 15, finding 5). Never rejects.
 */
async function fetchOne(api: SaverApi, library: Library, item: LibraryItem): Promise<string | null> {
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
    const message = describeWith(api)(error);
    await library.update(item.id, { fetchState: 'failed', fetchError: message }).catch(() => {
      // Deleted meanwhile (or the write failed): the failure is still counted in the progress.
    });
    return message;
  }
}

/**
 * Saving for later, in the background: the popup's article, the current tab, a link. Saving the same
 * canonical URL again updates the item in place; fetching runs for items without content, with progress
 * the library page shows, and survives the worker being stopped (pending items stay pending).
 */
export function createSaver(api: SaverApi) {
  // One queue per worker lifetime: a second request while fetching joins the queue and the same progress.
  const fetcher = new PendingFetcher(api, (library, item) => fetchOne(api, library, item));
  const fetchPending = (ids?: readonly string[]) => fetcher.fetchPending(ids);
  return {
    saveArticle: (extracted: unknown, pageUrl?: string) => saveArticle(api, extracted, pageUrl),
    saveTab: (tabId: number) => saveTab(api, tabId),
    /** "Save link": kept at once as a pending item, its content fetched right after. */
    async saveLink(url: string): Promise<LibraryItem> {
      const item = await saveStub(api, url, null);
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
    lookup: (url: string) => lookup(api, url),
  };
}

export type Saver = ReturnType<typeof createSaver>;
